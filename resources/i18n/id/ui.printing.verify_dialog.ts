<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="42"/>
        <source>Verify a printed pact</source>
        <translation>Verifikasi Pakta Tercetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="47"/>
        <source>Scan the QR code on the pact with the barcode scanner, or type the short code printed under it, then press Enter.</source>
        <translation>Pindai kode QR pada pakta dengan pemindai barcode, atau ketik kode pendek yang tercetak di bawahnya, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="55"/>
        <source>NETRA1… or 81.08.06-XXXX-XXXX-XXXX-XXXX</source>
        <translation>NETRA1… atau 81.08.06-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="57"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="83"/>
        <source>Case document</source>
        <translation>Dokumen perkara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="84"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="85"/>
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="86"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="87"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="88"/>
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="89"/>
        <source>Signed at</source>
        <translation>Waktu penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="90"/>
        <source>Office on the code</source>
        <translation>Kantor pada kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="91"/>
        <source>Office key</source>
        <translation>Kunci kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="92"/>
        <source>Signing device</source>
        <translation>Perangkat penanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="93"/>
        <source>Record made by</source>
        <translation>Rekaman dibuat oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="94"/>
        <source>Short code</source>
        <translation>Kode pendek</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="102"/>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="244"/>
        <source>No signature image</source>
        <translation>Tidak ada gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="141"/>
        <source>Could not check</source>
        <translation>Tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="150"/>
        <source>a case document not held in this database</source>
        <translation>dokumen perkara yang tidak ada di basis data ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="151"/>
        <source>case document {kind} no. {number}, version {version}</source>
        <translation>dokumen perkara {kind} nomor {number}, versi {version}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="159"/>
        <source>Office known, but not the laptop that signed – sync with the hub</source>
        <translation>Kantor dikenal, laptop penanda tangannya belum – sinkronkan dengan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="161"/>
        <source>Not known on this computer (office not enrolled)</source>
        <translation>Tidak dikenal di komputer ini (kantor belum terdaftar)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="163"/>
        <source>Known: this office</source>
        <translation>Dikenal: kantor ini sendiri</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="164"/>
        <source>Known: enrolled office</source>
        <translation>Dikenal: kantor terdaftar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="165"/>
        <source>Known: the kabupaten&apos;s list of office keys</source>
        <translation>Dikenal: daftar kunci kantor dari kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="168"/>
        <source>%1 – signature checked</source>
        <translation>%1 – tanda tangan digital diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="170"/>
        <source>%1 – short code, no signature to check</source>
        <translation>%1 – kode pendek, tanpa tanda tangan digital untuk diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="181"/>
        <source>a time not known here</source>
        <translation>waktu yang tidak diketahui di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="186"/>
        <source>%1 – revoked %2, after this pact was signed</source>
        <translation>%1 – dicabut %2, sesudah pakta ini ditandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="208"/>
        <source>Valid (Sah) – laptop revoked since</source>
        <translation>Sah – laptopnya kemudian dicabut</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="190"/>
        <source>%1 – revoked on %2</source>
        <translation>%1 – dicabut pada %2</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="193"/>
        <source>%1 – replaced by another laptop on %2</source>
        <translation>%1 – diganti laptop lain pada %2</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="197"/>
        <source>%1 – active</source>
        <translation>%1 – aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="211"/>
        <source>Valid (Sah)</source>
        <translation>Sah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/printing/verify_dialog.py" line="211"/>
        <source>Not valid (Tidak sah)</source>
        <translation>Tidak sah</translation>
    </message>
</context>
</TS>
