"""The case read model (issue 15): :func:`cases.show` returns a tree of frozen dataclasses
whose ``to_json()`` is the CLI's ``netra case show --json`` document, a contract: the same
keys in the same order with the same values (and value types) as the dict the function
returned before it was typed. The golden file was written from that dict for a case taken
through every stage (evidence, recommendation, summons, suspension, decision, delivery,
closing), with ids, times and hashes replaced by placeholders."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PIL import Image

from desktop.services import cases
from desktop.services.cases import deadlines as case_deadlines
from desktop.services.cases import exam as case_exam
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import Actor, AppContext
from tests.cases.conftest import intake

GOLDEN = Path(__file__).parent / "data" / "show_golden.json"
TODAY = date(2024, 12, 20)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"\b[0-9a-f]{64}\b")


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def normalised(value: Any) -> Any:
    """The document with its key order kept, each leaf as ``type:value``, ids, hashes and
    clock times (not dates: they come from the case) as placeholders."""
    if isinstance(value, dict):
        return [[str(k), normalised(v)] for k, v in value.items()]
    if isinstance(value, list | tuple):
        return [type(value).__name__, *[normalised(v) for v in value]]
    if isinstance(value, datetime):
        return "datetime:<time>"
    if isinstance(value, str):
        text = _HEX64.sub("<sha256>", _UUID.sub("<uuid>", value))
        return f"str:{text}"
    return f"{type(value).__name__}:{value}"


def full_case(ctx: AppContext, employee_id: str) -> str:
    """A PNS case through every stage, with every part of the read model filled in."""
    ref = cases.new_case(
        ctx,
        intake(employee_id=employee_id, alleged_codes=["D7"], received=date(2024, 10, 7)),
        today=date(2024, 10, 8),
        files=[("foto.png", _png())],
    ).case_id
    cases.advance(ctx, ref, "pengecekan", "Berkas lengkap.")
    cases.advance(ctx, ref, "verifikasi", "Diteruskan ke satgas.")
    cases.advance(ctx, ref, "validasi", "Terbukti.", ["D7"])
    case_sanctions.recommend(ctx, ref)
    case_deadlines.schedule_examination(
        ctx, ref, date(2024, 11, 4), date(2024, 11, 8), time="9:00", place="Aula Kecamatan"
    )
    case_exam.suspend(
        ctx,
        ref,
        acting_official="Oktovianus Ralahalu",
        official_nip="197803032003122005",
        start=date(2024, 11, 11),
        reason="Agar pemeriksaan berjalan lancar dan tidak mempengaruhi saksi.",
    )
    case_sanctions.decide(
        ctx, ref, "7", "800/7/BKPSDM/2024", date(2024, 12, 2), decided_by="Bupati",
        today=date(2024, 12, 2),
    )  # fmt: skip
    cases.advance(ctx, ref, "tindak_lanjut", "SK disampaikan.", delivered=date(2024, 12, 4))
    return ref


def documents(ctx: AppContext, people: dict[str, str]) -> dict[str, Any]:
    """``full``: the case through every stage, read by an admin (the reporter's contact
    shown); ``new``: an anonymous report by name only, just received, read by an operator
    (no contact, no employee, a pending deadline, nothing decided)."""
    full = cases.show(ctx, full_case(ctx, people["pns"]), today=TODAY).to_json()
    new = cases.new_case(
        ctx,
        intake(anonymous=True, reporter_name="", reported_name="Anon", reported_unit="Desa"),
        today=date(2024, 10, 8),
    )
    ctx.actor = Actor("op", "operator")
    fresh = cases.show(ctx, new.case_id, today=date(2024, 10, 9)).to_json()
    return {"full": full, "new": fresh}


def test_show_json_is_the_old_document(ctx: AppContext, people: dict[str, str]) -> None:
    got = {name: normalised(doc) for name, doc in documents(ctx, people).items()}
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert got["full"] == expected["full"]
    assert got["new"] == expected["new"]


def test_exam_state_is_typed(ctx: AppContext, people: dict[str, str]) -> None:
    """The examination tab's read (``exam.exam_state``): typed at the top, the person examined
    named by the service (the tab no longer writes it into the state), not in the JSON."""
    ref = full_case(ctx, people["pns"])
    state = case_exam.exam_state(ctx, ref, today=TODAY)
    assert state.examined_name == "Yohanis Leunufna, S.Sos."
    assert state.required_body == "tim" and state.team is None
    assert [p["summons_no"] for p in state.summonses] == [1]
    assert state.suspension is not None and not state.suspended
    assert state.suspension.lift_reason == "decision"
    doc = state.to_json()
    assert "examined_name" not in doc
    assert list(doc) == [
        "case_id", "number", "state", "required_body", "team", "bap_signers", "catch_all",
        "summonses", "absences", "without_examination", "bap", "lhp", "receipt", "references",
        "objection", "suspension", "documents", "available_documents",
    ]  # fmt: skip
    assert doc["suspension"] == cases.show(ctx, ref).to_json()["suspension"]
