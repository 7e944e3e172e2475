<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="81" />
        <source>Active employees on the roster</source>
        <translation>Pegawai aktif dalam daftar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="82" />
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="83" />
        <source>Open violation reports</source>
        <translation>Laporan dugaan pelanggaran yang masih berjalan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="84" />
        <source>Reports past their deadline</source>
        <translation>Laporan melewati tenggat waktu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="92" />
        <source>Violation reports that need attention</source>
        <translation>Laporan pelanggaran yang perlu ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="99" />
        <source>Signing of the neutrality pact: recent events</source>
        <translation>Penandatanganan pakta integritas netralitas: acara terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="106" />
        <source>Exchange with the kabupaten</source>
        <translation>Pertukaran data dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="116" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="139" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="147" />
        <source>kabupaten hub</source>
        <translation>hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="147" />
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="149" />
        <source>Region code {code} · {kab} · {role} · time zone {tz}</source>
        <translation>Kode wilayah {code} · {kab} · {role} · zona waktu {tz}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="162" />
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="166" />
        <source>By category: </source>
        <translation>Menurut kategori: </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="169" />
        <source>The roster is still empty: import it on the Roster page.</source>
        <translation>Daftar pegawai masih kosong: impor melalui halaman Daftar Pegawai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="174" />
        <source>Last package sent: {out}. Last package received: {inn}.</source>
        <translation>Paket terakhir dikirim: {out}. Paket terakhir diterima: {inn}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="191" />
        <source>No open report has a deadline coming up.</source>
        <translation>Tidak ada laporan berjalan yang mendekati tenggat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="205" />
        <source>overdue since {date}</source>
        <translation>lewat tenggat sejak {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="207" />
        <source>due {date} ({days} working days left)</source>
        <translation>tenggat {date} (sisa {days} hari kerja)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="221" />
        <source>No signing event has been planned yet.</source>
        <translation>Belum ada acara penandatanganan yang direncanakan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="241" />
        <source>{signed} of {expected} signed ({pct}%), {refused} refused</source>
        <translation>{signed} dari {expected} sudah menandatangani ({pct}%), {refused} menolak</translation>
    </message>
</context>
</TS>