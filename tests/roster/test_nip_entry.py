"""A NIP is read one way at every entry point (issue 15): ``domain.nip.normalize`` turns
what a user types, pastes from a decree or copies out of Excel into the 18 digits, and
``roster.employee_by_nip`` is the one lookup by NIP. ``netra pact print --nip "19750427
199904 1 001"`` found nobody while printing cleaned the NIP its own way; a NIP typed with
full-width digits (an Asian input method, a copy out of a PDF) was found by no command."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.domain import nip
from desktop.services import printing, roster
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup
from desktop.store.models import Employee, SigningEvent
from tests.conftest import CliRunner
from tests.signing.conftest import make_roster

NIP = "197504271999041001"  # the example
FULL_WIDTH = "１９７５０４２７ １９９９０４ １ ００１"
WRITTEN = [
    "19750427 199904 1 001",  # as the pact and decrees print it
    "NIP. 19750427 199904 1 001",
    "NIP: 19750427.199904.1.001",
    "19750427-199904-1-001",
    "19750427–199904–1–001",  # en dashes from a word processor
    "'197504271999041001",  # Excel's text apostrophe
    " 19750427\u00a0199904\u00a01\u00a0001 ",  # no-break spaces from a web page
    FULL_WIDTH,
    "ＮＩＰ．１９７５０４２７　１９９９０４　１　００１",  # label, dots and spaces full-width
]
PEOPLE = [
    ("Drs. Hendrik Leunupun", NIP, "PNS", "IV/a", "Camat", "KEC"),
    ("Maria Lewerissa, S.Sos.", "198405172009022003", "PNS", "III/c", "Sekretaris", "KEC"),
    ("Petrus Matruty", None, "NON_ASN", None, "Pengemudi", "PKM"),
]


@pytest.mark.parametrize("written", WRITTEN)
def test_normalize_gives_the_18_digits(written: str) -> None:
    assert nip.normalize(written) == NIP
    assert nip.as_nip(written) == NIP


def test_as_nip_is_none_for_what_is_not_a_whole_nip() -> None:
    for text in ("Budi", "1975", "19750427 199904 1", "8108010101900001", "", None):
        assert nip.as_nip(text) is None
    assert nip.normalize("٢٠٢٤") == "2024"  # other scripts' digits too
    assert nip.parse(FULL_WIDTH).ok  # and a full-width NIP is a valid NIP


@pytest.fixture
def people(ctx: AppContext) -> dict[str, str]:
    return make_roster(ctx, PEOPLE).employees


@pytest.mark.parametrize("written", WRITTEN)
def test_employee_by_nip_reads_every_form(
    ctx: AppContext, people: dict[str, str], written: str
) -> None:
    with ctx.read() as session:
        found = roster.employee_by_nip(session, written)
        assert found is not None and found.id == people[NIP]
        assert roster.employee_by_nip(session, written, excluding=people[NIP]) is None
    assert roster.find_person(ctx, written).id == people[NIP]
    owner = roster.nip_owner(ctx, written)
    assert owner is not None and owner.id == people[NIP]
    # the roster search box (the GUI's search, ``roster list --search``)
    page = roster.search(ctx, roster.RosterQuery(search=written, status="all"))
    assert [row.id for row in page.rows] == [people[NIP]]


def test_employee_by_nip_leaves_out_deleted_and_inactive_on_request(
    ctx: AppContext, people: dict[str, str]
) -> None:
    roster.deactivate(ctx, people[NIP], "pensiun")
    with ctx.read() as session:
        assert roster.employee_by_nip(session, FULL_WIDTH, active_only=True) is None
        assert roster.employee_by_nip(session, FULL_WIDTH) is not None
    with ctx.tx() as session:
        emp = session.get(Employee, people[NIP])
        assert emp is not None
        emp.deleted_at = emp.updated_at
    with ctx.read() as session:
        assert roster.employee_by_nip(session, NIP) is None
    assert roster.nip_owner(ctx, NIP) is None


@pytest.mark.parametrize("written", ["19750427 199904 1 001", FULL_WIDTH])
def test_pact_print_nip_finds_the_person(
    ctx: AppContext, cli: CliRunner, people: dict[str, str], tmp_path: Path, written: str
) -> None:
    """``netra pact print --nip "19750427 199904 1 001"`` (and its full-width twin): the
    recap for that one person names them as not signed, where it found nobody."""
    out = tmp_path / "rekap.pdf"
    res = cli("pact", "print", "--nip", written, "--recap", "--out", str(out), "--json")
    assert res.code == 0, res.err
    assert res.json()["not_signed"] == 1  # type: ignore[index]
    assert out.read_bytes().startswith(b"%PDF")
    # the service's own selection reads it the same way
    with ctx.read() as session:
        gathered = printing.gather(session, printing.Selection(nip=written))
    assert [m.name for m in gathered.missing] == ["Drs. Hendrik Leunupun"]


def test_printing_person_picker_reads_full_width_digits(
    ctx: AppContext, people: dict[str, str]
) -> None:
    found = printing.find_people(ctx, "１９７５０４２７")
    assert [c.key for c in found] == [people[NIP]]


def test_roster_cli_takes_a_full_width_nip(
    cli: CliRunner, people: dict[str, str], ctx: AppContext
) -> None:
    res = cli("roster", "transfer", FULL_WIDTH, "--unit", "PKM", "--json")
    assert res.code == 0, res.err
    listed = cli("roster", "list", "--search", FULL_WIDTH, "--json")
    assert [i["unit_code"] for i in listed.json()["items"]] == ["PKM"]  # type: ignore[index]
    res = cli(
        "roster", "add", "--name", "Yakob Ralahalu", "--unit", "KEC",
        "--nip", "ＮＩＰ．１９８８１１０６ ２０１１０１ １ ００５", "--json",
    )  # fmt: skip
    assert res.code == 0, res.err
    added = roster.get_employee(ctx, str(res.json()["id"]))  # type: ignore[index]
    assert added.data.nip == "198811062011011005"


def test_a_witness_nip_is_stored_as_its_18_digits(ctx: AppContext, people: dict[str, str]) -> None:
    election = signing_setup.add_election(ctx, "Pilkada Serentak 2024", date(2024, 11, 27))
    witness = signing_setup.parse_witness("Drs. Hendrik Leunupun|Camat Wetar|NIP. " + FULL_WIDTH)
    event = signing_setup.create_event(
        ctx,
        name="Apel Netralitas",
        election_id=election.id,
        template_code="pakta-netralitas-asn",
        event_date=date(2024, 9, 30),
        place="Ilwaki",
        unit_codes=["KEC"],
        witnesses=[witness, {"name": "Ir. Ona Leiwakabessy", "position": "Sekcam", "nip": ""}],
    )
    with ctx.read() as session:
        row = session.get(SigningEvent, event.id)
        assert row is not None
        assert '"nip": "197504271999041001"' in row.witnesses_json
        assert '"nip": ""' in row.witnesses_json
