<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="69"/>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="70"/>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="71"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="150"/>
        <source>Coverage of the pact signing</source>
        <translation>Cakupan penandatanganan pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="154"/>
        <source>Election:</source>
        <translation>Pemilihan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="161"/>
        <source>Recap PDF…</source>
        <translation>Rekap PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="162"/>
        <source>Recap .xlsx…</source>
        <translation>Rekap .xlsx…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="179"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="179"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="179"/>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="187"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="179"/>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="180"/>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="180"/>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="187"/>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="180"/>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="188"/>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="180"/>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="188"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="181"/>
        <source>Last package</source>
        <translation>Kiriman terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="187"/>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="187"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="192"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="192"/>
        <source>Name not yet signed</source>
        <translation>Nama yang belum menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="192"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="199"/>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="242"/>
        <source>No election yet: add one on the Pact signing page.</source>
        <translation>Belum ada pemilihan: tambahkan di halaman Penandatanganan pakta.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="248"/>
        <source>{signed} of {employees} active employees signed ({pct}%), {refused} refused, {unsigned} not yet, in {offices} offices.</source>
        <translation>{signed} dari {employees} pegawai aktif sudah menandatangani ({pct}%), {refused} menolak, {unsigned} belum, di {offices} kantor.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="254"/>
        <source>Not reporting for more than {days} days or never: {names}.</source>
        <translation>Tidak mengirim paket lebih dari {days} hari atau belum pernah: {names}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="263"/>
        <source> ({n} days ago)</source>
        <translation> ({n} hari lalu)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="265"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="274"/>
        <source>Not reporting</source>
        <translation>Tidak melapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="326"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="326"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/coverage_page.py" line="328"/>
        <source>Save recap</source>
        <translation>Simpan rekap</translation>
    </message>
</context>
</TS>
