<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="310" />
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="312" />
        <source>Storing in one transaction…</source>
        <translation>Menyimpan dalam satu transaksi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="340" />
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="347" />
        <source>Nothing was stored: {msg}</source>
        <translation>Tidak ada data yang disimpan: {msg}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="119" />
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="150" />
        <source>Choose the spreadsheet</source>
        <translation>Pilih berkas lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="122" />
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV, as exported by SIASN/SIMPEG or typed by hand.</source>
        <translation>Excel (.xlsx, .xls), OpenDocument (.ods) atau CSV, hasil ekspor SIASN/SIMPEG maupun ketikan sendiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="127" />
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="131" />
        <source>(the office itself)</source>
        <translation>(kantor ini sendiri)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="140" />
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="141" />
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="142" />
        <source>Unit for rows without one</source>
        <translation>Unit untuk baris tanpa unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="152" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="163" />
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="177" />
        <source>Header found on row {row}; {n} columns recognised.</source>
        <translation>Judul kolom ditemukan di baris {row}; {n} kolom dikenali.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="195" />
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="197" />
        <source>Netra recognised these columns. Correct any that are wrong; NAMA is required.</source>
        <translation>Netra mengenali kolom-kolom berikut. Perbaiki bila ada yang keliru; kolom NAMA wajib ada.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="214" />
        <source>— not used —</source>
        <translation>— tidak dipakai —</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="216" />
        <source>(column {n})</source>
        <translation>(kolom {n})</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="59" />
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="59" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="59" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="95" />
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="96" />
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="97" />
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="234" />
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="237" />
        <source>Nothing has been stored yet. Rejected rows are red, rows with warnings yellow; hover over a row to read why.</source>
        <translation>Belum ada data yang disimpan. Baris yang ditolak berwarna merah, baris dengan peringatan berwarna kuning; arahkan tetikus ke baris untuk membaca alasannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="241" />
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="258" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="252" />
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="280" />
        <source>New: {c} · updated: {u} · unchanged: {s} · rejected: {x} · warnings: {w}
New work units: {units}</source>
        <translation>Baru: {c} · diperbarui: {u} · tidak berubah: {s} · ditolak: {x} · peringatan: {w}
Unit kerja baru: {units}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="295" />
        <source>Nothing to store: the roster already matches this file.</source>
        <translation>Tidak ada yang perlu disimpan: daftar pegawai sudah sama dengan isi berkas ini.</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="423" />
        <source>Import roster</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="440" />
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="441" />
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="442" />
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="443" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="358" />
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="361" />
        <source>Save summary…</source>
        <translation>Simpan ringkasan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="374" />
        <source>Save summary</source>
        <translation>Simpan ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="374" />
        <source>Text (*.txt)</source>
        <translation>Teks (*.txt)</translation>
    </message>
</context>
</TS>