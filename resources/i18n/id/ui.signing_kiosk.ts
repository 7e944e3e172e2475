<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PactScreen</name>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="205" />
        <source>Sign above the line</source>
        <translation>Tanda tangan di atas garis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="209" />
        <source>Undo stroke</source>
        <translation>Batalkan goresan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="210" />
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="211" />
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="212" />
        <source>Void this record…</source>
        <translation>Batalkan catatan ini…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="213" />
        <source>Operator: confirm and save</source>
        <translation>Operator: konfirmasi dan simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="254" />
        <source>Already signed for this election on {when} (record {rid}, operator {op}). Signing twice is not allowed.</source>
        <translation>Sudah menandatangani untuk pemilihan ini pada {when} (catatan {rid}, operator {op}). Tanda tangan dua kali tidak diperbolehkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="260" />
        <source>Refused on {when}: {reason}. The person may still sign now.</source>
        <translation>Menolak pada {when}: {reason}. Yang bersangkutan tetap dapat menandatangani sekarang.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="265" />
        <source>Please read the pact, then sign in the box.</source>
        <translation>Silakan baca pakta, lalu tanda tangan di dalam kotak.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="54" />
        <source>Type part of a name or NIP, then press Enter</source>
        <translation>Ketik sebagian nama atau NIP, lalu tekan Enter</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="61" />
        <source>Not yet signed</source>
        <translation>Belum menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="62" />
        <location filename="../../../desktop/ui/signing_kiosk.py" line="68" />
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="63" />
        <location filename="../../../desktop/ui/signing_kiosk.py" line="69" />
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="64" />
        <source>Everyone</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="70" />
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="74" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="75" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="76" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="77" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="94" />
        <source>Open pact to sign (Enter)</source>
        <translation>Buka pakta untuk ditandatangani (Enter)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="96" />
        <source>Record refusal…</source>
        <translation>Catat penolakan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="97" />
        <source>Void record…</source>
        <translation>Batalkan catatan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="98" />
        <source>← Events</source>
        <translation>← Daftar acara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="143" />
        <source>Nobody found for "{text}" in this list. Try another part of the name or NIP, or choose Everyone.</source>
        <translation>Tidak ada yang cocok dengan "{text}" di daftar ini. Coba bagian lain dari nama atau NIP, atau pilih Semua.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing_kiosk.py" line="150" />
        <source>{signed} of {total} signed</source>
        <translation>{signed} dari {total} sudah tanda tangan</translation>
    </message>
</context>
</TS>