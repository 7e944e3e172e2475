<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="49"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="50"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="51"/>
        <source>Backup and audit</source>
        <translation>Cadangan dan audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="56"/>
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="76"/>
        <source>unchanged</source>
        <translation>tidak diubah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="77"/>
        <source>Browse...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="82"/>
        <source>Identity:</source>
        <translation>Identitas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="83"/>
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="84"/>
        <source>Place of signing:</source>
        <translation>Tempat penandatanganan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="85"/>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="86"/>
        <source>Paper size:</source>
        <translation>Ukuran kertas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="87"/>
        <source>Letterhead lines:</source>
        <translation>Baris kop surat:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="88"/>
        <source>New logo:</source>
        <translation>Logo baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="93"/>
        <source>Save office settings</source>
        <translation>Simpan pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="104"/>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="104"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="112"/>
        <source>kabupaten hub</source>
        <translation>hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="112"/>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="149"/>
        <source>Office settings saved.</source>
        <translation>Pengaturan kantor tersimpan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="170"/>
        <source>Add user...</source>
        <translation>Tambah pengguna...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="172"/>
        <source>Reset password...</source>
        <translation>Atur ulang kata sandi...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="191"/>
        <source>Make a backup regularly and keep it on a separate flash disk. The audit trail check confirms that no record was altered or removed outside Netra.</source>
        <translation>Buat cadangan secara berkala dan simpan di flashdisk tersendiri. Pemeriksaan jejak audit memastikan tidak ada catatan yang diubah atau dihapus di luar Netra.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="203"/>
        <source>Create backup...</source>
        <translation>Buat cadangan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="204"/>
        <source>Restore...</source>
        <translation>Pulihkan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="205"/>
        <source>Check the audit trail</source>
        <translation>Periksa jejak audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="220"/>
        <source>Checking the audit trail...</source>
        <translation>Memeriksa jejak audit...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="234"/>
        <source>Backup folder: {path}</source>
        <translation>Folder cadangan: {path}</translation>
    </message>
</context>
</TS>
