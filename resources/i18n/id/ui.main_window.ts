<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="72"/>
        <source>Netra — {office}</source>
        <extracomment>Show the busy bar only for work that takes longer than this (ms). File → Log out / switch user: the launcher closes this window and asks who logs in.</extracomment>
        <translation>Netra — {office}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="107"/>
        <source>ASN neutrality</source>
        <translation>Netralitas ASN</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="194"/>
        <source>Log &amp;out / switch user…</source>
        <translation>&amp;Ganti pengguna / keluar akun…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="202"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="206"/>
        <source>&amp;Backup...</source>
        <translation>&amp;Cadangan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="212"/>
        <source>&amp;Restore...</source>
        <translation>&amp;Pulihkan...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="218"/>
        <source>Check the &amp;audit trail</source>
        <translation>Periksa &amp;jejak audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="224"/>
        <source>&amp;Change password...</source>
        <translation>&amp;Ganti kata sandi...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="239"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="253"/>
        <location filename="../../../desktop/ui/main_window.py" line="254"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="259"/>
        <source>&amp;About Netra</source>
        <translation>&amp;Tentang Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="267"/>
        <source>Kabupaten hub</source>
        <translation>Hub kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="267"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="272"/>
        <source>User: {user} ({role})</source>
        <translation>Pengguna: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="277"/>
        <source>Working...</source>
        <translation>Sedang bekerja...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="292"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="293"/>
        <source>The new language is used the next time Netra starts.</source>
        <translation>Bahasa baru dipakai saat Netra dibuka kembali.</translation>
    </message>
</context>
</TS>
