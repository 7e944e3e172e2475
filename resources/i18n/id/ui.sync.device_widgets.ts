<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>DeviceTab</name>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="69"/>
        <source>Every laptop enrolled for each office. Revoke a lost or stolen laptop: its later packages are refused, the office&apos;s other laptops keep working.</source>
        <translation>Setiap laptop yang terdaftar untuk tiap kantor. Cabut laptop yang hilang atau dicuri: paket berikutnya dari laptop itu ditolak, laptop lain kantor itu tetap bekerja.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="79"/>
        <source>Office / laptop</source>
        <translation>Kantor / laptop</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="80"/>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="158"/>
        <source>Device code</source>
        <translation>Kode perangkat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="81"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="82"/>
        <source>First package</source>
        <translation>Paket pertama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="83"/>
        <source>Last package</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="84"/>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="86"/>
        <source>Replaces / replaced by</source>
        <translation>Menggantikan / diganti oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="85"/>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="104"/>
        <source>Revoke…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="107"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="119"/>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="124"/>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="286"/>
        <source>e.g. Kiosk 2</source>
        <translation>mis. Kiosk 2</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="125"/>
        <source>Save name</source>
        <translation>Simpan nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="132"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="139"/>
        <source>Device code:</source>
        <translation>Kode perangkat:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="140"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="143"/>
        <source>The name is shown at the kabupaten and in double-signing notes (&quot;already signed on Kiosk 2 at …&quot;).</source>
        <translation>Nama ini tampil di kabupaten dan pada catatan tanda tangan ganda (&quot;sudah menandatangani di Kiosk 2 pukul …&quot;).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="151"/>
        <source>Laptops of this office known here:</source>
        <translation>Laptop kantor ini yang dikenal di sini:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="157"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="159"/>
        <source>Signature records</source>
        <translation>Catatan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="160"/>
        <source>First record</source>
        <translation>Catatan pertama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="161"/>
        <source>Last record</source>
        <translation>Catatan terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="191"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="192"/>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="193"/>
        <source>replaced</source>
        <translation>diganti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="201"/>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="293"/>
        <source>laptop {code}</source>
        <translation>laptop {code}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="203"/>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="210"/>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="295"/>
        <source>original laptop</source>
        <translation>laptop awal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="210"/>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="223"/>
        <source>{office} {name} — {active} of {n} laptops active</source>
        <translation>{office} {name} — {active} dari {n} laptop aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="239"/>
        <source>replaced by {name}</source>
        <translation>diganti oleh {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="241"/>
        <source>replaces {name}</source>
        <translation>menggantikan {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="246"/>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="247"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="273"/>
        <source>No office laptop is enrolled yet.</source>
        <translation>Belum ada laptop kantor yang terdaftar.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="284"/>
        <source>e.g. Kiosk 2 (now: {name})</source>
        <translation>mis. Kiosk 2 (sekarang: {name})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="288"/>
        <source>(original laptop)</source>
        <translation>(laptop awal)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="298"/>
        <source>{name} (this laptop)</source>
        <translation>{name} (laptop ini)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="325"/>
        <source>{name} — office {office} {office_name}</source>
        <translation>{name} — kantor {office} {office_name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="328"/>
        <source>Fingerprint: {fp}</source>
        <translation>Sidik jari: {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="329"/>
        <source>Enrolled: {when}</source>
        <translation>Didaftarkan: {when}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="333"/>
        <source>First package: {file} ({when})</source>
        <translation>Paket pertama: {file} ({when})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="339"/>
        <source>Last package: {file} ({when})</source>
        <translation>Paket terakhir: {file} ({when})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="345"/>
        <source>Revoked {when}: {reason}</source>
        <translation>Dicabut {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="355"/>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="365"/>
        <source>Revoke a laptop</source>
        <translation>Cabut laptop</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="356"/>
        <source>Why is {name} of office {office} revoked? (e.g. laptop lost)</source>
        <translation>Mengapa {name} kantor {office} dicabut? (mis. laptop hilang)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="367"/>
        <source>Revoke {name} of office {office} {office_name}?

Reason: {reason}

Packages from this laptop will be refused from now on; the office&apos;s other laptops keep working. This cannot be undone.</source>
        <translation>Cabut {name} kantor {office} {office_name}?

Alasan: {reason}

Mulai sekarang paket dari laptop ini ditolak; laptop lain kantor itu tetap bekerja. Pencabutan tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="387"/>
        <source>Not revoked.</source>
        <translation>Tidak dicabut.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="393"/>
        <source>{name} of office {office} revoked ({reason}).</source>
        <translation>{name} kantor {office} dicabut ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/device_widgets.py" line="415"/>
        <source>This laptop is now called {name}.</source>
        <translation>Nama laptop ini sekarang {name}.</translation>
    </message>
</context>
</TS>
