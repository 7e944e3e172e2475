<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="46"/>
        <source>Edit work unit</source>
        <translation>Ubah unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="46"/>
        <source>New work unit</source>
        <translation>Unit kerja baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="49"/>
        <source>e.g. 81.08.01.2001</source>
        <translation>mis. 81.08.01.2001</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="51"/>
        <location filename="../../../desktop/ui/unit_dialog.py" line="53"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="55"/>
        <source>e.g. Desa Klis</source>
        <translation>mis. Desa Klis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="56"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="61"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="63"/>
        <source>(top of the tree)</source>
        <translation>(paling atas)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unit_dialog.py" line="69"/>
        <source>Under</source>
        <translation>Di bawah</translation>
    </message>
</context>
</TS>
