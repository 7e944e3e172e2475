"""Signing a pact, refusing, voiding; who has signed an event; the signature records.

Each signing is an append-only :class:`SignatureRecord` chained per office
(``services.records.append_evidence``): the signer's identity snapshot, the template version
and its hash, the event and election, the raw strokes and their hash, the PNG's hash (the
PNG itself is a content-addressed blob), the operator and the UTC time. A person signs a
template version once per election; a refusal is recorded with its reason; an admin voids
a wrong record with a reason, as a new record that supersedes it (the old one stays).

Kiosks sign offline and their records merge later (at the office's main laptop or at the
hub): a person who signed on two of them is a double signing (:func:`double_signings`),
counted once, the later record flagged for the operator to void. A record made on another
laptop names that laptop (``RecordInfo.device_name``, its name where known here).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import strokes
from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import EMPLOYEE_NOT_FOUND, NetraError
from desktop.domain.office import local_stamp
from desktop.domain.pact import Identity, PactText, fill
from desktop.services import audit
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.office import store_blob
from desktop.services.records import append_evidence
from desktop.services.roster import employee_by_nip
from desktop.services.signing.counting import (
    REFUSED,
    SIGNED,
    VOID,
    Person,
    UnitProgress,
    double_flags,
    effective_record,
    event_double_flags,
    people,
    progress,
    records_by_person,
    signed_count,
    template_for,
)
from desktop.services.signing.setup import (
    EventInfo,
    body_of,
    event_info,
    get_event_row,
    office_zone,
)
from desktop.store.base import utcnow
from desktop.store.models import (
    Employee,
    Office,
    PactTemplate,
    SignatureRecord,
    SigningEvent,
    SyncPeer,
    Unit,
)


@dataclass(frozen=True)
class RecordInfo:
    id: str
    kind: str
    employee_id: str
    name: str
    nip: str | None
    unit_name: str
    event_id: str
    template_id: str
    created_at: datetime
    operator: str
    sha256: str
    reason: str
    supersedes_id: str | None
    voided: bool
    image_sha256: str | None
    local_time: str = ""  # e.g. "30-09-2024 09.15 WIT": the office's zone, for people
    origin: str = ""  # the office whose installation made the record
    device: str = ""  # the laptop that made it (12 hex; "" an office's original laptop)
    device_name: str = ""  # that laptop's name where known here ("" when not)
    laptop: str = ""  # how to name that laptop to a person: its name, else its code
    this_device: bool = True  # made on this laptop

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class DoubleSigning:
    """A person who signed twice for one election and template version (two kiosks that
    merged later): ``kept`` is the signature in force (the earlier one), ``later`` the one
    to void with a reason. Both stay as evidence; the person is counted once."""

    employee_id: str
    name: str
    nip: str | None
    unit_name: str
    kept: RecordInfo
    later: RecordInfo

    @property
    def same_device(self) -> bool:
        return (self.kept.origin, self.kept.device) == (self.later.origin, self.later.device)

    def to_json(self) -> dict[str, Any]:
        return {
            "employee_id": self.employee_id,
            "name": self.name,
            "nip": self.nip,
            "unit_name": self.unit_name,
            "same_device": self.same_device,
            "kept": self.kept.to_json(),
            "later": self.later.to_json(),
        }


@dataclass(frozen=True)
class SignResult:
    id: str
    sha256: str
    image_sha256: str | None
    strokes_sha256: str | None
    warnings: list[str] = field(default_factory=list)
    # what the GUI reloads (not in to_json): a record was appended (a signature or a void)
    changes: frozenset[Area] = field(default=frozenset({Area.SIGNING}), compare=False)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        del out["changes"]
        return out


# ---------------------------------------------------------------- the pact a person signs


def find_employee(
    ctx: AppContext, *, nip: str | None = None, employee_id: str | None = None
) -> str:
    ctx.require("view")
    with ctx.read() as session:
        # A NIP in any written form ("NIP. 19700312.199503.1.004"): the one lookup by NIP.
        emp = session.get(Employee, employee_id) if employee_id else employee_by_nip(session, nip)
        if emp is None or emp.deleted_at is not None:
            raise EMPLOYEE_NOT_FOUND.error(emitted="employee_unknown", employee=nip or employee_id)
        return emp.id


def _identity(session: Session, emp: Employee) -> Identity:
    unit = session.get(Unit, emp.unit_id)
    return Identity(
        emp.id,
        emp.name,
        emp.category,
        emp.nip,
        emp.nik,
        emp.golongan,
        emp.jabatan,
        unit.code if unit else "",
        unit.name if unit else "",
    )


@dataclass(frozen=True)
class PactView:
    """Everything the signing screen shows for one person."""

    event: EventInfo
    identity: Identity
    template_id: str
    template_sha256: str
    text: PactText
    existing: RecordInfo | None


def pact_for(ctx: AppContext, event_id: str, employee_id: str) -> PactView:
    ctx.require("view")
    with ctx.read() as session:
        event = get_event_row(session, event_id)
        emp = _get_employee(session, employee_id)
        template = session.get(PactTemplate, template_for(event, emp))
        assert template is not None
        identity = _identity(session, emp)
        existing = effective_record(
            records_by_person(session, event.election_id, emp.id).get((emp.id, template.id), [])
        )
        # The date the printed pact carries: the day it is (or was) signed, in the office's
        # zone, not the event's planned day (the kiosk says when the two differ).
        signed_at = (
            existing.created_at if existing is not None and existing.kind == "signed" else utcnow()
        )
        text = fill(
            body_of(template),
            identity,
            place=event.place,
            when=signed_at.astimezone(office_zone(session)).date(),
            witnesses=json.loads(event.witnesses_json),
        )
        return PactView(
            event_info(session, event),
            identity,
            template.id,
            template.sha256,
            text,
            _record_info(session, existing, devices=_Devices.of(session, ctx))
            if existing
            else None,
        )


def _get_employee(session: Session, employee_id: str) -> Employee:
    emp = session.get(Employee, employee_id)
    if emp is None or emp.deleted_at is not None:
        raise EMPLOYEE_NOT_FOUND.error(emitted="employee_unknown", employee=employee_id)
    return emp


# ---------------------------------------------------------------- writing records


def _clock_warnings(session: Session, origin: str) -> list[str]:
    # The chain's last record (index on origin, chain_seq), not a scan for the latest time.
    last = session.scalar(
        select(SignatureRecord.created_at)
        .where(SignatureRecord.origin == origin)
        .order_by(SignatureRecord.chain_seq.desc())
        .limit(1)
    )
    if last is not None and utcnow() < last:
        stamp = f"{last:%Y-%m-%d %H:%M}"
        return [
            f"Jam komputer tertinggal dari catatan tanda tangan terakhir ({stamp} UTC). "
            "Periksa tanggal dan jam laptop ini."
        ]
    return []


def _prepare(
    session: Session, event_id: str, employee_id: str
) -> tuple[SigningEvent, Employee, PactTemplate, SignatureRecord | None]:
    event = get_event_row(session, event_id)
    emp = _get_employee(session, employee_id)
    if not emp.active:
        raise NetraError(
            "employee_inactive",
            f"{emp.name} tidak aktif lagi di daftar pegawai.",
            f"{emp.name} is no longer active.",
        )
    template = session.get(PactTemplate, template_for(event, emp))
    assert template is not None
    current = effective_record(
        records_by_person(session, event.election_id, emp.id).get((emp.id, template.id), [])
    )
    return event, emp, template, current


def _already_signed(
    ctx: AppContext, session: Session, emp: Employee, rec: SignatureRecord
) -> NetraError:
    info = _record_info(session, rec, devices=_Devices.of(session, ctx))
    if info.this_device:
        return NetraError(
            "already_signed",
            f"{emp.name} sudah menandatangani pakta ini untuk pemilihan yang sama pada "
            f"{info.local_time} (catatan {rec.id[:8]}, operator {rec.operator}).",
            f"{emp.name} already signed this pact for the same election.",
            record=info.to_json(),
            device=info.device,
            device_name=info.device_name,
        )
    # Signed on another laptop (a kiosk whose records have reached this one): name it.
    day, _, clock = info.local_time.partition(" ")
    return NetraError(
        "already_signed",
        f"{emp.name} sudah menandatangani di laptop {info.laptop} pukul {clock} ({day}, "
        f"pakta yang sama untuk pemilihan yang sama; catatan {rec.id[:8]}, operator "
        f"{rec.operator}).",
        f"{emp.name} already signed on laptop {info.laptop} at {clock} ({day}).",
        record=info.to_json(),
        device=info.device,
        device_name=info.device_name,
    )


def _new_record(
    ctx: AppContext,
    session: Session,
    kind: str,
    event: SigningEvent,
    emp: Employee,
    template: PactTemplate,
    **extra: Any,
) -> SignatureRecord:
    actor = ctx.actor
    assert actor is not None
    identity = canonical_json(_identity(session, emp).to_json()).decode("utf-8")
    # Every hashed column set explicitly: a column default is applied only at INSERT,
    # after the hash is computed.
    extra.setdefault("reason", "")
    extra.setdefault("supersedes_id", None)
    record = SignatureRecord(
        kind=kind,
        employee_id=emp.id,
        event_id=event.id,
        election_id=event.election_id,
        template_id=template.id,
        template_sha256=template.sha256,
        identity_json=identity,
        operator=actor.username,
        created_at=utcnow(),
        **extra,
    )
    return append_evidence(ctx, session, record)


def _ensure_device(ctx: AppContext) -> None:
    """A laptop restored from a backup signs as its own new device (services/devices.py)."""
    from desktop.services import devices

    devices.ensure_device(ctx)


def sign(ctx: AppContext, event_id: str, employee_id: str, strokes_data: Any) -> SignResult:
    """Validate the strokes, render the PNG, append the record; one durable transaction."""
    ctx.require("pact.sign")
    _ensure_device(ctx)
    sig = strokes.parse(strokes_data)
    strokes.check_enough(sig)
    from desktop.documents.signature_image import render_png  # Pillow: loaded on first use

    png = render_png(sig)
    with ctx.tx() as session:
        event, emp, template, current = _prepare(session, event_id, employee_id)
        if current is not None and current.kind == SIGNED:
            raise _already_signed(ctx, session, emp, current)
        warnings = _clock_warnings(session, ctx.office(session).code)
        image_sha = store_blob(session, png, "image/png")
        session.flush()
        text = sig.canonical()
        rec = _new_record(
            ctx,
            session,
            SIGNED,
            event,
            emp,
            template,
            strokes_json=text,
            strokes_sha256=sha256_hex(text.encode("utf-8")),
            image_sha256=image_sha,
        )
        audit.record(
            ctx,
            session,
            "pact.sign",
            "signature_record",
            rec.id,
            {"employee_id": emp.id, "event_id": event.id, "sha256": rec.sha256},
        )
        return SignResult(rec.id, rec.sha256, image_sha, rec.strokes_sha256, warnings)


def refuse(ctx: AppContext, event_id: str, employee_id: str, reason: str) -> SignResult:
    ctx.require("pact.refuse")
    _ensure_device(ctx)
    reason = " ".join(reason.split())
    if len(reason) < 3:
        raise NetraError(
            "reason_required",
            "Alasan penolakan wajib diisi.",
            "A reason for the refusal is required.",
        )
    with ctx.tx() as session:
        event, emp, template, current = _prepare(session, event_id, employee_id)
        if current is not None and current.kind == SIGNED:
            raise _already_signed(ctx, session, emp, current)
        warnings = _clock_warnings(session, ctx.office(session).code)
        rec = _new_record(ctx, session, REFUSED, event, emp, template, reason=reason)
        audit.record(
            ctx,
            session,
            "pact.refuse",
            "signature_record",
            rec.id,
            {"employee_id": emp.id, "event_id": event.id, "reason": reason},
        )
        return SignResult(rec.id, rec.sha256, None, None, warnings)


def void(ctx: AppContext, record_id: str, reason: str) -> SignResult:
    """Admin only: a new ``void`` record superseding ``record_id`` (which stays)."""
    ctx.require("pact.void")
    _ensure_device(ctx)
    reason = " ".join(reason.split())
    if len(reason) < 3:
        raise NetraError(
            "reason_required", "Alasan pembatalan wajib diisi.", "A reason for voiding is required."
        )
    with ctx.tx() as session:
        old = session.get(SignatureRecord, record_id)
        if old is None:
            raise NetraError(
                "record_unknown",
                "Catatan tanda tangan tidak ditemukan.",
                "Signature record not found.",
            )
        if old.kind == VOID:
            raise NetraError(
                "record_is_void",
                "Catatan pembatalan tidak dapat dibatalkan.",
                "A void record cannot itself be voided.",
            )
        done = session.scalar(
            select(SignatureRecord.id).where(
                SignatureRecord.kind == VOID, SignatureRecord.supersedes_id == old.id
            )
        )
        if done:
            raise NetraError(
                "already_void", "Catatan ini sudah dibatalkan.", "This record is already void."
            )
        rec = SignatureRecord(
            kind=VOID,
            employee_id=old.employee_id,
            event_id=old.event_id,
            election_id=old.election_id,
            template_id=old.template_id,
            template_sha256=old.template_sha256,
            identity_json=old.identity_json,
            operator=ctx.actor.username if ctx.actor else "",
            supersedes_id=old.id,
            reason=reason,
            created_at=utcnow(),
        )
        append_evidence(ctx, session, rec)
        audit.record(
            ctx,
            session,
            "pact.void",
            "signature_record",
            rec.id,
            {"voided": old.id, "reason": reason},
        )
        return SignResult(rec.id, rec.sha256, None, None, [])


# ---------------------------------------------------------------- reading records


def local_time(session: Session, when: datetime) -> str:
    """``when`` (UTC) in the office's zone: ``30-09-2024 09.15 WIT`` (the time as the
    printed pacts and recaps write it, truncated to the minute like them)."""
    office = session.scalars(select(Office)).first()
    return local_stamp(when, office.timezone if office else None)  # Indonesian: 09.15


@dataclass(frozen=True)
class _Devices:
    """Who made records, as known here: this laptop, and the devices in ``sync_peer`` (at
    a hub every enrolled laptop, with the name its packages carry)."""

    me: tuple[str, str]
    names: dict[tuple[str, str], str]
    zone: str | None

    @classmethod
    def of(cls, session: Session, ctx: AppContext | None = None) -> _Devices:
        office = session.scalars(select(Office)).first()
        me = (office.code, office.device_code or "") if office else ("", "")
        names: dict[tuple[str, str], str] = {}
        if ctx is not None and office is not None:
            # The office's other laptops named in the roster of device keys its answers
            # brought (a kiosk learns the other kiosks' names from its main laptop).
            from desktop.services.device_keys import office_keys

            for key in office_keys(ctx, session, office.code):
                if key.device_name:
                    names[(key.code, key.device)] = key.device_name
        for code, device, name in session.execute(
            select(SyncPeer.office_code, SyncPeer.device_code, SyncPeer.device_name)
        ):
            if name:
                names[(code, device or "")] = name
        if office is not None and office.device_name:
            names[me] = office.device_name
        return cls(me, names, office.timezone if office else None)

    def name(self, origin: str, device: str) -> str:
        return self.names.get((origin, device), "")

    def label(self, origin: str, device: str) -> str:
        """A laptop for a person: its name, else its code ("awal": an office's original
        laptop); with the office when it is not this installation's."""
        text = self.name(origin, device) or device or "awal"
        return text if origin == self.me[0] else f"{text} ({origin})"


def _record_info(
    session: Session,
    rec: SignatureRecord,
    voided: bool = False,
    devices: _Devices | None = None,
) -> RecordInfo:
    ident = json.loads(rec.identity_json)
    devices = devices or _Devices.of(session)
    device = rec.device or ""
    return RecordInfo(
        rec.id,
        rec.kind,
        rec.employee_id,
        ident.get("name", ""),
        ident.get("nip"),
        ident.get("unit_name", ""),
        rec.event_id,
        rec.template_id,
        rec.created_at,
        rec.operator,
        rec.sha256,
        rec.reason,
        rec.supersedes_id,
        voided,
        rec.image_sha256,
        local_stamp(rec.created_at, devices.zone),
        rec.origin,
        device,
        devices.name(rec.origin, device),
        devices.label(rec.origin, device),
        (rec.origin, device) == devices.me,
    )


def list_records(
    ctx: AppContext, event_id: str | None = None, employee_id: str | None = None
) -> list[RecordInfo]:
    ctx.require("view")
    with ctx.read() as session:
        query = select(SignatureRecord)
        if event_id:
            get_event_row(session, event_id)
            query = query.where(SignatureRecord.event_id == event_id)
        if employee_id:
            query = query.where(SignatureRecord.employee_id == employee_id)
        rows = session.scalars(
            query.order_by(SignatureRecord.created_at, SignatureRecord.chain_seq)
        ).all()
        voided = set(
            session.scalars(
                select(SignatureRecord.supersedes_id).where(
                    SignatureRecord.kind == VOID,
                    SignatureRecord.supersedes_id.in_([r.id for r in rows]),
                )
            )
        )
        devices = _Devices.of(session, ctx)
        return [_record_info(session, r, r.id in voided, devices) for r in rows]


def double_signings(
    ctx: AppContext, event_id: str | None = None, *, election_id: str | None = None
) -> list[DoubleSigning]:
    """The open double signings (of one event, of one election, or all), the latest last: a
    person with two or more signatures not voided for one election and template version,
    each later one flagged for the operator to void with a reason (:func:`void`)."""
    ctx.require("view")
    with ctx.read() as session:
        if event_id:
            pairs = event_double_flags(session, get_event_row(session, event_id))
        else:
            pairs = double_flags(session, election_id)
        devices = _Devices.of(session, ctx)
        out = []
        for kept, later in pairs:
            first = _record_info(session, kept, devices=devices)
            second = _record_info(session, later, devices=devices)
            out.append(
                DoubleSigning(
                    second.employee_id,
                    second.name or first.name,
                    second.nip,
                    second.unit_name or first.unit_name,
                    first,
                    second,
                )
            )
        return out


def record_strokes(ctx: AppContext, record_id: str) -> strokes.Signature | None:
    ctx.require("view")
    with ctx.read() as session:
        rec = session.get(SignatureRecord, record_id)
        if rec is None or rec.strokes_json is None:
            return None
        return strokes.parse(json.loads(rec.strokes_json))


__all__ = [
    "REFUSED",
    "SIGNED",
    "VOID",
    "DoubleSigning",
    "PactView",
    "Person",
    "RecordInfo",
    "SignResult",
    "UnitProgress",
    "double_signings",
    "find_employee",
    "list_records",
    "pact_for",
    "people",
    "progress",
    "record_strokes",
    "refuse",
    "sign",
    "signed_count",
    "void",
]
