<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="39" />
        <source>Verify a printed pact</source>
        <translation>Verifikasi Pakta Tercetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="44" />
        <source>Scan the QR code on the pact with the barcode scanner, or type the short code printed under it, then press Enter.</source>
        <translation>Pindai kode QR pada pakta dengan pemindai barcode, atau ketik kode pendek yang tercetak di bawahnya, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="52" />
        <source>NETRA1… or 81.08.06-XXXX-XXXX-XXXX-XXXX</source>
        <translation>NETRA1… atau 81.08.06-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="54" />
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="75" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="76" />
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="77" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="78" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="79" />
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="80" />
        <source>Signed at</source>
        <translation>Waktu penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="81" />
        <source>Issuing office</source>
        <translation>Kantor penerbit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="82" />
        <source>Short code</source>
        <translation>Kode pendek</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="90" />
        <location filename="../../../desktop/ui/verify_dialog.py" line="163" />
        <source>No signature image</source>
        <translation>Tidak ada gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="99" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="129" />
        <source>Could not check</source>
        <translation>Tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="141" />
        <source>Valid (Sah)</source>
        <translation>Sah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="141" />
        <source>Not valid (Tidak sah)</source>
        <translation>Tidak sah</translation>
    </message>
</context>
</TS>