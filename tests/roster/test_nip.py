"""NIP / NI PPPK parsing: structure, every rejection code, and normalisation (hypothesis)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import nip

TODAY = date(2026, 11, 22)


def test_pns_parsed() -> None:
    res = nip.parse("19860926 201505 1 001", TODAY)
    assert res.info is not None
    assert res.info.kind == "PNS"
    assert res.info.birth_date == date(1986, 9, 26)
    assert res.info.tmt == date(2015, 5, 1)
    assert res.info.sex == "L"
    assert res.info.serial == 1
    assert res.info.formatted == "19860926 201505 1 001"


def test_pppk_parsed() -> None:
    res = nip.parse("199601292023211010", TODAY)
    assert res.info is not None
    assert res.info.kind == "PPPK"
    assert res.info.frequency == 1
    assert res.info.tmt == date(2023, 1, 1)
    assert res.info.formatted == "19960129 2023 2 1 1 010"
    paruh_waktu = nip.parse("199009132025242014", TODAY)
    assert paruh_waktu.info is not None and paruh_waktu.info.frequency == 4


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "nip_empty"),
        ("19860926-2015O5-1-001", "nip_not_digits"),
        ("1986092620150510", "nip_length"),
        ("19861326 201505 1 001", "nip_birth_date"),
        ("18860926 201505 1 001", "nip_birth_year"),
        ("19860926 201513 1 001", "nip_tmt"),
        ("19860926 203005 1 001", "nip_tmt_future"),
        ("19860926 198001 1 001", "nip_tmt_before_birth"),
        ("19860926 201505 3 001", "nip_sex"),
        ("19860926 201505 1 000", "nip_serial"),
        ("19960129 2023 2 0 1 010", "nip_pppk_frequency"),
        ("19960129 2029 2 1 1 010", "nip_tmt_future"),
        (1.98609262015051e17, "nip_precision_lost"),
    ],
)
def test_rejections_have_codes_and_indonesian_messages(raw: object, code: str) -> None:
    res = nip.parse(raw, TODAY)
    assert res.info is None
    assert res.error is not None and res.error.code == code
    assert res.error.message and "{" not in res.error.message


def test_precision_lost_message_shows_the_excel_number_and_the_fix() -> None:
    res = nip.parse(float("198609262015051001"), TODAY)
    assert res.error is not None
    assert "198609262015051000" in res.error.message
    assert "Teks" in res.error.message


def test_warnings_not_rejections() -> None:
    young = nip.parse("20000101 201601 1 001", TODAY)  # 16 at TMT: possible but odd
    assert young.ok and [w.code for w in young.warnings] == ["nip_young_at_tmt"]
    info = nip.parse("19860926 201505 1 001", TODAY).info
    assert info is not None
    codes = [f.code for f in nip.cross_check(info, date(1986, 9, 27), "P", "PPPK")]
    assert codes == ["nip_birth_mismatch", "nip_sex_mismatch", "nip_category_mismatch"]


@pytest.mark.parametrize(
    "raw",
    [
        "NIP. 19860926 201505 1 001",
        "NIP 19860926.201505.1.001",
        "'198609262015051001",
        " 19860926 201505 1 001 ",
        "NIP: 198609262015051001",
        198609262015051001,
    ],
)
def test_normalise_written_forms(raw: object) -> None:
    res = nip.parse(raw, TODAY)
    assert res.info is not None and res.info.nip == "198609262015051001"


def test_ni_pppk_prefix() -> None:
    res = nip.parse("NI PPPK 19960129 2023 2 1 1 010", TODAY)
    assert res.info is not None and res.info.kind == "PPPK"


separators = st.sampled_from([" ", ".", "", "  ", " . "])
prefixes = st.sampled_from(["", "NIP. ", "NIP ", "nip.", "'", "NIP: "])


@given(
    birth=st.dates(date(1960, 1, 1), date(2000, 12, 31)),
    years=st.integers(18, 25),
    month=st.integers(1, 12),
    sex=st.sampled_from("LP"),
    serial=st.integers(1, 999),
    sep=separators,
    prefix=prefixes,
)
def test_any_written_form_normalises_to_the_same_nip(
    birth: date, years: int, month: int, sex: str, serial: int, sep: str, prefix: str
) -> None:
    value = nip.make_nip(birth, birth.year + years, month, sex, serial)
    written = prefix + sep.join([value[:8], value[8:14], value[14], value[15:]])
    assert nip.normalize(written) == value
    res = nip.parse(written, TODAY)
    assert res.info is not None
    assert (res.info.nip, res.info.birth_date, res.info.sex) == (value, birth, sex)
    assert nip.normalize(res.info.formatted) == value


@given(st.text(max_size=30))
def test_parse_never_crashes(text: str) -> None:
    res = nip.parse(text, TODAY)
    assert res.ok != (res.error is not None)
