<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="68"/>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="69"/>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="70"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="148"/>
        <source>Coverage of the pact signing</source>
        <translation>Cakupan penandatanganan pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="152"/>
        <source>Election:</source>
        <translation>Pemilihan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="157"/>
        <source>Recap PDF…</source>
        <translation>Rekap PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="158"/>
        <source>Recap .xlsx…</source>
        <translation>Rekap .xlsx…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="175"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="175"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="175"/>
        <location filename="../../../desktop/ui/pages/coverage.py" line="183"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="175"/>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="176"/>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="176"/>
        <location filename="../../../desktop/ui/pages/coverage.py" line="183"/>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="176"/>
        <location filename="../../../desktop/ui/pages/coverage.py" line="184"/>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="176"/>
        <location filename="../../../desktop/ui/pages/coverage.py" line="184"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="177"/>
        <source>Last package</source>
        <translation>Kiriman terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="183"/>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="183"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="188"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="188"/>
        <source>Name not yet signed</source>
        <translation>Nama yang belum menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="188"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="195"/>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="233"/>
        <source>No election yet: add one on the Pact signing page.</source>
        <translation>Belum ada pemilihan: tambahkan di halaman Penandatanganan pakta.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="239"/>
        <source>{signed} of {employees} active employees signed ({pct}%), {refused} refused, {unsigned} not yet, in {offices} offices.</source>
        <translation>{signed} dari {employees} pegawai aktif sudah menandatangani ({pct}%), {refused} menolak, {unsigned} belum, di {offices} kantor.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="245"/>
        <source>Not reporting for more than {days} days or never: {names}.</source>
        <translation>Tidak mengirim paket lebih dari {days} hari atau belum pernah: {names}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="254"/>
        <source> ({n} days ago)</source>
        <translation> ({n} hari lalu)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="256"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="265"/>
        <source>Not reporting</source>
        <translation>Tidak melapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="317"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="317"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="319"/>
        <source>Save recap</source>
        <translation>Simpan rekap</translation>
    </message>
</context>
</TS>
