<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="46" />
        <source>Move report {number} to “{state}”</source>
        <translation>Pindahkan laporan {number} ke tahap “{state}”</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="54" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="61" />
        <source>Proven violations</source>
        <translation>Pelanggaran yang terbukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="65" />
        <source>The decree was delivered on</source>
        <translation>SK telah disampaikan pada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="75" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="75" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="95" />
        <source>Record the decision for {number}</source>
        <translation>Catat keputusan untuk laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="109" />
        <source>Sanction (★ = recommended)</source>
        <translation>Jenis hukuman (★ = direkomendasikan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="112" />
        <source>Decree (SK) number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="115" />
        <source>Decree date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="116" />
        <source>Regent/Mayor (PPK)</source>
        <translation>Bupati/Wali Kota (PPK)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="117" />
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="120" />
        <source>Justification</source>
        <translation>Alasan tertulis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="131" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="131" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="149" />
        <source>Within the recommended range.</source>
        <translation>Sesuai dengan rentang yang direkomendasikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="152" />
        <source>Outside the recommended range: a written justification of at least {n} characters is required.</source>
        <translation>Di luar rentang yang direkomendasikan: wajib diisi alasan tertulis sekurang-kurangnya {n} karakter.</translation>
    </message>
</context>
</TS>