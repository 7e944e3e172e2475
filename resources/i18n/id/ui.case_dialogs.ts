<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="48"/>
        <source>Move report {number} to “{state}”</source>
        <translation>Pindahkan laporan {number} ke tahap “{state}”</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="56"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="63"/>
        <source>Proven violations</source>
        <translation>Pelanggaran yang terbukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="67"/>
        <source>The decree was delivered on</source>
        <translation>SK telah disampaikan pada</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="89"/>
        <source>Record the decision for {number}</source>
        <translation>Catat keputusan untuk laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="103"/>
        <source>Sanction (★ = recommended)</source>
        <translation>Jenis hukuman (★ = direkomendasikan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="106"/>
        <source>Decree (SK) number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="109"/>
        <source>Decree date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="110"/>
        <source>Regent/Mayor (PPK)</source>
        <translation>Bupati/Wali Kota (PPK)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="111"/>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="114"/>
        <source>Justification</source>
        <translation>Alasan tertulis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="135"/>
        <source>Within the recommended range.</source>
        <translation>Sesuai dengan rentang yang direkomendasikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="138"/>
        <source>Outside the recommended range: a written justification of at least {n} characters is required.</source>
        <translation>Di luar rentang yang direkomendasikan: wajib diisi alasan tertulis sekurang-kurangnya {n} karakter.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="161"/>
        <source>Link report {number} to the roster</source>
        <translation>Tautkan laporan {number} ke daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="166"/>
        <source>Reported as</source>
        <translation>Dilaporkan sebagai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="170"/>
        <source>Type a name or NIP to search the roster</source>
        <translation>Ketik nama atau NIP untuk mencari di daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="172"/>
        <location filename="../../../desktop/ui/case_dialogs.py" line="177"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="179"/>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="207"/>
        <source>Summons and examination for {number}</source>
        <translation>Panggilan dan pemeriksaan untuk laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="211"/>
        <source>Summons date</source>
        <translation>Tanggal panggilan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="214"/>
        <source>Examination date</source>
        <translation>Tanggal pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="216"/>
        <source>The examination takes place at most 7 working days after the summons.</source>
        <translation>Pemeriksaan dilaksanakan paling lama 7 hari kerja sesudah tanggal panggilan.</translation>
    </message>
</context>
</TS>
