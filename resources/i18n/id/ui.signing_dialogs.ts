<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="162" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="164" />
        <source>e.g. Pilkada Serentak 2024</source>
        <translation>mis. Pilkada Serentak 2024</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="168" />
        <source>General election (Pemilu)</source>
        <translation>Pemilihan umum (Pemilu)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="170" />
        <source>Regional election (Pilkada)</source>
        <translation>Pemilihan kepala daerah (Pilkada)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="178" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="179" />
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="180" />
        <source>Voting day</source>
        <translation>Hari pemungutan suara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="183" />
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="205" />
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="208" />
        <source>e.g. Apel Netralitas ASN Kecamatan</source>
        <translation>mis. Apel Netralitas ASN Kecamatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="244" />
        <source>Why the date is corrected (kept in the audit log, printed nowhere)</source>
        <translation>Mengapa tanggalnya dikoreksi (disimpan di log audit, tidak dicetak di mana pun)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="246" />
        <source>Reason for the new date</source>
        <translation>Alasan tanggal baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="250" />
        <source>One per line: Name | Position | NIP (optional)</source>
        <translation>Satu per baris: Nama | Jabatan | NIP (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="259" />
        <source>Event name</source>
        <translation>Nama acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="260" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="261" />
        <source>Pact template</source>
        <translation>Templat pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="262" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="267" />
        <source>{count} people have signed or refused at this event: its election and template stay as they are (make a new event for others), and a new date needs a reason.</source>
        <translation>Sudah {count} orang menandatangani atau menolak di acara ini: pemilihan dan templatnya tetap (buat acara baru untuk yang lain), dan tanggal baru memerlukan alasan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="275" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="276" />
        <source>Units covered (none checked: every unit of the office)</source>
        <translation>Unit kerja yang ikut (bila tidak ada yang dicentang: semua unit kantor)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="280" />
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="307" />
        <source>Date after the voting day</source>
        <translation>Tanggal sesudah hari pemungutan suara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="309" />
        <source>The event date {date} is after the voting day ({voting}). The neutrality pact is signed before the vote; a later date is usually a typing slip.

Keep {date} anyway?</source>
        <translation>Tanggal acara {date} sesudah hari pemungutan suara ({voting}). Pakta netralitas ditandatangani sebelum pemungutan suara; tanggal yang lebih lambat biasanya salah ketik.

Tetap pakai {date}?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="316" />
        <source>Keep this date</source>
        <translation>Tetap pakai tanggal ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="317" />
        <source>Correct the date</source>
        <translation>Perbaiki tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="334" />
        <source>Correct the date, or confirm it.</source>
        <translation>Perbaiki tanggalnya, atau konfirmasikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="352" />
        <source>The event name and the place are required.</source>
        <translation>Nama acara dan tempat wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="356" />
        <source>Choose an election and a pact template (add an election first).</source>
        <translation>Pilih pemilihan dan templat pakta (tambahkan pemilihan terlebih dahulu).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="359" />
        <source>People have already signed at this event: write why its date is corrected, or make a new event.</source>
        <translation>Sudah ada yang menandatangani di acara ini: tuliskan alasan tanggalnya dikoreksi, atau buat acara baru.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="459" />
        <source>Write the reason, then Ctrl+Enter to save</source>
        <translation>Tulis alasannya, lalu Ctrl+Enter untuk menyimpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="460" />
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter menyimpan, Esc membatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="471" />
        <source>Please write the reason.</source>
        <translation>Mohon tuliskan alasannya.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="386" />
        <source>New template version</source>
        <translation>Versi templat baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="397" />
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="399" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="400" />
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="401" />
        <source>Introduction</source>
        <translation>Kalimat pembuka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="402" />
        <source>Commitments (one per line)</source>
        <translation>Butir pernyataan (satu per baris)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="403" />
        <source>Consequence clause</source>
        <translation>Klausul sanksi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="404" />
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
</context>
<context>
    <name>signing_dialogs</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="71" />
        <source>{date}
(pacts dated {days})</source>
        <translation>{date}
(pakta bertanggal {days})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="80" />
        <source>Today is {today}, not the event's date ({date}): the pacts signed now are dated {today}.</source>
        <translation>Hari ini {today}, bukan tanggal acara ({date}): pakta yang ditandatangani sekarang bertanggal {today}.</translation>
    </message>
</context>
</TS>