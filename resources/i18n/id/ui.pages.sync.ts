<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="61" />
        <source>Sync with the kabupaten</source>
        <translation>Sinkronisasi dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="71" />
        <source>Flash drive</source>
        <translation>Flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="72" />
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="75" />
        <location filename="../../../desktop/ui/pages/sync.py" line="171" />
        <location filename="../../../desktop/ui/pages/sync.py" line="353" />
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="76" />
        <location filename="../../../desktop/ui/pages/sync.py" line="554" />
        <source>Sync folder</source>
        <translation>Folder sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="77" />
        <source>Enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="79" />
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="92" />
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="101" />
        <source>Find drives</source>
        <translation>Cari flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="102" />
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="103" />
        <source>Drive:</source>
        <translation>Flashdisk:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="116" />
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="118" />
        <source>Export new data to the drive</source>
        <translation>Ekspor data baru ke flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="126" />
        <source>Receive</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="132" />
        <source>Packages on the drive:</source>
        <translation>Paket di flashdisk:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="136" />
        <source>Other file…</source>
        <translation>Berkas lain…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="137" />
        <source>Review before applying</source>
        <translation>Tinjau sebelum diterapkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="162" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="163" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="165" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="166" />
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="166" />
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="168" />
        <source>Last package</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="168" />
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="169" />
        <source>Sequence</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="170" />
        <source>Missing</source>
        <translation>Yang hilang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="172" />
        <source>Our data not yet acknowledged</source>
        <translation>Data kita belum diakui</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="173" />
        <source>Refused packages</source>
        <translation>Paket ditolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="187" />
        <source>With a shared or cloud-synced folder, Netra exports new data into it and picks up the kabupaten's answers by itself, at start and every five minutes. When the folder cannot be reached, it simply waits.</source>
        <translation>Dengan folder bersama atau folder yang disinkronkan ke awan, Netra mengekspor data baru ke sana dan mengambil jawaban kabupaten dengan sendirinya, saat dibuka dan setiap lima menit. Bila folder tidak terjangkau, Netra cukup menunggu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="196" />
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="197" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="198" />
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="216" />
        <source>This office (kecamatan)</source>
        <translation>Kantor ini (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="221" />
        <source>1. Write an enrolment request and carry it to the kabupaten. Read the fingerprint to the kabupaten operator by phone or radio.
2. Take the kabupaten's answer file here.</source>
        <translation>1. Buat berkas permintaan pendaftaran dan bawa ke kabupaten. Bacakan sidik jari kepada operator kabupaten lewat telepon atau radio.
2. Masukkan berkas jawaban dari kabupaten di sini.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="228" />
        <source>Write enrolment request…</source>
        <translation>Buat permintaan pendaftaran…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="229" />
        <source>Take the kabupaten's answer…</source>
        <translation>Masukkan jawaban kabupaten…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="235" />
        <source>Kabupaten (hub)</source>
        <translation>Kabupaten (hub)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="237" />
        <source>Enrol an office from its request…</source>
        <translation>Daftarkan kantor dari berkas permintaannya…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="254" />
        <source>Enrolment request</source>
        <translation>Permintaan pendaftaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="263" />
        <source>Request written to {path}.
Fingerprint to read to the kabupaten: {fp}</source>
        <translation>Permintaan ditulis ke {path}.
Sidik jari yang dibacakan ke kabupaten: {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="271" />
        <source>Kabupaten's answer</source>
        <translation>Jawaban kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="279" />
        <source>Enrolled with {hub} {name}. Kabupaten fingerprint: {fp}</source>
        <translation>Terdaftar di {hub} {name}. Sidik jari kabupaten: {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="289" />
        <source>Office's enrolment request</source>
        <translation>Permintaan pendaftaran kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="299" />
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
        <location filename="../../../desktop/ui/pages/sync.py" line="302" />
        <source>Compare the fingerprint</source>
        <translation>Bandingkan sidik jari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="304" />
        <source>Not enrolled: the fingerprint was not confirmed.</source>
        <translation>Tidak didaftarkan: sidik jari tidak dikonfirmasi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="307" />
        <source>Enrolment answer</source>
        <translation>Jawaban pendaftaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="315" />
        <source>{code} enrolled. Carry {path} back to the office.</source>
        <translation>{code} terdaftar. Bawa berkas {path} kembali ke kantor.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="337" />
        <source>{code} {name} — key fingerprint {fp}</source>
        <translation>{code} {name} — sidik jari kunci {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="351" />
        <source>Conflicts ({n})</source>
        <translation>Konflik ({n})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="386" />
        <source>Choose the flash drive…</source>
        <translation>Pilih flashdisk…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="390" />
        <source>No flash drive found — choose a folder</source>
        <translation>Flashdisk tidak ditemukan — pilih folder</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="391" />
        <source>Plug in the flash drive and press Find drives, or choose a folder.</source>
        <translation>Colokkan flashdisk lalu tekan Cari flashdisk, atau pilih folder.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="394" />
        <source>Several drives were found: choose the flash drive to use.</source>
        <translation>Ditemukan beberapa drive: pilih flashdisk yang akan dipakai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="397" />
        <source>Netra is not sure which drive is the flash drive: choose it yourself.</source>
        <translation>Netra tidak yakin drive mana yang merupakan flashdisk: pilih sendiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="411" />
        <source>{mb} MB free</source>
        <translation>{mb} MB kosong</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="415" />
        <source>USB disk</source>
        <translation>disk USB</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="420" />
        <source>Folder on the flash drive</source>
        <translation>Folder di flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="450" />
        <source>Choose a flash drive or folder first.</source>
        <translation>Pilih flashdisk atau folder terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="469" />
        <source>Written {name} ({size} KB) for {to}.</source>
        <translation>Berkas {name} ({size} KB) untuk {to} sudah ditulis.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="477" />
        <source>Wait until the drive's light stops blinking, then eject it safely.</source>
        <translation>Tunggu sampai lampu flashdisk berhenti berkedip, lalu lepaskan dengan aman (eject).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="485" />
        <source>Sync package</source>
        <translation>Paket sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="485" />
        <source>Netra packages (*.netrasync)</source>
        <translation>Paket Netra (*.netrasync)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="493" />
        <source>Choose a package from the list first.</source>
        <translation>Pilih paket dari daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="573" />
        <source>Last automatic sync failed: {e}</source>
        <translation>Sinkronisasi otomatis terakhir gagal: {e}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="579" />
        <source>No sync folder set.</source>
        <translation>Folder sinkronisasi belum diatur.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="583" />
        <source>The folder cannot be reached now; Netra will try again later.</source>
        <translation>Folder tidak terjangkau saat ini; Netra akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="587" />
        <source>Folder reached: {exported} package(s) written, {imported} received.</source>
        <translation>Folder terjangkau: {exported} paket ditulis, {imported} diterima.</translation>
    </message>
</context>
</TS>