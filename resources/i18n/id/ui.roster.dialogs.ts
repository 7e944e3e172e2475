<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="324"/>
        <source>Deactivate employee</source>
        <translation>Nonaktifkan pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="326"/>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="331"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="332"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="82"/>
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="82"/>
        <source>Add employee</source>
        <translation>Tambah pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="86"/>
        <source>Full name with academic titles, as written</source>
        <translation>Nama lengkap beserta gelar, sesuai penulisan resmi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="102"/>
        <source>{g} (PPPK)</source>
        <translation>{g} (PPPK)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="115"/>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="119"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="120"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="125"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="126"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="127"/>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="129"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="130"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="131"/>
        <source>Kind of position</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="132"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="133"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="134"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="135"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="136"/>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="140"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="141"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="177"/>
        <source>Checking that no one else has this NIP…</source>
        <translation>Memeriksa bahwa NIP ini belum dimiliki pegawai lain…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="182"/>
        <source>This NIP already belongs to {name} ({unit}{status}). Check the number; one NIP belongs to one person.</source>
        <translation>NIP ini sudah dimiliki {name} ({unit}{status}). Periksa nomornya; satu NIP hanya untuk satu orang.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="187"/>
        <source>, inactive</source>
        <translation>, nonaktif</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="272"/>
        <source>Transfer to another unit</source>
        <translation>Pindahkan ke unit kerja lain</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="274"/>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="276"/>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="278"/>
        <source>Current work unit</source>
        <translation>Unit kerja sekarang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="291"/>
        <source>e.g. number of the decree (SK)</source>
        <translation>mis. nomor SK mutasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="292"/>
        <source>New work unit</source>
        <translation>Unit kerja baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/dialogs.py" line="293"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
</TS>
