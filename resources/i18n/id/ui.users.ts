<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../../desktop/ui/users.py" line="67"/>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="67"/>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="82"/>
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="84"/>
        <source>Full name:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="85"/>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="86"/>
        <source>New password:</source>
        <translation>Kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="87"/>
        <source>Password again:</source>
        <translation>Ulangi kata sandi:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="93"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../../desktop/ui/users.py" line="36"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="37"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="38"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="41"/>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="53"/>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="55"/>
        <source>locked until {time}</source>
        <translation>dikunci sampai {time}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/users.py" line="56"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
</context>
</TS>
