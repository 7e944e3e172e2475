<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="67"/>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="68"/>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="69"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="147"/>
        <source>Coverage of the pact signing</source>
        <translation>Cakupan penandatanganan pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="151"/>
        <source>Election:</source>
        <translation>Pemilihan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="156"/>
        <source>Recap PDF…</source>
        <translation>Rekap PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="157"/>
        <source>Recap .xlsx…</source>
        <translation>Rekap .xlsx…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="170"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="170"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="170"/>
        <location filename="../../../desktop/ui/pages/coverage.py" line="187"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="170"/>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="171"/>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="171"/>
        <location filename="../../../desktop/ui/pages/coverage.py" line="187"/>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="171"/>
        <location filename="../../../desktop/ui/pages/coverage.py" line="188"/>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="171"/>
        <location filename="../../../desktop/ui/pages/coverage.py" line="188"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="172"/>
        <source>Last package</source>
        <translation>Kiriman terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="187"/>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="187"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="192"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="192"/>
        <source>Name not yet signed</source>
        <translation>Nama yang belum menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="192"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="199"/>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="237"/>
        <source>No election yet: add one on the Pact signing page.</source>
        <translation>Belum ada pemilihan: tambahkan di halaman Penandatanganan pakta.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="243"/>
        <source>{signed} of {employees} active employees signed ({pct}%), {refused} refused, {unsigned} not yet, in {offices} offices.</source>
        <translation>{signed} dari {employees} pegawai aktif sudah menandatangani ({pct}%), {refused} menolak, {unsigned} belum, di {offices} kantor.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="249"/>
        <source>Not reporting for more than {days} days or never: {names}.</source>
        <translation>Tidak mengirim paket lebih dari {days} hari atau belum pernah: {names}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="259"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="268"/>
        <source>Not reporting</source>
        <translation>Tidak melapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="320"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="320"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/coverage.py" line="322"/>
        <source>Save recap</source>
        <translation>Simpan rekap</translation>
    </message>
</context>
</TS>
