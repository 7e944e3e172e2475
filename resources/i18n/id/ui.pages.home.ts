<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="82"/>
        <source>Active employees on the roster</source>
        <translation>Pegawai aktif dalam daftar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="83"/>
        <source>Work units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="84"/>
        <source>Open violation reports</source>
        <translation>Laporan dugaan pelanggaran yang masih berjalan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="85"/>
        <source>Reports past their deadline</source>
        <translation>Laporan melewati tenggat waktu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="93"/>
        <source>Violation reports that need attention</source>
        <translation>Laporan pelanggaran yang perlu ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="100"/>
        <source>Signing of the neutrality pact: recent events</source>
        <translation>Penandatanganan pakta integritas netralitas: acara terakhir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="108"/>
        <source>Coverage per office (latest election)</source>
        <translation>Cakupan per kantor (pemilihan terbaru)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="119"/>
        <source>Exchange with the kabupaten</source>
        <translation>Pertukaran data dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="129"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="152"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="160"/>
        <source>kabupaten hub</source>
        <translation>hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="160"/>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="162"/>
        <source>Region code {code} · {kab} · {role} · time zone {tz}</source>
        <translation>Kode wilayah {code} · {kab} · {role} · zona waktu {tz}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="175"/>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="179"/>
        <source>By category: </source>
        <translation>Menurut kategori: </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="182"/>
        <source>The roster is still empty: import it on the Roster page.</source>
        <translation>Daftar pegawai masih kosong: impor melalui halaman Daftar Pegawai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="189"/>
        <source>Last package sent: {out}. Last package received: {inn}.</source>
        <translation>Paket terakhir dikirim: {out}. Paket terakhir diterima: {inn}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="215"/>
        <source>{election}: {signed} of {employees} signed ({pct}%), {refused} refused.</source>
        <translation>{election}: {signed} dari {employees} sudah menandatangani ({pct}%), {refused} menolak.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="224"/>
        <source>{n} offices not reporting (marked red).</source>
        <translation>{n} kantor tidak melapor (ditandai merah).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="241"/>
        <source>No open report has a deadline coming up.</source>
        <translation>Tidak ada laporan berjalan yang mendekati tenggat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="255"/>
        <source>overdue since {date}</source>
        <translation>lewat tenggat sejak {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="257"/>
        <source>due {date} ({days} working days left)</source>
        <translation>tenggat {date} (sisa {days} hari kerja)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="271"/>
        <source>No signing event has been planned yet.</source>
        <translation>Belum ada acara penandatanganan yang direncanakan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/home.py" line="291"/>
        <source>{signed} of {expected} signed ({pct}%), {refused} refused</source>
        <translation>{signed} dari {expected} sudah menandatangani ({pct}%), {refused} menolak</translation>
    </message>
</context>
</TS>
