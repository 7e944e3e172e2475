<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="67"/>
        <source>Sync with the kabupaten</source>
        <translation>Sinkronisasi dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="77"/>
        <source>Flash drive</source>
        <translation>Flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="78"/>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="81"/>
        <location filename="../../../desktop/ui/sync/page.py" line="179"/>
        <location filename="../../../desktop/ui/sync/page.py" line="368"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="82"/>
        <location filename="../../../desktop/ui/sync/page.py" line="573"/>
        <source>Sync folder</source>
        <translation>Folder sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="83"/>
        <source>Enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="85"/>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="98"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="107"/>
        <source>Find drives</source>
        <translation>Cari flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="108"/>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="109"/>
        <source>Drive:</source>
        <translation>Flashdisk:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="122"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="124"/>
        <source>Export new data to the drive</source>
        <translation>Ekspor data baru ke flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="132"/>
        <source>Receive</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="138"/>
        <source>Packages on the drive:</source>
        <translation>Paket di flashdisk:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="142"/>
        <source>Other file…</source>
        <translation>Berkas lain…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="143"/>
        <source>Review before applying</source>
        <translation>Tinjau sebelum diterapkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="168"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="169"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="172"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="172"/>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="175"/>
        <source>Last package</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="175"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="177"/>
        <source>Sequence</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="178"/>
        <source>Missing</source>
        <translation>Yang hilang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="180"/>
        <source>Our data not yet acknowledged</source>
        <translation>Data kita belum diakui</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="181"/>
        <source>Refused packages</source>
        <translation>Paket ditolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="193"/>
        <source>With a shared or cloud-synced folder, Netra exports new data into it and picks up the kabupaten&apos;s answers by itself, at start and every five minutes. When the folder cannot be reached, it simply waits.</source>
        <translation>Dengan folder bersama atau folder yang disinkronkan ke awan, Netra mengekspor data baru ke sana dan mengambil jawaban kabupaten dengan sendirinya, saat dibuka dan setiap lima menit. Bila folder tidak terjangkau, Netra cukup menunggu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="202"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="203"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="204"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="222"/>
        <source>This office (kecamatan)</source>
        <translation>Kantor ini (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="227"/>
        <source>1. Write an enrolment request and carry it to the kabupaten. Read the fingerprint to the kabupaten operator by phone or radio.
2. Take the kabupaten&apos;s answer file here.</source>
        <translation>1. Buat berkas permintaan pendaftaran dan bawa ke kabupaten. Bacakan sidik jari kepada operator kabupaten lewat telepon atau radio.
2. Masukkan berkas jawaban dari kabupaten di sini.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="234"/>
        <source>Write enrolment request…</source>
        <translation>Buat permintaan pendaftaran…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="235"/>
        <source>Take the kabupaten&apos;s answer…</source>
        <translation>Masukkan jawaban kabupaten…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="241"/>
        <source>Kabupaten (hub)</source>
        <translation>Kabupaten (hub)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="243"/>
        <source>Enrol an office from its request…</source>
        <translation>Daftarkan kantor dari berkas permintaannya…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="260"/>
        <source>Enrolment request</source>
        <translation>Permintaan pendaftaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="269"/>
        <source>Request written to {path}.
Fingerprint to read to the kabupaten: {fp}</source>
        <translation>Permintaan ditulis ke {path}.
Sidik jari yang dibacakan ke kabupaten: {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="277"/>
        <source>Kabupaten&apos;s answer</source>
        <translation>Jawaban kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="285"/>
        <source>Enrolled with {hub} {name}. Kabupaten fingerprint: {fp}</source>
        <translation>Terdaftar di {hub} {name}. Sidik jari kabupaten: {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="295"/>
        <source>Office&apos;s enrolment request</source>
        <translation>Permintaan pendaftaran kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="305"/>
        <source>{code} {name}

Fingerprint in the file:
{fp}

Ask the office to read the fingerprint shown on its screen. Is it exactly the same?</source>
        <translation>{code} {name}

Sidik jari di berkas:
{fp}

Minta kantor membacakan sidik jari yang tampil di layarnya. Apakah persis sama?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="308"/>
        <source>Compare the fingerprint</source>
        <translation>Bandingkan sidik jari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="310"/>
        <source>Not enrolled: the fingerprint was not confirmed.</source>
        <translation>Tidak didaftarkan: sidik jari tidak dikonfirmasi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="313"/>
        <source>Enrolment answer</source>
        <translation>Jawaban pendaftaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="321"/>
        <source>{code} enrolled. Carry {path} back to the office.</source>
        <translation>{code} terdaftar. Bawa berkas {path} kembali ke kantor.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="352"/>
        <source>{code} {name} — key fingerprint {fp}</source>
        <translation>{code} {name} — sidik jari kunci {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="366"/>
        <source>Conflicts ({n})</source>
        <translation>Konflik ({n})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="401"/>
        <source>Choose the flash drive…</source>
        <translation>Pilih flashdisk…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="405"/>
        <source>No flash drive found — choose a folder</source>
        <translation>Flashdisk tidak ditemukan — pilih folder</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="406"/>
        <source>Plug in the flash drive and press Find drives, or choose a folder.</source>
        <translation>Colokkan flashdisk lalu tekan Cari flashdisk, atau pilih folder.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="409"/>
        <source>Several drives were found: choose the flash drive to use.</source>
        <translation>Ditemukan beberapa drive: pilih flashdisk yang akan dipakai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="412"/>
        <source>Netra is not sure which drive is the flash drive: choose it yourself.</source>
        <translation>Netra tidak yakin drive mana yang merupakan flashdisk: pilih sendiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="426"/>
        <source>{mb} MB free</source>
        <translation>{mb} MB kosong</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="430"/>
        <source>USB disk</source>
        <translation>disk USB</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="435"/>
        <source>Folder on the flash drive</source>
        <translation>Folder di flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="465"/>
        <source>Choose a flash drive or folder first.</source>
        <translation>Pilih flashdisk atau folder terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="484"/>
        <source>Written {name} ({size} KB) for {to}.</source>
        <translation>Berkas {name} ({size} KB) untuk {to} sudah ditulis.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="492"/>
        <source>Wait until the drive&apos;s light stops blinking, then eject it safely.</source>
        <translation>Tunggu sampai lampu flashdisk berhenti berkedip, lalu lepaskan dengan aman (eject).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="500"/>
        <source>Sync package</source>
        <translation>Paket sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="500"/>
        <source>Netra packages (*.netrasync)</source>
        <translation>Paket Netra (*.netrasync)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="508"/>
        <source>Choose a package from the list first.</source>
        <translation>Pilih paket dari daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="592"/>
        <source>Last automatic sync failed: {e}</source>
        <translation>Sinkronisasi otomatis terakhir gagal: {e}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="600"/>
        <source>No sync folder set.</source>
        <translation>Folder sinkronisasi belum diatur.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="604"/>
        <source>The folder cannot be reached now; Netra will try again later.</source>
        <translation>Folder tidak terjangkau saat ini; Netra akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/page.py" line="608"/>
        <source>Folder reached: {exported} package(s) written, {imported} received.</source>
        <translation>Folder terjangkau: {exported} paket ditulis, {imported} diterima.</translation>
    </message>
</context>
</TS>
