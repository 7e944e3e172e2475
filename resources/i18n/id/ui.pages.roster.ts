<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="109"/>
        <source>Search name or NIP…</source>
        <translation>Cari nama atau NIP…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="112"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="116"/>
        <location filename="../../../desktop/ui/pages/roster.py" line="130"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="117"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="118"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="122"/>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="123"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="130"/>
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="142"/>
        <source>New unit…</source>
        <translation>Unit baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="143"/>
        <source>Edit unit…</source>
        <translation>Ubah unit…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="171"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="172"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="173"/>
        <source>Transfer…</source>
        <translation>Mutasi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="174"/>
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="175"/>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="176"/>
        <source>Print pact</source>
        <translation>Cetak pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="177"/>
        <source>Open this person&apos;s signed pact on the printing page</source>
        <translation>Buka pakta yang ditandatangani pegawai ini di halaman Cetak Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="217"/>
        <source>Roster</source>
        <translation>Daftar Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="239"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="306"/>
        <source>{n} employees</source>
        <translation>{n} pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="429"/>
        <source>Export roster</source>
        <translation>Ekspor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="431"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="441"/>
        <source>{n} employees exported to {file}</source>
        <translation>{n} pegawai diekspor ke {file}</translation>
    </message>
</context>
</TS>
