<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="47"/>
        <source>Edit work unit</source>
        <translation>Ubah unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="47"/>
        <source>New work unit</source>
        <translation>Unit kerja baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="50"/>
        <source>e.g. 81.08.01.2001</source>
        <translation>mis. 81.08.01.2001</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="52"/>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="54"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="56"/>
        <source>e.g. Desa Klis</source>
        <translation>mis. Desa Klis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="57"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="62"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="68"/>
        <source>(top of the tree)</source>
        <translation>(paling atas)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/unit_dialog.py" line="77"/>
        <source>Under</source>
        <translation>Di bawah</translation>
    </message>
</context>
</TS>
