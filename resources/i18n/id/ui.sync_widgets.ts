<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="159"/>
        <source>Edited in two places</source>
        <translation>Diubah di dua tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="160"/>
        <source>Tamper alert</source>
        <translation>Peringatan perubahan tidak sah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="161"/>
        <source>Duplicate key</source>
        <translation>Kunci ganda</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="162"/>
        <source>Waiting for related data</source>
        <translation>Menunggu data terkait</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="166"/>
        <source>No open conflicts. Nothing needs a decision.</source>
        <translation>Tidak ada konflik terbuka. Tidak ada yang perlu diputuskan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="171"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="172"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="173"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="175"/>
        <source>Used for now</source>
        <translation>Dipakai sementara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="177"/>
        <source>held here</source>
        <translation>yang tersimpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="191"/>
        <source>Version held here</source>
        <translation>Versi yang tersimpan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="192"/>
        <source>Incoming version</source>
        <translation>Versi yang masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="200"/>
        <source>Keep the version held here</source>
        <translation>Pakai versi yang tersimpan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="179"/>
        <source>incoming</source>
        <translation>masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="182"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="190"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="201"/>
        <source>Keep the incoming version</source>
        <translation>Pakai versi yang masuk</translation>
    </message>
</context>
<context>
    <name>RefusalAlert</name>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="273"/>
        <source>Nothing of these packages was applied. Ask the office what happened before taking its next package: a package that speaks for another office or changes the kabupaten&apos;s data was not made by Netra as shipped.</source>
        <translation>Tidak ada isi paket ini yang diterapkan. Tanyakan ke kantor pengirim apa yang terjadi sebelum menerima paketnya berikutnya: paket yang berbicara atas nama kantor lain atau mengubah data kabupaten tidak dibuat oleh Netra yang asli.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="282"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="283"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="284"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="285"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="286"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="295"/>
        <source>Mark as seen</source>
        <translation>Tandai sudah dilihat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="303"/>
        <source>data of another office</source>
        <translation>data kantor lain</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="304"/>
        <source>changes another office&apos;s data</source>
        <translation>mengubah data kantor lain</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="305"/>
        <source>changes the kabupaten&apos;s reference data</source>
        <translation>mengubah data acuan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="306"/>
        <source>evidence chain does not match</source>
        <translation>rantai bukti tidak cocok</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="307"/>
        <source>evidence deleted at the office</source>
        <translation>bukti dihapus di kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="308"/>
        <source>evidence file is not a photo or PDF</source>
        <translation>berkas bukti bukan foto atau PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="315"/>
        <source>{n} package(s) refused: they claim what their sender may not say</source>
        <translation>{n} paket ditolak: isinya mengaku hal yang tidak boleh dinyatakan pengirimnya</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="102"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="103"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="104"/>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="105"/>
        <source>Already here</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="106"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="107"/>
        <source>Tamper alerts</source>
        <translation>Peringatan perubahan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="108"/>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="115"/>
        <source>Apply this package</source>
        <translation>Terapkan paket ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="117"/>
        <source>Do not apply</source>
        <translation>Jangan terapkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="129"/>
        <source>This file cannot be used</source>
        <translation>Berkas ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="135"/>
        <source>Already imported</source>
        <translation>Sudah pernah diimpor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="141"/>
        <source>Package {seq} from {sender}</source>
        <translation>Paket ke-{seq} dari {sender}</translation>
    </message>
</context>
</TS>
