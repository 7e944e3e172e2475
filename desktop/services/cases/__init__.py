"""Violation reports (laporan dugaan pelanggaran): the commands (intake, linking, workflow
moves) and the read model (one case, the list, counts, the intake search).

Low-level record access (finding a case, its steps, appending one) is :mod:`case_records`;
evidence files :mod:`case_evidence`; recommendation and decision :mod:`case_sanctions`;
deadlines and the examination schedule :mod:`case_deadlines`. This module sits above them
all. Every change is one transaction, role-checked and audited; the history (CaseStep) is
append-only and ``CaseFile.state`` mirrors its newest step. Commands return a
:class:`CaseChange` (the other case modules' commands their typed results,
:mod:`desktop.services.cases.model`, each naming what it changed); :func:`show` reads the
whole case as a frozen :class:`~desktop.domain.case_view.CaseDetail` whose ``to_json()`` is
the ``netra case show --json`` document.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import workflow
from desktop.domain.case_view import CaseDetail, CaseSummary, FollowUpSetting, Step, Suspension
from desktop.domain.errors import NetraError
from desktop.domain.roster import search_terms
from desktop.domain.rulebook import Rulebook
from desktop.domain.sanctions import ALL_TYPES
from desktop.domain.workdays import Deadline
from desktop.services import audit, roster
from desktop.services.cases import deadlines as case_deadlines
from desktop.services.cases import evidence as case_evidence
from desktop.services.cases import exam as case_exam
from desktop.services.cases import records as case_records
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.cases.records import (
    CaseChange,
    CasePrefetch,
    Changed,
    active_book,
    check_codes,
    find_case,
    find_employee,
    move,
    names_book,
    person_of,
    proven_codes,
    steps_of,
    type_label,
    unit_name,
)
from desktop.services.context import AppContext
from desktop.services.office import office_today
from desktop.services.records import append_evidence, stamp_edit, stamp_new
from desktop.store.models import CaseDecision, CaseFile, CaseStep

PRIVATE_ROLES = frozenset({"admin", "verifier"})


@dataclass
class Intake:
    """What the operator types when a report comes in."""

    source: str
    received: date
    description: str
    reporter_name: str = ""
    reporter_contact: str = ""
    anonymous: bool = False
    employee_id: str | None = None
    nip: str | None = None
    reported_name: str = ""
    reported_unit: str = ""
    act_place: str = ""
    act_date: date | None = None
    alleged_codes: list[str] = field(default_factory=list)


def _bad(code: str, message_id: str, message_en: str, **details: Any) -> NetraError:
    return NetraError(code, message_id, message_en, **details)


def _next_number(session: Session, office_code: str, year: int) -> str:
    prefix = f"{office_code}/{year}/"
    numbers = session.scalars(select(CaseFile.number).where(CaseFile.number.like(prefix + "%")))
    last = max(
        (int(n.rsplit("/", 1)[1]) for n in numbers if n.rsplit("/", 1)[1].isdigit()), default=0
    )
    return f"{prefix}{last + 1:04d}"


# ---------------------------------------------------------------------------- intake
def _validate(intake: Intake, today: date) -> None:
    if intake.source not in workflow.SOURCES:
        raise _bad(
            "unknown_source",
            f"Sumber laporan '{intake.source}' tidak dikenal. Pilih salah satu: "
            f"{', '.join(workflow.SOURCES)}.",
            f"Unknown source '{intake.source}'. Choose one of: {', '.join(workflow.SOURCES)}.",
            valid=list(workflow.SOURCES),
        )
    if intake.received > today:
        raise _bad(
            "date_in_future",
            "Tanggal laporan diterima tidak boleh di masa depan.",
            "The date received cannot be in the future.",
        )
    if intake.act_date is not None and intake.act_date > intake.received:
        raise _bad(
            "act_after_receipt",
            "Tanggal kejadian tidak boleh sesudah tanggal laporan diterima.",
            "The date of the act cannot be after the date the report was received.",
        )
    if not intake.description.strip():
        raise _bad(
            "description_required",
            "Uraian kejadian wajib diisi.",
            "A description of the act is required.",
        )
    if not intake.anonymous and not intake.reporter_name.strip():
        raise _bad(
            "reporter_required",
            "Nama pelapor wajib diisi, atau tandai pelapor sebagai anonim.",
            "Give the reporter's name, or mark the reporter as anonymous.",
        )


def new_case(
    ctx: AppContext,
    intake: Intake,
    today: date | None = None,
    files: Sequence[Path | tuple[str, bytes]] = (),
) -> CaseChange:
    """Register a report (state ``diterima``) with its evidence files, in one transaction."""
    actor = ctx.require("case.intake")
    loaded = [(f.name, f.read_bytes()) if isinstance(f, Path) else f for f in files]
    with ctx.tx() as session:
        _validate(intake, today or office_today(session))  # the office's day, not the laptop's
        for name, data in loaded:
            case_evidence.check_file(name, data)
        office = ctx.office(session)
        emp = find_employee(session, intake.employee_id, intake.nip)
        if emp is None and not intake.reported_name.strip():
            raise _bad(
                "reported_required",
                "Sebutkan pegawai terlapor: NIP/ID dari daftar pegawai atau namanya.",
                "Name the reported person: NIP/id from the roster, or a name.",
            )
        codes = check_codes(ctx, session, intake.alleged_codes)
        row = CaseFile(
            number=_next_number(session, office.code, intake.received.year),
            source=intake.source,
            reporter_name="" if intake.anonymous else intake.reporter_name.strip(),
            reporter_contact=intake.reporter_contact.strip(),
            anonymous=intake.anonymous,
            received_date=intake.received,
            employee_id=emp.id if emp else None,
            reported_name=emp.name if emp else intake.reported_name.strip(),
            reported_unit=unit_name(session, emp) if emp else intake.reported_unit.strip(),
            act_place=intake.act_place.strip(),
            act_date=intake.act_date,
            description=intake.description.strip(),
            alleged_codes_json=json.dumps(codes),
            state=workflow.DITERIMA,
        )
        stamp_new(ctx, session, row)
        session.flush()
        append_evidence(
            ctx,
            session,
            CaseStep(
                case_id=row.id,
                from_state=None,
                to_state=workflow.DITERIMA,
                actor=actor.username,
                note="Laporan diterima dan dicatat.",
                proven_codes_json="[]",
                data_json=json.dumps({"source": intake.source, "alleged": codes}),
            ),
        )
        audit.record(
            ctx,
            session,
            "case.new",
            "case_file",
            row.id,
            {
                "number": row.number,
                "source": row.source,
                "alleged": codes,
                "anonymous": row.anonymous,
                "employee_id": row.employee_id,
            },
        )
        for name, data in loaded:
            case_evidence.add_in(ctx, session, row, name, data)
        return CaseChange.of(row, Changed.CREATED)


def link_employee(
    ctx: AppContext, ref: str, employee_id: str | None = None, nip: str | None = None
) -> CaseChange:
    """Link a case reported by name to the roster once the person is identified."""
    ctx.require("case.check")
    with ctx.tx() as session:
        row = find_case(session, ref)
        emp = find_employee(session, employee_id, nip)
        if emp is None:
            raise _bad(
                "employee_required",
                "Sebutkan pegawai (NIP atau ID).",
                "Name the employee (NIP or id).",
            )
        previous = row.employee_id
        row.employee_id, row.reported_name = emp.id, emp.name
        row.reported_unit = unit_name(session, emp)
        stamp_edit(ctx, session, row)
        audit.record(
            ctx,
            session,
            "case.link",
            "case_file",
            row.id,
            {"employee_id": emp.id, "previous": previous},
        )
        return CaseChange.of(row, Changed.EMPLOYEE)


# ---------------------------------------------------------------------------- workflow
def advance(
    ctx: AppContext,
    ref: str,
    to_state: str,
    note: str = "",
    proven: list[str] | None = None,
    data: dict[str, Any] | None = None,
    delivered: date | None = None,
) -> CaseChange:
    """Move a case one step. ``delivered`` (the SK delivery date) goes with tindak_lanjut."""
    workflow.check_state(to_state)
    if to_state in workflow.SPECIAL_ENTRY:
        raise _bad(
            "use_decide",
            "Tahap keputusan dicatat dengan perintah keputusan (netra case decide), "
            "lengkap dengan jenis hukuman dan nomor SK.",
            "The decision stage is recorded with 'netra case decide' (type and SK number).",
        )
    with ctx.tx() as session:
        row = find_case(session, ref)
        data = dict(data or {})
        if delivered is not None:
            if to_state != workflow.TINDAK_LANJUT:
                raise _bad(
                    "delivered_wrong_state",
                    "Tanggal penyampaian SK dicatat saat pindah ke tahap tindak lanjut.",
                    "The SK delivery date is recorded when moving to tindak_lanjut.",
                )
            workflow.transition(row.state, to_state)
            decision = case_records.record_delivery(ctx, session, row, delivered)
            data.update(delivered=delivered.isoformat(), decision_id=decision.id)
        move(ctx, session, row, to_state, note, proven, data)
        return CaseChange.of(row, Changed.STAGE)


# ---------------------------------------------------------------------------- reading
def case_summary(
    ctx: AppContext,
    session: Session,
    row: CaseFile,
    private: bool = False,
    today: date | None = None,
    pre: CasePrefetch | None = None,
) -> CaseSummary:
    """One case as the list gives it, the head of :func:`show` (``pre``: loaded for a list
    view; ``private``: the reader may see the reporter's contact)."""
    return CaseSummary(
        id=row.id,
        number=row.number,
        state=row.state,
        state_label=workflow.label(row.state),
        source=row.source,
        anonymous=row.anonymous,
        reporter_name="" if row.anonymous else row.reporter_name,
        received=row.received_date,
        reported_name=row.reported_name,
        reported_unit=row.reported_unit,
        employee=person_of(session, row.employee_id, pre),
        act_place=row.act_place,
        act_date=row.act_date,
        description=row.description,
        alleged_codes=tuple(json.loads(row.alleged_codes_json)),
        proven_codes=tuple(proven_codes(session, row.id, pre)),
        reporter_contact=row.reporter_contact if private else None,
        deadline=case_deadlines.deadline_status(ctx, session, row, today, pre),
    )


def _step(s: CaseStep) -> Step:
    return Step(
        at=s.created_at,
        from_state=s.from_state,
        to_state=s.to_state,
        to_label="Jadwal pemeriksaan" if s.from_state == s.to_state else workflow.label(s.to_state),
        actor=s.actor,
        note=s.note,
        proven_codes=tuple(json.loads(s.proven_codes_json)),
        data=json.loads(s.data_json),
        sha256=s.sha256,
    )


def show(ctx: AppContext, ref: str, today: date | None = None) -> CaseDetail:
    """Everything about a case: data, timeline, evidence, recommendation, decision; the
    sanction types named as the rulebook with the local layer names them for the person."""
    ctx.require("view")
    role = ctx.actor.role if ctx.actor else None
    with ctx.read() as session:
        row = find_case(session, ref)
        head = case_summary(ctx, session, row, private=role in PRIVATE_ROLES, today=today)
        book = names_book(ctx, session)
        suspension = case_exam.suspension_json(session, row.id)
        return CaseDetail(
            id=head.id,
            number=head.number,
            state=head.state,
            state_label=head.state_label,
            source=head.source,
            anonymous=head.anonymous,
            reporter_name=head.reporter_name,
            received=head.received,
            reported_name=head.reported_name,
            reported_unit=head.reported_unit,
            employee=head.employee,
            act_place=head.act_place,
            act_date=head.act_date,
            description=head.description,
            alleged_codes=head.alleged_codes,
            proven_codes=head.proven_codes,
            reporter_contact=head.reporter_contact,
            deadline=head.deadline,
            timezone=ctx.office(session).timezone,  # for display only; times are UTC
            timeline=tuple(_step(s) for s in steps_of(session, row.id)),
            evidence=case_evidence.items_of(session, row.id),
            recommendation=case_sanctions.latest_recommendation(session, row.id),
            decision=case_sanctions.decision_of(session, row.id, head.category, book),
            next_states=tuple(workflow.next_states(row.state)),
            suspension=Suspension(suspension) if suspension is not None else None,
            sanction_names={t: type_label(t, head.category, book) for t in ALL_TYPES},
        )


def list_cases(
    ctx: AppContext,
    state: str | None = None,
    overdue: bool = False,
    unit: str | None = None,
    code: str | None = None,
    today: date | None = None,
    office: str | None = None,
    category: str | None = None,
) -> list[dict[str, Any]]:
    """Cases, overdue ones first, then newest first; filtered by state, overdue, unit (name
    part), code, the office that made the case (``office``: at a hub, every office's cases
    are listed) and the reported person's category (PNS, CPNS, PPPK, NON_ASN). Each item
    names its ``office`` and, once decided, the decision's ``follow_up``."""
    ctx.require("view")
    if state:
        workflow.check_state(state)
    with ctx.read() as session:
        query = select(CaseFile).where(CaseFile.deleted_at.is_(None))
        if state:
            query = query.where(CaseFile.state == state)
        if office:
            query = query.where(CaseFile.origin == office.strip())
        rows = session.scalars(
            query.order_by(CaseFile.received_date.desc(), CaseFile.number.desc())
        ).all()
        pre = CasePrefetch.load(session, rows)
        book = names_book(ctx, session)
        today = today or office_today(session)
        out = []
        for row in rows:
            case = case_summary(ctx, session, row, today=today, pre=pre)
            if overdue and not case.deadline.overdue:
                continue
            if unit and unit.lower() not in (row.reported_unit or "").lower():
                continue
            if code and code.upper() not in {*case.alleged_codes, *case.proven_codes}:
                continue
            if category and case.category != category.upper():
                continue
            item = case.to_json()
            del item["description"]
            item["office"] = row.origin
            item["follow_up"] = _follow_up(
                pre.decisions.get(row.id), case.deadline.all, today, case.category, book
            )
            out.append(item)
        out.sort(key=lambda c: not c["deadline"]["overdue"])  # stable: newest first within
        return out


def _follow_up(
    decision: CaseDecision | None,
    deadlines: Sequence[Deadline],
    today: date,
    category: str | None,
    book: Rulebook,
) -> dict[str, Any] | None:
    """Where a decided case stands: SK delivered? sanction in force? objection window open?
    From the latest decision and the rulebook's delivery / effective / objection periods."""
    if decision is None:
        return None
    due = {d.key: d.date for d in deadlines}
    effective = decision.effective_date or due.get("effective")
    objection_until = due.get("objection")
    return {
        "sanction_type": decision.sanction_type,
        "sanction": type_label(decision.sanction_type, category, book),
        "sk_number": decision.sk_number,
        "sk_date": decision.sk_date,
        "delivered": decision.delivered_date is not None,
        "delivered_date": decision.delivered_date,
        "delivery_due": due.get("delivery"),
        "delivery_overdue": decision.delivered_date is None
        and due.get("delivery") is not None
        and today > due["delivery"],
        "effective_date": effective,
        "effective": effective is not None and today >= effective,
        "end_date": decision.end_date,
        "objection_until": objection_until,
        "objection_open": objection_until is not None and today <= objection_until,
    }


def case_counts(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Counts of listed cases by state, by violation code (proven, else alleged), by office."""
    by_state: dict[str, int] = {}
    by_code: dict[str, int] = {}
    by_office: dict[str, int] = {}
    for c in items:
        by_state[c["state"]] = by_state.get(c["state"], 0) + 1
        for k in c["proven_codes"] or c["alleged_codes"]:
            by_code[k] = by_code.get(k, 0) + 1
        by_office[c["office"]] = by_office.get(c["office"], 0) + 1
    return {
        "total": len(items),
        "overdue": sum(1 for c in items if c["deadline"]["overdue"]),
        "by_state": {s: by_state[s] for s in workflow.STATES if s in by_state},
        "by_code": {k: by_code[k] for k in sorted(by_code, key=workflow.code_sort_key)},
        "by_office": dict(sorted(by_office.items())),
    }


def find_people(ctx: AppContext, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Roster search for the intake and link forms, through the roster's own search (its
    index, a NIP in any written form, ``%`` and ``_`` taken as plain characters): active and
    inactive people. Text without a letter or digit finds nobody (the roster would list
    everyone)."""
    ctx.require("view")
    text = text.strip()
    if len(text) < 2 or not search_terms(text):
        return []
    page = roster.search(ctx, roster.RosterQuery(search=text, status="all"), limit=limit)
    return [
        {
            "id": e.id,
            "nip": e.nip,
            "name": e.name,
            "category": e.category,
            "golongan": e.golongan,
            "jabatan": e.jabatan,
            "unit": e.unit_name,
        }
        for e in page.rows
    ]


def case_options(ctx: AppContext) -> dict[str, Any]:
    """What the forms offer: violation codes with their acts, sources, states."""
    ctx.require("view")
    with ctx.read() as session:
        book = active_book(ctx, session)
        codes = sorted(book.codes, key=workflow.code_sort_key)
        return {
            "codes": [
                {"code": c, "act": book.violations[c].act, "track": book.violations[c].track}
                for c in codes
            ],
            "rulebook": book.name,
            "rulebook_version": book.version,
        }


def follow_up_setting(ctx: AppContext) -> FollowUpSetting:
    """The PPK's follow-up deadline after a BKN recommendation as it applies now: ``days``,
    ``counting``, ``warnings`` (UNCONFIRMED flags) and whether it comes from this
    installation's setting (``from_setting``) or from the rulebook."""
    ctx.require("view")
    with ctx.read() as session:
        return case_exam.follow_up_setting_in(ctx, session)
