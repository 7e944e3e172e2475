"""Printing details (issue 14, points 5, 6 and 8): a witness is not on their own pact, one
NIP style, names and numbers wrap only where they may, the recap names the apel, the
election and ends with a sign-off, and every PDF carries real document information."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop import __version__
from desktop.documents import fonts
from desktop.documents.fonts import SERIF, SERIF_BOLD
from desktop.documents.pact_pdf import wrap_name, wrap_number
from desktop.services import printing
from desktop.services.context import AppContext
from tests.printing.conftest import LONG_NAME, PEOPLE, WITNESSES, make_world

MM = 72 / 25.4
SEKCAM = {
    "name": "Drs. Agustinus Lewerissa, M.Si",
    "nip": "196805121994031007",
    "golongan": "IV/b",
    "jabatan": "Sekretaris Kecamatan",
}


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", "-isodates", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return {k.strip(): v.strip() for k, v in (ln.split(":", 1) for ln in out.splitlines())}


def test_wrap_name_keeps_titles_with_the_name() -> None:
    fonts.register()
    name = "Drs. Agustinus Lewerissa, M.Si"
    for width_mm in (30, 36, 42, 48):
        lines = wrap_name(name, SERIF_BOLD, 9.5, width_mm * MM)
        assert " ".join(lines) == name
        assert "M.Si" not in lines and "Drs." not in lines, lines
        assert all(not line.endswith(",") for line in lines), lines
    assert wrap_name(name, SERIF_BOLD, 9.5, 40 * MM) == ["Drs. Agustinus", "Lewerissa, M.Si"]
    assert wrap_name(name, SERIF_BOLD, 9.5, 80 * MM) == [name]
    # very long names: every line inside the width, the words all there
    for width_mm in (30, 45, 60):
        lines = wrap_name(LONG_NAME, SERIF_BOLD, 9.5, width_mm * MM)
        assert all(fonts.width(x, SERIF_BOLD, 9.5) <= width_mm * MM for x in lines)
        assert "".join(lines).replace(" ", "") == LONG_NAME.replace(" ", "")
        assert lines[0].startswith("Dr. Hj. Maria")  # front titles never alone


def test_wrap_number_never_splits_the_number() -> None:
    fonts.register()
    for text in ("NI PPPK 19960201 2023 2 1 1 005", "NIP 19850315 201001 1 002"):
        number = text.split(" ", 2 if text.startswith("NI ") else 1)[-1]
        for width_mm in (48, 51, 60):
            lines = wrap_number(text, SERIF, 9.5, width_mm * MM)
            assert number in lines or text in lines, lines
    assert wrap_number("NIK 8108064107900002", SERIF, 9.5, 200 * MM) == ["NIK 8108064107900002"]


@pytest.fixture
def office_world(ctx: AppContext) -> object:
    witnesses = [*WITNESSES, {"name": SEKCAM["name"], "position": "Sekretaris Kecamatan"}]
    return make_world(ctx, [*PEOPLE, SEKCAM], witnesses)


def test_witness_not_on_own_pact_and_one_nip_style(
    ctx: AppContext, office_world: object, tmp_path: Path
) -> None:
    own = tmp_path / "own.pdf"
    printing.print_to_file(ctx, printing.Selection(nip=SEKCAM["nip"]), own)
    text = _text(own)
    assert text.count("Drs. Agustinus") == 2  # identity block and the signer, not a witness
    assert "Mengetahui," in text and "Ketua Panwaslu" in text  # the other witnesses remain
    other = tmp_path / "other.pdf"
    printing.print_to_file(ctx, printing.Selection(nip="198503152010011002"), other)
    text = _text(other)
    assert "Sekretaris Kecamatan" in text and text.count("Drs. Agustinus") == 1
    assert "NIP 19700101 199003 1 010" in text  # the witness as the signer: "NIP 19…"
    assert "NIP." not in text


def test_witness_matched_by_nip(ctx: AppContext, tmp_path: Path) -> None:
    camat = {"name": "Drs. Benyamin Noach, M.Si.", "nip": "197001011990031010"}
    world = make_world(ctx, [{**camat, "golongan": "IV/b", "jabatan": "Camat"}], WITNESSES)
    out = tmp_path / "camat.pdf"
    printing.print_to_file(ctx, printing.Selection(event_id=world.event_id), out)
    text = _text(out)
    assert text.count("Benyamin Noach") == 2
    assert "Ketua Panwaslu" in text
    assert text.count("Camat Wetar") == text.count("Kantor Camat Wetar")  # not as witness


def test_recap_names_apel_election_and_signs_off(
    ctx: AppContext, office_world: object, tmp_path: Path
) -> None:
    world = office_world
    out = tmp_path / "recap.pdf"
    printing.print_to_file(
        ctx,
        printing.Selection(event_id=world.event_id),  # type: ignore[attr-defined]
        out,
        recap=True,
    )
    text = _text(out, "-layout")
    assert "Apel: 30 September 2024, Ilwaki" in text
    assert "Pilkada Serentak 2024 (pemungutan suara 27 November 2024)" in text
    assert "Camat Wetar," in text and "Drs. Benyamin Noach, M.Si." in text
    assert "NIP 19700101 199003 1 010" in text
    assert "30-09-2024 09.14" in text  # the time on one line, written as on the pact
    assert "19960201 2023 2 1 1 005" in text
    # a selection without an event: the office head's title and a line to write the name on
    unit = tmp_path / "unit.pdf"
    printing.print_to_file(ctx, printing.Selection(unit_code="81.08.06.K02"), unit, recap=True)
    text = _text(unit, "-layout")
    assert "Camat Wetar," in text and "(......" in text and "Apel:" not in text


def test_pact_and_recap_metadata(ctx: AppContext, office_world: object, tmp_path: Path) -> None:
    world = office_world
    before = datetime.now().astimezone() - timedelta(minutes=1)
    for recap in (False, True):
        out = tmp_path / f"meta-{recap}.pdf"
        printing.print_to_file(
            ctx,
            printing.Selection(event_id=world.event_id),  # type: ignore[attr-defined]
            out,
            recap=recap,
        )
        info = _info(out)
        assert info["Author"] == "Kecamatan Wetar"
        assert info["Creator"] == info["Producer"] == f"Netra {__version__}"
        assert "Apel Ikrar Netralitas ASN Kecamatan Wetar" in info["Title"]
        assert "Pakta Integritas Netralitas" in info["Subject"]
        created = datetime.fromisoformat(info["CreationDate"])
        assert created >= before and created.utcoffset() == timedelta(hours=9)  # WIT
