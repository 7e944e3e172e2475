<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="80" />
        <source>Active employees on the roster</source>
        <translation>Pegawai aktif dalam daftar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="81" />
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="82" />
        <source>Open violation reports</source>
        <translation>Laporan dugaan pelanggaran yang masih berjalan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="83" />
        <source>Reports past their deadline</source>
        <translation>Laporan melewati tenggat waktu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="91" />
        <source>Signing of the neutrality pact: recent events</source>
        <translation>Penandatanganan pakta integritas netralitas: acara terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="98" />
        <source>Exchange with the kabupaten</source>
        <translation>Pertukaran data dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="108" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="131" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="139" />
        <source>kabupaten hub</source>
        <translation>hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="139" />
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="141" />
        <source>Region code {code} · {kab} · {role} · time zone {tz}</source>
        <translation>Kode wilayah {code} · {kab} · {role} · zona waktu {tz}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="154" />
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="158" />
        <source>By category: </source>
        <translation>Menurut kategori: </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="161" />
        <source>The roster is still empty: import it on the Roster page.</source>
        <translation>Daftar pegawai masih kosong: impor melalui halaman Daftar Pegawai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="165" />
        <source>Last package sent: {out}. Last package received: {inn}.</source>
        <translation>Paket terakhir dikirim: {out}. Paket terakhir diterima: {inn}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="178" />
        <source>No signing event has been planned yet.</source>
        <translation>Belum ada acara penandatanganan yang direncanakan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="198" />
        <source>{signed} of {expected} signed ({pct}%), {refused} refused</source>
        <translation>{signed} dari {expected} sudah menandatangani ({pct}%), {refused} menolak</translation>
    </message>
</context>
</TS>