<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="85" />
        <location filename="../../../desktop/ui/pages/signing.py" line="90" />
        <source>Pact signing</source>
        <translation>Penandatanganan Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="94" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="95" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="96" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="97" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="98" />
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="110" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="111" />
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="112" />
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="113" />
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="114" />
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="123" />
        <source>New election…</source>
        <translation>Pemilihan baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="124" />
        <source>New event…</source>
        <translation>Acara baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="125" />
        <source>Edit event…</source>
        <translation>Ubah acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="126" />
        <source>New template version…</source>
        <translation>Versi templat baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="134" />
        <source>Start signing (Enter) →</source>
        <translation>Mulai penandatanganan (Enter) →</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="177" />
        <location filename="../../../desktop/ui/pages/signing.py" line="320" />
        <source>No signing event yet. Add the election, then a new event.</source>
        <translation>Belum ada acara penandatanganan. Tambahkan pemilihan, lalu buat acara baru.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="212" />
        <source>Election saved: {name}</source>
        <translation>Pemilihan disimpan: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="277" />
        <source>Template {code} version {version} saved (SHA-256 {sha}…).</source>
        <translation>Templat {code} versi {version} disimpan (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="318" />
        <source>Choose a signing event first (or add one with New event…).</source>
        <translation>Pilih dulu acara penandatanganan (atau tambahkan dengan Acara baru…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="325" />
        <source>{name} — {date}, {place}</source>
        <translation>{name} — {date}, {place}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="396" />
        <source>Saved: {name} (record {rid}).</source>
        <translation>Tersimpan: {name} (catatan {rid}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="425" />
        <source>Record refusal</source>
        <translation>Catat penolakan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="426" />
        <source>Why does {who} refuse to sign the pact?</source>
        <translation>Mengapa {who} menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="428" />
        <source>Why does this person refuse to sign the pact?</source>
        <translation>Mengapa yang bersangkutan menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="436" />
        <source>Refusal recorded.</source>
        <translation>Penolakan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="451" />
        <source>This person has no record to void.</source>
        <translation>Pegawai ini belum memiliki catatan yang dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="460" />
        <source>Void record</source>
        <translation>Batalkan catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="461" />
        <source>Voiding keeps the old record and adds a new one that cancels it. Reason:</source>
        <translation>Pembatalan tidak menghapus catatan lama, tetapi menambahkan catatan baru yang membatalkannya. Alasan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="469" />
        <source>Record voided.</source>
        <translation>Catatan dibatalkan.</translation>
    </message>
</context>
</TS>