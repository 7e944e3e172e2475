"""The sheet layout interpreter (``domain.roster_layout``) on plain cells: no file, no database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from desktop.domain import roster_layout as layout
from desktop.domain.errors import NetraError

TODAY = date(2026, 12, 3)
COVER: list[list[Any]] = [["PETUNJUK PENGISIAN"], ["Isi satu baris per pegawai."]]
ROSTER: list[list[Any]] = [
    ["DAFTAR PEGAWAI KECAMATAN WETAR", "", ""],
    ["NO", "NIP", "NAMA"],
    ["KANTOR CAMAT WETAR", "", ""],
    ["1", "198609262015051001", "Yohanis Lewier"],
    ["2", "", "Marthina Kay"],
    ["", "", ""],
    ["NO", "NIP", "NAMA"],
    ["3", "198609262015051001", "Yohanis Lewier"],
    ["JUMLAH", "", "2 orang"],
]


def test_choose_sheet_takes_the_first_with_a_header_and_reads_no_further() -> None:
    looked: list[str] = []

    def sheets() -> Iterator[tuple[str, list[list[Any]]]]:
        for name, cells in (("Petunjuk", COVER), ("Pegawai", ROSTER), ("Lain", ROSTER)):
            looked.append(name)
            yield name, cells

    choice = layout.choose_sheet(sheets())
    assert choice is not None
    assert (choice.name, choice.guess.row_index, choice.guess.mapping["nip"]) == ("Pegawai", 1, 1)
    assert looked == ["Petunjuk", "Pegawai"]
    assert layout.choose_sheet([("Petunjuk", COVER)]) is None
    err = layout.no_header("Petunjuk", ["Petunjuk"])
    assert err.code == "no_header" and "Petunjuk" in str(err)


def test_rows_read_by_the_layout() -> None:
    """Unit heading taken by the rows under it, blank / repeated header / total rows set
    aside, a person listed twice rejected with the first row's number."""
    choice = layout.choose_sheet([("Pegawai", ROSTER)])
    assert choice is not None
    guess = choice.guess
    found = layout.read_rows(ROSTER, guess.headers, guess.mapping, guess.data_start, TODAY)
    assert [(p.row, p.name, p.unit_name) for p in found.rows] == [
        (4, "Yohanis Lewier", "KANTOR CAMAT WETAR"),
        (5, "Marthina Kay", "KANTOR CAMAT WETAR"),
    ]
    assert found.skipped == [3, 6, 7, 9]
    assert [(i.row, i.code) for i in found.set_aside] == [
        (3, "section_row"),
        (7, "repeated_header"),
        (9, "total_row"),
    ]
    assert [(i.row, i.code) for i in found.rejected] == [(8, "duplicate_in_file")]
    assert "4" in found.rejected[0].message


def test_duk_nip_on_the_row_under_the_name() -> None:
    cells: list[list[Any]] = [
        ["NO", "NAMA", "JABATAN"],
        ["1", "Yohanis Lewier", "Camat"],
        ["", "NIP. 19860926 201505 1 001", ""],
    ]
    choice = layout.choose_sheet([("DUK", cells)])
    assert choice is not None
    found = layout.read_rows(cells, choice.guess.headers, choice.guess.mapping, 1, TODAY)
    assert [(p.row, p.nip, p.jabatan) for p in found.rows] == [(2, "198609262015051001", "Camat")]
    assert found.skipped == [3]


def test_mapping_without_a_name_is_refused() -> None:
    with pytest.raises(NetraError) as err:
        layout.read_rows(ROSTER, ROSTER[1], {"nip": 1}, 2, TODAY)
    assert err.value.code == "no_name_column"


def test_provided_columns() -> None:
    assert layout.provided_columns({"name": 0, "nip": 1}) == {
        "name",
        "birth_date",
        "sex",
        "nik",
    }
    assert "golongan" in layout.provided_columns({"name": 0, "pangkat": 3})
