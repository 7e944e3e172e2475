<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../../desktop/ui/projector.py" line="68" />
        <source>Pledge — projector</source>
        <translation>Ikrar — proyektor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/projector.py" line="78" />
        <source>F11: full screen · Esc: close</source>
        <translation>F11: layar penuh · Esc: tutup</translation>
    </message>
</context>
</TS>