<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="122" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="124" />
        <source>e.g. Pilkada Serentak 2024</source>
        <translation>mis. Pilkada Serentak 2024</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="128" />
        <source>General election (Pemilu)</source>
        <translation>Pemilihan umum (Pemilu)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="130" />
        <source>Regional election (Pilkada)</source>
        <translation>Pemilihan kepala daerah (Pilkada)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="138" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="139" />
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="140" />
        <source>Voting day</source>
        <translation>Hari pemungutan suara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="143" />
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="165" />
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="168" />
        <source>e.g. Apel Netralitas ASN Kecamatan</source>
        <translation>mis. Apel Netralitas ASN Kecamatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="197" />
        <source>One per line: Name | Position | NIP (optional)</source>
        <translation>Satu per baris: Nama | Jabatan | NIP (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="206" />
        <source>Event name</source>
        <translation>Nama acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="207" />
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="208" />
        <source>Pact template</source>
        <translation>Templat pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="209" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="210" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="211" />
        <source>Units covered (none checked: every unit of the office)</source>
        <translation>Unit kerja yang ikut (bila tidak ada yang dicentang: semua unit kantor)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="215" />
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="231" />
        <source>The event name and the place are required.</source>
        <translation>Nama acara dan tempat wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="235" />
        <source>Choose an election and a pact template (add an election first).</source>
        <translation>Pilih pemilihan dan templat pakta (tambahkan pemilihan terlebih dahulu).</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="328" />
        <source>Write the reason, then Ctrl+Enter to save</source>
        <translation>Tulis alasannya, lalu Ctrl+Enter untuk menyimpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="329" />
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter menyimpan, Esc membatalkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="340" />
        <source>Please write the reason.</source>
        <translation>Mohon tuliskan alasannya.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="255" />
        <source>New template version</source>
        <translation>Versi templat baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="266" />
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="268" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="269" />
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="270" />
        <source>Introduction</source>
        <translation>Kalimat pembuka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="271" />
        <source>Commitments (one per line)</source>
        <translation>Butir pernyataan (satu per baris)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="272" />
        <source>Consequence clause</source>
        <translation>Klausul sanksi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_dialogs.py" line="273" />
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
</context>
</TS>