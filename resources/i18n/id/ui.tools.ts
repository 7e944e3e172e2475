<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>tools</name>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="110"/>
        <source>The backup holds the whole database and the office keys, encrypted with this passphrase. Keep the passphrase apart from the backup: without it the backup cannot be opened.</source>
        <translation>Cadangan berisi seluruh basis data dan kunci kantor, dienkripsi dengan frasa sandi ini. Simpan frasa sandi terpisah dari cadangan: tanpa frasa sandi, cadangan tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="117"/>
        <source>Restoring replaces ALL current data with the backup&apos;s. A safety copy of the current database is made first in the backups folder.</source>
        <translation>Pemulihan mengganti SELURUH data saat ini dengan isi cadangan. Salinan pengaman basis data saat ini dibuat lebih dulu di folder cadangan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="127"/>
        <source>Browse...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="132"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="135"/>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="139"/>
        <source>Passphrase again:</source>
        <translation>Ulangi frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="149"/>
        <source>Create backup</source>
        <translation>Buat cadangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="151"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="154"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="160"/>
        <source>Netra backup (*.netrabak)</source>
        <translation>Cadangan Netra (*.netrabak)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="164"/>
        <source>Save backup as</source>
        <translation>Simpan cadangan sebagai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="171"/>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="182"/>
        <source>Choose the backup file to restore.</source>
        <translation>Pilih berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="184"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Frasa sandi minimal 8 karakter.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="188"/>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="196"/>
        <source>Working, please wait...</source>
        <translation>Sedang diproses, mohon tunggu...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="203"/>
        <source>Create a backup</source>
        <translation>Buat cadangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="214"/>
        <source>Backup created</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="215"/>
        <source>The backup was written and read back:
{path}
({size} bytes)</source>
        <translation>Cadangan sudah ditulis dan dibaca ulang dengan benar:
{path}
({size} bita)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="244"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="254"/>
        <source>Data restored</source>
        <translation>Data dipulihkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="255"/>
        <source>The data were restored from the backup. Netra will now close; open it again and log in.
Safety copy of the previous data: {copy}</source>
        <translation>Data sudah dipulihkan dari cadangan. Netra akan ditutup; buka kembali lalu masuk.
Salinan pengaman data sebelumnya: {copy}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="287"/>
        <source>The audit trail is intact: {n} records checked, none altered.</source>
        <translation>Jejak audit utuh: {n} catatan diperiksa, tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="291"/>
        <source>The audit trail is NOT intact: {bad} problem(s) in {n} records. First: {first}</source>
        <translation>Jejak audit TIDAK utuh: {bad} masalah pada {n} catatan. Yang pertama: {first}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="302"/>
        <source>Audit trail check</source>
        <translation>Pemeriksaan jejak audit</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="329"/>
        <source>About Netra</source>
        <translation>Tentang Netra</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="339"/>
        <source>Neutrality pacts, roster, violation reports and offline exchange for the civil service of Indonesian district offices.</source>
        <translation>Pakta integritas netralitas, daftar pegawai, laporan dugaan pelanggaran dan pertukaran data luring untuk ASN di kantor kecamatan dan kabupaten.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="345"/>
        <source>Office: {code} {name}</source>
        <translation>Kantor: {code} {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="349"/>
        <source>Office key fingerprint: {fp}</source>
        <translation>Sidik jari kunci kantor: {fp}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="353"/>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/tools.py" line="362"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
</TS>
