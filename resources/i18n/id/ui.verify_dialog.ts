<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="41" />
        <source>Verify a printed pact</source>
        <translation>Verifikasi Pakta Tercetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="46" />
        <source>Scan the QR code on the pact with the barcode scanner, or type the short code printed under it, then press Enter.</source>
        <translation>Pindai kode QR pada pakta dengan pemindai barcode, atau ketik kode pendek yang tercetak di bawahnya, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="54" />
        <source>NETRA1… or 81.08.06-XXXX-XXXX-XXXX-XXXX</source>
        <translation>NETRA1… atau 81.08.06-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="56" />
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="77" />
        <source>Case document</source>
        <translation>Dokumen perkara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="78" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="79" />
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="80" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="81" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="82" />
        <source>Signing event</source>
        <translation>Acara penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="83" />
        <source>Signed at</source>
        <translation>Waktu penandatanganan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="84" />
        <source>Office on the code</source>
        <translation>Kantor pada kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="85" />
        <source>Office key</source>
        <translation>Kunci kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="86" />
        <source>Signing device</source>
        <translation>Perangkat penanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="87" />
        <source>Record made by</source>
        <translation>Rekaman dibuat oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="88" />
        <source>Short code</source>
        <translation>Kode pendek</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="96" />
        <location filename="../../../desktop/ui/verify_dialog.py" line="241" />
        <source>No signature image</source>
        <translation>Tidak ada gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="105" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="135" />
        <source>Could not check</source>
        <translation>Tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="144" />
        <source>a case document not held in this database</source>
        <translation>dokumen perkara yang tidak ada di basis data ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="145" />
        <source>case document {kind} no. {number}, version {version}</source>
        <translation>dokumen perkara {kind} nomor {number}, versi {version}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="154" />
        <source>Office known, but not the laptop that signed this code – sync with the hub, then check again</source>
        <translation>Kantor dikenal, tetapi laptop yang menandatangani kode ini belum dikenal – sinkronkan dengan kabupaten (hub), lalu periksa lagi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="158" />
        <source>Not known on this computer (office not enrolled)</source>
        <translation>Tidak dikenal di komputer ini (kantor belum terdaftar)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="160" />
        <source>Known: this office</source>
        <translation>Dikenal: kantor ini sendiri</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="161" />
        <source>Known: enrolled office</source>
        <translation>Dikenal: kantor terdaftar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="162" />
        <source>Known: the kabupaten's list of office keys</source>
        <translation>Dikenal: daftar kunci kantor dari kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="165" />
        <source>%1 – signature checked</source>
        <translation>%1 – tanda tangan digital diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="167" />
        <source>%1 – short code, no signature to check</source>
        <translation>%1 – kode pendek, tanpa tanda tangan digital untuk diperiksa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="178" />
        <source>a time not known here</source>
        <translation>waktu yang tidak diketahui di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="183" />
        <source>%1 – revoked on %2, after this pact was signed</source>
        <translation>%1 – dicabut pada %2, sesudah pakta ini ditandatangani</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="187" />
        <source>%1 – revoked on %2</source>
        <translation>%1 – dicabut pada %2</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="190" />
        <source>%1 – replaced by another laptop on %2</source>
        <translation>%1 – diganti laptop lain pada %2</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="194" />
        <source>%1 – active</source>
        <translation>%1 – aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="205" />
        <source>Valid (Sah) – signed by a laptop since revoked</source>
        <translation>Sah – ditandatangani laptop yang kemudian dicabut</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="208" />
        <source>Valid (Sah)</source>
        <translation>Sah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/verify_dialog.py" line="208" />
        <source>Not valid (Tidak sah)</source>
        <translation>Tidak sah</translation>
    </message>
</context>
</TS>