<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="92" />
        <source>New violation report</source>
        <translation>Laporan dugaan pelanggaran baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="103" />
        <source>Source</source>
        <translation>Sumber laporan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="105" />
        <source>Anonymous reporter</source>
        <translation>Pelapor anonim</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="110" />
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="112" />
        <source>Telephone or e-mail: kept private, never printed</source>
        <translation>Telepon atau surel: dirahasiakan, tidak pernah dicetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="113" />
        <source>Reporter contact</source>
        <translation>Kontak pelapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="116" />
        <source>Date received</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="119" />
        <source>Type a name or NIP to search the roster</source>
        <translation>Ketik nama atau NIP untuk mencari di daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="123" />
        <source>Reported person</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="125" />
        <source>Not on the roster: the name below is kept as typed.</source>
        <translation>Tidak ada di daftar pegawai: nama di bawah disimpan sesuai ketikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="130" />
        <source>Name (if not on the roster)</source>
        <translation>Nama (bila tidak ada di daftar pegawai)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="132" />
        <source>Work unit (if not on the roster)</source>
        <translation>Unit kerja (bila tidak ada di daftar pegawai)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="135" />
        <source>Place of the act</source>
        <translation>Tempat kejadian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="138" />
        <source>Date of the act</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="141" />
        <source>Description</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="144" />
        <source>Alleged violations</source>
        <translation>Dugaan pelanggaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="148" />
        <source>Add file…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="153" />
        <source>Evidence (photos, PDF)</source>
        <translation>Bukti (foto, PDF)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="161" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="161" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="168" />
        <source>Public</source>
        <translation>Masyarakat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="169" />
        <source>Bawaslu</source>
        <translation>Bawaslu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="170" />
        <source>BKN</source>
        <translation>BKN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="171" />
        <source>Internal monitoring</source>
        <translation>Pemantauan internal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="172" />
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="187" />
        <source>— choose from {n} found —</source>
        <translation>— pilih dari {n} hasil pencarian —</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="197" />
        <source>From the roster: {name} ({category}, {unit})</source>
        <translation>Dari daftar pegawai: {name} ({category}, {unit})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="214" />
        <source>Evidence files</source>
        <translation>Berkas bukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_intake_dialog.py" line="216" />
        <source>Photos and PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Foto dan PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;Semua berkas (*)</translation>
    </message>
</context>
</TS>