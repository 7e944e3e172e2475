<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>pdf_print</name>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="177" />
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="178" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="183" />
        <source>Printing</source>
        <translation>Mencetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="194" />
        <source>Printing page {n} of {total}…</source>
        <translation>Mencetak halaman {n} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="241" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="269" />
        <source>Print preview: {name}</source>
        <translation>Pratinjau cetak: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pdf_print.py" line="273" />
        <source>Print preview: {name} (first {shown} of {total} pages)</source>
        <translation>Pratinjau cetak: {name} ({shown} halaman pertama dari {total})</translation>
    </message>
</context>
</TS>