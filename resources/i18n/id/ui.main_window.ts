<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="60" />
        <source>Netra — {office}</source>
        <extracomment>Show the busy bar only for work that takes longer than this (ms).</extracomment>
        <translation>Netra — {office}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="93" />
        <source>ASN neutrality</source>
        <translation>Netralitas ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="127" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="128" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="133" />
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="137" />
        <source>&amp;Backup...</source>
        <translation>&amp;Cadangan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="143" />
        <source>&amp;Restore...</source>
        <translation>&amp;Pulihkan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="149" />
        <source>Check the &amp;audit trail</source>
        <translation>Periksa &amp;jejak audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="155" />
        <source>&amp;Change password...</source>
        <translation>&amp;Ganti kata sandi...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="169" />
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="170" />
        <source>&amp;About Netra</source>
        <translation>&amp;Tentang Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="179" />
        <source>Kabupaten hub</source>
        <translation>Hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="179" />
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="184" />
        <source>User: {user} ({role})</source>
        <translation>Pengguna: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="189" />
        <source>Working...</source>
        <translation>Sedang bekerja...</translation>
    </message>
</context>
</TS>