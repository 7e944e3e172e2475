<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ExamTab</name>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="83" />
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="157" />
        <source>Examination team…</source>
        <translation>Tim pemeriksa…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="84" />
        <source>Missed examination…</source>
        <translation>Tidak hadir…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="85" />
        <source>Examination record (BAP)…</source>
        <translation>Berita acara (BAP)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="86" />
        <source>Report (LHP)…</source>
        <translation>Laporan (LHP)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="90" />
        <source>Classify catch-all code…</source>
        <translation>Klasifikasi kode 'bentuk lain'…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="87" />
        <source>External references…</source>
        <translation>Rujukan eksternal…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="88" />
        <source>Delivery of the decree…</source>
        <translation>Penyampaian SK…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="89" />
        <source>Objection or appeal…</source>
        <translation>Keberatan/banding…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="91" />
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="163" />
        <source>Temporary suspension…</source>
        <translation>Pembebasan sementara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="99" />
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="102" />
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="102" />
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="102" />
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="102" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="118" />
        <source>Make PDF</source>
        <translation>Buat PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="121" />
        <source>Bundle for I'DIS/SIASN…</source>
        <translation>Bundel I'DIS/SIASN…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="126" />
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="128" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="130" />
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="157" />
        <source>Ethics Council…</source>
        <translation>Majelis Kode Etik…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="163" />
        <source>End temporary suspension…</source>
        <translation>Akhiri pembebasan sementara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="188" />
        <source>(old)</source>
        <translation>(lama)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="247" />
        <source>The examination team was recorded.</source>
        <translation>Susunan pemeriksa dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="252" />
        <source>The absence was recorded.</source>
        <translation>Ketidakhadiran dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="258" />
        <source>The examination record (BAP) was recorded with its signatures.</source>
        <translation>Berita acara pemeriksaan (BAP) dicatat beserta tanda tangannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="264" />
        <source>The examination report (LHP) was recorded.</source>
        <translation>Laporan hasil pemeriksaan (LHP) dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="272" />
        <source>The temporary suspension was ended.</source>
        <translation>Pembebasan sementara telah diakhiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="276" />
        <source>The temporary suspension was recorded; make its decree below.</source>
        <translation>Pembebasan sementara dicatat; buat surat keputusannya di bawah.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="282" />
        <source>The classification was recorded; make the recommendation again.</source>
        <translation>Klasifikasi dicatat; buat rekomendasi lagi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="288" />
        <source>The external references were recorded.</source>
        <translation>Rujukan eksternal dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="294" />
        <source>The delivery of the decree was recorded.</source>
        <translation>Penyampaian keputusan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="299" />
        <source>The objection was recorded.</source>
        <translation>Keberatan/banding dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="324" />
        <source>{title}, version {version}: unchanged, the same PDF.</source>
        <translation>{title}, versi {version}: tidak berubah, PDF yang sama.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="326" />
        <source>{title}, version {version} made. Code {code}.</source>
        <translation>{title}, versi {version} dibuat. Kode {code}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="363" />
        <source>Sent to the printer {name}: {pages} page(s).</source>
        <translation>Dikirim ke printer {name}: {pages} halaman.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="386" />
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="398" />
        <source>Saved to {path}.</source>
        <translation>Disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="404" />
        <source>Folder for the I'DIS/SIASN bundle</source>
        <translation>Folder untuk bundel I'DIS/SIASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="415" />
        <source>I'DIS/SIASN bundle written in {folder}: {files}.</source>
        <translation>Bundel I'DIS/SIASN ditulis di {folder}: {files}.</translation>
    </message>
</context>
</TS>