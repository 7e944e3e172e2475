<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>pdf_print</name>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="178"/>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="179"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="184"/>
        <source>Printing</source>
        <translation>Mencetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="196"/>
        <source>Printing page {n} of {total}…</source>
        <translation>Mencetak halaman {n} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="261"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="290"/>
        <source>Print preview: {name}</source>
        <translation>Pratinjau cetak: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="294"/>
        <source>Print preview: {name} (first {shown} of {total} pages)</source>
        <translation>Pratinjau cetak: {name} ({shown} halaman pertama dari {total})</translation>
    </message>
</context>
</TS>
