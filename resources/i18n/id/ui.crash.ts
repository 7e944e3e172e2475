<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>crash</name>
    <message>
        <location filename="../../../desktop/ui/crash.py" line="113" />
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
</context>
</TS>