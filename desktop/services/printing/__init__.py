"""Printing signed pacts (one page each, A4 or F4) and recap sheets; verifying printed codes.

Selection: an event, a unit (with its sub-units), one person (NIP) or everything, always in
the same order: unit, then name. A person who signed twice (two kiosks merged later) gets one
pact, the signature that counts (``signing_people.double_flags``). Each page carries a QR code signed with this office's
Ed25519 key (``desktop.domain.verification``); :func:`verify` checks such a code against the
issuing office's public key and against the database.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.documents import pact_pdf, pdf_meta, pdf_raster, recap_pdf
from desktop.domain import pact, verification
from desktop.domain.errors import EMPLOYEE_NOT_FOUND, NetraError
from desktop.domain.nip import format_nip, is_digits, normalize
from desktop.domain.office import PAPERS, TIMEZONES
from desktop.domain.roster import search_terms
from desktop.fileio import write_verified
from desktop.services import audit, identity, unit_queries
from desktop.services.context import AppContext
from desktop.services.office import letterhead
from desktop.services.printing.pact_verification import Verification, verify
from desktop.services.roster import employee_by_nip
from desktop.services.signing.counting import double_flags, event_unit_ids
from desktop.store import aliases
from desktop.store.models import (
    Blob,
    Election,
    Employee,
    Office,
    PactTemplate,
    SignatureRecord,
    SigningEvent,
    Unit,
)

Progress = Callable[[int, int], None]
__all__ = [
    "PrintResult",
    "Selection",
    "Verification",
    "build",
    "find_people",
    "gather",
    "print_to_file",
    "verify",
]


@dataclass(frozen=True)
class Selection:
    """What to print: exactly one of event / unit / person / everything. ``nip`` is a NIP in
    any written form, or the NIK or id of a non-ASN worker; ``employee_id`` one person."""

    event_id: str | None = None
    unit_code: str | None = None
    nip: str | None = None
    everything: bool = False
    employee_id: str | None = None

    def check(self) -> None:
        people = [self.nip, self.employee_id]
        chosen = [x for x in (self.event_id, self.unit_code, *people) if x] + (
            ["all"] if self.everything else []
        )
        if len(chosen) != 1:
            raise NetraError(
                "selection",
                "Pilih tepat satu: --event, --unit, --nip atau --all.",
                "Choose exactly one of --event, --unit, --nip or --all.",
            )

    def describe(self) -> str:
        if self.event_id:
            return f"Acara {self.event_id}"
        if self.unit_code:
            return f"Unit kerja {self.unit_code}"
        if self.nip:
            return f"NIP {self.nip}"
        if self.employee_id:
            return f"Pegawai {self.employee_id}"
        return "Semua pegawai"


@dataclass
class PrintResult:
    out: str
    paper: str
    pages: int
    signed: int
    not_signed: int
    refused: int
    bytes: int
    seconds: float
    recap: bool

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Item:
    record: SignatureRecord
    who: pact.Identity
    event: SigningEvent


@dataclass
class _Gathered:
    items: list[_Item] = field(default_factory=list)
    missing: list[recap_pdf.Missing] = field(default_factory=list)
    title: str = ""


# ------------------------------------------------------------------ gathering
def voided_ids(session: Session) -> dict[str, SignatureRecord]:
    rows = session.scalars(select(SignatureRecord).where(SignatureRecord.kind == "void"))
    return {r.supersedes_id: r for r in rows if r.supersedes_id}


def _people(session: Session, sel: Selection, event: SigningEvent | None) -> list[Employee]:
    query = select(Employee).where(Employee.deleted_at.is_(None), Employee.active.is_(True))
    if sel.employee_id:
        query = query.where(Employee.id == sel.employee_id)
    elif sel.nip:  # a NIP in any written form, else a NIK or an id
        owner = employee_by_nip(session, sel.nip, active_only=True)
        key = normalize(sel.nip)
        query = query.where(
            Employee.id == owner.id
            if owner is not None
            else or_(Employee.nik == key, Employee.id == sel.nip.strip())
        )
    elif sel.unit_code:  # the unit and its live sub-units (a deleted one is not printed)
        root = unit_queries.unit_by_code(session, sel.unit_code, emitted="unit_unknown")
        query = query.where(Employee.unit_id.in_(unit_queries.subtree_ids(session, root.id)))
    elif event is not None:  # the people the event covers, as signing counts them
        units = event_unit_ids(session, event)
        if units is not None:
            query = query.where(Employee.unit_id.in_(units))
    return list(session.scalars(query))


def gather(session: Session, sel: Selection) -> _Gathered:
    sel.check()
    event = None
    if sel.event_id:
        event = session.get(SigningEvent, sel.event_id)
        if event is None or event.deleted_at is not None:
            raise NetraError(
                "event_unknown",
                f"Acara penandatanganan {sel.event_id} tidak ada.",
                f"No signing event {sel.event_id}.",
            )
    people = _people(session, sel, event)
    if (sel.nip or sel.employee_id) and not people:
        raise EMPLOYEE_NOT_FOUND.error(emitted="nip_unknown", employee=sel.nip or sel.employee_id)
    query = select(SignatureRecord).where(SignatureRecord.kind.in_(("signed", "refused")))
    if event is not None:
        query = query.where(SignatureRecord.event_id == event.id)
    if not sel.everything and event is None:
        query = query.where(SignatureRecord.employee_id.in_([p.id for p in people]))
    voided = voided_ids(session)
    # One pact per person: of a double signing (two kiosks that merged later) the signature
    # that counts, by the rule signing counts it with; the later one waits to be voided.
    later = {rec.id for _kept, rec in double_flags(session, event.election_id if event else None)}
    events: dict[str, SigningEvent] = {}
    out = _Gathered(title=event.name if event else sel.describe())
    signed: set[str] = set()
    refused: dict[str, SignatureRecord] = {}
    for rec in session.scalars(query.order_by(SignatureRecord.created_at)):
        if rec.id in voided:
            continue
        if rec.id in later:  # signed: the pact that counts is the earlier one
            signed.add(rec.employee_id)
            continue
        if rec.kind == "refused":
            refused[rec.employee_id] = rec
            continue
        ev = events.get(rec.event_id) or session.get(SigningEvent, rec.event_id)
        assert ev is not None
        events[ev.id] = ev
        who = pact.Identity.from_json(json.loads(rec.identity_json))
        out.items.append(_Item(rec, who, ev))
        signed.add(rec.employee_id)
    out.items.sort(
        key=lambda i: (
            i.who.unit_name.casefold(),
            i.who.name.casefold(),
            i.record.created_at,
            i.record.id,
        )
    )
    units = {u.id: u.name for u in session.scalars(select(Unit))}
    for person in people:
        if person.id in signed:
            continue
        ref = refused.get(person.id)
        out.missing.append(
            recap_pdf.Missing(
                name=person.name,
                nip=format_nip(person.nip) if person.nip else "-",
                unit=units.get(person.unit_id, ""),
                refused=ref is not None,
                reason=ref.reason if ref is not None else "",
            )
        )
    out.missing.sort(key=lambda m: (m.unit.casefold(), m.name.casefold()))
    return out


# ------------------------------------------------------------------ pages
def zone_label(tz: str) -> str:
    return TIMEZONES.get(tz, tz)


class PageBuilder:
    """Turns signature records into :class:`pact_pdf.PactPage` values, signing each QR."""

    def __init__(self, ctx: AppContext, session: Session) -> None:
        self.session = session
        self.office = ctx.office(session)
        self.key = identity.load(ctx.keys_dir).signing
        self.zone = ZoneInfo(self.office.timezone)
        self._texts: dict[str, tuple[pact.TemplateBody, pact_pdf.PactText]] = {}

    def text(self, template_id: str) -> tuple[pact.TemplateBody, pact_pdf.PactText]:
        if template_id not in self._texts:
            # A record keeps the template id it was sealed with (another office's, or this
            # laptop's before shipped templates got one id everywhere): resolve the alias.
            row = self.session.get(PactTemplate, template_id) or self.session.get(
                PactTemplate, aliases.resolve(self.session, "pact_template", template_id)
            )
            if row is None:
                raise NetraError(
                    "template_unknown",
                    f"Templat {template_id} tidak ada.",
                    f"No template {template_id}.",
                )
            body = pact.TemplateBody.from_json(json.loads(row.body_json))
            self._texts[template_id] = (
                body,
                pact_pdf.PactText(
                    key=row.sha256[:16],
                    title=tuple(x for x in (body.title, body.subtitle) if x),
                    opening=body.opening,
                    declaration=body.intro,
                    commitments=body.commitments,
                    consequence=body.consequence,
                    closing=body.closing,
                    witness_heading=body.witness_heading or "Mengetahui",
                ),
            )
        return self._texts[template_id]

    def qr(self, rec: SignatureRecord, who: pact.Identity) -> tuple[str, str]:
        payload = verification.make_payload(
            rec.id,
            who.nip or who.nik,
            rec.created_at,
            rec.template_sha256,
            rec.sha256,
            self.office.code,
        )
        signed = verification.with_signature(payload, self.key.sign(verification.message(payload)))
        return verification.encode(signed), verification.short_code(signed)

    def page(
        self, rec: SignatureRecord, who: pact.Identity, event: SigningEvent
    ) -> pact_pdf.PactPage:
        body, text = self.text(rec.template_id)
        local = rec.created_at.astimezone(self.zone)
        witnesses = json.loads(event.witnesses_json or "[]") if body.witness_heading else []
        # A witness does not witness their own pact: on that page "Mengetahui" keeps the others.
        witnesses = [w for w in witnesses if not is_signer(w, who)]
        filled = pact.fill(body, who, place=event.place or self.office.place, when=local.date())
        fields = tuple(
            (label, format_nip(value) if label in ("NIP", "NI PPPK") else value)
            for label, value in filled.identity_fields
        )
        image = self.session.get(Blob, rec.image_sha256) if rec.image_sha256 else None
        qr_text, short = self.qr(rec, who)
        id_line = filled.signer_id_line
        if who.nip:
            id_line = id_line.replace(who.nip, format_nip(who.nip))
        return pact_pdf.PactPage(
            text=text,
            identity=fields,
            name=who.name,
            id_line=id_line,
            place_date=filled.place_date,
            signature_png=image.data if image else None,
            qr_text=qr_text,
            short_code=short,
            signed_note=f"Ditandatangani {local:%d-%m-%Y %H.%M} {zone_label(self.office.timezone)}",
            witnesses=tuple(
                pact_pdf.Witness(
                    w.get("name", ""),
                    w.get("position", ""),
                    format_nip(w["nip"]) if w.get("nip") else "",
                )
                for w in witnesses
            ),
        )


def is_signer(witness: dict[str, str], who: pact.Identity) -> bool:
    """True when ``witness`` is the person signing: the same NIP, or (a witness written
    without NIP) the same name, spacing and case aside."""
    nip = normalize(witness.get("nip") or "")
    if nip and who.nip:
        return nip == who.nip
    return (
        " ".join(witness.get("name", "").split()).casefold()
        == " ".join(who.name.split()).casefold()
    )


def pdf_info(office: Office, title: str, subject: str) -> pdf_meta.PdfMeta:
    """Document information of a PDF this office prints: created now, in its zone."""
    return pdf_meta.PdfMeta(
        title=title,
        author=office.name,
        subject=subject,
        created=datetime.now(ZoneInfo(office.timezone)),
    )


def head_title(office_name: str) -> str:
    """The office head's title for a sign-off: Camat / Lurah / Kepala ..."""
    for prefix, head in (
        ("kecamatan ", "Camat "),
        ("kelurahan ", "Lurah "),
        ("desa ", "Kepala Desa "),
    ):
        if office_name.casefold().startswith(prefix):
            return head + office_name[len(prefix) :]
    return f"Kepala {office_name}"


def _recap_context(
    session: Session, office: Office, event: SigningEvent | None, now: datetime
) -> tuple[str, str, recap_pdf.SignOff]:
    """The recap's apel line, election line and sign-off (the event's first witness with a
    NIP, usually the head of the office, else the head's title with a blank name)."""
    event_line = election_line = ""
    sign = recap_pdf.SignOff(
        office.place or office.name, pact.tanggal(now.date()), head_title(office.name)
    )
    if event is not None:
        event_line = f"Apel: {pact.tanggal(event.event_date)}, {event.place}"
        election = session.get(Election, event.election_id)
        if election is not None:
            election_line = (
                f"Pemilihan: {election.name} (pemungutan suara "
                f"{pact.tanggal(election.voting_date)})"
            )
        witnesses = [w for w in json.loads(event.witnesses_json or "[]") if w.get("name")]
        if witnesses:
            head = next((w for w in witnesses if w.get("nip")), witnesses[0])
            sign = recap_pdf.SignOff(
                event.place or sign.place,
                sign.date_text,
                head.get("position", "") or sign.title,
                head.get("name", ""),
                format_nip(head["nip"]) if head.get("nip") else "",
            )
    return event_line, election_line, sign


def _recap_rows(builder: PageBuilder, items: list[_Item]) -> list[recap_pdf.Row]:
    rows = []
    for item in items:
        image = (
            builder.session.get(Blob, item.record.image_sha256)
            if item.record.image_sha256
            else None
        )
        local = item.record.created_at.astimezone(builder.zone)
        rows.append(
            recap_pdf.Row(
                name=item.who.name,
                nip=format_nip(item.who.nip) if item.who.nip else (item.who.nik or "-"),
                unit=item.who.unit_name,
                time=f"{local:%d-%m-%Y %H.%M}",
                signature_png=image.data if image else None,
            )
        )
    return rows


def build(
    ctx: AppContext,
    sel: Selection,
    *,
    paper: str | None = None,
    recap: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[bytes, PrintResult]:
    """Render the PDF in memory (pacts, or the recap sheet when ``recap``)."""
    ctx.require("pact.print")
    started = time.perf_counter()
    with ctx.read() as session:
        office = ctx.office(session)
        paper = (paper or office.paper or "a4").lower()
        if paper not in PAPERS:
            raise NetraError("paper", "Ukuran kertas harus a4 atau f4.", "Paper must be a4 or f4.")
        data = gather(session, sel)
        builder = PageBuilder(ctx, session)
        head = letterhead(session, office)
        now = datetime.now(builder.zone)
        if recap:
            event = session.get(SigningEvent, sel.event_id) if sel.event_id else None
            event_line, election_line, sign = _recap_context(session, office, event, now)
            info = recap_pdf.RecapInfo(
                title=data.title,
                office=office.name,
                zone=zone_label(office.timezone),
                printed=now.strftime("%d-%m-%Y %H.%M"),
                event_line=event_line,
                election_line=election_line,
                sign_off=sign,
                meta=pdf_info(
                    office,
                    f"Daftar penandatanganan - {data.title}",
                    "Daftar penandatanganan Pakta Integritas Netralitas",
                ),
            )
            pdf, pages = recap_pdf.render(
                _recap_rows(builder, data.items),
                data.missing,
                head,
                info,
                paper,
                progress=progress,
                cancelled=cancelled,
            )
        else:
            if not data.items:
                raise NetraError(
                    "nothing_to_print",
                    "Tidak ada pakta bertanda tangan untuk pilihan ini.",
                    "No signed pacts for this selection.",
                )
            pages_iter = (builder.page(i.record, i.who, i.event) for i in data.items)
            pdf = pact_pdf.render(
                pages_iter,
                head,
                paper,
                total=len(data.items),
                progress=progress,
                cancelled=cancelled,
                meta=pdf_info(
                    office,
                    f"Pakta Integritas Netralitas - {data.title}",
                    "Pakta Integritas Netralitas ASN",
                ),
            )
            pages = len(data.items)
    refused = sum(1 for m in data.missing if m.refused)
    result = PrintResult(
        out="",
        paper=paper,
        pages=pages,
        signed=len(data.items),
        not_signed=len(data.missing) - refused,
        refused=refused,
        bytes=len(pdf),
        seconds=round(time.perf_counter() - started, 3),
        recap=recap,
    )
    return pdf, result


def print_to_file(ctx: AppContext, sel: Selection, out: Path, **kwargs: Any) -> PrintResult:
    pdf, result = build(ctx, sel, **kwargs)
    write_verified(out, pdf)
    result.out = str(out)
    with ctx.tx() as session:
        audit.record(
            ctx,
            session,
            "pact.print",
            "signature_record",
            "",
            {
                "selection": sel.describe(),
                "pages": result.pages,
                "recap": result.recap,
                "file": out.name,
            },
        )
    return result


def selftest_step(ctx: AppContext, _tmp: Path) -> str:
    """Render one pact to memory and verify its QR payload (``netra self-test``)."""
    with ctx.read() as session:
        rec = session.scalars(
            select(SignatureRecord).where(SignatureRecord.kind == "signed").limit(1)
        ).first()
        if rec is None:
            raise RuntimeError("tidak ada pakta bertanda tangan untuk dicetak")
        who = pact.Identity.from_json(json.loads(rec.identity_json))
        event = session.get(SigningEvent, rec.event_id)
        assert event is not None
        builder = PageBuilder(ctx, session)
        page = builder.page(rec, who, event)
        head = letterhead(session, builder.office)
    pdf = pact_pdf.render([page], head, "a4", total=1)
    if not pdf.startswith(b"%PDF") or b"/FontFile2" not in pdf:
        raise RuntimeError("PDF pakta tidak lengkap (huruf tidak tertanam)")
    result = verify(ctx, page.qr_text)
    if not result.valid:
        raise RuntimeError(f"kode QR tidak lolos verifikasi: {result.reasons}")
    sample = _tmp / "uji-cetak.pdf"  # printing rasterises with PDFium: is it in the build?
    sample.write_bytes(pdf)
    with pdf_raster.open_pdf(sample) as doc:
        raster = doc.render(0, 36, grayscale=True)
    if min(raster.data) > 128:
        raise RuntimeError("halaman pakta tidak dapat dirasterkan untuk printer (PDFium)")
    return (
        f"1 pakta dicetak ({len(pdf) // 1024} KB, raster {raster.width}×{raster.height}), "
        f"kode QR sah ({page.short_code})"
    )


@dataclass(frozen=True)
class Choice:
    key: str  # event id or unit code
    label: str


def choices(ctx: AppContext) -> tuple[list[Choice], list[Choice]]:
    """Signing events (newest first) and units (by name) for the printing page."""
    ctx.require("pact.print")
    with ctx.read() as session:
        events = session.scalars(
            select(SigningEvent)
            .where(SigningEvent.deleted_at.is_(None))
            .order_by(SigningEvent.event_date.desc(), SigningEvent.name)
        ).all()
        units = unit_queries.live_units(session, order_by=Unit.name)
        return (
            [Choice(e.id, f"{e.name} ({e.event_date:%d-%m-%Y}, {e.place})") for e in events],
            [Choice(u.code, f"{u.name} ({u.code})") for u in units],
        )


def find_people(ctx: AppContext, text: str, limit: int = 30) -> list[Choice]:
    """Active people whose name, NIP (any written form), NIK or id matches ``text``, for the
    printing page's person picker: ASN and non-ASN alike (a non-ASN worker has no NIP)."""
    ctx.require("pact.print")
    words = text.split()
    if not words:
        return []
    with ctx.read() as session:
        query = select(Employee).where(Employee.deleted_at.is_(None), Employee.active.is_(True))
        digits = normalize(text)
        if is_digits(digits):
            query = query.where(
                or_(
                    Employee.nip.startswith(digits, autoescape=True),
                    Employee.nik.startswith(digits, autoescape=True),
                )
            )
        elif len(words) == 1 and len(words[0]) == 36 and words[0].count("-") == 4:
            query = query.where(Employee.id == words[0])
        else:
            for term in search_terms(text):  # as the roster's search: accents, titles aside
                query = query.where(Employee.name_key.contains(term, autoescape=True))
        rows = session.scalars(query.order_by(Employee.name_key).limit(limit)).all()
        units = {u.id: u.name for u in session.scalars(select(Unit))}
        out = []
        for emp in rows:
            number = format_nip(emp.nip) if emp.nip else (f"NIK {emp.nik}" if emp.nik else "")
            parts = [emp.name, number, units.get(emp.unit_id, "")]
            out.append(Choice(emp.id, " · ".join(p for p in parts if p)))
        return out
