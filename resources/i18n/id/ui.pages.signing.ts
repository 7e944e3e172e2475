<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="100" />
        <location filename="../../../desktop/ui/pages/signing.py" line="105" />
        <source>Pact signing</source>
        <translation>Penandatanganan Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="109" />
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="110" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="111" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="112" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="113" />
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="125" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="126" />
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="127" />
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="128" />
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="129" />
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="140" />
        <source>New election…</source>
        <translation>Pemilihan baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="141" />
        <source>New event…</source>
        <translation>Acara baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="142" />
        <source>Edit event…</source>
        <translation>Ubah acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="143" />
        <source>New template version…</source>
        <translation>Versi templat baru…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="151" />
        <source>Pledge on the projector (F9)</source>
        <translation>Ikrar di proyektor (F9)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="152" />
        <source>The pledge full screen on the second screen (F9)</source>
        <translation>Teks ikrar layar penuh di layar kedua (F9)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="156" />
        <source>Start signing (Enter) →</source>
        <translation>Mulai penandatanganan (Enter) →</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="199" />
        <location filename="../../../desktop/ui/pages/signing.py" line="340" />
        <source>No signing event yet. Add the election, then a new event.</source>
        <translation>Belum ada acara penandatanganan. Tambahkan pemilihan, lalu buat acara baru.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="234" />
        <source>Election saved: {name}</source>
        <translation>Pemilihan disimpan: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="297" />
        <source>Template {code} version {version} saved (SHA-256 {sha}…).</source>
        <translation>Templat {code} versi {version} disimpan (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="338" />
        <source>Choose a signing event first (or add one with New event…).</source>
        <translation>Pilih dulu acara penandatanganan (atau tambahkan dengan Acara baru…).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="345" />
        <source>{name} — {date}, {place}</source>
        <translation>{name} — {date}, {place}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="443" />
        <source>Saved: {name} (record {rid}).</source>
        <translation>Tersimpan: {name} (catatan {rid}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="473" />
        <source>Record refusal</source>
        <translation>Catat penolakan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="474" />
        <source>Why does {who} refuse to sign the pact?</source>
        <translation>Mengapa {who} menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="476" />
        <source>Why does this person refuse to sign the pact?</source>
        <translation>Mengapa yang bersangkutan menolak menandatangani pakta?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="484" />
        <source>Refusal recorded.</source>
        <translation>Penolakan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="499" />
        <source>This person has no record to void.</source>
        <translation>Pegawai ini belum memiliki catatan yang dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="508" />
        <source>Void record</source>
        <translation>Batalkan catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="509" />
        <source>Voiding keeps the old record and adds a new one that cancels it. Reason:</source>
        <translation>Pembatalan tidak menghapus catatan lama, tetapi menambahkan catatan baru yang membatalkannya. Alasan:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/signing.py" line="517" />
        <source>Record voided.</source>
        <translation>Catatan dibatalkan.</translation>
    </message>
</context>
</TS>