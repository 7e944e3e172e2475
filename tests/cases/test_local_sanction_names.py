"""Sanction names from the active rulebook, local layer included (issue 15): a kabupaten's
local PPPK layer (its Perbup) may rename a sanction type through ``type_names``; the printed
decision, the nota dinas, the read model and the I'DIS/SIASN index then use the local name,
never the national PPPK wording."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.canonical import canonical_json
from desktop.domain.rulebook import load_local_layer
from desktop.services import cases, rules
from desktop.services.cases import documents as case_documents
from desktop.services.cases import exam_docs as case_exam_docs
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from desktop.services.records import stamp_new
from desktop.services.reference import rulebook_id
from desktop.store.models.cases import Rulebook as RulebookRow
from tests.cases.conftest import Driver
from tests.cases.test_pdf import pdf_text
from tests.rules.test_local_layer import layer_text

LOCAL_9 = "pemutusan perjanjian kerja menurut Perbup Maluku Barat Daya"


def _receive_layer(ctx: AppContext, text: str) -> None:
    """The layer row as the hub's answer package brings it to an office (a row of the synced
    ``rulebook`` table, active); loading it is the hub's (``rules.load_local_layer_file``)."""
    layer = load_local_layer(text)
    with ctx.tx() as session:
        row = RulebookRow(
            id=rulebook_id(layer.sha256),
            name=f"{rules.LAYER_ROW_PREFIX}{layer.name}",
            version=layer.version,
            sha256=layer.sha256,
            content_json=canonical_json(dict(layer.data)).decode("utf-8"),
            active=True,
        )
        stamp_new(ctx, session, row)


def test_a_local_name_is_printed_on_the_decision(
    ctx: AppContext, drive: Driver, people: dict[str, str], tmp_path: Path
) -> None:
    national = rules.shipped_rulebook().sanction_name(9, "PPPK")
    _receive_layer(ctx, layer_text("2026.1", type_names={"9": LOCAL_9}))
    assert rules.effective_rulebook(ctx).sanction_name(9, "PPPK") == LOCAL_9
    case = drive(people["pppk"], ["D2", "E4"])
    assert "9" in [str(t) for t in case["recommendation"]["output"]["allowed_types"]]

    label = LOCAL_9[0].upper() + LOCAL_9[1:]
    draft = pdf_text(case_exam_docs.produce(ctx, case["id"], "sk").pdf, tmp_path)
    assert f"Menjatuhkan {label} kepada" in draft
    assert f"Menjatuhkan {national[0].upper() + national[1:]}" not in draft

    dec = case_sanctions.decide(
        ctx, case["id"], "9", "800/9/BKPSDM/2024", date(2024, 12, 16), decided_by="Bupati"
    )
    assert dec.sanction_label == label
    assert cases.show(ctx, case["id"]).to_json()["decision"]["sanction_label"] == label
    listed = next(c for c in cases.list_cases(ctx) if c["id"] == case["id"])
    assert listed["follow_up"]["sanction"] == label
    assert case_exam_docs.index_row(ctx, case["id"])["sanction_name"] == label

    decision = pdf_text(case_exam_docs.produce(ctx, case["id"], "sk").pdf, tmp_path)
    assert f"Menjatuhkan {label}," in decision  # ", disertai sanksi moral ..."
    nota = pdf_text(
        case_documents.render(ctx, case["id"], "recommendation", date(2024, 12, 17)), tmp_path
    )
    summary = pdf_text(
        case_documents.render(ctx, case["id"], "summary", date(2024, 12, 17)), tmp_path
    )
    assert LOCAL_9 in nota  # the allowed choices
    assert label in summary  # the decision's line
