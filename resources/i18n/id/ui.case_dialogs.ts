<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="50" />
        <source>Move report {number} to “{state}”</source>
        <translation>Pindahkan laporan {number} ke tahap “{state}”</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="58" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="65" />
        <source>Proven violations</source>
        <translation>Pelanggaran yang terbukti</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="69" />
        <source>The decree was delivered on</source>
        <translation>SK telah disampaikan pada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="79" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="79" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="99" />
        <source>Record the decision for {number}</source>
        <translation>Catat keputusan untuk laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="113" />
        <source>Sanction (★ = recommended)</source>
        <translation>Jenis hukuman (★ = direkomendasikan)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="116" />
        <source>Decree (SK) number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="119" />
        <source>Decree date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="120" />
        <source>Regent/Mayor (PPK)</source>
        <translation>Bupati/Wali Kota (PPK)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="121" />
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="124" />
        <source>Justification</source>
        <translation>Alasan tertulis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="135" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="135" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="153" />
        <source>Within the recommended range.</source>
        <translation>Sesuai dengan rentang yang direkomendasikan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="156" />
        <source>Outside the recommended range: a written justification of at least {n} characters is required.</source>
        <translation>Di luar rentang yang direkomendasikan: wajib diisi alasan tertulis sekurang-kurangnya {n} karakter.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="179" />
        <source>Link report {number} to the roster</source>
        <translation>Tautkan laporan {number} ke daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="184" />
        <source>Reported as</source>
        <translation>Dilaporkan sebagai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="188" />
        <source>Type a name or NIP to search the roster</source>
        <translation>Ketik nama atau NIP untuk mencari di daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="190" />
        <location filename="../../../desktop/ui/case_dialogs.py" line="195" />
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="197" />
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="203" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="203" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="233" />
        <source>Summons and examination for {number}</source>
        <translation>Panggilan dan pemeriksaan untuk laporan {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="237" />
        <source>Summons date</source>
        <translation>Tanggal panggilan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="240" />
        <source>Examination date</source>
        <translation>Tanggal pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="242" />
        <source>The examination takes place at most 7 working days after the summons.</source>
        <translation>Pemeriksaan dilaksanakan paling lama 7 hari kerja sesudah tanggal panggilan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="252" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_dialogs.py" line="252" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>