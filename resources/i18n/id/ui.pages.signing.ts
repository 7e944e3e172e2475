<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="84" />
        <location filename="../../../desktop/ui/pages/signing.py" line="89" />
        <source>Pact signing</source>
        <translation>Penandatanganan Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="93" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="94" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="95" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="96" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="97" />
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="109" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="110" />
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="111" />
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="112" />
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="113" />
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="122" />
        <source>New election…</source>
        <translation>Pemilihan baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="123" />
        <source>New event…</source>
        <translation>Acara baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="124" />
        <source>Edit event…</source>
        <translation>Ubah acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="125" />
        <source>New template version…</source>
        <translation>Versi templat baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="133" />
        <source>Start signing (Enter) →</source>
        <translation>Mulai penandatanganan (Enter) →</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="170" />
        <location filename="../../../desktop/ui/pages/signing.py" line="313" />
        <source>No signing event yet. Add the election, then a new event.</source>
        <translation>Belum ada acara penandatanganan. Tambahkan pemilihan, lalu buat acara baru.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="205" />
        <source>Election saved: {name}</source>
        <translation>Pemilihan disimpan: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="270" />
        <source>Template {code} version {version} saved (SHA-256 {sha}…).</source>
        <translation>Templat {code} versi {version} disimpan (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="311" />
        <source>Choose a signing event first (or add one with New event…).</source>
        <translation>Pilih dulu acara penandatanganan (atau tambahkan dengan Acara baru…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="318" />
        <source>{name} — {date}, {place}</source>
        <translation>{name} — {date}, {place}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="389" />
        <source>Saved: {name} (record {rid}).</source>
        <translation>Tersimpan: {name} (catatan {rid}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="416" />
        <source>Record refusal</source>
        <translation>Catat penolakan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="417" />
        <source>Why does this person refuse to sign the pact?</source>
        <translation>Mengapa yang bersangkutan menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="425" />
        <source>Refusal recorded.</source>
        <translation>Penolakan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="440" />
        <source>This person has no record to void.</source>
        <translation>Pegawai ini belum memiliki catatan yang dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="449" />
        <source>Void record</source>
        <translation>Batalkan catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="450" />
        <source>Voiding keeps the old record and adds a new one that cancels it. Reason:</source>
        <translation>Pembatalan tidak menghapus catatan lama, tetapi menambahkan catatan baru yang membatalkannya. Alasan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="458" />
        <source>Record voided.</source>
        <translation>Catatan dibatalkan.</translation>
    </message>
</context>
</TS>