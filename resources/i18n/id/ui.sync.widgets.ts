<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="262"/>
        <source>Edited in two places</source>
        <translation>Diubah di dua tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="263"/>
        <source>Tamper alert</source>
        <translation>Peringatan perubahan tidak sah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="264"/>
        <source>Duplicate key</source>
        <translation>Kunci ganda</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="265"/>
        <source>Waiting for related data</source>
        <translation>Menunggu data terkait</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="269"/>
        <source>No open conflicts. Nothing needs a decision.</source>
        <translation>Tidak ada konflik terbuka. Tidak ada yang perlu diputuskan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="274"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="275"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="276"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="278"/>
        <source>Used for now</source>
        <translation>Dipakai sementara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="280"/>
        <source>held here</source>
        <translation>yang tersimpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="294"/>
        <source>Version held here</source>
        <translation>Versi yang tersimpan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="295"/>
        <source>Incoming version</source>
        <translation>Versi yang masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="303"/>
        <source>Keep the version held here</source>
        <translation>Pakai versi yang tersimpan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="282"/>
        <source>incoming</source>
        <translation>masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="285"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="293"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="304"/>
        <source>Keep the incoming version</source>
        <translation>Pakai versi yang masuk</translation>
    </message>
</context>
<context>
    <name>RefusalAlert</name>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="366"/>
        <source>Nothing of these packages was applied. Ask the office what happened before taking its next package: a package that speaks for another office or changes the kabupaten&apos;s data was not made by Netra as shipped.</source>
        <translation>Tidak ada isi paket ini yang diterapkan. Tanyakan ke kantor pengirim apa yang terjadi sebelum menerima paketnya berikutnya: paket yang berbicara atas nama kantor lain atau mengubah data kabupaten tidak dibuat oleh Netra yang asli.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="375"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="376"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="377"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="378"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="379"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="388"/>
        <source>Mark as seen</source>
        <translation>Tandai sudah dilihat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="396"/>
        <source>data of another office</source>
        <translation>data kantor lain</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="397"/>
        <source>changes another office&apos;s data</source>
        <translation>mengubah data kantor lain</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="398"/>
        <source>changes the kabupaten&apos;s reference data</source>
        <translation>mengubah data acuan kabupaten</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="399"/>
        <source>evidence chain does not match</source>
        <translation>rantai bukti tidak cocok</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="400"/>
        <source>evidence deleted at the office</source>
        <translation>bukti dihapus di kantor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="401"/>
        <source>evidence file is not a photo or PDF</source>
        <translation>berkas bukti bukan foto atau PDF</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="409"/>
        <source>{n} package(s) refused: they claim what their sender may not say</source>
        <translation>{n} paket ditolak: isinya mengaku hal yang tidak boleh dinyatakan pengirimnya</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="204"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="205"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="206"/>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="207"/>
        <source>Already here</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="208"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="209"/>
        <source>Tamper alerts</source>
        <translation>Peringatan perubahan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="210"/>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="217"/>
        <source>Apply this package</source>
        <translation>Terapkan paket ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="219"/>
        <source>Do not apply</source>
        <translation>Jangan terapkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="231"/>
        <source>This file cannot be used</source>
        <translation>Berkas ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="237"/>
        <source>Already imported</source>
        <translation>Sudah pernah diimpor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync/widgets.py" line="243"/>
        <source>Package {seq} from {sender}</source>
        <translation>Paket ke-{seq} dari {sender}</translation>
    </message>
</context>
</TS>
