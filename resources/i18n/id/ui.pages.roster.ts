<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="68" />
        <source>Search name or NIP…</source>
        <translation>Cari nama atau NIP…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="71" />
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="75" />
        <location filename="../../../desktop/ui/pages/roster.py" line="89" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="76" />
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="77" />
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="81" />
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="82" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="89" />
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="99" />
        <source>New unit…</source>
        <translation>Unit baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="100" />
        <source>Edit unit…</source>
        <translation>Ubah unit…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="130" />
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="131" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="132" />
        <source>Transfer…</source>
        <translation>Mutasi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="133" />
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="134" />
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="135" />
        <source>Print pact</source>
        <translation>Cetak pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="136" />
        <source>Open this person's signed pact on the printing page</source>
        <translation>Buka pakta yang ditandatangani pegawai ini di halaman Cetak Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="174" />
        <source>Roster</source>
        <translation>Daftar Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="196" />
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="249" />
        <source>{n} employees</source>
        <translation>{n} pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="370" />
        <source>Export roster</source>
        <translation>Ekspor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="372" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/roster.py" line="382" />
        <source>{n} employees exported to {file}</source>
        <translation>{n} pegawai diekspor ke {file}</translation>
    </message>
</context>
</TS>