<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="95"/>
        <source>New violation report</source>
        <translation>Laporan dugaan pelanggaran baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="106"/>
        <source>Source</source>
        <translation>Sumber laporan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="108"/>
        <source>Anonymous reporter</source>
        <translation>Pelapor anonim</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="113"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="115"/>
        <source>Telephone or e-mail: kept private, never printed</source>
        <translation>Telepon atau surel: dirahasiakan, tidak pernah dicetak</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="116"/>
        <source>Reporter contact</source>
        <translation>Kontak pelapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="119"/>
        <source>Date received</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="122"/>
        <source>Type a name or NIP to search the roster</source>
        <translation>Ketik nama atau NIP untuk mencari di daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="126"/>
        <source>Reported person</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="128"/>
        <source>Not on the roster: the name below is kept as typed.</source>
        <translation>Tidak ada di daftar pegawai: nama di bawah disimpan sesuai ketikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="133"/>
        <source>Name (if not on the roster)</source>
        <translation>Nama (bila tidak ada di daftar pegawai)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="135"/>
        <source>Work unit (if not on the roster)</source>
        <translation>Unit kerja (bila tidak ada di daftar pegawai)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="138"/>
        <source>Place of the act</source>
        <translation>Tempat kejadian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="141"/>
        <source>Date of the act</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="144"/>
        <source>Description</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="147"/>
        <source>Alleged violations</source>
        <translation>Dugaan pelanggaran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="151"/>
        <source>Add file…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="156"/>
        <source>Evidence (photos, PDF)</source>
        <translation>Bukti (foto, PDF)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="164"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="164"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="171"/>
        <source>Public</source>
        <translation>Masyarakat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="172"/>
        <source>Bawaslu</source>
        <translation>Bawaslu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="173"/>
        <source>BKN</source>
        <translation>BKN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="174"/>
        <source>Internal monitoring</source>
        <translation>Pemantauan internal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="175"/>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="190"/>
        <source>— choose from {n} found —</source>
        <translation>— pilih dari {n} hasil pencarian —</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="200"/>
        <source>From the roster: {name} ({category}, {unit})</source>
        <translation>Dari daftar pegawai: {name} ({category}, {unit})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="217"/>
        <source>Evidence files</source>
        <translation>Berkas bukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/intake_dialog.py" line="219"/>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Foto dan PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;Semua berkas (*)</translation>
    </message>
</context>
</TS>
