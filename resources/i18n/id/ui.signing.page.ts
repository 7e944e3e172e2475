<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="105"/>
        <location filename="../../../desktop/ui/signing/page.py" line="110"/>
        <source>Pact signing</source>
        <translation>Penandatanganan Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="114"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="115"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="116"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="117"/>
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="118"/>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="130"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="131"/>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="132"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="133"/>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="134"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="145"/>
        <source>New election…</source>
        <translation>Pemilihan baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="146"/>
        <source>New event…</source>
        <translation>Acara baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="147"/>
        <source>Edit event…</source>
        <translation>Ubah acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="148"/>
        <source>New template version…</source>
        <translation>Versi templat baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="156"/>
        <source>Pledge on the projector (F9)</source>
        <translation>Ikrar di proyektor (F9)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="157"/>
        <source>The pledge full screen on the second screen (F9)</source>
        <translation>Teks ikrar layar penuh di layar kedua (F9)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="161"/>
        <source>Start signing (Enter) →</source>
        <translation>Mulai penandatanganan (Enter) →</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="213"/>
        <location filename="../../../desktop/ui/signing/page.py" line="376"/>
        <source>No signing event yet. Add the election, then a new event.</source>
        <translation>Belum ada acara penandatanganan. Tambahkan pemilihan, lalu buat acara baru.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="235"/>
        <source>Void later record</source>
        <translation>Batalkan catatan yang kemudian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="240"/>
        <source>Later record of {name} voided; both records stay as evidence.</source>
        <translation>Catatan yang kemudian atas nama {name} dibatalkan; kedua catatan tetap tersimpan sebagai bukti.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="270"/>
        <source>Election saved: {name}</source>
        <translation>Pemilihan disimpan: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="333"/>
        <source>Template {code} version {version} saved (SHA-256 {sha}…).</source>
        <translation>Templat {code} versi {version} disimpan (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="374"/>
        <source>Choose a signing event first (or add one with New event…).</source>
        <translation>Pilih dulu acara penandatanganan (atau tambahkan dengan Acara baru…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="381"/>
        <source>{name} — {date}, {place}</source>
        <translation>{name} — {date}, {place}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="478"/>
        <source>Saved: {name} (record {rid}).</source>
        <translation>Tersimpan: {name} (catatan {rid}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="508"/>
        <source>Record refusal</source>
        <translation>Catat penolakan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="509"/>
        <source>Why does {who} refuse to sign the pact?</source>
        <translation>Mengapa {who} menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="511"/>
        <source>Why does this person refuse to sign the pact?</source>
        <translation>Mengapa yang bersangkutan menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="519"/>
        <source>Refusal recorded.</source>
        <translation>Penolakan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="534"/>
        <source>This person has no record to void.</source>
        <translation>Pegawai ini belum memiliki catatan yang dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="543"/>
        <source>Void record</source>
        <translation>Batalkan catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="544"/>
        <source>Voiding keeps the old record and adds a new one that cancels it. Reason:</source>
        <translation>Pembatalan tidak menghapus catatan lama, tetapi menambahkan catatan baru yang membatalkannya. Alasan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/page.py" line="552"/>
        <source>Record voided.</source>
        <translation>Catatan dibatalkan.</translation>
    </message>
</context>
</TS>
