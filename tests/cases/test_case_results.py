"""Every mutating case service returns a typed result that names what it changed (issue 15):
``changes`` ({Area.CASES}; nothing for writing a PDF), left out of ``to_json``, which keeps
the CLI's ``--json`` document of before. The case page and the admin page no longer name the
area by hand: the result reaches the app-level "changed" signal by itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.case_view import CaseDetail
from desktop.services import cases
from desktop.services.cases import documents as case_documents
from desktop.services.cases import evidence as case_evidence
from desktop.services.cases import exam as case_exam
from desktop.services.cases import exam_docs as case_exam_docs
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.cases.model import (
    Decided,
    DocumentMade,
    EvidenceAdded,
    FollowUpSaved,
    PdfWritten,
    Recommended,
    ReferencesSaved,
    SuspensionChanged,
)
from desktop.services.changes import Area, Changes, changes_of
from desktop.services.context import AppContext
from desktop.ui.cases.page import CasesPage
from desktop.ui.context import UiContext
from desktop.ui.pages.admin import AdminPage
from tests.cases.conftest import Driver
from tests.cases.test_evidence import png_bytes
from tests.cases.test_gui import settle
from tests.cases.test_read_model import full_case

CASES = Changes.of(Area.CASES)

#: The keys of the dictionaries these services returned before they were typed.
DECISION_KEYS = [
    "id", "sanction_type", "sanction_label", "moral", "justification", "sk_number", "sk_date",
    "decided_by", "recorded_by", "delivered_date", "delivery_due", "effective_date", "end_date",
    "rulebook_version", "supersedes_id", "rulebook_sha256", "local_layer", "local_layer_sha256",
]  # fmt: skip
RECOMMENDATION_KEYS = [
    "id", "created_at", "actor", "rulebook", "rulebook_sha256", "local_layer",
    "local_layer_sha256", "local_layer_perbup", "input", "output",
]  # fmt: skip
EVIDENCE_KEYS = ["id", "filename", "mime", "size", "sha256", "added_by", "added_at", "description"]


def test_each_result_names_its_change_and_keeps_its_json(
    ctx: AppContext, drive: Driver, people: dict[str, str], tmp_path: Path
) -> None:
    case = drive(people["pns"], ["D7"], until="validasi")
    ref = case["id"]

    rec = case_sanctions.recommend(ctx, ref)
    assert isinstance(rec, Recommended) and changes_of(rec) == CASES
    assert list(rec.to_json()) == RECOMMENDATION_KEYS and "changes" not in rec.to_json()
    shown = cases.show(ctx, ref)
    assert shown.recommendation is not None
    assert rec.to_json() == shown.recommendation.to_json()

    added = case_evidence.add_bytes(ctx, ref, "foto.png", png_bytes(), "Tangkapan layar")
    assert isinstance(added, EvidenceAdded) and changes_of(added) == CASES
    assert list(added.to_json()) == EVIDENCE_KEYS
    assert added.to_json() == cases.show(ctx, ref).evidence[-1].to_json()

    refs = case_exam.set_references(ctx, ref, bawaslu="001/Reg/LP/PB/Kab/34.01/X/2024")
    assert isinstance(refs, ReferencesSaved) and changes_of(refs) == CASES
    assert refs.to_json()["bawaslu"] == "001/Reg/LP/PB/Kab/34.01/X/2024"
    assert "changes" not in refs.to_json()

    sus = case_exam.suspend(
        ctx,
        ref,
        acting_official="Oktovianus Ralahalu",
        official_nip="197803032003122005",
        start=date(2024, 11, 11),
        reason="Agar pemeriksaan berjalan lancar dan tidak mempengaruhi saksi.",
    )
    assert isinstance(sus, SuspensionChanged) and changes_of(sus) == CASES
    assert sus.suspension.active and sus.to_json()["case"] == case["number"]
    lifted = case_exam.lift(ctx, ref, on=date(2024, 11, 20), note="Selesai diperiksa.")
    assert changes_of(lifted) == CASES and not lifted.suspension.active
    assert lifted.suspension.lift_reason == "manual" and lifted.to_json()["active"] is False

    dec = case_sanctions.decide(
        ctx, ref, "7", "800/7/BKPSDM/2024", date(2024, 12, 2), decided_by="Bupati"
    )
    assert isinstance(dec, Decided) and changes_of(dec) == CASES
    assert list(dec.to_json()) == DECISION_KEYS
    assert dec.delivery_due is not None  # the decision's own result counts the delivery limit
    decision = cases.show(ctx, ref).decision
    assert decision is not None and decision.id == dec.id
    assert {**dec.to_json(), "delivery_due": None} == decision.to_json()

    written = case_documents.write_pdf(ctx, ref, "summary", tmp_path / "ringkasan.pdf")
    assert isinstance(written, PdfWritten) and not changes_of(written)  # nothing shown
    assert written.to_json() == {
        "path": str(tmp_path / "ringkasan.pdf"),
        "kind": "summary",
        "size": (tmp_path / "ringkasan.pdf").stat().st_size,
    }

    made = case_exam_docs.produce(ctx, ref, "sk")
    assert isinstance(made, DocumentMade) and changes_of(made) == CASES and not made.reused
    assert made.pdf.startswith(b"%PDF") and "pdf" not in made.to_json()
    again = case_exam_docs.write_document(ctx, ref, "sk", tmp_path / "sk.pdf")
    assert not changes_of(again)  # the same content: the same version, nothing changed
    doc = again.to_json()
    assert doc["version"] == made.version and doc["reused"] is True
    assert list(doc)[-2:] == ["path", "size"] and "pdf" not in doc

    saved = case_exam.set_follow_up_days(ctx, 21)
    assert isinstance(saved, FollowUpSaved) and changes_of(saved) == CASES
    assert saved.to_json() == cases.follow_up_setting(ctx).to_json()
    assert saved.days == 21 and saved.from_setting


def test_the_read_model_is_frozen_and_typed(ctx: AppContext, people: dict[str, str]) -> None:
    shown = cases.show(ctx, full_case(ctx, people["pns"]))
    assert isinstance(shown, CaseDetail)
    assert shown.employee is not None and shown.category == "PNS"
    assert [s.to_state for s in shown.timeline][-1] == "tindak_lanjut"
    assert shown.decision is not None and shown.decision.delivered_date == date(2024, 12, 4)
    assert shown.suspension is not None and shown.suspension.lift_reason == "decision"
    assert shown.evidence[0].is_image
    assert changes_of(shown) is None  # a read changes nothing
    try:
        shown.number = "x"  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("CaseDetail is not frozen")


def test_the_case_page_does_not_name_the_area(
    qtbot: QtBot, ui: UiContext, drive: Driver, people: dict[str, str]
) -> None:
    """The recommendation made from the case page reaches the app-level signal as CASES,
    with the case view as the initiator (it reloads itself once)."""
    case = drive(people["pns"], ["D7"], until="validasi")
    page = CasesPage(ui)
    qtbot.addWidget(page)
    page.open_case(case["id"])
    settle(qtbot, ui)
    loads = page.view.loads
    with qtbot.waitSignal(ui.bus.changed, timeout=10_000) as signal:
        page.view._recommend()
    settle(qtbot, ui)
    assert signal.args == [CASES, page.view]
    assert page.view.loads == loads + 1
    assert page.view.case is not None and page.view.case.state == "rekomendasi"


def test_the_follow_up_setting_names_its_change(qtbot: QtBot, ui: UiContext) -> None:
    page = AdminPage(ui)
    qtbot.addWidget(page)
    page.follow_rulebook.setChecked(False)
    page.follow_days.setValue(30)
    with qtbot.waitSignal(ui.bus.changed, timeout=10_000) as signal:
        page._save_follow_up()
    settle(qtbot, ui)
    assert signal.args == [CASES, page]
    assert cases.follow_up_setting(ui.app).days == 30
    assert page.follow_days.value() == 30 and not page.follow_rulebook.isChecked()
