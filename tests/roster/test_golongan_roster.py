"""Golongan normalisation and roster vocabulary (pure)."""

from __future__ import annotations

import pytest

from desktop.domain import golongan, roster


@pytest.mark.parametrize(
    ("raw", "category", "expected"),
    [
        ("III/a", None, "III/a"),
        ("III/A", None, "III/a"),
        ("III a", None, "III/a"),
        ("IIIa", None, "III/a"),
        ("Penata Muda (III/a)", None, "III/a"),
        ("3a", None, "III/a"),
        ("iii/b", None, "III/b"),
        ("Iv-a", None, "IV/a"),
        ("III / c", None, "III/c"),
        ("Gol. IV/e", None, "IV/e"),
        ("Penata Tk. I", None, "III/d"),
        ("Pembina Utama Muda", None, "IV/c"),
        ("Penata, III/c", None, "III/c"),
        ("IX", "PPPK", "IX"),
        ("XVII", None, "XVII"),
        ("9", "PPPK", "IX"),
        (9.0, "PPPK", "IX"),
        ("9", "PNS", None),
        ("IV/f", None, None),
        ("XVIII", None, None),
        ("III", "PNS", None),
        ("-", None, None),
    ],
)
def test_normalize(raw: object, category: str | None, expected: str | None) -> None:
    assert golongan.normalize(raw, category) == expected


def test_pangkat_table() -> None:
    assert golongan.pangkat("III/a") == "Penata Muda"
    assert golongan.pangkat("IV/e") == "Pembina Utama"
    assert golongan.pangkat("IX") == ""
    assert sorted(["IV/a", "I/b", "III/c", "IX"], key=golongan.sort_key) == [
        "I/b",
        "III/c",
        "IV/a",
        "IX",
    ]


def test_name_key_folds_titles_accents_and_punctuation() -> None:
    assert roster.name_key("Drs. Andréas  SAHETAPY, M.Si") == "andreas sahetapy m si drs"
    assert roster.search_terms(" Andre  sahe ") == ["andre", "sahe"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("NAMA", "name"),
        ("NAMA LENGKAP", "name"),
        ("NIP", "nip"),
        ("NIP BARU", "nip"),
        ("NIP BARU (18 digit)", "nip"),
        ("GOL", "golongan"),
        ("PANGKAT/GOL", "golongan"),
        ("GOL. RUANG", "golongan"),
        ("JABATAN", "jabatan"),
        ("UNIT KERJA", "unit"),
        ("Tgl. Lahir", "birth_date"),
        ("L/P", "sex"),
        ("PANGKAT", "pangkat"),
        ("No.", "no"),
        ("Keterangan", "notes"),
        ("Kolom lain", None),
    ],
)
def test_header_synonyms(header: str, field: str | None) -> None:
    assert roster.field_for_header(header) == field


def test_detect_header_below_titles_with_two_row_merged_header() -> None:
    rows: list[list[object]] = [
        ["DAFTAR NOMINATIF", "", "", "", ""],
        ["", "", "", "", ""],
        ["NO", "NAMA", "NIP", "PANGKAT/GOL", ""],
        ["", "", "", "PANGKAT", "GOL. RUANG"],
        ["1", "2", "3", "4", "5"],
        [1, "Budi", "198609262015051001", "Penata Muda", "III/a"],
    ]
    guess = roster.detect_header(rows)
    assert guess is not None
    assert guess.row_index == 2
    assert guess.data_start == 5
    assert guess.mapping == {"no": 0, "name": 1, "nip": 2, "pangkat": 3, "golongan": 4}


def test_no_header() -> None:
    assert roster.detect_header([["a", "b"], [1, 2]]) is None


def test_total_row_and_unit_kinds() -> None:
    assert roster.is_total_row(["JUMLAH", 12, ""])
    assert roster.is_total_row(["", "Total pegawai", ""])
    assert not roster.is_total_row(["1", "Yohanis Jumlahu"])
    for total in ("JUMLAH:", "Jml.", "TOTAL PEGAWAI 12", "Grand Total", "SUB TOTAL", "Subtotal"):
        assert roster.is_total_row(["", total]), total
    for person in ("Totalia Lewier", "Jmlina Kay", "Subtotalia", "Grandy Total", "Sub Agus"):
        assert not roster.is_total_row(["1", person, "198609262015051001"]), person
    assert roster.guess_unit_kind("Desa Klis") == "desa"
    assert roster.guess_unit_kind("SD Negeri 1 Tiakur") == "sekolah"
    assert roster.guess_unit_kind("Puskesmas Moa") == "puskesmas"
    assert roster.unit_code_for("81.08.01", "Desa Klis", {"81.08.01.DESA-KLIS"}) == (
        "81.08.01.DESA-KLIS-2"
    )
