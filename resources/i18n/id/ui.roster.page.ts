<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="111"/>
        <source>Search name or NIP…</source>
        <translation>Cari nama atau NIP…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="114"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="118"/>
        <location filename="../../../desktop/ui/roster/page.py" line="132"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="119"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="120"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="124"/>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="125"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="132"/>
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="144"/>
        <source>New unit…</source>
        <translation>Unit baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="145"/>
        <source>Edit unit…</source>
        <translation>Ubah unit…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="173"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="174"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="175"/>
        <source>Transfer…</source>
        <translation>Mutasi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="176"/>
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="177"/>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="178"/>
        <source>Print pact</source>
        <translation>Cetak pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="179"/>
        <source>Open this person&apos;s signed pact on the printing page</source>
        <translation>Buka pakta yang ditandatangani pegawai ini di halaman Cetak Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="220"/>
        <source>Roster</source>
        <translation>Daftar Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="242"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="313"/>
        <source>{n} employees</source>
        <translation>{n} pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="440"/>
        <source>Export roster</source>
        <translation>Ekspor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="442"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/page.py" line="452"/>
        <source>{n} employees exported to {file}</source>
        <translation>{n} pegawai diekspor ke {file}</translation>
    </message>
</context>
</TS>
