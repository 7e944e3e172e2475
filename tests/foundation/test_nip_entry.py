"""A person is found from any form a user types or a document prints (issue 14, point 9):
a NIP with spaces, dots and a "NIP." label, the id ``roster list --json`` prints, a non-ASN
worker's NIK or name. Through the CLI, as an operator's script would."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.domain import handwriting, nip
from desktop.services import signing
from desktop.services.context import AppContext
from tests.conftest import CliRunner
from tests.signing.conftest import Setup, make_event, make_roster

CAMAT = "197003121995031004"  # Drs. Yohanis Letelay, M.Si.
PRINTED = "19700312 199503 1 004"  # as the pact prints it


@pytest.fixture
def office(ctx: AppContext) -> Setup:
    setup = make_event(ctx, make_roster(ctx))
    for key, seed in ((CAMAT, 1), ("Petrus Matruty", 2)):
        signing.sign(
            ctx,
            setup.event_id,
            setup.roster.employees[key],
            handwriting.signature(random.Random(seed)),
        )
    return setup


@pytest.mark.parametrize(
    "written",
    [
        "19700312 199503 1 004",
        "NIP. 19700312 199503 1 004",
        "NIP 19700312.199503.1.004",
        "nip:197003121995031004",
        " 19700312-199503-1-004 ",
        "'197003121995031004",
    ],
)
def test_normalize_reads_every_written_form(written: str) -> None:
    assert nip.normalize(written) == CAMAT


def _list(cli: CliRunner, *extra: str) -> list[dict[str, object]]:
    result = cli("roster", "list", "--json", *extra)
    assert result.code == 0, result.err
    items = result.json()["items"]  # type: ignore[index]
    assert isinstance(items, list)
    return items


def test_pact_print_finds_the_nip_as_printed_on_the_pact(
    cli: CliRunner, office: Setup, tmp_path: Path
) -> None:
    for written in (PRINTED, f"NIP. {PRINTED}"):
        out = tmp_path / "one.pdf"
        result = cli("pact", "print", "--nip", written, "--out", str(out), "--json")
        assert result.code == 0, result.err
        assert result.json()["signed"] == 1  # type: ignore[index]
        assert out.read_bytes().startswith(b"%PDF")


def test_a_non_asn_worker_is_printed_alone_by_id_nik_or_name(
    cli: CliRunner, office: Setup, tmp_path: Path
) -> None:
    worker = next(i for i in _list(cli) if i["category"] == "NON_ASN")
    assert worker["nip"] is None
    for key in (str(worker["id"]), "matruty", "81080101019 00004"):
        out = tmp_path / "worker.pdf"
        result = cli("pact", "print", "--person", key, "--out", str(out), "--json")
        assert result.code == 0, (key, result.err)
        assert result.json()["signed"] == 1  # type: ignore[index]
        assert out.exists()


def test_an_ambiguous_or_unknown_person_is_a_clear_error(
    cli: CliRunner, office: Setup, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    result = cli("pact", "print", "--person", "us", "--out", str(out))
    assert result.code == 2
    assert "lebih dari satu" in result.err and "Agustinus Rumlus" in result.err
    assert "Traceback" not in result.err and not out.exists()
    result = cli("pact", "print", "--nip", "19990101 202001 1 999", "--out", str(out))
    assert result.code == 2 and "tidak ditemukan" in result.err
    assert not out.exists()


def test_roster_transfer_and_deactivate_accept_the_listed_id(cli: CliRunner, office: Setup) -> None:
    worker = next(i for i in _list(cli) if i["category"] == "NON_ASN")
    result = cli("roster", "transfer", str(worker["id"]), "--unit", "PKM", "--json")
    assert result.code == 0, result.err
    moved = next(i for i in _list(cli) if i["id"] == worker["id"])
    assert moved["unit_code"] == "PKM"
    result = cli("roster", "deactivate", str(worker["id"]), "--reason", "pensiun", "--json")
    assert result.code == 0, result.err
    gone = next(i for i in _list(cli) if i["id"] == worker["id"])
    assert gone["active"] is False


def test_roster_commands_accept_a_nip_in_any_printed_form(cli: CliRunner, office: Setup) -> None:
    result = cli("roster", "transfer", f"NIP. {PRINTED}", "--unit", "PKM", "--json")
    assert result.code == 0, result.err
    camat = next(i for i in _list(cli) if i["nip"] == CAMAT)
    assert camat["unit_code"] == "PKM"
    result = cli("roster", "deactivate", PRINTED, "--reason", "pensiun")
    assert result.code == 0, result.err
    assert next(i for i in _list(cli) if i["nip"] == CAMAT)["active"] is False
