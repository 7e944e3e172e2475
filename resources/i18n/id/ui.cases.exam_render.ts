<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>case_exam</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="391"/>
        <source>BAP</source>
        <translation>BAP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="392"/>
        <source>LHP</source>
        <translation>LHP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="399"/>
        <source>Summons I</source>
        <translation>Surat Panggilan I</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="400"/>
        <source>Summons II</source>
        <translation>Surat Panggilan II</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="401"/>
        <source>Examination record (BAP)</source>
        <translation>Berita Acara Pemeriksaan (BAP)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="402"/>
        <source>Examination report (LHP)</source>
        <translation>Laporan Hasil Pemeriksaan (LHP)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="403"/>
        <source>Decree (SK)</source>
        <translation>Keputusan (SK)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="404"/>
        <source>Delivery receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="405"/>
        <source>Temporary suspension decree</source>
        <translation>Keputusan pembebasan sementara</translation>
    </message>
</context>
<context>
    <name>case_exam_render</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="25"/>
        <source>Who examines</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="26"/>
        <source>Not recorded yet.</source>
        <translation>Belum dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="27"/>
        <source>No summons yet.</source>
        <translation>Belum ada panggilan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="28"/>
        <source>{name}: signed</source>
        <translation>{name}: menandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="29"/>
        <source>Proven</source>
        <translation>Terbukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="30"/>
        <source>None recorded.</source>
        <translation>Belum ada yang dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="31"/>
        <source>Recommending body</source>
        <translation>Lembaga pemberi rekomendasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="32"/>
        <source>Not delivered yet.</source>
        <translation>Keputusan belum disampaikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="33"/>
        <source>Next</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="57"/>
        <source>an examination team is mandatory (heavy sanction, PP 94/2021)</source>
        <translation>tim pemeriksa wajib (hukuman disiplin berat, PP 94/2021)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="60"/>
        <source>an examination team is optional (medium sanction)</source>
        <translation>tim pemeriksa tidak wajib (hukuman disiplin sedang)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="63"/>
        <source>the Ethics Council (Majelis Kode Etik) examines (PP 42/2004)</source>
        <translation>diperiksa Majelis Kode Etik (PP 42/2004)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="66"/>
        <source>non-ASN worker: clarification by the head of the work unit</source>
        <translation>pegawai non-ASN: klarifikasi oleh kepala unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="71"/>
        <source>known after the recommendation</source>
        <translation>diketahui sesudah rekomendasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="92"/>
        <source>Summons {n}: sent {summons}, examination {exam}</source>
        <translation>Panggilan {n}: dikirim {summons}, pemeriksaan {exam}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="95"/>
        <source>did not come</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="101"/>
        <source>Absent at both summonses: the decision is made on the evidence available, without an examination (PP 94/2021).</source>
        <translation>Tidak hadir pada kedua panggilan: keputusan dibuat berdasarkan bukti yang ada, tanpa pemeriksaan (PP 94/2021).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="108"/>
        <source>Send the second summons by {date} (7 working days).</source>
        <translation>Kirim panggilan kedua paling lambat {date} (7 hari kerja).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="120"/>
        <source>online</source>
        <translation>virtual</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="122"/>
        <source>in person</source>
        <translation>tatap muka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="125"/>
        <source>Held on {date} in {place} ({mode}); {n} questions.</source>
        <translation>Dilaksanakan {date} di {place} ({mode}); {n} pertanyaan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="133"/>
        <source>{name}: refused to sign (recorded; the BAP stays valid)</source>
        <translation>{name}: menolak menandatangani (dicatat; BAP tetap sah)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="157"/>
        <source>{code}: classified as {level} — {basis}</source>
        <translation>{code}: diklasifikasikan {level} — {basis}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="162"/>
        <source>{code}: needs a written classification before the recommendation</source>
        <translation>{code}: perlu klasifikasi tertulis sebelum rekomendasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="173"/>
        <source>Bawaslu register number</source>
        <translation>Nomor register Bawaslu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="174"/>
        <source>Bawaslu recommendation letter</source>
        <translation>Surat rekomendasi Bawaslu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="177"/>
        <source>SBT complaint number</source>
        <translation>Nomor pengaduan SBT</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="178"/>
        <source>BKN/KASN recommendation letter</source>
        <translation>Surat rekomendasi BKN/KASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="181"/>
        <source>Letter date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="182"/>
        <source>Regional office of BKN (Kanreg)</source>
        <translation>Kantor Regional BKN (Kanreg)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="194"/>
        <source>for the letter&apos;s date</source>
        <translation>menurut tanggal surat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="196"/>
        <source>for the report&apos;s date</source>
        <translation>menurut tanggal laporan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="204"/>
        <source>followed up (decision recorded)</source>
        <translation>sudah ditindaklanjuti (keputusan dicatat)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="208"/>
        <source>OVERDUE</source>
        <translation>TERLAMBAT</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="210"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="212"/>
        <source>working days</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="214"/>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="216"/>
        <source>PPK follow-up deadline: {date} ({days} {counting}) — {state}</source>
        <translation>Tenggat tindak lanjut PPK: {date} ({days} {counting}) — {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="225"/>
        <source>Relieved of the duties of the position from {date}; acting official {name} (NIP {nip}).</source>
        <translation>Dibebaskan sementara dari tugas jabatan sejak {date}; pejabat pelaksana harian {name} (NIP {nip}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="232"/>
        <source>Ended on {date} by the decision.</source>
        <translation>Berakhir pada {date} karena keputusan ditetapkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="234"/>
        <source>Ended on {date}.</source>
        <translation>Berakhir pada {date}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="245"/>
        <source>sent by post, tracking number {no}</source>
        <translation>dikirim lewat pos, nomor resi {no}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="249"/>
        <source>handed over to {name}</source>
        <translation>diserahkan kepada {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="253"/>
        <source>Decree {sk} delivered on {date}: {how}</source>
        <translation>Keputusan {sk} disampaikan {date}: {how}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="260"/>
        <source>objection (keberatan)</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="261"/>
        <source>administrative appeal (banding)</source>
        <translation>Banding administratif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="264"/>
        <source>per the employment contract</source>
        <translation>Menurut perjanjian kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="269"/>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="271"/>
        <source>closed</source>
        <translation>tertutup</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="274"/>
        <source>Objection: {to}; from {start} until {end} — {status}</source>
        <translation>Upaya terhadap keputusan: {to}; {start} sampai {end} — {status}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="278"/>
        <source>{route} to {to}: from {start} until {end} — {status}</source>
        <translation>{route} kepada {to}: {start} sampai {end} — {status}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="287"/>
        <source>{kind} filed on {date}</source>
        <translation>{kind} diajukan {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="291"/>
        <source>after the deadline</source>
        <translation>melewati tenggat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="301"/>
        <source>Classify the catch-all code in writing, then make the recommendation.</source>
        <translation>Buat klasifikasi tertulis kode &apos;bentuk lain&apos;, lalu buat rekomendasi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="307"/>
        <source>Print the decree, then record its delivery.</source>
        <translation>Cetak keputusan, lalu catat penyampaiannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="311"/>
        <source>Watch the objection window; make the I&apos;DIS/SIASN bundle for BKPSDM.</source>
        <translation>Pantau masa keberatan; buat bundel I&apos;DIS/SIASN untuk BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="315"/>
        <source>The examination starts at the recommendation stage.</source>
        <translation>Pemeriksaan dimulai pada tahap rekomendasi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="319"/>
        <source>Record who examines (the team button below).</source>
        <translation>Catat susunan pemeriksa (tombol tim di bawah).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="323"/>
        <source>Send the summons: &apos;Summons and examination…&apos; at the top of the page.</source>
        <translation>Kirim surat panggilan: tombol &apos;Panggilan dan pemeriksaan…&apos; di atas halaman.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="329"/>
        <source>Write the LHP, then record the decision.</source>
        <translation>Tulis LHP, lalu catat keputusan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="333"/>
        <source>Record the decision.</source>
        <translation>Catat keputusan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="336"/>
        <source>Send the second summons: &apos;Summons and examination…&apos; at the top of the page.</source>
        <translation>Kirim panggilan kedua: tombol &apos;Panggilan dan pemeriksaan…&apos; di atas halaman.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="341"/>
        <source>On the examination day: record the BAP, or the absence.</source>
        <translation>Pada hari pemeriksaan: catat BAP, atau ketidakhadiran.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="345"/>
        <source>Write the examination report (LHP).</source>
        <translation>Tulis laporan hasil pemeriksaan (LHP).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="346"/>
        <source>Print the documents, then record the decision.</source>
        <translation>Cetak dokumen, lalu catat keputusan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="355"/>
        <source>Examining body</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="356"/>
        <source>Summonses</source>
        <translation>Surat panggilan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="358"/>
        <source>Examination record (BAP)</source>
        <translation>Berita Acara Pemeriksaan (BAP)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="361"/>
        <source>Examination report (LHP)</source>
        <translation>Laporan Hasil Pemeriksaan (LHP)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="367"/>
        <source>Catch-all codes</source>
        <translation>Kode &apos;bentuk lain&apos;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="373"/>
        <source>Temporary suspension</source>
        <translation>Pembebasan sementara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="378"/>
        <source>National path</source>
        <translation>Jalur nasional</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_render.py" line="382"/>
        <source>Delivery and objection</source>
        <translation>Penyampaian dan keberatan</translation>
    </message>
</context>
</TS>
