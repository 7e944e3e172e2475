<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>forms</name>
    <message>
        <location filename="../../../desktop/ui/forms.py" line="24" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/forms.py" line="27" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>