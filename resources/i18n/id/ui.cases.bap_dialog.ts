<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>BapDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="86"/>
        <source>Examination record (BAP) for {number}</source>
        <translation>Berita acara pemeriksaan (BAP) untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="93"/>
        <source>1. Questions and answers</source>
        <translation>1. Tanya jawab</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="94"/>
        <source>2. Signatures</source>
        <translation>2. Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="102"/>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="102"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="110"/>
        <source>Add a question</source>
        <translation>Tambah pertanyaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="112"/>
        <source>Remove the chosen question</source>
        <translation>Hapus pertanyaan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="119"/>
        <source>Held on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="125"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="127"/>
        <source>Left empty: the office&apos;s place</source>
        <translation>Kosongkan: tempat kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="130"/>
        <source>in person</source>
        <translation>tatap muka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="131"/>
        <source>online</source>
        <translation>virtual</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="162"/>
        <source>Examiner (the direct superior) — no examination team</source>
        <translation>Pemeriksa (atasan langsung) — tanpa tim pemeriksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="174"/>
        <source>Examiner: {name} — {role}</source>
        <translation>Pemeriksa: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="175"/>
        <source>the examiner named above</source>
        <translation>pemeriksa yang disebut di atas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="181"/>
        <source>The person examined: {name}</source>
        <translation>Pegawai yang diperiksa: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="195"/>
        <source>Type at least one question and its answer.</source>
        <translation>Ketik sedikitnya satu pertanyaan beserta jawabannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="206"/>
        <source>The examiners sign in the order shown: “{who}” has not signed yet.</source>
        <translation>Pemeriksa menandatangani menurut urutan yang tampil: “{who}” belum menandatangani.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="215"/>
        <source>The person examined signs, or tick that they refuse to sign.</source>
        <translation>Pegawai yang diperiksa menandatangani, atau centang bahwa ia menolak menandatangani.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="222"/>
        <source>Name the examiner (search the roster or type a name).</source>
        <translation>Sebutkan pemeriksa (cari di daftar pegawai atau ketik nama).</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="55"/>
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="58"/>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="62"/>
        <source>Refuses to sign (menolak menandatangani)</source>
        <translation>Menolak menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/bap_dialog.py" line="64"/>
        <source>What the person said, if anything</source>
        <translation>Keterangan yang bersangkutan, bila ada</translation>
    </message>
</context>
</TS>
