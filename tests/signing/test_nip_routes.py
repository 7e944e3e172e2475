"""The copies left after issue 15's "one place per concept" go through the one reader: the
signing commands find a person from a NIP in any written form (``roster.employee_by_nip``),
their "not found" comes from the table of error codes (``employee_unknown`` kept as the
spelling scripts compare), the examination documents print a NIP as every other document
does (``domain.nip.format_nip``), and the signing and home-page services read units through
``services/unit_queries``."""

from __future__ import annotations

import ast
from pathlib import Path

import pypdfium2
import pytest

from desktop.documents import case_exam_pdf
from desktop.documents.letterhead import Letterhead
from desktop.domain.errors import NetraError
from desktop.services import dashboard, signing, unit_queries
from desktop.services.context import AppContext
from desktop.services.records import tombstone
from desktop.services.signing import counting as signing_people
from desktop.store.models import SigningEvent, Unit
from tests.conftest import CliRunner
from tests.signing.conftest import Setup

CAMAT = "197003121995031004"  # Drs. Yohanis Letelay, M.Si.
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.mark.parametrize(
    "written",
    ["NIP. 19700312.199503.1.004", "19700312 199503 1 004", "'197003121995031004"],
)
def test_pact_sign_finds_the_nip_as_written(
    cli: CliRunner, setup: Setup, strokes_file: Path, written: str
) -> None:
    """The regression: ``find_employee`` only took the spaces out, so the dotted NIP with
    its label (as a printed pact or an SK writes it) found nobody (exit 2)."""
    res = cli(
        "pact", "sign", "--event", setup.event_id, "--nip", written,
        "--strokes", str(strokes_file), "--json",
    )  # fmt: skip
    assert res.code == 0, res.err
    listed = cli("pact", "list", "--event", setup.event_id, "--json").json()
    assert isinstance(listed, list)
    assert [r["nip"] for r in listed] == [CAMAT]


def test_pact_refuse_finds_the_nip_as_written(
    cli: CliRunner, ctx: AppContext, setup: Setup
) -> None:
    res = cli(
        "pact", "refuse", "--event", setup.event_id, "--nip", "NIP 19700312-199503-1-004",
        "--reason", "sedang dinas luar", "--json",
    )  # fmt: skip
    assert res.code == 0, res.err
    camat = setup.roster.employees[CAMAT]
    assert signing.find_employee(ctx, nip=" 19700312 199503 1 004 ") == camat
    assert (
        signing.find_employee(ctx, nip="１９７００３１２１９９５０３１００４") == camat
    )  # full-width


def test_unknown_person_comes_from_the_table(
    cli: CliRunner, setup: Setup, ctx: AppContext, strokes_file: Path
) -> None:
    """Through ``EMPLOYEE_NOT_FOUND``: the old spelling under ``error`` for scripts, the
    canonical one under ``code``, and the person asked for as a detail (the hand-made
    error had no details)."""
    with pytest.raises(NetraError) as err:
        signing.find_employee(ctx, nip="19990101 202001 1 999")
    assert err.value.code == "employee_unknown"
    assert err.value.to_json() == {
        "error": "employee_unknown",
        "code": "employee_not_found",
        "message": "Pegawai '19990101 202001 1 999' tidak ditemukan.",
        "employee": "19990101 202001 1 999",
    }
    # a name is not a NIP: nobody (and not a crash)
    with pytest.raises(NetraError) as err:
        signing.find_employee(ctx, nip="Letelay")
    assert err.value.canonical == "employee_not_found"
    # an employee id that is not there (the GUI's route): the id is named
    with pytest.raises(NetraError) as err:
        signing.pact_for(ctx, setup.event_id, "tidak-ada")
    assert err.value.code == "employee_unknown"
    assert err.value.details == {"employee": "tidak-ada"}
    assert "tidak-ada" in err.value.message_id
    res = cli(
        "pact", "sign", "--event", setup.event_id, "--nip", "19990101.202001.1.999",
        "--strokes", str(strokes_file), "--json",
    )  # fmt: skip
    assert res.code == 2 and "Traceback" not in res.err
    answer = res.json()
    assert isinstance(answer, dict)
    assert answer["error"] == "employee_unknown" and answer["code"] == "employee_not_found"


def _receipt(examined: dict[str, str]) -> bytes:
    content = {
        "kind": "receipt",
        "title": "Tanda Terima Keputusan",
        "case_number": "81.08.06/2024/0001",
        "version": 1,
        "method": "langsung",
        "delivered": "2024-10-14",
        "sk_number": "800/12/KEC/2024",
        "sk_date": "2024-10-10",
        "about": "Hukuman Disiplin",
        "receiver": examined["name"],
        "place": "Ilwaki",
        "examined": examined,
    }
    head = Letterhead(lines=("PEMERINTAH KABUPATEN MALUKU BARAT DAYA", "KECAMATAN WETAR"))
    pr = case_exam_pdf.ExamPrint(head, "a4", content, "netra:test", "ABCD-EFGH")
    return case_exam_pdf.render(pr)


def _text(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_exam_documents_write_an_ni_pppk_as_every_document_does() -> None:
    """The regression: the documents' own ``_nip`` cut every 18-digit number as a PNS NIP,
    so an NI PPPK came out ``19960201 202321 1 005`` instead of ``19960201 2023 2 1 1 005``."""
    pppk = {
        "name": "Frans Kainama, A.Md.",
        "nip": "199602012023211005",
        "category": "PPPK",
        "jabatan": "Pengelola Layanan Operasional",
        "unit": "SD Negeri 1 Ilwaki",
    }
    text = _text(_receipt(pppk))
    assert "19960201 2023 2 1 1 005" in text
    assert "202321" not in text
    pns = {**pppk, "category": "PNS", "nip": "NIP. 19700312.199503.1.004"}
    assert "19700312 199503 1 004" in _text(_receipt(pns))


def test_dashboard_counts_live_units(ctx: AppContext, setup: Setup) -> None:
    assert dashboard.summary(ctx).units == 2
    with ctx.tx() as session:
        pkm = session.get(Unit, setup.roster.units["PKM"])
        assert pkm is not None
        tombstone(ctx, session, pkm)
    assert dashboard.summary(ctx).units == 1


@pytest.mark.parametrize(
    "module",
    ["services/signing/__init__.py", "services/signing/counting.py", "services/dashboard.py"],
)
def test_no_hand_made_unit_filter_or_nip_cleaning(module: str) -> None:
    """Structural: these modules read units through ``unit_queries`` (no ``Unit.deleted_at``
    of their own, no tree walk of their own) and a NIP through ``domain.nip`` (no
    ``.replace(" ", "")``)."""
    source = (DESKTOP / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    attrs = {ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert "Unit.deleted_at" not in attrs
    assert "Unit.parent_id" not in attrs
    assert '.replace(" ", "")' not in source


def test_signing_people_event_units_match_unit_queries(ctx: AppContext, setup: Setup) -> None:
    with ctx.tx() as session:
        pkm = session.get(Unit, setup.roster.units["PKM"])
        assert pkm is not None
        tombstone(ctx, session, pkm)
    with ctx.read() as session:
        event = session.get(SigningEvent, setup.event_id)
        assert event is not None
        assert signing_people.event_unit_ids(session, event) == {setup.roster.units["KEC"]}
        assert signing_people.event_unit_ids(session, event) == unit_queries.subtree_ids(
            session, setup.roster.units["KEC"]
        )


def test_receipt_ends_a_name_with_a_title_with_one_full_stop() -> None:
    """Seen on the rendered receipt: "... oleh Frans Kainama, A.Md.." (the sentence's full
    stop after the title's)."""
    text = _text(_receipt({"name": "Frans Kainama, A.Md.", "nip": "199602012023211005"}))
    assert "oleh Frans Kainama, A.Md." in text and "A.Md.." not in text
    assert "oleh Agustina Ririmasse." in _text(_receipt({"name": "Agustina Ririmasse"}))
