<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="321" />
        <source>Deactivate employee</source>
        <translation>Nonaktifkan pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="323" />
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="328" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="329" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="81" />
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="81" />
        <source>Add employee</source>
        <translation>Tambah pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="85" />
        <source>Full name with academic titles, as written</source>
        <translation>Nama lengkap beserta gelar, sesuai penulisan resmi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="101" />
        <source>{g} (PPPK)</source>
        <translation>{g} (PPPK)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="114" />
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="118" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="119" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="124" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="125" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="126" />
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="128" />
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="129" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="130" />
        <source>Kind of position</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="131" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="132" />
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="133" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="134" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="135" />
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="139" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="140" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="176" />
        <source>Checking that no one else has this NIP…</source>
        <translation>Memeriksa bahwa NIP ini belum dimiliki pegawai lain…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="181" />
        <source>This NIP already belongs to {name} ({unit}{status}). Check the number; one NIP belongs to one person.</source>
        <translation>NIP ini sudah dimiliki {name} ({unit}{status}). Periksa nomornya; satu NIP hanya untuk satu orang.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="186" />
        <source>, inactive</source>
        <translation>, nonaktif</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="270" />
        <source>Transfer to another unit</source>
        <translation>Pindahkan ke unit kerja lain</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="272" />
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="274" />
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="276" />
        <source>Current work unit</source>
        <translation>Unit kerja sekarang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="289" />
        <source>e.g. number of the decree (SK)</source>
        <translation>mis. nomor SK mutasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="290" />
        <source>New work unit</source>
        <translation>Unit kerja baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="291" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
</TS>