<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="55" />
        <source>Search name or NIP…</source>
        <translation>Cari nama atau NIP…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="58" />
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="62" />
        <location filename="../../../desktop/ui/pages/roster.py" line="76" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="63" />
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="64" />
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="68" />
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="69" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="76" />
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="105" />
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="106" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="107" />
        <source>Transfer…</source>
        <translation>Mutasi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="108" />
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="109" />
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="142" />
        <source>Roster</source>
        <translation>Daftar Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="164" />
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="212" />
        <source>{n} employees</source>
        <translation>{n} pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="301" />
        <source>Export roster</source>
        <translation>Ekspor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="303" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="313" />
        <source>{n} employees exported to {file}</source>
        <translation>{n} pegawai diekspor ke {file}</translation>
    </message>
</context>
</TS>