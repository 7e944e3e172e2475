<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="329" />
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="331" />
        <source>Storing in one transaction…</source>
        <translation>Menyimpan dalam satu transaksi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="359" />
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="366" />
        <source>Nothing was stored: {msg}</source>
        <translation>Tidak ada data yang disimpan: {msg}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="126" />
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="157" />
        <source>Choose the spreadsheet</source>
        <translation>Pilih berkas lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="129" />
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV, as exported by SIASN/SIMPEG or typed by hand.</source>
        <translation>Excel (.xlsx, .xls), OpenDocument (.ods) atau CSV, hasil ekspor SIASN/SIMPEG maupun ketikan sendiri.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="134" />
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="138" />
        <source>(the office itself)</source>
        <translation>(kantor ini sendiri)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="147" />
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="148" />
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="149" />
        <source>Unit for rows without one</source>
        <translation>Unit untuk baris tanpa unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="159" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="170" />
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="184" />
        <source>Header found on row {row}; {n} columns recognised.</source>
        <translation>Judul kolom ditemukan di baris {row}; {n} kolom dikenali.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="209" />
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="212" />
        <source>Netra recognised these columns. Correct any that are wrong; a NAMA column (or one holding name and NIP together) is required.</source>
        <translation>Netra mengenali kolom-kolom berikut. Perbaiki bila ada yang keliru; kolom NAMA (atau kolom yang berisi nama dan NIP sekaligus) wajib ada.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="231" />
        <source>— not used —</source>
        <translation>— tidak dipakai —</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="233" />
        <source>(column {n})</source>
        <translation>(kolom {n})</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="63" />
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="63" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="63" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="99" />
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="100" />
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="101" />
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="102" />
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="251" />
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="254" />
        <source>Nothing has been stored yet. Rejected rows are red, rows with warnings yellow, total rows and repeated headers that will not be imported grey; hover over a row to read why.</source>
        <translation>Belum ada data yang disimpan. Baris yang ditolak berwarna merah, baris dengan peringatan berwarna kuning, baris jumlah dan judul kolom berulang yang tidak diimpor berwarna abu-abu; arahkan tetikus ke baris untuk membaca alasannya.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="259" />
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="276" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="270" />
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="298" />
        <source>New: {c} · updated: {u} · unchanged: {s} · rejected: {x} · warnings: {w} · skipped: {k}
New work units: {units}</source>
        <translation>Baru: {c} · diperbarui: {u} · tidak berubah: {s} · ditolak: {x} · peringatan: {w} · dilewati: {k}
Unit kerja baru: {units}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="314" />
        <source>Nothing to store: the roster already matches this file.</source>
        <translation>Tidak ada yang perlu disimpan: daftar pegawai sudah sama dengan isi berkas ini.</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="448" />
        <source>Import roster</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="465" />
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="466" />
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="467" />
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="468" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="377" />
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="380" />
        <source>Save summary…</source>
        <translation>Simpan ringkasan…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="393" />
        <source>Save summary</source>
        <translation>Simpan ringkasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_import_wizard.py" line="393" />
        <source>Text (*.txt)</source>
        <translation>Teks (*.txt)</translation>
    </message>
</context>
</TS>