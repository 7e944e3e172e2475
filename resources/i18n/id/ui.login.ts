<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../../desktop/ui/login.py" line="138"/>
        <location filename="../../../desktop/ui/login.py" line="175"/>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="148"/>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="149"/>
        <source>Current password:</source>
        <translation>Kata sandi saat ini:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="150"/>
        <source>New password:</source>
        <translation>Kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="151"/>
        <source>New password again:</source>
        <translation>Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="157"/>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="176"/>
        <source>The password was changed. Use the new password at the next log-in.</source>
        <translation>Kata sandi sudah diganti. Gunakan kata sandi baru saat masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../../desktop/ui/login.py" line="44"/>
        <source>Netra — Log in</source>
        <translation>Netra — Masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="59"/>
        <source>Neutrality of the civil service (ASN)</source>
        <translation>Netralitas Aparatur Sipil Negara (ASN)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="76"/>
        <source>e.g. admin</source>
        <translation>mis. admin</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="79"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="80"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="93"/>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="94"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="111"/>
        <source>Checking...</source>
        <translation>Memeriksa...</translation>
    </message>
</context>
</TS>
