<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="80" />
        <source>Print signed pacts</source>
        <translation>Cetak Pakta Bertanda Tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="84" />
        <source>What to print</source>
        <translation>Yang dicetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="88" />
        <source>NIP of the person</source>
        <translation>NIP pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="93" />
        <source>One person</source>
        <translation>Satu pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="94" />
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="95" />
        <source>Work unit (with sub-units)</source>
        <translation>Unit kerja (beserta sub-unit)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="96" />
        <source>All signed pacts</source>
        <translation>Semua pakta bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="107" />
        <source>Paper from office settings</source>
        <translation>Kertas sesuai pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="110" />
        <source>Recap sheet (daftar penandatanganan) instead of pacts</source>
        <translation>Daftar penandatanganan (rekap), bukan lembar pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="111" />
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="119" />
        <source>Create PDF</source>
        <translation>Buat PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="121" />
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="122" />
        <source>Open in PDF viewer</source>
        <translation>Buka di penampil PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="123" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="124" />
        <source>Verify a printed pact…</source>
        <translation>Verifikasi pakta tercetak…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="139" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="151" />
        <source>Printing</source>
        <translation>Cetak Pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="212" />
        <source>Creating the PDF…</source>
        <translation>Sedang membuat PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="226" />
        <source>{pages} page(s) ready ({size} KB, {seconds:.1f} s): {signed} signed, {missing} not yet signed, {refused} refused.</source>
        <translation>{pages} halaman siap ({size} KB, {seconds:.1f} detik): {signed} telah menandatangani, {missing} belum menandatangani, {refused} menolak.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="242" />
        <source>Cancelled: no PDF was made.</source>
        <translation>Dibatalkan: PDF tidak dibuat.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="263" />
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="267" />
        <source>Saved to {path}.</source>
        <translation>Disimpan ke {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="278" />
        <source>Print pacts</source>
        <translation>Cetak pakta</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="288" />
        <source>Sent to the printer {name}.</source>
        <translation>Dikirim ke pencetak {name}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="289" />
        <source>(default)</source>
        <translation>(bawaan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/pages/printing.py" line="295" />
        <source>No print service found: the PDF is opened in the system viewer, print it from there.</source>
        <translation>Layanan cetak tidak ditemukan: PDF dibuka di penampil sistem, silakan cetak dari sana.</translation>
    </message>
</context>
</TS>