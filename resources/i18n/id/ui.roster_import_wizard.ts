<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="242" />
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="243" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="244" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="245" />
        <source>Field</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="246" />
        <source>In Netra</source>
        <translation>Di Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="247" />
        <source>In the sheet</source>
        <translation>Di lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="248" />
        <source>Take from sheet</source>
        <translation>Ambil dari lembar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="279" />
        <source>Sheet's value (chosen)</source>
        <translation>Nilai lembar kerja (dipilih)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="280" />
        <source>Sheet's value</source>
        <translation>Nilai lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="290" />
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="291" />
        <source>edited</source>
        <translation>diubah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="292" />
        <source>transfer</source>
        <translation>mutasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="293" />
        <source>deactivated</source>
        <translation>dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="294" />
        <source>reactivated</source>
        <translation>diaktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="296" />
        <source>Changed in Netra ({action}) on {at} by {user}</source>
        <translation>Diubah di Netra ({action}) pada {at} oleh {user}</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="602" />
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="604" />
        <source>Storing in one transaction…</source>
        <translation>Menyimpan dalam satu transaksi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="636" />
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="643" />
        <source>Nothing was stored: {msg}</source>
        <translation>Tidak ada data yang disimpan: {msg}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="321" />
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="352" />
        <source>Choose the spreadsheet</source>
        <translation>Pilih berkas lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="324" />
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV, as exported by SIASN/SIMPEG or typed by hand.</source>
        <translation>Excel (.xlsx, .xls), OpenDocument (.ods) atau CSV, hasil ekspor SIASN/SIMPEG maupun ketikan sendiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="329" />
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="333" />
        <source>(the office itself)</source>
        <translation>(kantor ini sendiri)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="342" />
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="343" />
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="344" />
        <source>Unit for rows without one</source>
        <translation>Unit untuk baris tanpa unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="354" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="365" />
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="379" />
        <source>Header found on row {row}; {n} columns recognised.</source>
        <translation>Judul kolom ditemukan di baris {row}; {n} kolom dikenali.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="404" />
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="407" />
        <source>Netra recognised these columns. Correct any that are wrong; a NAMA column (or one holding name and NIP together) is required.</source>
        <translation>Netra mengenali kolom-kolom berikut. Perbaiki bila ada yang keliru; kolom NAMA (atau kolom yang berisi nama dan NIP sekaligus) wajib ada.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="426" />
        <source>— not used —</source>
        <translation>— tidak dipakai —</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="428" />
        <source>(column {n})</source>
        <translation>(kolom {n})</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="80" />
        <source>Changes: {fields}</source>
        <translation>Berubah: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="89" />
        <source>Changed in Netra, kept: {fields}</source>
        <translation>Diubah di Netra, dipertahankan: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="95" />
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="95" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="95" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="131" />
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="132" />
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="133" />
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="134" />
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="135" />
        <source>Update</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="136" />
        <source>Netra's value kept</source>
        <translation>Nilai Netra dipertahankan</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="446" />
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="449" />
        <source>Nothing has been stored yet. Rejected rows are red, rows with warnings yellow, total rows and repeated headers that will not be imported grey; hover over a row to read why.</source>
        <translation>Belum ada data yang disimpan. Baris yang ditolak berwarna merah, baris dengan peringatan berwarna kuning, baris jumlah dan judul kolom berulang yang tidak diimpor berwarna abu-abu; arahkan tetikus ke baris untuk membaca alasannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="454" />
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="495" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="469" />
        <source>Take the sheet's values for everything changed in Netra (all rows)</source>
        <translation>Ambil nilai lembar kerja untuk semua yang diubah di Netra (semua baris)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="482" />
        <source>Sheet rows</source>
        <translation>Baris lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="483" />
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="489" />
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="525" />
        <source>Changes ({n})</source>
        <translation>Perubahan ({n})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="530" />
        <source>{n} values were changed in Netra (a transfer, a deactivation or an edit) after the sheet was imported; they are kept unless you tick "Take from sheet" for a row, or for all rows below.</source>
        <translation>{n} nilai diubah di Netra (mutasi, penonaktifan atau perubahan data) setelah lembar kerja ini diimpor; nilai Netra dipertahankan kecuali Anda mencentang "Ambil dari lembar" untuk satu baris, atau untuk semua baris di bawah.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="537" />
        <source>Blue rows: values this import changes.</source>
        <translation>Baris biru: nilai yang diubah oleh impor ini.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="561" />
        <source>New: {c} · updated: {u} · unchanged: {s} · rejected: {x} · warnings: {w} · skipped: {k}
New work units: {units}</source>
        <translation>Baru: {c} · diperbarui: {u} · tidak berubah: {s} · ditolak: {x} · peringatan: {w} · dilewati: {k}
Unit kerja baru: {units}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="574" />
        <source>Changes made in Netra kept for {p} people; the sheet's values taken for {t}.</source>
        <translation>Perubahan di Netra dipertahankan untuk {p} orang; nilai lembar kerja diambil untuk {t} orang.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="577" />
        <source>This file was already imported on {at}.</source>
        <translation>Berkas ini sudah pernah diimpor pada {at}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="583" />
        <source>Nothing to store unless you take the sheet's value for a row (tab Changes).</source>
        <translation>Tidak ada yang disimpan kecuali Anda mengambil nilai lembar kerja untuk suatu baris (tab Perubahan).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="586" />
        <source>Nothing to store: the roster already matches this file.</source>
        <translation>Tidak ada yang perlu disimpan: daftar pegawai sudah sama dengan isi berkas ini.</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="738" />
        <source>Import roster</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="755" />
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="756" />
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="757" />
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="758" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="654" />
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="657" />
        <source>Save summary…</source>
        <translation>Simpan ringkasan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="670" />
        <source>Save summary</source>
        <translation>Simpan ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="670" />
        <source>Text (*.txt)</source>
        <translation>Teks (*.txt)</translation>
    </message>
</context>
<context>
    <name>roster_import</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="165" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="166" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="167" />
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="168" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="169" />
        <source>Kind of position</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="170" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="171" />
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="172" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="173" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="174" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="184" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="188" />
        <source>Inactive ({reason})</source>
        <translation>Nonaktif ({reason})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="191" />
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
</TS>