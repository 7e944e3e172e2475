"""The import's fast row parser gives exactly what ``parse_row`` (the reference) gives.

``RowParser`` handles the common clean row with memos and string comparisons and hands every
other row to ``parse_row``; these tests compare the two on generated rows around every NIP
boundary (dates, TMT, PPPK, age at TMT, sex digit, serial), on messy cells, and check that
the fast path really takes the common row (so the comparison is not vacuous).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import roster as r
from desktop.domain import roster_rows as rr

TODAY = date(2026, 11, 22)
MAPPING = {
    "no": 0,
    "nip": 1,
    "name": 2,
    "golongan": 3,
    "jabatan": 4,
    "unit": 5,
    "birth_date": 6,
    "sex": 7,
}
WIDE = {**MAPPING, "category": 8, "unit_code": 9, "nik": 10, "notes": 11, "title_front": 12}


def _same(mapping: dict[str, int], cells: list[object], number: int = 7) -> rr.ParsedRow | rr.Issue:
    parser = rr.RowParser(mapping, TODAY)
    expected = rr.parse_row(cells, mapping, number, TODAY)
    assert parser(list(cells), number) == expected
    # a second call goes through the memos filled by the first one
    assert parser(list(cells), number) == expected
    return expected


def _row(nip: object, birth: object = "", sex: object = "", gol: object = "III/a") -> list[object]:
    return ["1", nip, "Yohanis Lewier", gol, "Guru Kelas", "Desa Klis", birth, sex]


def test_clean_row_takes_the_fast_path() -> None:
    cells = _row("198609262015051001", "26-09-1986", "L")
    rr.parse_row(cells, MAPPING, 4, TODAY)  # fills the golongan memo, as the import does
    fast = rr.RowParser(MAPPING, TODAY).fast(cells, 4)
    assert fast is not None
    assert fast == rr.parse_row(cells, MAPPING, 4, TODAY)
    assert fast.nip == "198609262015051001" and fast.category == "PNS"
    assert fast.birth_date == date(1986, 9, 26) and fast.sex == "L"
    pppk = _row("199601292023211010", gol="IX")
    rr.parse_row(pppk, MAPPING, 5, TODAY)
    fast_pppk = rr.RowParser(MAPPING, TODAY).fast(pppk, 5)
    assert fast_pppk is not None and fast_pppk.category == "PPPK"
    assert fast_pppk.golongan == "IX"


@pytest.mark.parametrize(
    "nip",
    [
        "198609262015051001",  # plain PNS
        "198609262015051000",  # serial 000
        "198609262015053001",  # sex digit 3
        "198609262015131001",  # month 13
        "198609262015001001",  # month 00
        "198609262026111001",  # TMT this month (allowed)
        "198609262026121001",  # TMT next month (future)
        "198609261986091001",  # TMT in the birth month
        "198609261986101001",  # TMT the month after birth (age 0: warning)
        "198609262003091001",  # age 16 at TMT (warning)
        "198609262003101001",  # age exactly 17 at TMT... month after birthday
        "198610012003101001",  # TMT on the 17th birthday: age 17
        "198610022003101001",  # the day before the 17th birthday: age 16
        "195010012011101001",  # age 61 on the day (warning)
        "195010022011101001",  # age 60 (no warning)
        "193912312000011001",  # born before 1940
        "202701012050011001",  # born in the future
        "198602302015051001",  # 30 February
        "198402292010021001",  # 29 February in a leap year
        "199601292023211010",  # PPPK
        "199601292023201010",  # PPPK frequency 0
        "199601291996211010",  # PPPK appointed in the birth year
        "199601292027211010",  # PPPK appointed next year
        "199601291939211010",  # PPPK year before 1940
        "199601292013211010",  # PPPK at 16 (warning)
        "1986 0926 2015 05 1 001",
        "NIP. 198609262015051001",
        "'198609262015051001",
        "19860926201505100",  # 17 digits
        "１９８６０９２６２０１５０５１００１",  # full-width digits
        "   ",
        "",
        1.98609262015051e17,
        198609262015051001,
        "1,98609E+17",
    ],
)
def test_nip_cases_match_parse_row(nip: object) -> None:
    for birth in ("", "26-09-1986", "1986-09-26", "27-09-1986", "bukan tanggal"):
        for sex in ("", "L", "P", "laki-laki", "?"):
            _same(MAPPING, _row(nip, birth, sex))
    _fast_when_clean(nip)


def _fast_when_clean(nip: object) -> None:
    """A row with no NIP, or 18 plain digits, that parse_row accepts without a warning is not left to
    parse_row: the fast path must take it (ages exactly 17 and 60 included)."""
    cells = _row(nip)
    expected = rr.parse_row(cells, MAPPING, 3, TODAY)
    digits = isinstance(nip, str) and len(nip) == 18 and nip.isdigit() and nip.isascii()
    clean = nip == "" or digits  # no NIP at all: a non-ASN row, also taken
    taken = rr.RowParser(MAPPING, TODAY).fast(cells, 3)
    if clean and isinstance(expected, rr.ParsedRow) and not expected.warnings:
        assert taken == expected
    else:
        assert taken is None


@pytest.mark.parametrize(
    "cells",
    [
        ["1", "198609262015051001", "", "III/a", "Guru", "Desa Klis", "", ""],
        ["1", "198609262015051001", "  Yohanis   Lewier ", "III/a", "Guru", "Desa Klis"],
        ["1", "198609262015051001", "Yohanis Lewier"],
        ["1", "", "Marthina Kay", "", "Pengadministrasi", "Desa Klis", "", "P"],
        ["1", "198609262015051001", "Yohanis", "3a", "Camat", "Kecamatan Wetar", "", ""],
        ["1", "198609262015051001", "Yohanis", "IX", "Camat", "", "", ""],
        ["1", "198609262015051001", "Yohanis", "Z/z", "Camat", "", "", ""],
        ["1", "198609262015051001", "Yohanis", 3.0, None, 5.0, 31680.0, 1.0],
        ["1", "198609262015051001", "Yohanis", "", "", "", date(1986, 9, 26), "L"],
        ["1", "198609262015051001", "Yohanis", "", "", "", datetime(1986, 9, 26), ""],
        ["1", "198609262015051001", "Yohanis", "", "", "", True, False],
        ["1", "198609262015051001", 12345, "", "", "", "", ""],
        ["1", "198609262015051001", "Yohanis", "", ["x"], "", "", ""],  # unhashable cell
    ],
)
def test_messy_rows_match_parse_row(cells: list[object]) -> None:
    _same(MAPPING, cells)


@pytest.mark.parametrize("category", ["", "PNS", "CPNS", "PPPK", "Honorer", "THL", "Kontrak?"])
@pytest.mark.parametrize(
    "nip", ["198609262015051001", "199601292023211010", "", "7301012345678901"]
)
@pytest.mark.parametrize(
    "extra",
    [("", "", "", ""), ("81.08.06.01", "", "", ""), ("", "7301012345678901", "catatan", "Drs.")],
)
def test_wide_sheet_matches_parse_row(category: str, nip: str, extra: tuple[str, ...]) -> None:
    cells = [*_row(nip, "26-09-1986", "L"), category, *extra]
    _same(WIDE, cells)


_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=1)


@st.composite
def _nips(draw: st.DrawFn) -> str:
    year = draw(st.integers(1935, 2030))
    month = draw(st.integers(0, 13))
    day = draw(st.integers(0, 32))
    birth = f"{year:04d}{month:02d}{day:02d}"
    if draw(st.booleans()):  # PPPK
        tmt = f"{draw(st.integers(1935, 2030)):04d}2{draw(_DIGITS)}"
    else:
        tmt = f"{draw(st.integers(1935, 2030)):04d}{draw(st.integers(0, 13)):02d}"
    return (
        f"{birth}{tmt}{draw(st.sampled_from('0123'))}{draw(st.sampled_from(['000', '001', '123']))}"
    )


@settings(max_examples=400, deadline=None)
@given(
    nip=_nips(),
    birth=st.sampled_from(["", "26-09-1986", "01-01-1970", "31/12/1999", "x"]),
    sex=st.sampled_from(["", "L", "P", "Pr", "2"]),
    gol=st.sampled_from(["", "III/a", "IX", "IV/e", "??"]),
)
def test_generated_rows_match_parse_row(nip: str, birth: str, sex: str, gol: str) -> None:
    _same(MAPPING, _row(nip, birth, sex, gol))
    _fast_when_clean(nip)


def _name_key_reference(name: str) -> str:
    """name_key as specified: every ASCII character that is not a letter or digit is a
    space, words lower-cased, leading front titles moved to the end."""
    words = "".join(c if c.isalnum() else " " for c in name.lower()).split()
    lead = 0
    while lead < len(words) - 1 and words[lead] in r.FRONT_TITLES:
        lead += 1
    return " ".join(words[lead:] + words[:lead])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcXYZ019 .,'-_\t\n\x0b\x1cdrsh", max_size=20))
def test_name_key_plain_and_punctuated_ascii(text: str) -> None:
    for name in (text, f"Drs {text}", f"dr. H {text}"):
        assert r.name_key(name) == _name_key_reference(name)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("26-09-1986", date(1986, 9, 26)),
        ("26/9/86", date(1986, 9, 26)),
        ("1986-09-26", date(1986, 9, 26)),
        ("26.09.1986", date(1986, 9, 26)),
        ("26 September 1986", date(1986, 9, 26)),
        ("26 Sept. 1986", date(1986, 9, 26)),
        ("26-Sep-1986", date(1986, 9, 26)),
        ("26-Agu-86", date(1986, 8, 26)),
        ("3 Mei 2004", date(2004, 5, 3)),
        ("19860926", date(1986, 9, 26)),
        ("26-09-1986 00:00:00", date(1986, 9, 26)),
        (31681.0, date(1986, 9, 26)),
        (datetime(1986, 9, 26, 0, 0), date(1986, 9, 26)),
        ("26091986", None),  # ddmmyyyy is not guessed
        ("19861326", None),
        ("31-Feb-1986", None),
        ("26-Xyz-1986", None),
        ("", None),
    ],
)
def test_birth_date_cells(cell: object, expected: date | None) -> None:
    assert rr.parse_date(cell) == expected
