<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>forms</name>
    <message>
        <location filename="../../../desktop/ui/forms.py" line="43"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/forms.py" line="27"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/forms.py" line="54"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
