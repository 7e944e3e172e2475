<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="79" />
        <source>Active employees on the roster</source>
        <translation>Pegawai aktif dalam daftar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="80" />
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="81" />
        <source>Open violation reports</source>
        <translation>Laporan dugaan pelanggaran yang masih berjalan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="82" />
        <source>Reports open longer than 14 days</source>
        <translation>Laporan berjalan lebih dari 14 hari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="88" />
        <source>Signing of the neutrality pact: recent events</source>
        <translation>Penandatanganan pakta integritas netralitas: acara terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="95" />
        <source>Exchange with the kabupaten</source>
        <translation>Pertukaran data dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="105" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="128" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="136" />
        <source>kabupaten hub</source>
        <translation>hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="136" />
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="138" />
        <source>Region code {code} · {kab} · {role} · time zone {tz}</source>
        <translation>Kode wilayah {code} · {kab} · {role} · zona waktu {tz}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="152" />
        <source>By category: </source>
        <translation>Menurut kategori: </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="155" />
        <source>The roster is still empty: import it on the Roster page.</source>
        <translation>Daftar pegawai masih kosong: impor melalui halaman Daftar Pegawai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="159" />
        <source>Last package sent: {out}. Last package received: {inn}.</source>
        <translation>Paket terakhir dikirim: {out}. Paket terakhir diterima: {inn}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="172" />
        <source>No signing event has been planned yet.</source>
        <translation>Belum ada acara penandatanganan yang direncanakan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="192" />
        <source>{signed} of {expected} signed ({pct}%), {refused} refused</source>
        <translation>{signed} dari {expected} sudah menandatangani ({pct}%), {refused} menolak</translation>
    </message>
</context>
</TS>