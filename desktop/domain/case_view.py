"""The read model of a violation report: what ``services.cases.show`` returns, read by the
case page, the CLI and the case PDFs by attribute (mypy checks every read).

Pure data (frozen dataclasses, no database): the case services build it, the documents
(below the services) and the GUI read it. ``to_json()`` of each is the CLI's ``--json``
document, a contract: the same keys in the same order with the same values as the
dictionaries the services returned before they were typed (``tests/cases/test_read_model.py``
compares them with a golden copy). What the engine and the history store as free-form JSON (a
recommendation's input and output, a step's data, a suspension entry) is kept as the stored
mapping, with typed accessors for what is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.domain.workdays import Deadline


@dataclass(frozen=True)
class Person:
    """The reported person as the roster has them (a case linked to the roster)."""

    id: str
    nip: str | None
    name: str
    category: str
    golongan: str | None
    jabatan: str
    unit: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "nip": self.nip, "name": self.name, "category": self.category,
                "golongan": self.golongan, "jabatan": self.jabatan, "unit": self.unit}  # fmt: skip


@dataclass(frozen=True)
class DeadlineStatus:
    """The deadline pending at the case's stage (``due`` None when none is) and every
    deadline computed for the case (``all``)."""

    due: date | None
    label: str
    overdue: bool
    days_left: int | None
    all: tuple[Deadline, ...]

    def to_json(self) -> dict[str, Any]:
        return {"due": self.due, "label": self.label, "overdue": self.overdue,
                "days_left": self.days_left, "all": [d.to_json() for d in self.all]}  # fmt: skip


@dataclass(frozen=True)
class Step:
    """One step of the history (``CaseStep``); a step that keeps the stage is a schedule."""

    at: datetime
    from_state: str | None
    to_state: str
    to_label: str
    actor: str
    note: str
    proven_codes: tuple[str, ...]
    data: Mapping[str, Any]
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "from": self.from_state,
            "to": self.to_state,
            "to_label": self.to_label,
            "actor": self.actor,
            "note": self.note,
            "proven_codes": list(self.proven_codes),
            "data": dict(self.data),
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence file of a case (its bytes are read with ``evidence.content``)."""

    id: str
    filename: str
    mime: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime
    description: str

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "filename": self.filename, "mime": self.mime, "size": self.size,
                "sha256": self.sha256, "added_by": self.added_by, "added_at": self.added_at,
                "description": self.description}  # fmt: skip


@dataclass(frozen=True)
class Recommendation:
    """The newest recommendation of the engine, stored with the rulebook it used. ``input``
    and ``output`` are the engine's documents as stored; the properties read the output."""

    id: str
    created_at: datetime
    actor: str
    rulebook: str
    rulebook_sha256: str
    local_layer: str | None
    local_layer_sha256: str | None
    local_layer_perbup: str | None
    input: Mapping[str, Any]
    output: Mapping[str, Any]

    @property
    def track(self) -> str | None:
        """discipline | ethics | contract."""
        value = self.output.get("track")
        return str(value) if value is not None else None

    @property
    def level(self) -> str | None:
        value = self.output.get("level")
        return str(value) if value is not None else None

    @property
    def minimum_type(self) -> str | None:
        """The lightest type allowed (as the type's key, e.g. ``"4"``), None off discipline."""
        value = self.output.get("minimum_type")
        return str(value) if value is not None else None

    @property
    def allowed_types(self) -> tuple[str, ...]:
        return tuple(str(t) for t in self.output.get("allowed_types") or ())

    @property
    def moral(self) -> str | None:
        """tertutup | terbuka (the moral sanction's form), None when none."""
        value = self.output.get("moral")
        return str(value) if value else None

    @property
    def reference_level(self) -> str | None:
        value = self.output.get("reference_level")
        return str(value) if value else None

    @property
    def authority(self) -> str | None:
        value = self.output.get("authority")
        return str(value) if value is not None else None

    @property
    def process(self) -> str | None:
        value = self.output.get("process")
        return str(value) if value is not None else None

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(str(w) for w in self.output.get("warnings") or ())

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "actor": self.actor,
            "rulebook": self.rulebook,
            "rulebook_sha256": self.rulebook_sha256,
            "local_layer": self.local_layer,
            "local_layer_sha256": self.local_layer_sha256,
            "local_layer_perbup": self.local_layer_perbup,
            "input": dict(self.input),
            "output": dict(self.output),
        }


@dataclass(frozen=True)
class Decision:
    """The newest decision (SK) with its dates, the sanction named by the rulebook with the
    local layer (``sanction_label``) and the versions it was made under (those of the
    recommendation it followed)."""

    id: str
    sanction_type: str
    sanction_label: str
    moral: str | None
    justification: str
    sk_number: str
    sk_date: date
    decided_by: str
    recorded_by: str
    delivered_date: date | None
    delivery_due: date | None
    effective_date: date | None
    end_date: date | None
    rulebook_version: str
    supersedes_id: str | None
    rulebook_sha256: str | None
    local_layer: str | None
    local_layer_sha256: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sanction_type": self.sanction_type,
            "sanction_label": self.sanction_label,
            "moral": self.moral,
            "justification": self.justification,
            "sk_number": self.sk_number,
            "sk_date": self.sk_date,
            "decided_by": self.decided_by,
            "recorded_by": self.recorded_by,
            "delivered_date": self.delivered_date,
            "delivery_due": self.delivery_due,
            "effective_date": self.effective_date,
            "end_date": self.end_date,
            "rulebook_version": self.rulebook_version,
            "supersedes_id": self.supersedes_id,
            "rulebook_sha256": self.rulebook_sha256,
            "local_layer": self.local_layer,
            "local_layer_sha256": self.local_layer_sha256,
        }


@dataclass(frozen=True)
class Suspension:
    """The case's pembebasan sementara as its newest entry records it (``entry``: the stored
    document with ``active`` and, once lifted, when and why); the properties read it."""

    entry: Mapping[str, Any]

    @property
    def active(self) -> bool:
        return bool(self.entry.get("active"))

    @property
    def start(self) -> str | None:
        value = self.entry.get("start")
        return str(value) if value else None

    @property
    def acting_official(self) -> str:
        return str(self.entry.get("acting_official") or "")

    @property
    def lifted_on(self) -> str | None:
        value = self.entry.get("lifted_on")
        return str(value) if value else None

    @property
    def lift_reason(self) -> str | None:
        value = self.entry.get("lift_reason")
        return str(value) if value else None

    def to_json(self) -> dict[str, Any]:
        return dict(self.entry)


@dataclass(frozen=True)
class FollowUpSetting:
    """The PPK's follow-up deadline after a BKN recommendation as it applies now: ``days``,
    ``counting`` (working | calendar), ``warnings`` (UNCONFIRMED flags) and whether it comes
    from this installation's setting (``from_setting``) or from the rulebook."""

    days: int
    counting: str
    warnings: tuple[str, ...]
    from_setting: bool

    def to_json(self) -> dict[str, Any]:
        return {"days": self.days, "counting": self.counting, "warnings": list(self.warnings),
                "from_setting": self.from_setting}  # fmt: skip


@dataclass(frozen=True)
class CaseSummary:
    """A case as the list shows it (and the head of :class:`CaseDetail`).

    ``reporter_contact`` is None when the reader may not see it (it is then left out of the
    JSON, as before); ``employee`` is None while the case is not linked to the roster."""

    id: str
    number: str
    state: str
    state_label: str
    source: str
    anonymous: bool
    reporter_name: str
    received: date
    reported_name: str
    reported_unit: str
    employee: Person | None
    act_place: str
    act_date: date | None
    description: str
    alleged_codes: tuple[str, ...]
    proven_codes: tuple[str, ...]
    reporter_contact: str | None
    deadline: DeadlineStatus

    @property
    def category(self) -> str | None:
        """The reported person's category (PNS, CPNS, PPPK, NON_ASN), None when not linked."""
        return self.employee.category if self.employee else None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "number": self.number,
            "state": self.state,
            "state_label": self.state_label,
            "source": self.source,
            "anonymous": self.anonymous,
            "reporter_name": self.reporter_name,
            "received": self.received,
            "reported_name": self.reported_name,
            "reported_unit": self.reported_unit,
            "employee": self.employee.to_json() if self.employee else None,
            "act_place": self.act_place,
            "act_date": self.act_date,
            "description": self.description,
            "alleged_codes": list(self.alleged_codes),
            "proven_codes": list(self.proven_codes),
        }
        if self.reporter_contact is not None:
            out["reporter_contact"] = self.reporter_contact
        out["deadline"] = self.deadline.to_json()
        return out


@dataclass(frozen=True)
class CaseDetail(CaseSummary):
    """Everything about a case: its data, timeline, evidence, recommendation, decision, the
    stages it may move to and its suspension. ``sanction_names``: the label of every sanction
    type in the reported person's wording, from the active rulebook with the kabupaten's local
    layer (the names the documents print; not in the JSON)."""

    timezone: str | None
    timeline: tuple[Step, ...]
    evidence: tuple[EvidenceItem, ...]
    recommendation: Recommendation | None
    decision: Decision | None
    next_states: tuple[str, ...]
    suspension: Suspension | None
    sanction_names: Mapping[str, str] = field(default_factory=dict, compare=False)

    def type_label(self, sanction_type: object) -> str:
        """A sanction type's label (``"4"``, ``4``, ``"moral_terbuka"``...) as the rulebook
        with the local layer names it for this person."""
        key = str(sanction_type)
        return self.sanction_names.get(key, key)

    def to_json(self) -> dict[str, Any]:
        return {
            **super().to_json(),
            "timezone": self.timezone,
            "timeline": [s.to_json() for s in self.timeline],
            "evidence": [e.to_json() for e in self.evidence],
            "recommendation": self.recommendation.to_json() if self.recommendation else None,
            "decision": self.decision.to_json() if self.decision else None,
            "next_states": list(self.next_states),
            "suspension": self.suspension.to_json() if self.suspension else None,
        }


# ---------------------------------------------------------------------------- examination
@dataclass(frozen=True)
class CatchAllCode:
    """A catch-all violation code of the case and its written classification (None while
    not classified: the engine waits for it)."""

    code: str
    classification: Mapping[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "classification": self.classification}


@dataclass(frozen=True)
class ExamState:
    """Everything of the examination and the national path of one case, for the examination
    tab and ``netra case exam --json``. The entries (team, summonses, absences, BAP, LHP,
    tanda terima, objection, references, documents) are the stored documents as recorded;
    ``examined_name`` (the person examined: the roster's name, else the name reported) is
    for the screen and not in the JSON."""

    case_id: str
    number: str
    state: str
    required_body: str | None  # tim | tim_optional | mke | none; None before a recommendation
    team: Mapping[str, Any] | None
    bap_signers: tuple[Mapping[str, Any], ...]
    catch_all: tuple[CatchAllCode, ...]
    summonses: tuple[Mapping[str, Any], ...]
    absences: tuple[Mapping[str, Any], ...]
    without_examination: bool
    bap: Mapping[str, Any] | None
    lhp: Mapping[str, Any] | None
    receipt: Mapping[str, Any] | None
    references: Mapping[str, Any]
    objection: Mapping[str, Any] | None
    suspension: Suspension | None
    documents: tuple[Mapping[str, Any], ...]
    available_documents: tuple[str, ...]
    examined_name: str = field(default="", compare=False)

    @property
    def suspended(self) -> bool:
        """A pembebasan sementara is in force."""
        return self.suspension is not None and self.suspension.active

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "number": self.number,
            "state": self.state,
            "required_body": self.required_body,
            "team": dict(self.team) if self.team is not None else None,
            "bap_signers": [dict(s) for s in self.bap_signers],
            "catch_all": [c.to_json() for c in self.catch_all],
            "summonses": [dict(p) for p in self.summonses],
            "absences": [dict(a) for a in self.absences],
            "without_examination": self.without_examination,
            "bap": dict(self.bap) if self.bap is not None else None,
            "lhp": dict(self.lhp) if self.lhp is not None else None,
            "receipt": dict(self.receipt) if self.receipt is not None else None,
            "references": dict(self.references),
            "objection": dict(self.objection) if self.objection is not None else None,
            "suspension": self.suspension.to_json() if self.suspension else None,
            "documents": [dict(d) for d in self.documents],
            "available_documents": list(self.available_documents),
        }
