"""Pembebasan sementara dari tugas jabatan (issue 16): only for a case likely to end in a
hukuman disiplin berat, recorded as append-only ``suspension`` entries with its pejabat
pelaksana harian, printed as a versioned case document with the verification QR, ended by the
decision or by hand; through the service and the CLI."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.errors import NetraError
from desktop.services import cases
from desktop.services.cases import exam as case_exam
from desktop.services.cases import exam_docs as case_exam_docs
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from desktop.services.printing import case_verification
from desktop.store.models import CaseExamEntry
from tests.cases.test_exam_e2e import PEOPLE, intake, member, ok, to_recommendation
from tests.cases.test_exam_e2e import roster as roster  # the fixture
from tests.conftest import CliRunner

ACTING = ("Oktovianus Ralahalu", "19780303 200312 2 005")


def _berat(cli: CliRunner) -> str:
    case_id = intake(cli, "berat", "D7", "2025-03-17")
    rec = to_recommendation(cli, case_id, "D7")
    assert rec["output"]["level"] == "berat"
    return case_id


def _sedang(cli: CliRunner) -> str:
    case_id = intake(cli, "sedang", "D13", "2025-03-17")
    rec = to_recommendation(cli, case_id, "D13")
    assert rec["output"]["level"] == "sedang"
    return case_id


def test_refused_for_a_case_not_berat(
    cli: CliRunner, ctx: AppContext, roster: dict[str, str]
) -> None:
    case_id = _sedang(cli)
    with pytest.raises(NetraError) as err:
        case_exam.suspend(
            ctx,
            case_id,
            acting_official=ACTING[0],
            official_nip=ACTING[1],
            start=date(2025, 4, 15),
            reason="Untuk kelancaran pemeriksaan.",
        )
    assert err.value.code == "suspension_not_berat"
    assert "hukuman disiplin berat" in err.value.message_id and "'sedang'" in err.value.message_id
    with ctx.read() as session:
        assert case_exam.entries(session, case_id, "suspension") == []  # nothing stored
    # the CLI: exit 2 with error/code, no traceback
    res = cli("case", "suspend", case_id, "--official", ACTING[0], "--official-nip", ACTING[1],
              "--start", "2025-04-15", "--reason", "Untuk kelancaran pemeriksaan.", "--json")  # fmt: skip
    assert res.code == 2, res.out + res.err
    body = json.loads(res.out or res.err)
    assert body["code"] == "suspension_not_berat" and "Traceback" not in res.err


def test_refused_before_examination_and_without_official(
    cli: CliRunner, ctx: AppContext, roster: dict[str, str]
) -> None:
    case_id = intake(cli, "berat", "D7", "2025-03-17")  # still at intake: not in examination
    with pytest.raises(NetraError) as err:
        case_exam.suspend(ctx, case_id, acting_official=ACTING[0], official_nip=ACTING[1],
                          start=date(2025, 4, 15), reason="Untuk kelancaran pemeriksaan.")  # fmt: skip
    assert err.value.code == "wrong_state"
    to_recommendation(cli, case_id, "D7")
    with pytest.raises(NetraError) as err:
        case_exam.suspend(ctx, case_id, acting_official=ACTING[0], official_nip="1978",
                          start=date(2025, 4, 15), reason="Untuk kelancaran pemeriksaan.")  # fmt: skip
    assert err.value.code == "suspension_official_required"
    with pytest.raises(NetraError) as err:
        case_exam.suspend(ctx, case_id, acting_official=ACTING[0], official_nip=ACTING[1],
                          start=date(2025, 4, 15), reason="  ")  # fmt: skip
    assert err.value.code == "suspension_reason_required"
    with pytest.raises(NetraError) as err:
        case_exam.lift(ctx, case_id)
    assert err.value.code == "suspension_none"


def test_berat_case_suspended_printed_verified_and_lifted_by_decision(
    cli: CliRunner, ctx: AppContext, roster: dict[str, str], tmp_path: Path
) -> None:
    case_id = _berat(cli)
    ok(cli("case", "team", case_id, "--member", member("camat", "atasan_langsung"),
           "--member", member("inspektur", "inspektorat"), "--member", member("bkpsdm", "bkpsdm")))  # fmt: skip
    res = case_exam.suspend(
        ctx,
        case_id,
        acting_official=ACTING[0],
        official_nip=ACTING[1],
        start=date(2025, 4, 15),
        reason="Untuk kelancaran pemeriksaan atas dugaan pelanggaran berat.",
    )
    assert res.suspension.active and res.suspension.entry["official_nip"] == "197803032003122005"
    assert (
        res.suspension.entry["level"] == "berat"
        and res.suspension.entry["level_source"] == "rekomendasi"
    )
    assert res.suspension.entry["by"]["name"] == PEOPLE["camat"][1]  # the atasan langsung suspends
    with ctx.read() as session:
        rows = case_exam.entries(session, case_id, "suspension")
        assert len(rows) == 1 and rows[0].sha256 and rows[0].chain_seq
    assert case_exam.exam_state(ctx, case_id).to_json()["suspension"]["active"]
    assert cases.show(ctx, case_id).to_json()["suspension"]["acting_official"] == ACTING[0]

    # ---- the decree: letterhead and the QR, versioned like the summons/BAP
    state = case_exam.exam_state(ctx, case_id).to_json()
    assert "suspension" in state["available_documents"]
    out = tmp_path / "pembebasan.pdf"
    doc = case_exam_docs.write_document(ctx, case_id, "suspension", out)
    assert doc.to_json()["version"] == 1 and doc.to_json()["title"].startswith(
        "Keputusan Pembebasan Sementara"
    )
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "PEMBEBASAN SEMENTARA" in text and ACTING[0] in text
    assert "19780303 200312 2 005" in text and PEOPLE["berat"][1] in text
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1",
                    str(out), str(tmp_path / "page")], check=True)  # fmt: skip
    png = next(tmp_path.glob("page-*.png"))
    qr = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True,
                        check=True).stdout.strip()  # fmt: skip
    checked = case_verification.verify_document(ctx, qr)
    assert checked["valid"] and checked["document"]["kind"] == "suspension", checked
    again = case_exam_docs.produce(ctx, case_id, "suspension")
    assert (
        again.reused and again.version == 1 and not again.changes
    )  # unchanged content, same version

    # ---- a decision ends the suspension: a superseding entry, the decree itself unchanged
    case_sanctions.decide(ctx, case_id, "7", "800/12/BKPSDM/2025", date(2025, 5, 5), "Bupati")
    sus = case_exam.exam_state(ctx, case_id).to_json()["suspension"]
    assert not sus["active"] and sus["lift_reason"] == "decision"
    assert sus["lifted_on"] == "2025-05-05" and sus["acting_official"] == ACTING[0]
    with ctx.read() as session:
        rows = case_exam.entries(session, case_id, "suspension")
        assert len(rows) == 2 and rows[1].supersedes_id == rows[0].id
        assert session.get(CaseExamEntry, rows[0].id) is not None  # evidence kept
    assert case_exam_docs.produce(ctx, case_id, "suspension").version == 1
    with pytest.raises(NetraError) as err:
        case_exam.lift(ctx, case_id)
    assert err.value.code == "suspension_none"


def test_cli_suspend_lift_and_case_show(
    cli: CliRunner, roster: dict[str, str], tmp_path: Path
) -> None:
    case_id = _berat(cli)
    assert cli("case", "show", case_id, "--json").json_object()["suspension"] is None
    res = ok(cli("case", "suspend", case_id, "--official", ACTING[0], "--official-nip",
                 ACTING[1], "--start", "2025-04-15", "--reason",
                 "Untuk kelancaran pemeriksaan.", "--json"))  # fmt: skip
    assert res["active"] and res["start"] == "2025-04-15" and res["acting_official"] == ACTING[0]
    shown = cli("case", "show", case_id, "--json").json_object()
    assert shown["suspension"]["active"] and shown["suspension"]["official_nip"] == (
        "197803032003122005"
    )
    assert "Pembebasan sementara sejak 2025-04-15" in ok(cli("case", "exam", case_id))
    doc = ok(cli("case", "document", case_id, "--kind", "suspension", "--out",
                 str(tmp_path / "s.pdf"), "--json"))  # fmt: skip
    assert doc["kind"] == "suspension" and doc["version"] == 1
    lifted = ok(cli("case", "lift", case_id, "--date", "2025-04-30", "--json"))
    assert not lifted["active"] and lifted["lifted_on"] == "2025-04-30"
    assert lifted["lift_reason"] == "manual"
    assert cli("case", "show", case_id, "--json").json_object()["suspension"]["active"] is False
    again = cli("case", "lift", case_id, "--json")
    assert again.code == 2 and json.loads(again.out or again.err)["code"] == "suspension_none"
    text = ok(cli("case", "suspend", case_id, "--official", ACTING[0], "--official-nip",
                  ACTING[1], "--start", "2025-05-02", "--reason",
                  "Pemeriksaan lanjutan memerlukan pembebasan."))  # fmt: skip
    assert "dibebaskan sementara" in text and "2025-05-02" in text


# ---------------------------------------------------------------------------- GUI
def test_examination_tab_suspends_refuses_and_ends(
    qtbot: Any, ui: Any, cli: CliRunner, ctx: AppContext, roster: dict[str, str]
) -> None:
    from desktop.ui.cases.exam_dialogs import LiftSuspensionDialog, SuspensionDialog
    from tests.cases.test_exam_gui import open_case, settle

    # a sedang case: the dialog stays open with the service's Indonesian reason
    d = _sedang(cli)
    view = open_case(qtbot, ui, d)
    tab = view.exam
    assert tab.buttons["suspend"].isEnabled()
    dialog = tab.open_suspension()
    assert isinstance(dialog, SuspensionDialog)
    dialog.official.name.setText(ACTING[0])
    dialog.official.nip.setText(ACTING[1])
    dialog.reason.setPlainText("Untuk kelancaran pemeriksaan.")
    dialog.save()
    settle(qtbot, ui)
    assert dialog.isVisible() and "hukuman disiplin berat" in dialog.message.text()
    dialog.reject()

    # a berat case: the acting official from the roster, the decree made from the tab
    c = _berat(cli)
    view.load(c)
    settle(qtbot, ui)
    dialog = tab.open_suspension()
    assert isinstance(dialog, SuspensionDialog)
    dialog.official.search.setText("Ralahalu")
    dialog.official.search_roster()
    settle(qtbot, ui)
    assert dialog.official.matches.count() == 1
    dialog.reason.setPlainText("Untuk kelancaran pemeriksaan atas dugaan pelanggaran berat.")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.save()
    settle(qtbot, ui)
    sus = case_exam.exam_state(ctx, c).to_json()["suspension"]
    assert sus["active"] and sus["official_nip"] == "197803032003122005"
    view.load(c)
    settle(qtbot, ui)
    assert tab.buttons["suspend"].text() in ("End temporary suspension…",
                                             "Akhiri pembebasan sementara…")  # fmt: skip
    assert tab.kind.findData("suspension") >= 0
    tab.kind.setCurrentIndex(tab.kind.findData("suspension"))
    tab.make_button.click()
    settle(qtbot, ui)
    docs = case_exam.exam_state(ctx, c).to_json()["documents"]
    assert [(d["kind"], d["version"]) for d in docs] == [("suspension", 1)]
    lift = tab.open_suspension()
    assert isinstance(lift, LiftSuspensionDialog)
    with qtbot.waitSignal(lift.accepted, timeout=20_000):
        lift.save()
    settle(qtbot, ui)
    assert case_exam.exam_state(ctx, c).to_json()["suspension"]["active"] is False
