<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../../desktop/ui/app.py" line="129" />
        <source>Preparing the database, please wait...</source>
        <translation>Menyiapkan basis data, mohon tunggu...</translation>
    </message>
</context>
</TS>