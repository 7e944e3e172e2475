<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PactScreen</name>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="445"/>
        <source>Sign above the line</source>
        <translation>Tanda tangan di atas garis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="453"/>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="451"/>
        <source>Undo stroke (Ctrl+Z)</source>
        <translation>Batalkan goresan (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="452"/>
        <source>Clear (Ctrl+Del)</source>
        <translation>Hapus (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="454"/>
        <source>Void this record… (F8)</source>
        <translation>Batalkan catatan ini… (F8)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="455"/>
        <source>Operator: confirm and save (Ctrl+Enter)</source>
        <translation>Operator: konfirmasi dan simpan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="535"/>
        <source>Already signed on laptop {laptop} at {time} ({day}; record {rid}, operator {op}). Signing twice is not allowed.</source>
        <translation>Sudah menandatangani di laptop {laptop} pukul {time} ({day}; catatan {rid}, operator {op}). Tanda tangan dua kali tidak diperbolehkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="548"/>
        <source>Already signed for this election on {when} (record {rid}, operator {op}). Signing twice is not allowed.</source>
        <translation>Sudah menandatangani untuk pemilihan ini pada {when} (catatan {rid}, operator {op}). Tanda tangan dua kali tidak diperbolehkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="554"/>
        <source>Refused on {when}: {reason}. The person may still sign now.</source>
        <translation>Menolak pada {when}: {reason}. Yang bersangkutan tetap dapat menandatangani sekarang.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="559"/>
        <source>Please read the pact, then sign in the box.</source>
        <translation>Silakan baca pakta, lalu tanda tangan di dalam kotak.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="569"/>
        <source>Already signed</source>
        <translation>Sudah menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="571"/>
        <source>Your role may not record signatures</source>
        <translation>Peran Anda tidak boleh merekam tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="586"/>
        <source>The signature is still empty</source>
        <translation>Tanda tangan masih kosong</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="604"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="609"/>
        <source>Cannot confirm yet: {reason}.</source>
        <translation>Belum dapat dikonfirmasi: {reason}.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="91"/>
        <source>Type part of a name or NIP, then press Enter (↑/↓ to choose a row)</source>
        <translation>Ketik sebagian nama atau NIP, lalu tekan Enter (↑/↓ untuk memilih baris)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="99"/>
        <source>Not yet signed</source>
        <translation>Belum menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="100"/>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="106"/>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="101"/>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="107"/>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="102"/>
        <source>Everyone</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="108"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="112"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="113"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="114"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="115"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="135"/>
        <source>Open pact to sign (Enter)</source>
        <translation>Buka pakta untuk ditandatangani (Enter)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="137"/>
        <source>Record refusal… (F6)</source>
        <translation>Catat penolakan… (F6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="138"/>
        <source>Void record… (F8)</source>
        <translation>Batalkan catatan… (F8)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="139"/>
        <source>← Events (Esc)</source>
        <translation>← Acara (Esc)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="141"/>
        <source>Opens the only match, or the row chosen with ↑/↓ (Enter)</source>
        <translation>Membuka satu-satunya yang cocok, atau baris yang dipilih dengan ↑/↓ (Enter)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="143"/>
        <source>Record that the chosen person refuses (F6)</source>
        <translation>Catat bahwa pegawai yang dipilih menolak (F6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="144"/>
        <source>Void the chosen person&apos;s record (F8)</source>
        <translation>Batalkan catatan pegawai yang dipilih (F8)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="146"/>
        <source>Esc clears the search; Esc on an empty search goes back to the events</source>
        <translation>Esc mengosongkan pencarian; Esc pada pencarian kosong kembali ke daftar acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="314"/>
        <source>{name} already signed on laptop {laptop} at {time} ({operator}), on {day}.</source>
        <translation>{name} sudah menandatangani di laptop {laptop} pukul {time} ({operator}), tanggal {day}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="395"/>
        <source>{count} people match: choose one with ↑/↓, then press Enter.</source>
        <translation>{count} pegawai cocok: pilih salah satu dengan ↑/↓, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="400"/>
        <source>Choose the person with ↓ first, then press Enter.</source>
        <translation>Pilih pegawainya dulu dengan ↓, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="402"/>
        <source>Type part of a name or NIP first.</source>
        <translation>Ketik dulu sebagian nama atau NIP.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="291"/>
        <source>Nobody found for &quot;{text}&quot; in this list. Try another part of the name or NIP, or choose Everyone.</source>
        <translation>Tidak ada yang cocok dengan &quot;{text}&quot; di daftar ini. Coba bagian lain dari nama atau NIP, atau pilih Semua.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="308"/>
        <source>{name} has already signed.</source>
        <translation>{name} sudah menandatangani.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="326"/>
        <source>{name} already signed at {time} ({operator}), on {day}.</source>
        <translation>{name} sudah menandatangani pukul {time} ({operator}), tanggal {day}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="334"/>
        <source>{name} refused ({reason}); choose &quot;Refused&quot; to let them sign now.</source>
        <translation>{name} menolak ({reason}); pilih &quot;Menolak&quot; agar dapat menandatangani sekarang.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/kiosk.py" line="351"/>
        <source>{signed} of {total} signed</source>
        <translation>{signed} dari {total} sudah tanda tangan</translation>
    </message>
</context>
</TS>
