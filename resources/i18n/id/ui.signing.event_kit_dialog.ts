<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="83"/>
        <source>Unknown laptop</source>
        <translation>Laptop belum dikenal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="86"/>
        <source>original laptop</source>
        <translation>laptop awal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="89"/>
        <source>This event kit was made by {office}, laptop &quot;{laptop}&quot;, which this laptop does not know yet.

Ask the operator of that laptop for its fingerprint (shown when the kit was written, and on its Sync page) and type it here. The kit is imported only when it matches; later kits from that laptop are then accepted directly.</source>
        <translation>Kit acara ini dibuat oleh {office}, laptop &quot;{laptop}&quot;, yang belum dikenal laptop ini.

Mintalah sidik jari laptop itu kepada operatornya (tampil saat kit ditulis, dan di halaman Sinkronisasi laptop itu), lalu ketik di sini. Kit hanya diimpor bila sidik jarinya cocok; kit berikutnya dari laptop itu lalu diterima langsung.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="99"/>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="107"/>
        <source>Check and import</source>
        <translation>Periksa dan impor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="114"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="125"/>
        <source>A fingerprint has 32 characters (0-9, A-F) in 8 groups of 4.</source>
        <translation>Sidik jari terdiri dari 32 karakter (0-9, A-F) dalam 8 kelompok berisi 4.</translation>
    </message>
</context>
<context>
    <name>KitActions</name>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="55"/>
        <source>Export event kit</source>
        <translation>Ekspor kit acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="65"/>
        <source>Import event kit</source>
        <translation>Impor kit acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="71"/>
        <source>Event kit (*.{ext});;All files (*)</source>
        <translation>Kit acara (*.{ext});;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="159"/>
        <source>Event kit: one event with its people, for the other kiosks of the apel.</source>
        <translation>Kit acara: satu acara beserta pesertanya, untuk laptop kios lain di apel ini.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="164"/>
        <source>Export event kit…</source>
        <translation>Ekspor kit acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="165"/>
        <source>Import event kit…</source>
        <translation>Impor kit acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="182"/>
        <source>Choose the event whose kit to write.</source>
        <translation>Pilih acara yang kit-nya akan ditulis.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="187"/>
        <source>Writing the event kit…</source>
        <translation>Menulis kit acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="196"/>
        <source>Event kit written: {path}
{event}: {people} people.

Fingerprint of this laptop: {fp}

Import the file on every kiosk of this apel (Pact signing &gt; Import event kit…). A kiosk that does not know this laptop yet asks for this fingerprint: read it to its operator.</source>
        <translation>Kit acara ditulis: {path}
{event}: {people} orang.

Sidik jari laptop ini: {fp}

Impor berkas ini di setiap laptop kios apel ini (Penandatanganan Pakta &gt; Impor kit acara…). Kios yang belum mengenal laptop ini akan meminta sidik jari tersebut: bacakan kepada operatornya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="208"/>
        <source>Event kit written ({people} people). Fingerprint: {fp}</source>
        <translation>Kit acara ditulis ({people} orang). Sidik jari: {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="212"/>
        <source>Event kit</source>
        <translation>Kit acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="224"/>
        <source>Reading the event kit…</source>
        <translation>Membaca kit acara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="233"/>
        <source>The laptop that made the kit is not known here yet.</source>
        <translation>Laptop pembuat kit belum dikenal di sini.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="250"/>
        <source>Event kit imported: {event} ({people} people).</source>
        <translation>Kit acara diimpor: {event} ({people} orang).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="252"/>
        <source>Event kit imported, the event was updated: {event} ({people} people).</source>
        <translation>Kit acara diimpor, acara diperbarui: {event} ({people} orang).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="254"/>
        <source>Event kit read: {event} is already up to date here.</source>
        <translation>Kit acara dibaca: {event} di sini sudah terbaru.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="255"/>
        <source>This event kit was already imported: {event}. Nothing changed.</source>
        <translation>Kit acara ini sudah pernah diimpor: {event}. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="262"/>
        <source>The fingerprint matched; later kits from that laptop are accepted directly.</source>
        <translation>Sidik jari cocok; kit berikutnya dari laptop itu diterima langsung.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/event_kit_dialog.py" line="266"/>
        <source>Attention: {conflicts} conflicts, {duplicates} duplicates, {held} held rows; see the Sync page.</source>
        <translation>Perhatian: {conflicts} konflik, {duplicates} data ganda, {held} baris tertahan; lihat halaman Sinkronisasi.</translation>
    </message>
</context>
</TS>
