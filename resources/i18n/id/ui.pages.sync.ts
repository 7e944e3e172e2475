<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="70" />
        <source>Sync with the kabupaten</source>
        <translation>Sinkronisasi dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="77" />
        <source>Flash drive</source>
        <translation>Flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="78" />
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="81" />
        <location filename="../../../desktop/ui/pages/sync.py" line="159" />
        <location filename="../../../desktop/ui/pages/sync.py" line="211" />
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="82" />
        <location filename="../../../desktop/ui/pages/sync.py" line="345" />
        <source>Sync folder</source>
        <translation>Folder sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="91" />
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="100" />
        <source>Find drives</source>
        <translation>Cari flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="101" />
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="102" />
        <source>Drive:</source>
        <translation>Flashdisk:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="109" />
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="111" />
        <source>Export new data to the drive</source>
        <translation>Ekspor data baru ke flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="117" />
        <source>Receive</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="123" />
        <source>Packages on the drive:</source>
        <translation>Paket di flashdisk:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="127" />
        <source>Other file…</source>
        <translation>Berkas lain…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="128" />
        <source>Review before applying</source>
        <translation>Tinjau sebelum diterapkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="152" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="153" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="154" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="154" />
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="155" />
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="156" />
        <source>Last package</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="156" />
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="157" />
        <source>Sequence</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="158" />
        <source>Missing</source>
        <translation>Yang hilang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="160" />
        <source>Our data not yet acknowledged</source>
        <translation>Data kita belum diakui</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="170" />
        <source>With a shared or cloud-synced folder, Netra exports new data into it and picks up the kabupaten's answers by itself, at start and every five minutes. When the folder cannot be reached, it simply waits.</source>
        <translation>Dengan folder bersama atau folder yang disinkronkan ke awan, Netra mengekspor data baru ke sana dan mengambil jawaban kabupaten dengan sendirinya, saat dibuka dan setiap lima menit. Bila folder tidak terjangkau, Netra cukup menunggu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="177" />
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="178" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="179" />
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="206" />
        <source>{code} {name} — key fingerprint {fp}</source>
        <translation>{code} {name} — sidik jari kunci {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="210" />
        <source>Conflicts ({n})</source>
        <translation>Konflik ({n})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="236" />
        <source>No flash drive found — choose a folder</source>
        <translation>Flashdisk tidak ditemukan — pilih folder</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="240" />
        <source>Folder on the flash drive</source>
        <translation>Folder di flashdisk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="270" />
        <source>Choose a flash drive or folder first.</source>
        <translation>Pilih flashdisk atau folder terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="287" />
        <source>Written {name} ({size} KB) for {to}.</source>
        <translation>Berkas {name} ({size} KB) untuk {to} sudah ditulis.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="290" />
        <source>Wait until the drive's light stops blinking, then eject it safely.</source>
        <translation>Tunggu sampai lampu flashdisk berhenti berkedip, lalu lepaskan dengan aman (eject).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="296" />
        <source>Sync package</source>
        <translation>Paket sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="297" />
        <source>Netra packages (*.netrasync)</source>
        <translation>Paket Netra (*.netrasync)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="304" />
        <source>Choose a package from the list first.</source>
        <translation>Pilih paket dari daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="361" />
        <source>Last automatic sync failed: {e}</source>
        <translation>Sinkronisasi otomatis terakhir gagal: {e}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="367" />
        <source>No sync folder set.</source>
        <translation>Folder sinkronisasi belum diatur.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="371" />
        <source>The folder cannot be reached now; Netra will try again later.</source>
        <translation>Folder tidak terjangkau saat ini; Netra akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/sync.py" line="374" />
        <source>Folder reached: {exported} package(s) written, {imported} received.</source>
        <translation>Folder terjangkau: {exported} paket ditulis, {imported} diterima.</translation>
    </message>
</context>
</TS>