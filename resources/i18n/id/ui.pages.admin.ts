<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="53"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="54"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="55"/>
        <source>Backup and audit</source>
        <translation>Cadangan dan audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="60"/>
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="80"/>
        <source>unchanged</source>
        <translation>tidak diubah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="81"/>
        <source>Browse...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="86"/>
        <source>Identity:</source>
        <translation>Identitas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="87"/>
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="88"/>
        <source>Place of signing:</source>
        <translation>Tempat penandatanganan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="89"/>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="90"/>
        <source>Paper size:</source>
        <translation>Ukuran kertas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="91"/>
        <source>Letterhead lines:</source>
        <translation>Baris kop surat:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="92"/>
        <source>New logo:</source>
        <translation>Logo baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="97"/>
        <source>Save office settings</source>
        <translation>Simpan pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="115"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="116"/>
        <source>as the rulebook says</source>
        <translation>sesuai aturan sanksi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="118"/>
        <source>Save deadline</source>
        <translation>Simpan tenggat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="128"/>
        <source>PPK follow-up deadline after a BKN recommendation:</source>
        <translation>Tenggat tindak lanjut PPK setelah rekomendasi BKN:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="136"/>
        <source>working days</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="138"/>
        <source>calendar days</source>
        <translation>hari kalender</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="140"/>
        <source>Counted in {counting}.</source>
        <translation>Dihitung dalam {counting}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="164"/>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="164"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="172"/>
        <source>kabupaten hub</source>
        <translation>hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="172"/>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="211"/>
        <source>Office settings saved.</source>
        <translation>Pengaturan kantor tersimpan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="231"/>
        <source>Add user...</source>
        <translation>Tambah pengguna...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="233"/>
        <source>Reset password...</source>
        <translation>Atur ulang kata sandi...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="252"/>
        <source>Make a backup regularly and keep it on a separate flash disk. The audit trail check confirms that no record was altered or removed outside Netra.</source>
        <translation>Buat cadangan secara berkala dan simpan di flashdisk tersendiri. Pemeriksaan jejak audit memastikan tidak ada catatan yang diubah atau dihapus di luar Netra.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="264"/>
        <source>Create backup...</source>
        <translation>Buat cadangan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="265"/>
        <source>Restore...</source>
        <translation>Pulihkan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="266"/>
        <source>Check the audit trail</source>
        <translation>Periksa jejak audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="281"/>
        <source>Checking the audit trail...</source>
        <translation>Memeriksa jejak audit...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/admin.py" line="295"/>
        <source>Backup folder: {path}</source>
        <translation>Folder cadangan: {path}</translation>
    </message>
</context>
</TS>
