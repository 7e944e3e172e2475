<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ExamTab</name>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="81"/>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="154"/>
        <source>Examination team…</source>
        <translation>Tim pemeriksa…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="82"/>
        <source>Missed examination…</source>
        <translation>Tidak hadir…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="83"/>
        <source>Examination record (BAP)…</source>
        <translation>Berita acara (BAP)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="84"/>
        <source>Report (LHP)…</source>
        <translation>Laporan (LHP)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="88"/>
        <source>Classify catch-all code…</source>
        <translation>Klasifikasi kode &apos;bentuk lain&apos;…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="85"/>
        <source>External references…</source>
        <translation>Rujukan eksternal…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="86"/>
        <source>Delivery of the decree…</source>
        <translation>Penyampaian SK…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="87"/>
        <source>Objection or appeal…</source>
        <translation>Keberatan/banding…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="96"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="99"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="99"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="99"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="99"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="115"/>
        <source>Make PDF</source>
        <translation>Buat PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="118"/>
        <source>Bundle for I&apos;DIS/SIASN…</source>
        <translation>Bundel I&apos;DIS/SIASN…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="123"/>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="125"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="127"/>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="154"/>
        <source>Ethics Council…</source>
        <translation>Majelis Kode Etik…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="180"/>
        <source>(old)</source>
        <translation>(lama)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="238"/>
        <source>The examination team was recorded.</source>
        <translation>Susunan pemeriksa dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="243"/>
        <source>The absence was recorded.</source>
        <translation>Ketidakhadiran dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="249"/>
        <source>The examination record (BAP) was recorded with its signatures.</source>
        <translation>Berita acara pemeriksaan (BAP) dicatat beserta tanda tangannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="255"/>
        <source>The examination report (LHP) was recorded.</source>
        <translation>Laporan hasil pemeriksaan (LHP) dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="261"/>
        <source>The classification was recorded; make the recommendation again.</source>
        <translation>Klasifikasi dicatat; buat rekomendasi lagi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="267"/>
        <source>The external references were recorded.</source>
        <translation>Rujukan eksternal dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="273"/>
        <source>The delivery of the decree was recorded.</source>
        <translation>Penyampaian keputusan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="278"/>
        <source>The objection was recorded.</source>
        <translation>Keberatan/banding dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="303"/>
        <source>{title}, version {version}: unchanged, the same PDF.</source>
        <translation>{title}, versi {version}: tidak berubah, PDF yang sama.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="305"/>
        <source>{title}, version {version} made. Code {code}.</source>
        <translation>{title}, versi {version} dibuat. Kode {code}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="342"/>
        <source>Sent to the printer {name}: {pages} page(s).</source>
        <translation>Dikirim ke printer {name}: {pages} halaman.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="365"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="377"/>
        <source>Saved to {path}.</source>
        <translation>Disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="383"/>
        <source>Folder for the I&apos;DIS/SIASN bundle</source>
        <translation>Folder untuk bundel I&apos;DIS/SIASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_exam_widgets.py" line="394"/>
        <source>I&apos;DIS/SIASN bundle written in {folder}: {files}.</source>
        <translation>Bundel I&apos;DIS/SIASN ditulis di {folder}: {files}.</translation>
    </message>
</context>
</TS>
