<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../../desktop/ui/signing/projector.py" line="69"/>
        <source>Pledge — projector</source>
        <translation>Ikrar — proyektor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/signing/projector.py" line="82"/>
        <source>F11: full screen · Esc or F9 on the laptop: close</source>
        <translation>F11: layar penuh · Esc, atau F9 di laptop: tutup</translation>
    </message>
</context>
</TS>
