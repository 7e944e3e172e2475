<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="211"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="212"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="213"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="214"/>
        <source>Field</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="215"/>
        <source>In Netra</source>
        <translation>Di Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="216"/>
        <source>In the sheet</source>
        <translation>Di lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="217"/>
        <source>Take from sheet</source>
        <translation>Ambil dari lembar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="228"/>
        <source>Sheet&apos;s value (chosen)</source>
        <translation>Nilai lembar kerja (dipilih)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="229"/>
        <source>Sheet&apos;s value</source>
        <translation>Nilai lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="236"/>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="237"/>
        <source>edited</source>
        <translation>diubah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="238"/>
        <source>transfer</source>
        <translation>mutasi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="239"/>
        <source>deactivated</source>
        <translation>dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="240"/>
        <source>reactivated</source>
        <translation>diaktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="242"/>
        <source>Changed in Netra ({action}) on {at} by {user}</source>
        <translation>Diubah di Netra ({action}) pada {at} oleh {user}</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="600"/>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="602"/>
        <source>Storing in one transaction…</source>
        <translation>Menyimpan dalam satu transaksi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="634"/>
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="641"/>
        <source>Nothing was stored: {msg}</source>
        <translation>Tidak ada data yang disimpan: {msg}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="319"/>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="350"/>
        <source>Choose the spreadsheet</source>
        <translation>Pilih berkas lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="322"/>
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV, as exported by SIASN/SIMPEG or typed by hand.</source>
        <translation>Excel (.xlsx, .xls), OpenDocument (.ods) atau CSV, hasil ekspor SIASN/SIMPEG maupun ketikan sendiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="327"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="331"/>
        <source>(the office itself)</source>
        <translation>(kantor ini sendiri)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="340"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="341"/>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="342"/>
        <source>Unit for rows without one</source>
        <translation>Unit untuk baris tanpa unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="352"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="363"/>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="377"/>
        <source>Header found on row {row}; {n} columns recognised.</source>
        <translation>Judul kolom ditemukan di baris {row}; {n} kolom dikenali.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="402"/>
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="405"/>
        <source>Netra recognised these columns. Correct any that are wrong; a NAMA column (or one holding name and NIP together) is required.</source>
        <translation>Netra mengenali kolom-kolom berikut. Perbaiki bila ada yang keliru; kolom NAMA (atau kolom yang berisi nama dan NIP sekaligus) wajib ada.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="424"/>
        <source>— not used —</source>
        <translation>— tidak dipakai —</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="426"/>
        <source>(column {n})</source>
        <translation>(kolom {n})</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="121"/>
        <source>Changes: {fields}</source>
        <translation>Berubah: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="130"/>
        <source>Changed in Netra, kept: {fields}</source>
        <translation>Diubah di Netra, dipertahankan: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="146"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="148"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="103"/>
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="104"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="105"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="106"/>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="107"/>
        <source>Update</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="108"/>
        <source>Netra&apos;s value kept</source>
        <translation>Nilai Netra dipertahankan</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="444"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="447"/>
        <source>Nothing has been stored yet. Rejected rows are red, rows with warnings yellow, total rows and repeated headers that will not be imported grey; hover over a row to read why.</source>
        <translation>Belum ada data yang disimpan. Baris yang ditolak berwarna merah, baris dengan peringatan berwarna kuning, baris jumlah dan judul kolom berulang yang tidak diimpor berwarna abu-abu; arahkan tetikus ke baris untuk membaca alasannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="452"/>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="493"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="467"/>
        <source>Take the sheet&apos;s values for everything changed in Netra (all rows)</source>
        <translation>Ambil nilai lembar kerja untuk semua yang diubah di Netra (semua baris)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="480"/>
        <source>Sheet rows</source>
        <translation>Baris lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="481"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="487"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="523"/>
        <source>Changes ({n})</source>
        <translation>Perubahan ({n})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="528"/>
        <source>{n} values were changed in Netra (a transfer, a deactivation or an edit) after the sheet was imported; they are kept unless you tick &quot;Take from sheet&quot; for a row, or for all rows below.</source>
        <translation>{n} nilai diubah di Netra (mutasi, penonaktifan atau perubahan data) setelah lembar kerja ini diimpor; nilai Netra dipertahankan kecuali Anda mencentang &quot;Ambil dari lembar&quot; untuk satu baris, atau untuk semua baris di bawah.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="535"/>
        <source>Blue rows: values this import changes.</source>
        <translation>Baris biru: nilai yang diubah oleh impor ini.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="559"/>
        <source>New: {c} · updated: {u} · unchanged: {s} · rejected: {x} · warnings: {w} · skipped: {k}
New work units: {units}</source>
        <translation>Baru: {c} · diperbarui: {u} · tidak berubah: {s} · ditolak: {x} · peringatan: {w} · dilewati: {k}
Unit kerja baru: {units}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="572"/>
        <source>Changes made in Netra kept for {p} people; the sheet&apos;s values taken for {t}.</source>
        <translation>Perubahan di Netra dipertahankan untuk {p} orang; nilai lembar kerja diambil untuk {t} orang.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="575"/>
        <source>This file was already imported on {at}.</source>
        <translation>Berkas ini sudah pernah diimpor pada {at}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="581"/>
        <source>Nothing to store unless you take the sheet&apos;s value for a row (tab Changes).</source>
        <translation>Tidak ada yang disimpan kecuali Anda mengambil nilai lembar kerja untuk suatu baris (tab Perubahan).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="584"/>
        <source>Nothing to store: the roster already matches this file.</source>
        <translation>Tidak ada yang perlu disimpan: daftar pegawai sudah sama dengan isi berkas ini.</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="736"/>
        <source>Import roster</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="753"/>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="754"/>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="755"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="756"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="652"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="655"/>
        <source>Save summary…</source>
        <translation>Simpan ringkasan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="668"/>
        <source>Save summary</source>
        <translation>Simpan ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="668"/>
        <source>Text (*.txt)</source>
        <translation>Teks (*.txt)</translation>
    </message>
</context>
<context>
    <name>roster_import</name>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="159"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="160"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="161"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="162"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="163"/>
        <source>Kind of position</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="164"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="165"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="166"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="167"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="168"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="178"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="182"/>
        <source>Inactive ({reason})</source>
        <translation>Nonaktif ({reason})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/import_wizard.py" line="185"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
</TS>
