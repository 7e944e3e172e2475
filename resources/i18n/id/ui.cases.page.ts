<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="102"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="103"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="105"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="109"/>
        <source>Reported person</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="110"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="111"/>
        <source>Codes</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="113"/>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="130"/>
        <source>{date} (overdue)</source>
        <translation>{date} (terlambat)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="135"/>
        <source>Past the deadline: {label}</source>
        <translation>Melewati tenggat: {label}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="159"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="162"/>
        <source>Overdue only</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="164"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="166"/>
        <source>All codes</source>
        <translation>Semua kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="168"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="172"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="177"/>
        <source>New report…</source>
        <translation>Laporan baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="207"/>
        <source>Violation reports</source>
        <translation>Laporan pelanggaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/page.py" line="259"/>
        <source>{n} reports, {late} overdue</source>
        <translation>{n} laporan, {late} terlambat</translation>
    </message>
</context>
</TS>
