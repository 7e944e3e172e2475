<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>crash</name>
    <message>
        <location filename="../../../desktop/ui/crash.py" line="112"/>
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash.py" line="118"/>
        <source>Open the log folder</source>
        <translation>Buka folder log</translation>
    </message>
</context>
</TS>
