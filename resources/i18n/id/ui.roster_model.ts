<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="44" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="45" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="46" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="133" />
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="48" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="47" />
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="49" />
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="50" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="176" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/roster_model.py" line="176" />
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
</TS>