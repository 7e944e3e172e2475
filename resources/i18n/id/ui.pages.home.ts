<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="83"/>
        <source>Active employees on the roster</source>
        <translation>Pegawai aktif dalam daftar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="84"/>
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="85"/>
        <source>Open violation reports</source>
        <translation>Laporan dugaan pelanggaran yang masih berjalan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="86"/>
        <source>Reports past their deadline</source>
        <translation>Laporan melewati tenggat waktu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="95"/>
        <source>Violation reports that need attention</source>
        <translation>Laporan pelanggaran yang perlu ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="102"/>
        <source>Signing of the neutrality pact: recent events</source>
        <translation>Penandatanganan pakta integritas netralitas: acara terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="110"/>
        <source>Coverage per office (latest election)</source>
        <translation>Cakupan per kantor (pemilihan terbaru)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="121"/>
        <source>Exchange with the kabupaten</source>
        <translation>Pertukaran data dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="131"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="155"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="162"/>
        <source>kabupaten hub</source>
        <translation>hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="162"/>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="164"/>
        <source>Region code {code} · {kab} · {role} · time zone {tz}</source>
        <translation>Kode wilayah {code} · {kab} · {role} · zona waktu {tz}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="177"/>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="181"/>
        <source>By category: </source>
        <translation>Menurut kategori: </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="184"/>
        <source>The roster is still empty: import it on the Roster page.</source>
        <translation>Daftar pegawai masih kosong: impor melalui halaman Daftar Pegawai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="191"/>
        <source>Last package sent: {out}. Last package received: {inn}.</source>
        <translation>Paket terakhir dikirim: {out}. Paket terakhir diterima: {inn}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="217"/>
        <source>{election}: {signed} of {employees} signed ({pct}%), {refused} refused.</source>
        <translation>{election}: {signed} dari {employees} sudah menandatangani ({pct}%), {refused} menolak.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="226"/>
        <source>{n} offices not reporting (marked red).</source>
        <translation>{n} kantor tidak melapor (ditandai merah).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="243"/>
        <source>No open report has a deadline coming up.</source>
        <translation>Tidak ada laporan berjalan yang mendekati tenggat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="257"/>
        <source>overdue since {date}</source>
        <translation>lewat tenggat sejak {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="259"/>
        <source>due {date} ({days} working days left)</source>
        <translation>tenggat {date} (sisa {days} hari kerja)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="278"/>
        <source>No signing event has been planned yet.</source>
        <translation>Belum ada acara penandatanganan yang direncanakan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="299"/>
        <source>{signed} of {expected} signed ({pct}%), {refused} refused</source>
        <translation>{signed} dari {expected} sudah menandatangani ({pct}%), {refused} menolak</translation>
    </message>
</context>
</TS>
