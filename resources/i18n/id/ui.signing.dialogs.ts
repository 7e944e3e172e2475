<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>DoubleSigningsPanel</name>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="522"/>
        <source>Person</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="523"/>
        <source>First (counts)</source>
        <translation>Pertama (berlaku)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="524"/>
        <source>Later (to void)</source>
        <translation>Ganda (batalkan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="537"/>
        <source>Void later record…</source>
        <translation>Batalkan catatan yang kemudian…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="556"/>
        <source>Double signings: {count}. These people signed on two laptops; each is counted once. Void the later record with a reason.</source>
        <translation>Tanda tangan ganda: {count}. Orang-orang ini menandatangani di dua laptop; masing-masing dihitung sekali. Batalkan catatan yang kemudian dengan alasan.</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="166"/>
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="168"/>
        <source>e.g. Pilkada Serentak 2024</source>
        <translation>mis. Pilkada Serentak 2024</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="172"/>
        <source>General election (Pemilu)</source>
        <translation>Pemilihan umum (Pemilu)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="174"/>
        <source>Regional election (Pilkada)</source>
        <translation>Pemilihan kepala daerah (Pilkada)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="182"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="183"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="184"/>
        <source>Voting day</source>
        <translation>Hari pemungutan suara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="187"/>
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="209"/>
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="212"/>
        <source>e.g. Apel Netralitas ASN Kecamatan</source>
        <translation>mis. Apel Netralitas ASN Kecamatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="248"/>
        <source>Why the date is corrected (kept in the audit log, printed nowhere)</source>
        <translation>Mengapa tanggalnya dikoreksi (disimpan di log audit, tidak dicetak di mana pun)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="250"/>
        <source>Reason for the new date</source>
        <translation>Alasan tanggal baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="254"/>
        <source>One per line: Name | Position | NIP (optional)</source>
        <translation>Satu per baris: Nama | Jabatan | NIP (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="263"/>
        <source>Event name</source>
        <translation>Nama acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="264"/>
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="265"/>
        <source>Pact template</source>
        <translation>Templat pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="266"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="271"/>
        <source>{count} people have signed or refused at this event: its election and template stay as they are (make a new event for others), and a new date needs a reason.</source>
        <translation>Sudah {count} orang menandatangani atau menolak di acara ini: pemilihan dan templatnya tetap (buat acara baru untuk yang lain), dan tanggal baru memerlukan alasan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="279"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="280"/>
        <source>Units covered (none checked: every unit of the office)</source>
        <translation>Unit kerja yang ikut (bila tidak ada yang dicentang: semua unit kantor)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="284"/>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="311"/>
        <source>Date after the voting day</source>
        <translation>Tanggal sesudah hari pemungutan suara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="313"/>
        <source>The event date {date} is after the voting day ({voting}). The neutrality pact is signed before the vote; a later date is usually a typing slip.

Keep {date} anyway?</source>
        <translation>Tanggal acara {date} sesudah hari pemungutan suara ({voting}). Pakta netralitas ditandatangani sebelum pemungutan suara; tanggal yang lebih lambat biasanya salah ketik.

Tetap pakai {date}?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="320"/>
        <source>Keep this date</source>
        <translation>Tetap pakai tanggal ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="321"/>
        <source>Correct the date</source>
        <translation>Perbaiki tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="338"/>
        <source>Correct the date, or confirm it.</source>
        <translation>Perbaiki tanggalnya, atau konfirmasikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="356"/>
        <source>The event name and the place are required.</source>
        <translation>Nama acara dan tempat wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="360"/>
        <source>Choose an election and a pact template (add an election first).</source>
        <translation>Pilih pemilihan dan templat pakta (tambahkan pemilihan terlebih dahulu).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="363"/>
        <source>People have already signed at this event: write why its date is corrected, or make a new event.</source>
        <translation>Sudah ada yang menandatangani di acara ini: tuliskan alasan tanggalnya dikoreksi, atau buat acara baru.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="463"/>
        <source>Write the reason, then Ctrl+Enter to save</source>
        <translation>Tulis alasannya, lalu Ctrl+Enter untuk menyimpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="464"/>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter menyimpan, Esc membatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="475"/>
        <source>Please write the reason.</source>
        <translation>Mohon tuliskan alasannya.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="390"/>
        <source>New template version</source>
        <translation>Versi templat baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="401"/>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="403"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="404"/>
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="405"/>
        <source>Introduction</source>
        <translation>Kalimat pembuka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="406"/>
        <source>Commitments (one per line)</source>
        <translation>Butir pernyataan (satu per baris)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="407"/>
        <source>Consequence clause</source>
        <translation>Klausul sanksi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="408"/>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
</context>
<context>
    <name>signing_dialogs</name>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="75"/>
        <source>{date}
(pacts dated {days})</source>
        <translation>{date}
(pakta bertanggal {days})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="84"/>
        <source>Today is {today}, not the event&apos;s date ({date}): the pacts signed now are dated {today}.</source>
        <translation>Hari ini {today}, bukan tanggal acara ({date}): pakta yang ditandatangani sekarang bertanggal {today}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="488"/>
        <source>original laptop</source>
        <translation>laptop awal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="495"/>
        <source>{name} (this laptop)</source>
        <translation>{name} (laptop ini)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="499"/>
        <source>this laptop</source>
        <translation>laptop ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/dialogs.py" line="580"/>
        <source>{name} signed twice: first on {first} at {first_time}, again on {later} at {later_time}. The later record is voided (both stay as evidence). Reason:</source>
        <translation>{name} menandatangani dua kali: pertama di {first} pada {first_time}, lagi di {later} pada {later_time}. Catatan yang kemudian dibatalkan (keduanya tetap tersimpan sebagai bukti). Alasan:</translation>
    </message>
</context>
</TS>
