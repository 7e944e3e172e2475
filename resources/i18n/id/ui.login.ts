<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../../desktop/ui/login.py" line="134" />
        <location filename="../../../desktop/ui/login.py" line="182" />
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="144" />
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="145" />
        <source>Current password:</source>
        <translation>Kata sandi saat ini:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="146" />
        <source>New password:</source>
        <translation>Kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="147" />
        <source>New password again:</source>
        <translation>Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="156" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="157" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="164" />
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="183" />
        <source>The password was changed. Use the new password at the next log-in.</source>
        <translation>Kata sandi sudah diganti. Gunakan kata sandi baru saat masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../../desktop/ui/login.py" line="41" />
        <source>Netra — Log in</source>
        <translation>Netra — Masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="56" />
        <source>Neutrality of the civil service (ASN)</source>
        <translation>Netralitas Aparatur Sipil Negara (ASN)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="73" />
        <source>e.g. admin</source>
        <translation>mis. admin</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="76" />
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="77" />
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="90" />
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="91" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/login.py" line="108" />
        <source>Checking...</source>
        <translation>Memeriksa...</translation>
    </message>
</context>
</TS>