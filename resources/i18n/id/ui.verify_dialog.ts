<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="40" />
        <source>Verify a printed pact</source>
        <translation>Verifikasi Pakta Tercetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="45" />
        <source>Scan the QR code on the pact with the barcode scanner, or type the short code printed under it, then press Enter.</source>
        <translation>Pindai kode QR pada pakta dengan pemindai barcode, atau ketik kode pendek yang tercetak di bawahnya, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="53" />
        <source>NETRA1… or 81.08.06-XXXX-XXXX-XXXX-XXXX</source>
        <translation>NETRA1… atau 81.08.06-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="55" />
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="76" />
        <source>Case document</source>
        <translation>Dokumen perkara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="77" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="78" />
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="79" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="80" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="81" />
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="82" />
        <source>Signed at</source>
        <translation>Waktu penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="83" />
        <source>Office on the code</source>
        <translation>Kantor pada kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="84" />
        <source>Office key</source>
        <translation>Kunci kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="85" />
        <source>Record made by</source>
        <translation>Rekaman dibuat oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="86" />
        <source>Short code</source>
        <translation>Kode pendek</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="94" />
        <location filename="../../../desktop/ui/verify_dialog.py" line="202" />
        <source>No signature image</source>
        <translation>Tidak ada gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="103" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="133" />
        <source>Could not check</source>
        <translation>Tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="142" />
        <source>a case document not held in this database</source>
        <translation>dokumen perkara yang tidak ada di basis data ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="143" />
        <source>case document {kind} no. {number}, version {version}</source>
        <translation>dokumen perkara {kind} nomor {number}, versi {version}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="151" />
        <source>Not known on this computer (office not enrolled)</source>
        <translation>Tidak dikenal di komputer ini (kantor belum terdaftar)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="153" />
        <source>Known: this office</source>
        <translation>Dikenal: kantor ini sendiri</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="154" />
        <source>Known: enrolled office</source>
        <translation>Dikenal: kantor terdaftar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="155" />
        <source>Known: the kabupaten's list of office keys</source>
        <translation>Dikenal: daftar kunci kantor dari kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="158" />
        <source>%1 – signature checked</source>
        <translation>%1 – tanda tangan digital diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="160" />
        <source>%1 – short code, no signature to check</source>
        <translation>%1 – kode pendek, tanpa tanda tangan digital untuk diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="171" />
        <source>Valid (Sah)</source>
        <translation>Sah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="171" />
        <source>Not valid (Tidak sah)</source>
        <translation>Tidak sah</translation>
    </message>
</context>
</TS>