<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="272"/>
        <source>Deactivate employee</source>
        <translation>Nonaktifkan pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="274"/>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="279"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="280"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="81"/>
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="81"/>
        <source>Add employee</source>
        <translation>Tambah pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="85"/>
        <source>Full name with academic titles, as written</source>
        <translation>Nama lengkap beserta gelar, sesuai penulisan resmi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="99"/>
        <source>{g} (PPPK)</source>
        <translation>{g} (PPPK)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="112"/>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="116"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="117"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="122"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="123"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="124"/>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="126"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="127"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="128"/>
        <source>Kind of position</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="129"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="130"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="131"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="132"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="133"/>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="137"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="138"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="233"/>
        <source>Transfer to another unit</source>
        <translation>Pindahkan ke unit kerja lain</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="235"/>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="240"/>
        <source>e.g. number of the decree (SK)</source>
        <translation>mis. nomor SK mutasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="241"/>
        <source>New work unit</source>
        <translation>Unit kerja baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_dialogs.py" line="242"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
</TS>
