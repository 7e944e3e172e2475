<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ExamTab</name>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="84"/>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="158"/>
        <source>Examination team…</source>
        <translation>Tim pemeriksa…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="85"/>
        <source>Missed examination…</source>
        <translation>Tidak hadir…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="86"/>
        <source>Examination record (BAP)…</source>
        <translation>Berita acara (BAP)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="87"/>
        <source>Report (LHP)…</source>
        <translation>Laporan (LHP)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="91"/>
        <source>Classify catch-all code…</source>
        <translation>Klasifikasi kode &apos;bentuk lain&apos;…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="88"/>
        <source>External references…</source>
        <translation>Rujukan eksternal…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="89"/>
        <source>Delivery of the decree…</source>
        <translation>Penyampaian SK…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="90"/>
        <source>Objection or appeal…</source>
        <translation>Keberatan/banding…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="92"/>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="164"/>
        <source>Temporary suspension…</source>
        <translation>Pembebasan sementara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="100"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="103"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="103"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="103"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="103"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="119"/>
        <source>Make PDF</source>
        <translation>Buat PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="122"/>
        <source>Bundle for I&apos;DIS/SIASN…</source>
        <translation>Bundel I&apos;DIS/SIASN…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="127"/>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="129"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="131"/>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="158"/>
        <source>Ethics Council…</source>
        <translation>Majelis Kode Etik…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="164"/>
        <source>End temporary suspension…</source>
        <translation>Akhiri pembebasan sementara…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="189"/>
        <source>(old)</source>
        <translation>(lama)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="248"/>
        <source>The examination team was recorded.</source>
        <translation>Susunan pemeriksa dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="253"/>
        <source>The absence was recorded.</source>
        <translation>Ketidakhadiran dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="259"/>
        <source>The examination record (BAP) was recorded with its signatures.</source>
        <translation>Berita acara pemeriksaan (BAP) dicatat beserta tanda tangannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="265"/>
        <source>The examination report (LHP) was recorded.</source>
        <translation>Laporan hasil pemeriksaan (LHP) dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="273"/>
        <source>The temporary suspension was ended.</source>
        <translation>Pembebasan sementara telah diakhiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="277"/>
        <source>The temporary suspension was recorded; make its decree below.</source>
        <translation>Pembebasan sementara dicatat; buat surat keputusannya di bawah.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="283"/>
        <source>The classification was recorded; make the recommendation again.</source>
        <translation>Klasifikasi dicatat; buat rekomendasi lagi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="289"/>
        <source>The external references were recorded.</source>
        <translation>Rujukan eksternal dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="295"/>
        <source>The delivery of the decree was recorded.</source>
        <translation>Penyampaian keputusan dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="300"/>
        <source>The objection was recorded.</source>
        <translation>Keberatan/banding dicatat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="325"/>
        <source>{title}, version {version}: unchanged, the same PDF.</source>
        <translation>{title}, versi {version}: tidak berubah, PDF yang sama.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="327"/>
        <source>{title}, version {version} made. Code {code}.</source>
        <translation>{title}, versi {version} dibuat. Kode {code}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="364"/>
        <source>Sent to the printer {name}: {pages} page(s).</source>
        <translation>Dikirim ke printer {name}: {pages} halaman.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="387"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="399"/>
        <source>Saved to {path}.</source>
        <translation>Disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="405"/>
        <source>Folder for the I&apos;DIS/SIASN bundle</source>
        <translation>Folder untuk bundel I&apos;DIS/SIASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/exam_widgets.py" line="416"/>
        <source>I&apos;DIS/SIASN bundle written in {folder}: {files}.</source>
        <translation>Bundel I&apos;DIS/SIASN ditulis di {folder}: {files}.</translation>
    </message>
</context>
</TS>
