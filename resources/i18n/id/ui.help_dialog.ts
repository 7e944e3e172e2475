<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="22"/>
        <location filename="../../../desktop/ui/help_dialog.py" line="100"/>
        <source>Netra help</source>
        <translation>Bantuan Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="27"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="37"/>
        <source>Before the apel: check the roster (Roster page) and add the election.</source>
        <translation>Sebelum apel: periksa daftar pegawai (halaman Daftar Pegawai) dan tambahkan pemilihannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="39"/>
        <source>Pact signing → New event…: name, date (on or before the voting day), place, the units that take part and the witnesses (Name | Position | NIP).</source>
        <translation>Penandatanganan Pakta → Acara baru…: nama, tanggal (paling lambat hari pemungutan suara), tempat, unit kerja yang ikut dan para saksi (Nama | Jabatan | NIP).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="43"/>
        <source>Choose the event and press Enter (Start signing). Projector (F11 there) shows the pledge on the second screen for reading together.</source>
        <translation>Pilih acaranya lalu tekan Enter (Mulai penandatanganan). Ikrar di proyektor (F9) menampilkan teks ikrar di layar kedua untuk dibacakan bersama.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="47"/>
        <source>For each person: type part of the name or NIP, Enter opens the pact, the person signs on the pad, the operator checks it and presses Ctrl+Enter.</source>
        <translation>Untuk setiap orang: ketik sebagian nama atau NIP, Enter membuka pakta, orang itu menandatangani di bantalan tanda tangan, operator memeriksanya lalu menekan Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="51"/>
        <source>Someone who refuses: F6 and write the reason. A mistake: F8 voids the record (the old one is kept) and the person can sign again.</source>
        <translation>Yang menolak: F6 lalu tulis alasannya. Ada kekeliruan: F8 membatalkan catatan (catatan lama tetap disimpan) dan orang itu dapat menandatangani lagi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="55"/>
        <source>After the apel: Printing → choose the event → print the pacts and the recap (list of who signed, who did not and who refused).</source>
        <translation>Sesudah apel: Cetak Pakta → pilih acaranya → cetak pakta dan daftar penandatanganan (yang sudah, yang belum dan yang menolak).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="60"/>
        <source>Plug in the flash drive and open the Sync page.</source>
        <translation>Colokkan flashdisk lalu buka halaman Sinkronisasi.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="62"/>
        <source>Send: Export new data to the drive. Netra writes one encrypted package and checks it on the drive.</source>
        <translation>Kirim: Ekspor data baru ke flashdisk. Netra menulis satu paket terenkripsi dan memeriksanya di flashdisk.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="65"/>
        <source>Take the drive to the kabupaten (BKPSDM); they apply the package.</source>
        <translation>Bawa flashdisk ke kabupaten (BKPSDM); di sana paketnya diterapkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="67"/>
        <source>Receive: bring back their answer package, choose it under Packages on the drive, Review before applying, then apply it.</source>
        <translation>Terima: bawa pulang paket balasan dari kabupaten, pilih di Paket di flashdisk, Tinjau sebelum menerapkan, lalu terapkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="71"/>
        <source>Conflicts (the same person changed in two places) are listed on the Conflicts tab for a person to decide.</source>
        <translation>Konflik (orang yang sama diubah di dua tempat) tercantum di tab Konflik untuk diputuskan oleh petugas.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="76"/>
        <source>Passwords, users and roles: the administrator of this office.</source>
        <translation>Kata sandi, pengguna dan peran: administrator kantor ini.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="78"/>
        <source>Enrolment, packages that are refused, rules and elections: the Netra operator of BKPSDM Kabupaten {kabupaten}.</source>
        <translation>Pendaftaran kantor, paket yang ditolak, aturan dan pemilihan: operator Netra di BKPSDM Kabupaten {kabupaten}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="82"/>
        <source>A crash or an error message: note what you did, then give the technician the log folder: {folder}</source>
        <translation>Aplikasi macet atau muncul pesan galat: catat apa yang sedang dikerjakan, lalu serahkan folder log ini kepada teknisi: {folder}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="87"/>
        <source>this help</source>
        <translation>bantuan ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="88"/>
        <source>the pages in the list on the left</source>
        <translation>halaman-halaman di daftar sebelah kiri</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="89"/>
        <source>refresh the page</source>
        <translation>muat ulang halaman</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="90"/>
        <source>log out / switch user</source>
        <translation>ganti pengguna / keluar akun</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="91"/>
        <source>the pledge on the projector, open or close (Pact signing)</source>
        <translation>ikrar di proyektor, buka atau tutup (Penandatanganan Pakta)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="95"/>
        <source>The apel: signing the neutrality pact</source>
        <translation>Apel: penandatanganan pakta netralitas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="96"/>
        <source>Sync with the kabupaten (flash drive)</source>
        <translation>Sinkronisasi dengan kabupaten (flashdisk)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="97"/>
        <source>Whom to call</source>
        <translation>Siapa yang dihubungi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_dialog.py" line="98"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
</context>
</TS>
