<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="56"/>
        <source>Move report {number} to “{state}”</source>
        <translation>Pindahkan laporan {number} ke tahap “{state}”</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="64"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="71"/>
        <source>Proven violations</source>
        <translation>Pelanggaran yang terbukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="75"/>
        <source>The decree was delivered on</source>
        <translation>SK telah disampaikan pada</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="97"/>
        <source>Record the decision for {number}</source>
        <translation>Catat keputusan untuk laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="111"/>
        <source>Sanction (★ = recommended)</source>
        <translation>Jenis hukuman (★ = direkomendasikan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="114"/>
        <source>Decree (SK) number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="117"/>
        <source>Decree date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="118"/>
        <source>Regent/Mayor (PPK)</source>
        <translation>Bupati/Wali Kota (PPK)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="119"/>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="122"/>
        <source>Justification</source>
        <translation>Alasan tertulis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="143"/>
        <source>Within the recommended range.</source>
        <translation>Sesuai dengan rentang yang direkomendasikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="146"/>
        <source>Outside the recommended range: a written justification of at least {n} characters is required.</source>
        <translation>Di luar rentang yang direkomendasikan: wajib diisi alasan tertulis sekurang-kurangnya {n} karakter.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="169"/>
        <source>Link report {number} to the roster</source>
        <translation>Tautkan laporan {number} ke daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="174"/>
        <source>Reported as</source>
        <translation>Dilaporkan sebagai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="178"/>
        <source>Type a name or NIP to search the roster</source>
        <translation>Ketik nama atau NIP untuk mencari di daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="180"/>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="185"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="187"/>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="295"/>
        <source>Objection or appeal for {number}</source>
        <translation>Keberatan atau banding untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="299"/>
        <source>Objection (keberatan) to the official&apos;s superior</source>
        <translation>Keberatan kepada atasan pejabat yang menghukum</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="300"/>
        <source>Administrative appeal (banding) to BPASN</source>
        <translation>Banding administratif kepada BPASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="304"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="306"/>
        <source>Filed on</source>
        <translation>Diajukan tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="308"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="252"/>
        <source>Delivery of the decree for {number}</source>
        <translation>Penyampaian keputusan untuk {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="256"/>
        <source>Delivered on</source>
        <translation>Disampaikan tanggal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="257"/>
        <source>Handed over in person</source>
        <translation>Diserahkan langsung</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="259"/>
        <source>Sent by post (the person was absent)</source>
        <translation>Dikirim lewat pos (yang bersangkutan tidak hadir)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="260"/>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="263"/>
        <source>Left empty: the person concerned</source>
        <translation>Kosongkan: yang bersangkutan sendiri</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="264"/>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="267"/>
        <source>Postal tracking number</source>
        <translation>Nomor resi pos</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="269"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="215"/>
        <source>Summons and examination for {number}</source>
        <translation>Panggilan dan pemeriksaan untuk laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="219"/>
        <source>Summons date</source>
        <translation>Tanggal panggilan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="222"/>
        <source>Examination date</source>
        <translation>Tanggal pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="224"/>
        <source>e.g. 09.00 (left empty: written by hand)</source>
        <translation>mis. 09.00 (kosong: ditulis tangan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="225"/>
        <source>Time</source>
        <translation>Pukul</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="227"/>
        <source>left empty: the office</source>
        <translation>kosong: kantor ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="228"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/cases/dialogs.py" line="230"/>
        <source>The examination takes place at most 7 working days after the summons.</source>
        <translation>Pemeriksaan dilaksanakan paling lama 7 hari kerja sesudah tanggal panggilan.</translation>
    </message>
</context>
</TS>
