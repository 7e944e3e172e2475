<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="64"/>
        <source>Print signed pacts</source>
        <translation>Cetak Pakta Bertanda Tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="68"/>
        <source>What to print</source>
        <translation>Yang dicetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="97"/>
        <source>One person</source>
        <translation>Satu pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="98"/>
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="99"/>
        <source>Work unit (with sub-units)</source>
        <translation>Unit kerja (beserta sub-unit)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="100"/>
        <source>All signed pacts</source>
        <translation>Semua pakta bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="111"/>
        <source>Paper from office settings</source>
        <translation>Kertas sesuai pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="114"/>
        <source>Recap sheet (daftar penandatanganan) instead of pacts</source>
        <translation>Daftar penandatanganan (rekap), bukan lembar pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="115"/>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="123"/>
        <source>Create PDF</source>
        <translation>Buat PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="125"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="127"/>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="128"/>
        <source>Open in PDF viewer</source>
        <translation>Buka di penampil PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="215"/>
        <source>{count} found</source>
        <translation>{count} ditemukan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="217"/>
        <source>1 found</source>
        <translation>1 ditemukan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="220"/>
        <source>nobody found</source>
        <translation>tidak ada yang cocok</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="370"/>
        <source>Printing cancelled after {sheets} page(s) on {name}.</source>
        <translation>Pencetakan dibatalkan setelah {sheets} halaman di {name}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="376"/>
        <source>Sent to the printer {name}: {pages} page(s), {copies} copies.</source>
        <translation>Dikirim ke printer {name}: {pages} halaman, {copies} rangkap.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="126"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="72"/>
        <source>Name, NIP or NIK of the person (non-ASN too)</source>
        <translation>Nama, NIP atau NIK pegawai (termasuk non-ASN)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="130"/>
        <source>Needs a PDF viewer on this computer; Print and Print preview do not.</source>
        <translation>Perlu aplikasi penampil PDF di komputer ini; Cetak dan Pratinjau cetak tidak memerlukannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="132"/>
        <source>Verify a printed pact…</source>
        <translation>Verifikasi pakta tercetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="154"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="166"/>
        <source>Printing</source>
        <translation>Cetak Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="268"/>
        <source>Creating the PDF…</source>
        <translation>Sedang membuat PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="283"/>
        <source>{pages} page(s) ready ({size} KB, {seconds:.1f} s): {signed} signed, {missing} not yet signed, {refused} refused.</source>
        <translation>{pages} halaman siap ({size} KB, {seconds:.1f} detik): {signed} telah menandatangani, {missing} belum menandatangani, {refused} menolak.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="299"/>
        <source>Cancelled: no PDF was made.</source>
        <translation>Dibatalkan: PDF tidak dibuat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="320"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="331"/>
        <source>Saved to {path}.</source>
        <translation>Disimpan ke {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/page.py" line="367"/>
        <source>(default)</source>
        <translation>(bawaan)</translation>
    </message>
</context>
</TS>
