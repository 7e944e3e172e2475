<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="151" />
        <source>Edited in two places</source>
        <translation>Diubah di dua tempat</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="152" />
        <source>Tamper alert</source>
        <translation>Peringatan perubahan tidak sah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="153" />
        <source>Duplicate key</source>
        <translation>Kunci ganda</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="154" />
        <source>Waiting for related data</source>
        <translation>Menunggu data terkait</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="157" />
        <source>No open conflicts. Nothing needs a decision.</source>
        <translation>Tidak ada konflik terbuka. Tidak ada yang perlu diputuskan.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="161" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="162" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="163" />
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="164" />
        <source>Used for now</source>
        <translation>Dipakai sementara</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="164" />
        <source>held here</source>
        <translation>yang tersimpan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="173" />
        <source>Version held here</source>
        <translation>Versi yang tersimpan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="174" />
        <source>Incoming version</source>
        <translation>Versi yang masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="181" />
        <source>Keep the version held here</source>
        <translation>Pakai versi yang tersimpan di sini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="165" />
        <source>incoming</source>
        <translation>masuk</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="166" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="172" />
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="182" />
        <source>Keep the incoming version</source>
        <translation>Pakai versi yang masuk</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="96" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="97" />
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="98" />
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="99" />
        <source>Already here</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="100" />
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="101" />
        <source>Tamper alerts</source>
        <translation>Peringatan perubahan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="102" />
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="108" />
        <source>Apply this package</source>
        <translation>Terapkan paket ini</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="110" />
        <source>Do not apply</source>
        <translation>Jangan terapkan</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="123" />
        <source>This file cannot be used</source>
        <translation>Berkas ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="129" />
        <source>Already imported</source>
        <translation>Sudah pernah diimpor</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_widgets.py" line="134" />
        <source>Package {seq} from {sender}</source>
        <translation>Paket ke-{seq} dari {sender}</translation>
    </message>
</context>
</TS>