"""The kinds of examination document, their titles and their file names in the bundle."""

from __future__ import annotations

from desktop.services.cases.records import bad

KINDS = ("summons1", "summons2", "bap", "lhp", "sk", "receipt", "suspension")
TITLES = {
    "summons1": "Surat Panggilan I",
    "summons2": "Surat Panggilan II",
    "bap": "Berita Acara Pemeriksaan",
    "lhp": "Laporan Hasil Pemeriksaan",
    "sk": "Keputusan Hukuman Disiplin",
    "receipt": "Tanda Terima Keputusan",
    "suspension": "Keputusan Pembebasan Sementara dari Tugas Jabatan",
}
FILE_NAMES = {
    "summons1": "01-surat-panggilan-1.pdf",
    "summons2": "02-surat-panggilan-2.pdf",
    "bap": "03-berita-acara-pemeriksaan.pdf",
    "lhp": "04-laporan-hasil-pemeriksaan.pdf",
    "sk": "05-keputusan.pdf",
    "receipt": "06-tanda-terima.pdf",
    "suspension": "07-pembebasan-sementara.pdf",
}


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise bad(
            "unknown_kind",
            f"Jenis dokumen '{kind}' tidak dikenal. Pilih: {', '.join(KINDS)}.",
            f"Unknown document kind '{kind}'. Choose: {', '.join(KINDS)}.",
            valid=list(KINDS),
        )
    return kind
