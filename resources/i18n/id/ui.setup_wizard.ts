<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="220"/>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="223"/>
        <source>The administrator adds the other users (operators, verifiers, viewers) later. Keep the password safe.</source>
        <translation>Administrator nanti menambahkan pengguna lain (operator, verifikator, peninjau). Simpan kata sandi dengan aman.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="229"/>
        <source>e.g. Yohanis Letelay, S.Sos.</source>
        <translation>mis. Yohanis Letelay, S.Sos.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="234"/>
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="235"/>
        <source>Full name:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="236"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="237"/>
        <source>Password again:</source>
        <translation>Ulangi kata sandi:</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="80"/>
        <source>Office identity</source>
        <translation>Identitas kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="83"/>
        <source>The Kemendagri region code identifies this installation in every document and exchange with the kabupaten.</source>
        <translation>Kode wilayah Kemendagri menjadi tanda pengenal instalasi ini di setiap dokumen dan pertukaran data dengan kabupaten.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="90"/>
        <source>e.g. Kecamatan Wetar</source>
        <translation>mis. Kecamatan Wetar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="94"/>
        <source>e.g. Maluku Barat Daya</source>
        <translation>mis. Maluku Barat Daya</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="95"/>
        <source>Office (kecamatan or kelurahan)</source>
        <translation>Kantor (kecamatan atau kelurahan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="96"/>
        <source>Kabupaten hub (BKPSDM)</source>
        <translation>Hub kabupaten (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="105"/>
        <source>Region code:</source>
        <translation>Kode wilayah:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="106"/>
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="107"/>
        <source>Kabupaten code:</source>
        <translation>Kode kabupaten:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="108"/>
        <source>Kabupaten name:</source>
        <translation>Nama kabupaten:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="109"/>
        <source>Role of this installation:</source>
        <translation>Peran instalasi ini:</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="168"/>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="171"/>
        <source>Printed at the top of pacts, letters and reports. One line per row; the logo is optional (PNG or JPEG, at most 2 MB).</source>
        <translation>Dicetak di bagian atas pakta, surat dan laporan. Tulis setiap baris kop pada baris tersendiri; logo tidak wajib (PNG atau JPEG, maksimal 2 MB).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="179"/>
        <source>Browse...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="186"/>
        <source>Letterhead lines:</source>
        <translation>Baris kop surat:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="187"/>
        <source>Logo file:</source>
        <translation>Berkas logo:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="201"/>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="201"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="128"/>
        <source>Time zone and paper</source>
        <translation>Zona waktu dan kertas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="130"/>
        <source>Times are stored in UTC and shown and printed in the office&apos;s zone.</source>
        <translation>Waktu disimpan dalam UTC, lalu ditampilkan dan dicetak menurut zona waktu kantor.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="134"/>
        <source>WIT — Eastern Indonesia Time (Maluku, Papua)</source>
        <translation>WIT — Waktu Indonesia Timur (Maluku, Papua)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="135"/>
        <source>WITA — Central Indonesia Time (Sulawesi, Bali, NTT, NTB)</source>
        <translation>WITA — Waktu Indonesia Tengah (Sulawesi, Bali, NTT, NTB)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="136"/>
        <source>WIB — Western Indonesia Time (Sumatra, Java)</source>
        <translation>WIB — Waktu Indonesia Barat (Sumatra, Jawa)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="137"/>
        <source>WIB — Western Indonesia Time (West Kalimantan)</source>
        <translation>WIB — Waktu Indonesia Barat (Kalimantan Barat)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="144"/>
        <source>A4 (21 × 29.7 cm)</source>
        <translation>A4 (21 × 29,7 cm)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="145"/>
        <source>F4 / folio (21.5 × 33 cm)</source>
        <translation>F4 / folio (21,5 × 33 cm)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="149"/>
        <source>e.g. Ilwaki</source>
        <translation>mis. Ilwaki</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="150"/>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="151"/>
        <source>Paper size:</source>
        <translation>Ukuran kertas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="152"/>
        <source>Place of signing:</source>
        <translation>Tempat penandatanganan:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="347"/>
        <source>Netra — Office setup</source>
        <translation>Netra — Penyiapan kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="350"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="351"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="352"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="353"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="318"/>
        <source>Office setup</source>
        <translation>Penyiapan kantor</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="248"/>
        <source>Check and finish</source>
        <translation>Periksa dan selesaikan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="251"/>
        <source>Finishing creates the office&apos;s keys, the administrator account and the reference data. The region code cannot be changed afterwards.</source>
        <translation>Penyelesaian membuat kunci kantor, akun administrator dan data rujukan. Kode wilayah tidak dapat diubah sesudahnya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="259"/>
        <source>Region code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="260"/>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="261"/>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="262"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="263"/>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="264"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="265"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="266"/>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="267"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="268"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_wizard.py" line="286"/>
        <source>Setting up the office, please wait...</source>
        <translation>Menyiapkan kantor, mohon tunggu...</translation>
    </message>
</context>
</TS>
