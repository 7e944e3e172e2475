<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="82" />
        <location filename="../../../desktop/ui/pages/signing.py" line="87" />
        <source>Pact signing</source>
        <translation>Penandatanganan Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="91" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="92" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="93" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="94" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="95" />
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="106" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="107" />
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="108" />
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="109" />
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="110" />
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="119" />
        <source>New election…</source>
        <translation>Pemilihan baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="120" />
        <source>New event…</source>
        <translation>Acara baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="121" />
        <source>Edit event…</source>
        <translation>Ubah acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="122" />
        <source>New template version…</source>
        <translation>Versi templat baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="130" />
        <source>Start signing →</source>
        <translation>Mulai penandatanganan →</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="167" />
        <source>No signing event yet. Add the election, then a new event.</source>
        <translation>Belum ada acara penandatanganan. Tambahkan pemilihan, lalu buat acara baru.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="200" />
        <source>Election saved: {name}</source>
        <translation>Pemilihan disimpan: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="265" />
        <source>Template {code} version {version} saved (SHA-256 {sha}…).</source>
        <translation>Templat {code} versi {version} disimpan (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="294" />
        <source>{name} — {date}, {place}</source>
        <translation>{name} — {date}, {place}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="353" />
        <source>Saved: {name} (record {rid}).</source>
        <translation>Tersimpan: {name} (catatan {rid}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="372" />
        <source>Record refusal</source>
        <translation>Catat penolakan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="373" />
        <source>Why does this person refuse to sign the pact?</source>
        <translation>Mengapa yang bersangkutan menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="381" />
        <source>Refusal recorded.</source>
        <translation>Penolakan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="396" />
        <source>This person has no record to void.</source>
        <translation>Pegawai ini belum memiliki catatan yang dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="405" />
        <source>Void record</source>
        <translation>Batalkan catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="406" />
        <source>Voiding keeps the old record and adds a new one that cancels it. Reason:</source>
        <translation>Pembatalan tidak menghapus catatan lama, tetapi menambahkan catatan baru yang membatalkannya. Alasan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="414" />
        <source>Record voided.</source>
        <translation>Catatan dibatalkan.</translation>
    </message>
</context>
</TS>