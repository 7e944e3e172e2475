"""Everything of the examination and the national path in one read, for the case page and
``--json``.
"""

from __future__ import annotations

import json
from datetime import date

from desktop.domain.case_view import CatchAllCode, ExamState, Suspension
from desktop.services.cases.exam.bap import bap_json
from desktop.services.cases.exam.base import (
    employee_of,
    entries,
    entry_data,
    latest,
    latest_recommendation,
    required_body,
)
from desktop.services.cases.exam.classification import classifications_of
from desktop.services.cases.exam.delivery import objection_json
from desktop.services.cases.exam.references import references_json
from desktop.services.cases.exam.summons import schedules, without_examination
from desktop.services.cases.exam.suspension import suspension_json
from desktop.services.cases.exam.team import signer_list, team_of
from desktop.services.cases.exam_docs.content import available_kinds
from desktop.services.cases.exam_docs.versions import list_documents_in
from desktop.services.cases.records import active_book, find_case, proven_codes
from desktop.services.context import AppContext


def exam_state(ctx: AppContext, ref: str, today: date | None = None) -> ExamState:
    """Everything of the examination and the national path, for the case page and ``--json``."""
    ctx.require("view")
    with ctx.read() as session:
        case = find_case(session, ref)
        rec = latest_recommendation(session, case.id)
        output = json.loads(rec.output_json) if rec else None
        book = active_book(ctx, session)
        codes = proven_codes(session, case.id) or json.loads(case.alleged_codes_json)
        catch_all = [
            c for c in codes if c in book.violations and book.violations[c].classification_required
        ]
        classified = classifications_of(session, case.id, catch_all)
        team = team_of(session, case.id)
        bap = latest(session, case.id, "bap")
        lhp = latest(session, case.id, "lhp")
        receipt = latest(session, case.id, "receipt")
        plans = schedules(session, case.id)
        emp = employee_of(session, case)
        suspension = suspension_json(session, case.id)
        return ExamState(
            case_id=case.id,
            number=case.number,
            state=case.state,
            required_body=required_body(output) if output else None,
            team=team,
            # who signs the BAP, in the order record_bap takes the examiners' strokes
            bap_signers=tuple(signer_list(team, None)),
            catch_all=tuple(CatchAllCode(c, classified.get(c)) for c in catch_all),
            summonses=tuple(plans),
            absences=tuple(entry_data(e) for e in entries(session, case.id, "absent")),
            without_examination=without_examination(session, case.id),
            bap=bap_json(session, bap) if bap else None,
            lhp={
                "id": lhp.id,
                "created_at": lhp.created_at,
                "sha256": lhp.sha256,
                **entry_data(lhp),
            }
            if lhp
            else None,
            receipt={"id": receipt.id, **entry_data(receipt)} if receipt else None,
            references=references_json(ctx, session, case, today),
            objection=objection_json(ctx, session, case, today),
            suspension=Suspension(suspension) if suspension is not None else None,
            documents=tuple(list_documents_in(session, case.id)),
            available_documents=tuple(available_kinds(session, case)),
            examined_name=(emp.name if emp else "") or case.reported_name or "",
        )
