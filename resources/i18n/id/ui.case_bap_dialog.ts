<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>BapDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="85"/>
        <source>Examination record (BAP) for {number}</source>
        <translation>Berita acara pemeriksaan (BAP) untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="92"/>
        <source>1. Questions and answers</source>
        <translation>1. Tanya jawab</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="93"/>
        <source>2. Signatures</source>
        <translation>2. Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="101"/>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="101"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="109"/>
        <source>Add a question</source>
        <translation>Tambah pertanyaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="111"/>
        <source>Remove the chosen question</source>
        <translation>Hapus pertanyaan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="118"/>
        <source>Held on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="124"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="126"/>
        <source>Left empty: the office&apos;s place</source>
        <translation>Kosongkan: tempat kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="129"/>
        <source>in person</source>
        <translation>tatap muka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="130"/>
        <source>online</source>
        <translation>virtual</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="161"/>
        <source>Examiner (the direct superior) — no examination team</source>
        <translation>Pemeriksa (atasan langsung) — tanpa tim pemeriksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="173"/>
        <source>Examiner: {name} — {role}</source>
        <translation>Pemeriksa: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="174"/>
        <source>the examiner named above</source>
        <translation>pemeriksa yang disebut di atas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="180"/>
        <source>The person examined: {name}</source>
        <translation>Pegawai yang diperiksa: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="194"/>
        <source>Type at least one question and its answer.</source>
        <translation>Ketik sedikitnya satu pertanyaan beserta jawabannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="205"/>
        <source>The examiners sign in the order shown: “{who}” has not signed yet.</source>
        <translation>Pemeriksa menandatangani menurut urutan yang tampil: “{who}” belum menandatangani.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="214"/>
        <source>The person examined signs, or tick that they refuse to sign.</source>
        <translation>Pegawai yang diperiksa menandatangani, atau centang bahwa ia menolak menandatangani.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="221"/>
        <source>Name the examiner (search the roster or type a name).</source>
        <translation>Sebutkan pemeriksa (cari di daftar pegawai atau ketik nama).</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="54"/>
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="57"/>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="61"/>
        <source>Refuses to sign (menolak menandatangani)</source>
        <translation>Menolak menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="63"/>
        <source>What the person said, if anything</source>
        <translation>Keterangan yang bersangkutan, bila ada</translation>
    </message>
</context>
</TS>
