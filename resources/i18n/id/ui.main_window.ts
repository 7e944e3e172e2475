<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="64" />
        <source>Netra — {office}</source>
        <extracomment>Show the busy bar only for work that takes longer than this (ms).</extracomment>
        <translation>Netra — {office}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="98" />
        <source>ASN neutrality</source>
        <translation>Netralitas ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="135" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="136" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="141" />
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="145" />
        <source>&amp;Backup...</source>
        <translation>&amp;Cadangan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="151" />
        <source>&amp;Restore...</source>
        <translation>&amp;Pulihkan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="157" />
        <source>Check the &amp;audit trail</source>
        <translation>Periksa &amp;jejak audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="163" />
        <source>&amp;Change password...</source>
        <translation>&amp;Ganti kata sandi...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="177" />
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="190" />
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="191" />
        <source>&amp;About Netra</source>
        <translation>&amp;Tentang Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="200" />
        <source>Kabupaten hub</source>
        <translation>Hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="200" />
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="205" />
        <source>User: {user} ({role})</source>
        <translation>Pengguna: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="210" />
        <source>Working...</source>
        <translation>Sedang bekerja...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="225" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="226" />
        <source>The new language is used the next time Netra starts.</source>
        <translation>Bahasa baru dipakai saat Netra dibuka kembali.</translation>
    </message>
</context>
</TS>