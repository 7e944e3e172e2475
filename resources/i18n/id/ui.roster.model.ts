<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="53"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="55"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="56"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="61"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="64"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="58"/>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="67"/>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="74"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster/model.py" line="74"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
</TS>
