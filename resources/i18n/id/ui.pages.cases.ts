<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="45" />
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="46" />
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="47" />
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="48" />
        <source>Reported person</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="49" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="50" />
        <source>Codes</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="51" />
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="92" />
        <source>{date} (overdue)</source>
        <translation>{date} (terlambat)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="112" />
        <source>Past the deadline: {label}</source>
        <translation>Melewati tenggat: {label}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="137" />
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="140" />
        <source>Overdue only</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="142" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="144" />
        <source>All codes</source>
        <translation>Semua kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="146" />
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="150" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="155" />
        <source>New report…</source>
        <translation>Laporan baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="185" />
        <source>Violation reports</source>
        <translation>Laporan pelanggaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/cases.py" line="232" />
        <source>{n} reports, {late} overdue</source>
        <translation>{n} laporan, {late} terlambat</translation>
    </message>
</context>
</TS>