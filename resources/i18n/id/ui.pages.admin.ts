<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="182" />
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="183" />
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="184" />
        <source>Backup and audit</source>
        <translation>Cadangan dan audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="189" />
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="209" />
        <source>unchanged</source>
        <translation>tidak diubah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="210" />
        <source>Browse...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="215" />
        <source>Identity:</source>
        <translation>Identitas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="216" />
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="217" />
        <source>Place of signing:</source>
        <translation>Tempat penandatanganan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="218" />
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="219" />
        <source>Paper size:</source>
        <translation>Ukuran kertas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="220" />
        <source>Letterhead lines:</source>
        <translation>Baris kop surat:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="221" />
        <source>New logo:</source>
        <translation>Logo baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="226" />
        <source>Save office settings</source>
        <translation>Simpan pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="237" />
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="237" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="245" />
        <source>kabupaten hub</source>
        <translation>hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="245" />
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="282" />
        <source>Office settings saved.</source>
        <translation>Pengaturan kantor tersimpan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="303" />
        <source>Add user...</source>
        <translation>Tambah pengguna...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="305" />
        <source>Reset password...</source>
        <translation>Atur ulang kata sandi...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="324" />
        <source>Make a backup regularly and keep it on a separate flash disk. The audit trail check confirms that no record was altered or removed outside Netra.</source>
        <translation>Buat cadangan secara berkala dan simpan di flashdisk tersendiri. Pemeriksaan jejak audit memastikan tidak ada catatan yang diubah atau dihapus di luar Netra.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="336" />
        <source>Create backup...</source>
        <translation>Buat cadangan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="337" />
        <source>Restore...</source>
        <translation>Pulihkan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="338" />
        <source>Check the audit trail</source>
        <translation>Periksa jejak audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="353" />
        <source>Checking the audit trail...</source>
        <translation>Memeriksa jejak audit...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="367" />
        <source>Backup folder: {path}</source>
        <translation>Folder cadangan: {path}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="106" />
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="106" />
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="121" />
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="123" />
        <source>Full name:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="124" />
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="125" />
        <source>New password:</source>
        <translation>Kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="126" />
        <source>Password again:</source>
        <translation>Ulangi kata sandi:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="135" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="136" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="143" />
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="50" />
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="51" />
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="52" />
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="53" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="54" />
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="91" />
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="93" />
        <source>locked until {time}</source>
        <translation>dikunci sampai {time}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="94" />
        <source>active</source>
        <translation>aktif</translation>
    </message>
</context>
</TS>