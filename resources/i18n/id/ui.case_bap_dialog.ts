<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>BapDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="81" />
        <source>Examination record (BAP) for {number}</source>
        <translation>Berita acara pemeriksaan (BAP) untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="88" />
        <source>1. Questions and answers</source>
        <translation>1. Tanya jawab</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="89" />
        <source>2. Signatures</source>
        <translation>2. Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="97" />
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="97" />
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="105" />
        <source>Add a question</source>
        <translation>Tambah pertanyaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="107" />
        <source>Remove the chosen question</source>
        <translation>Hapus pertanyaan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="114" />
        <source>Held on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="120" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="122" />
        <source>Left empty: the office's place</source>
        <translation>Kosongkan: tempat kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="125" />
        <source>in person</source>
        <translation>tatap muka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="126" />
        <source>online</source>
        <translation>virtual</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="130" />
        <source>Is your identity as written in this record correct?</source>
        <translation>Apakah identitas Saudara sebagaimana tertulis dalam berita acara ini benar?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="131" />
        <source>What did you do on the date reported?</source>
        <translation>Apa yang Saudara lakukan pada tanggal yang dilaporkan?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="158" />
        <source>Examiner (the direct superior) — no examination team</source>
        <translation>Pemeriksa (atasan langsung) — tanpa tim pemeriksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="170" />
        <source>Examiner: {name} — {role}</source>
        <translation>Pemeriksa: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="171" />
        <source>the examiner named above</source>
        <translation>pemeriksa yang disebut di atas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="177" />
        <source>The person examined: {name}</source>
        <translation>Pegawai yang diperiksa: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="191" />
        <source>Type at least one question and its answer.</source>
        <translation>Ketik sedikitnya satu pertanyaan beserta jawabannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="202" />
        <source>The examiners sign in the order shown: “{who}” has not signed yet.</source>
        <translation>Pemeriksa menandatangani menurut urutan yang tampil: “{who}” belum menandatangani.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="211" />
        <source>The person examined signs, or tick that they refuse to sign.</source>
        <translation>Pegawai yang diperiksa menandatangani, atau centang bahwa ia menolak menandatangani.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="218" />
        <source>Name the examiner (search the roster or type a name).</source>
        <translation>Sebutkan pemeriksa (cari di daftar pegawai atau ketik nama).</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="50" />
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="53" />
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="57" />
        <source>Refuses to sign (menolak menandatangani)</source>
        <translation>Menolak menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_bap_dialog.py" line="59" />
        <source>What the person said, if anything</source>
        <translation>Keterangan yang bersangkutan, bila ada</translation>
    </message>
</context>
</TS>