<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="70"/>
        <source>← All reports</source>
        <translation>← Semua laporan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="88"/>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="89"/>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="92"/>
        <source>Examination</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="104"/>
        <location filename="../../../desktop/ui/cases/view.py" line="338"/>
        <source>Choose a file to see it.</source>
        <translation>Pilih berkas untuk melihatnya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="109"/>
        <source>Open in another application</source>
        <translation>Buka di aplikasi lain</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="111"/>
        <source>Add evidence…</source>
        <translation>Tambah bukti…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="140"/>
        <source>Report {number} · {state}</source>
        <translation>Laporan {number} · {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="144"/>
        <source>{label}: {date}</source>
        <translation>{label}: {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="148"/>
        <source>OVERDUE — </source>
        <translation>TERLAMBAT — </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="164"/>
        <source>discipline sanction (PP 94/2021)</source>
        <translation>hukuman disiplin (PP 94/2021)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="165"/>
        <source>moral sanction under the code of ethics (PP 42/2004)</source>
        <translation>sanksi moral kode etik (PP 42/2004)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="166"/>
        <source>under the employment contract (non-ASN worker)</source>
        <translation>menurut perjanjian kerja (pegawai non-ASN)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="172"/>
        <source>Reported person</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="173"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="174"/>
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="175"/>
        <source>Timeline</source>
        <translation>Riwayat penanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="176"/>
        <source>Deadlines</source>
        <translation>Tenggat waktu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="177"/>
        <source>working days</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="178"/>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="180"/>
        <source>No recommendation yet. It is made at the validation stage, from the proven violations.</source>
        <translation>Belum ada rekomendasi. Rekomendasi dibuat pada tahap validasi berdasarkan pelanggaran yang terbukti.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="182"/>
        <source>In plain words</source>
        <translation>Ringkasnya</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="183"/>
        <source>Who decides</source>
        <translation>Yang memutuskan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="184"/>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="185"/>
        <source>Please note</source>
        <translation>Perhatian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="186"/>
        <source>Why: step by step</source>
        <translation>Alasannya, langkah demi langkah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="187"/>
        <source>Rulebook</source>
        <translation>Aturan sanksi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="188"/>
        <source>Local PPPK layer</source>
        <translation>Lapisan lokal PPPK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="200"/>
        <source>not linked to the roster</source>
        <translation>belum ditautkan ke daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="202"/>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="204"/>
        <source>(private)</source>
        <translation>(rahasia)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="206"/>
        <source>Source</source>
        <translation>Sumber laporan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="207"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="208"/>
        <source>Date received</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="210"/>
        <source>Place and date of the act</source>
        <translation>Tempat dan tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="214"/>
        <source>Alleged</source>
        <translation>Dugaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="215"/>
        <source>Proven</source>
        <translation>Terbukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="268"/>
        <source>Track: {track}. Level: {level}.</source>
        <translation>Jalur: {track}. Tingkat: {level}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="278"/>
        <source>The lightest sanction allowed: {t}.</source>
        <translation>Hukuman paling ringan yang boleh dijatuhkan: {t}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="284"/>
        <source>The official may choose: {types}.</source>
        <translation>Pejabat yang berwenang dapat memilih: {types}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="290"/>
        <source>Moral sanction: statement made {how}.</source>
        <translation>Sanksi moral: pernyataan {how}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="291"/>
        <source>in private</source>
        <translation>secara tertutup</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="293"/>
        <source>in public</source>
        <translation>secara terbuka</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="302"/>
        <source>For information, a civil servant would have received: {level}.</source>
        <translation>Sebagai informasi, seorang PNS akan mendapat tingkat: {level}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="338"/>
        <source>No evidence files.</source>
        <translation>Tidak ada berkas bukti.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="354"/>
        <source>Link to roster…</source>
        <translation>Tautkan ke daftar pegawai…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="358"/>
        <source>Record decision…</source>
        <translation>Catat keputusan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="362"/>
        <source>Make recommendation</source>
        <translation>Buat rekomendasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="366"/>
        <source>→ {state}</source>
        <translation>→ {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="370"/>
        <source>Recompute recommendation</source>
        <translation>Hitung ulang rekomendasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="372"/>
        <source>Summons and examination…</source>
        <translation>Panggilan dan pemeriksaan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="374"/>
        <source>Print summary…</source>
        <translation>Cetak ringkasan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="376"/>
        <source>Print memo (nota dinas)…</source>
        <translation>Cetak nota dinas…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="451"/>
        <source>Evidence files</source>
        <translation>Berkas bukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="453"/>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Foto dan PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="462"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="462"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="482"/>
        <source>PDF document: open it in another application.</source>
        <translation>Dokumen PDF: buka di aplikasi lain.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/view.py" line="495"/>
        <source>This image cannot be shown.</source>
        <translation>Gambar ini tidak dapat ditampilkan.</translation>
    </message>
</context>
</TS>
