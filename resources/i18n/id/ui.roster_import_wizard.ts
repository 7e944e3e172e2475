<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="319" />
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="321" />
        <source>Storing in one transaction…</source>
        <translation>Menyimpan dalam satu transaksi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="349" />
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="356" />
        <source>Nothing was stored: {msg}</source>
        <translation>Tidak ada data yang disimpan: {msg}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="121" />
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="152" />
        <source>Choose the spreadsheet</source>
        <translation>Pilih berkas lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="124" />
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV, as exported by SIASN/SIMPEG or typed by hand.</source>
        <translation>Excel (.xlsx, .xls), OpenDocument (.ods) atau CSV, hasil ekspor SIASN/SIMPEG maupun ketikan sendiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="129" />
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="133" />
        <source>(the office itself)</source>
        <translation>(kantor ini sendiri)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="142" />
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="143" />
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="144" />
        <source>Unit for rows without one</source>
        <translation>Unit untuk baris tanpa unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="154" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="165" />
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="179" />
        <source>Header found on row {row}; {n} columns recognised.</source>
        <translation>Judul kolom ditemukan di baris {row}; {n} kolom dikenali.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="204" />
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="206" />
        <source>Netra recognised these columns. Correct any that are wrong; NAMA is required.</source>
        <translation>Netra mengenali kolom-kolom berikut. Perbaiki bila ada yang keliru; kolom NAMA wajib ada.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="223" />
        <source>— not used —</source>
        <translation>— tidak dipakai —</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="225" />
        <source>(column {n})</source>
        <translation>(kolom {n})</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="61" />
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="61" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="97" />
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="98" />
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="99" />
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="243" />
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="246" />
        <source>Nothing has been stored yet. Rejected rows are red, rows with warnings yellow; hover over a row to read why.</source>
        <translation>Belum ada data yang disimpan. Baris yang ditolak berwarna merah, baris dengan peringatan berwarna kuning; arahkan tetikus ke baris untuk membaca alasannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="250" />
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="267" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="261" />
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="289" />
        <source>New: {c} · updated: {u} · unchanged: {s} · rejected: {x} · warnings: {w}
New work units: {units}</source>
        <translation>Baru: {c} · diperbarui: {u} · tidak berubah: {s} · ditolak: {x} · peringatan: {w}
Unit kerja baru: {units}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="304" />
        <source>Nothing to store: the roster already matches this file.</source>
        <translation>Tidak ada yang perlu disimpan: daftar pegawai sudah sama dengan isi berkas ini.</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="435" />
        <source>Import roster</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="452" />
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="453" />
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="454" />
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="455" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="367" />
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="370" />
        <source>Save summary…</source>
        <translation>Simpan ringkasan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="383" />
        <source>Save summary</source>
        <translation>Simpan ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="383" />
        <source>Text (*.txt)</source>
        <translation>Teks (*.txt)</translation>
    </message>
</context>
</TS>