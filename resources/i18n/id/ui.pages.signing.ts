<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="102" />
        <location filename="../../../desktop/ui/pages/signing.py" line="107" />
        <source>Pact signing</source>
        <translation>Penandatanganan Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="111" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="112" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="113" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="114" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="115" />
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="127" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="128" />
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="129" />
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="130" />
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="131" />
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="142" />
        <source>New election…</source>
        <translation>Pemilihan baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="143" />
        <source>New event…</source>
        <translation>Acara baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="144" />
        <source>Edit event…</source>
        <translation>Ubah acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="145" />
        <source>New template version…</source>
        <translation>Versi templat baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="153" />
        <source>Pledge on the projector (F9)</source>
        <translation>Ikrar di proyektor (F9)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="154" />
        <source>The pledge full screen on the second screen (F9)</source>
        <translation>Teks ikrar layar penuh di layar kedua (F9)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="158" />
        <source>Start signing (Enter) →</source>
        <translation>Mulai penandatanganan (Enter) →</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="208" />
        <location filename="../../../desktop/ui/pages/signing.py" line="372" />
        <source>No signing event yet. Add the election, then a new event.</source>
        <translation>Belum ada acara penandatanganan. Tambahkan pemilihan, lalu buat acara baru.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="230" />
        <source>Void later record</source>
        <translation>Batalkan catatan yang kemudian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="236" />
        <source>Later record of {name} voided; both records stay as evidence.</source>
        <translation>Catatan yang kemudian atas nama {name} dibatalkan; kedua catatan tetap tersimpan sebagai bukti.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="266" />
        <source>Election saved: {name}</source>
        <translation>Pemilihan disimpan: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="329" />
        <source>Template {code} version {version} saved (SHA-256 {sha}…).</source>
        <translation>Templat {code} versi {version} disimpan (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="370" />
        <source>Choose a signing event first (or add one with New event…).</source>
        <translation>Pilih dulu acara penandatanganan (atau tambahkan dengan Acara baru…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="377" />
        <source>{name} — {date}, {place}</source>
        <translation>{name} — {date}, {place}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="475" />
        <source>Saved: {name} (record {rid}).</source>
        <translation>Tersimpan: {name} (catatan {rid}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="505" />
        <source>Record refusal</source>
        <translation>Catat penolakan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="506" />
        <source>Why does {who} refuse to sign the pact?</source>
        <translation>Mengapa {who} menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="508" />
        <source>Why does this person refuse to sign the pact?</source>
        <translation>Mengapa yang bersangkutan menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="516" />
        <source>Refusal recorded.</source>
        <translation>Penolakan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="531" />
        <source>This person has no record to void.</source>
        <translation>Pegawai ini belum memiliki catatan yang dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="540" />
        <source>Void record</source>
        <translation>Batalkan catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="541" />
        <source>Voiding keeps the old record and adds a new one that cancels it. Reason:</source>
        <translation>Pembatalan tidak menghapus catatan lama, tetapi menambahkan catatan baru yang membatalkannya. Alasan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="549" />
        <source>Record voided.</source>
        <translation>Catatan dibatalkan.</translation>
    </message>
</context>
</TS>