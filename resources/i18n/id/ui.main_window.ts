<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="69"/>
        <source>Netra — {office}</source>
        <extracomment>Show the busy bar only for work that takes longer than this (ms).</extracomment>
        <translation>Netra — {office}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="104"/>
        <source>ASN neutrality</source>
        <translation>Netralitas ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="193"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="197"/>
        <source>&amp;Backup...</source>
        <translation>&amp;Cadangan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="203"/>
        <source>&amp;Restore...</source>
        <translation>&amp;Pulihkan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="209"/>
        <source>Check the &amp;audit trail</source>
        <translation>Periksa &amp;jejak audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="215"/>
        <source>&amp;Change password...</source>
        <translation>&amp;Ganti kata sandi...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="244"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="245"/>
        <source>&amp;About Netra</source>
        <translation>&amp;Tentang Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="254"/>
        <source>Kabupaten hub</source>
        <translation>Hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="254"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="259"/>
        <source>User: {user} ({role})</source>
        <translation>Pengguna: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="264"/>
        <source>Working...</source>
        <translation>Sedang bekerja...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="279"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="280"/>
        <source>The new language is used the next time Netra starts.</source>
        <translation>Bahasa baru dipakai saat Netra dibuka kembali.</translation>
    </message>
</context>
</TS>
