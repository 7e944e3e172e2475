<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="260"/>
        <source>Missed examination for {number}</source>
        <translation>Ketidakhadiran pemeriksaan untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="267"/>
        <source>The person did not come to the examination of {date} (summons {n}). After a second summons is also missed, the decision is made without an examination.</source>
        <translation>Pegawai tidak hadir pada pemeriksaan tanggal {date} (panggilan {n}). Bila panggilan kedua juga tidak dihadiri, keputusan dibuat tanpa pemeriksaan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="271"/>
        <source>No summons recorded yet.</source>
        <translation>Belum ada surat panggilan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="278"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="394"/>
        <source>Classify a catch-all code for {number}</source>
        <translation>Klasifikasi kode &apos;bentuk lain&apos; untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="401"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="403"/>
        <source>medium (sedang)</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="404"/>
        <source>heavy (berat)</source>
        <translation>berat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="405"/>
        <source>dismissal (PTDH)</source>
        <translation>pemberhentian (PTDH)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="406"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="409"/>
        <source>Regulation breached</source>
        <translation>Peraturan yang dilanggar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="412"/>
        <source>Why the act falls under that regulation</source>
        <translation>Mengapa perbuatan itu masuk ke peraturan tersebut</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="413"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="423"/>
        <source>This report has no catch-all code to classify.</source>
        <translation>Laporan ini tidak memiliki kode &apos;bentuk lain&apos; untuk diklasifikasikan.</translation>
    </message>
</context>
<context>
    <name>LhpDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="291"/>
        <source>Examination report (LHP) for {number}</source>
        <translation>Laporan hasil pemeriksaan (LHP) untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="297"/>
        <source>Left empty: written from the BAP</source>
        <translation>Kosongkan: disusun dari BAP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="299"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="302"/>
        <source>Left empty: the rulebook&apos;s explanation, step by step</source>
        <translation>Kosongkan: penjelasan aturan sanksi, langkah demi langkah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="305"/>
        <source>Analysis</source>
        <translation>Analisis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="308"/>
        <source>Conclusion</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="310"/>
        <source>Date of the report</source>
        <translation>Tanggal laporan</translation>
    </message>
</context>
<context>
    <name>LiftSuspensionDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="372"/>
        <source>End the temporary suspension for {number}</source>
        <translation>Akhiri pembebasan sementara laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="376"/>
        <source>Ended on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="379"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="109"/>
        <source>Name or NIP in the roster</source>
        <translation>Nama atau NIP di daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="111"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="124"/>
        <source>or a name not in the roster</source>
        <translation>atau nama yang tidak ada di daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="126"/>
        <source>NIP (18 digits)</source>
        <translation>NIP (18 angka)</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="436"/>
        <source>External references for {number}</source>
        <translation>Rujukan eksternal untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="441"/>
        <source>Bawaslu register number</source>
        <translation>Nomor register Bawaslu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="442"/>
        <source>Bawaslu recommendation letter</source>
        <translation>Surat rekomendasi Bawaslu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="443"/>
        <source>SBT complaint number</source>
        <translation>Nomor pengaduan SBT</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="444"/>
        <source>BKN/KASN recommendation letter number</source>
        <translation>Nomor surat rekomendasi BKN/KASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="445"/>
        <source>Regional office of BKN (Kanreg)</source>
        <translation>Kantor Regional BKN (Kanreg)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="451"/>
        <source>Letter dated</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="460"/>
        <source>The recommending body (KASN, BKN, …) is read from the rulebook for the letter&apos;s date; the PPK&apos;s follow-up deadline counts from that date.</source>
        <translation>Lembaga pemberi rekomendasi (KASN, BKN, …) dibaca dari aturan sanksi menurut tanggal surat; tenggat tindak lanjut PPK dihitung dari tanggal itu.</translation>
    </message>
</context>
<context>
    <name>SuspensionDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="329"/>
        <source>Temporary suspension from the position for {number}</source>
        <translation>Pembebasan sementara dari tugas jabatan laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="336"/>
        <source>Only for a case likely to end in a severe (berat) sanction: the person is relieved of the duties of the position until the decision, and an acting official takes them over.</source>
        <translation>Hanya untuk laporan yang kemungkinan dijatuhi hukuman disiplin berat: pegawai dibebaskan dari tugas jabatannya sampai keputusan ditetapkan, dan tugasnya dilaksanakan pejabat pelaksana harian.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="344"/>
        <source>Acting official</source>
        <translation>Pejabat pelaksana harian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="346"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="349"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="355"/>
        <source>Choose the acting official from the roster or type a name.</source>
        <translation>Pilih pejabat pelaksana harian dari daftar pegawai atau ketik namanya.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="161"/>
        <source>Ethics Council (Majelis Kode Etik) for {number}</source>
        <translation>Majelis Kode Etik untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="163"/>
        <source>Examination team for {number}</source>
        <translation>Tim pemeriksa untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="170"/>
        <source>A chair, a secretary and at least three members; more than five only in an odd number; nobody lower in rank than the person examined.</source>
        <translation>Seorang ketua, seorang sekretaris dan sekurang-kurangnya tiga anggota; bila lebih dari lima, jumlahnya ganjil; tidak ada yang lebih rendah pangkatnya daripada pegawai yang diperiksa.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="174"/>
        <source>Mandatory for a heavy (berat) sanction: the direct superior, the supervision unit (Inspektorat) and the personnel unit (BKPSDM).</source>
        <translation>Wajib untuk hukuman disiplin berat: atasan langsung, unsur pengawasan (Inspektorat) dan unsur kepegawaian (BKPSDM).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="177"/>
        <source>Optional for a medium (sedang) sanction.</source>
        <translation>Tidak wajib untuk hukuman disiplin sedang.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="184"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="188"/>
        <source>Add to the team</source>
        <translation>Tambahkan ke tim</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="193"/>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="195"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="195"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="195"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="204"/>
        <source>Remove the chosen member</source>
        <translation>Hapus anggota yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="208"/>
        <source>The direct superior is involved: a higher superior sits in their place</source>
        <translation>Atasan langsung terlibat: atasan yang lebih tinggi menggantikannya</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="213"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="230"/>
        <source>Search the roster or type a name first.</source>
        <translation>Cari di daftar pegawai atau ketik nama dulu.</translation>
    </message>
</context>
<context>
    <name>case_exam</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="48"/>
        <source>Direct superior</source>
        <translation>Atasan langsung</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="49"/>
        <source>Supervision (Inspektorat)</source>
        <translation>Unsur pengawasan (Inspektorat)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="50"/>
        <source>Personnel (BKPSDM)</source>
        <translation>Unsur kepegawaian (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="51"/>
        <source>Chair of the Ethics Council</source>
        <translation>Ketua Majelis Kode Etik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="52"/>
        <source>Secretary of the Ethics Council</source>
        <translation>Sekretaris Majelis Kode Etik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_dialogs.py" line="53"/>
        <source>Member of the Ethics Council</source>
        <translation>Anggota Majelis Kode Etik</translation>
    </message>
</context>
</TS>
