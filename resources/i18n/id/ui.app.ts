<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../../desktop/ui/app.py" line="223"/>
        <source>Preparing the database, please wait...</source>
        <translation>Menyiapkan basis data, mohon tunggu...</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/app.py" line="448"/>
        <source>Netra is already open in another window for this data folder ({folder}). Switch to that window (look in the taskbar). A second Netra on the same data is not started.</source>
        <translation>Netra sudah terbuka di jendela lain untuk folder data ini ({folder}). Beralihlah ke jendela itu (lihat di bilah tugas). Netra kedua pada data yang sama tidak dijalankan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/app.py" line="467"/>
        <source>Netra will open anyway. Move the data to the laptop&apos;s disk soon: make a backup (Administration), then restore it in a folder on the laptop.</source>
        <translation>Netra tetap dibuka. Segera pindahkan data ke disk laptop: buat cadangan (menu Administrasi), lalu pulihkan di folder pada laptop.</translation>
    </message>
</context>
</TS>
