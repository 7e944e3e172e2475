"""The examination of a case under PP 94/2021 (or PP 42/2004 for ethics) and its national path.

Between the recommendation and the decision an office has to produce: the tim pemeriksa (or
the Majelis Kode Etik), the written summonses (kept by ``case schedule``, see
:mod:`case_deadlines`), the record of a missed examination, the Berita Acara Pemeriksaan signed
on screen by the examiner(s) and the examined person (or the refusal to sign), the Laporan Hasil
Pemeriksaan; after the decision the tanda terima. Each is an append-only ``CaseExamEntry`` (a
newer entry of a kind supersedes the older one); BAP signatures are ``CaseSignature`` rows sealed
like a pact's signature record (raw strokes, their hash, the rendered PNG as a blob).

The national path (REFERENCE.md §7, §11): Bawaslu register number and letter, SBT complaint
number, the BKN (formerly KASN) recommendation letter and the Kanreg BKN; the recommending body
is read from the rulebook per period; the PPK's follow-up deadline is a setting whose default
comes from the rulebook and stays flagged UNCONFIRMED.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import golongan as gol
from desktop.domain import nip as nipmod
from desktop.domain import strokes, workdays, workflow
from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import NetraError
from desktop.services import audit
from desktop.services.cases import evidence as case_evidence
from desktop.services.cases.records import (
    active_book,
    find_case,
    move,
    office_calendar,
    proven_codes,
    record_delivery,
    steps_of,
)
from desktop.services.context import Actor, AppContext
from desktop.services.office import store_blob
from desktop.services.records import append_evidence
from desktop.services.roster import employee_by_nip
from desktop.store.models import (
    CaseDecision,
    CaseExamEntry,
    CaseFile,
    CaseRecommendation,
    CaseSignature,
    Employee,
)

TEAM_ROLES = ("atasan_langsung", "inspektorat", "bkpsdm")
MKE_ROLES = ("ketua", "sekretaris", "anggota")
ROLES = (*TEAM_ROLES, *MKE_ROLES)
ROLE_LABELS_ID = {
    "atasan_langsung": "Atasan langsung",
    "inspektorat": "Unsur pengawasan (Inspektorat)",
    "bkpsdm": "Unsur kepegawaian (BKPSDM)",
    "ketua": "Ketua Majelis Kode Etik",
    "sekretaris": "Sekretaris Majelis Kode Etik",
    "anggota": "Anggota Majelis Kode Etik",
}
EXAM_PERMISSION = "case.recommend"
MIN_CONCLUSION = 10
REFERENCE_KEYS = (
    "bawaslu",
    "bawaslu_letter",
    "sbt",
    "bkn_letter",
    "bkn_date",
    "kanreg",
)
REFERENCE_LABELS_ID = {
    "bawaslu": "Nomor register Bawaslu",
    "bawaslu_letter": "Surat rekomendasi Bawaslu",
    "sbt": "Nomor pengaduan SBT",
    "bkn_letter": "Nomor surat rekomendasi BKN/KASN",
    "bkn_date": "Tanggal surat rekomendasi BKN/KASN",
    "kanreg": "Kantor Regional BKN",
}
FOLLOW_UP_SETTING = "case.follow_up_days"
RECEIPT_METHODS = ("langsung", "pos")
OBJECTION_KINDS = ("keberatan", "banding")
SIASN_WARNING = (
    "Bila PPK tidak menindaklanjuti rekomendasi sampai tenggat, BKN dapat memblokir data "
    "pegawai di SIASN (Peraturan BKN 1/2023)."
)


def _bad(code: str, message_id: str, message_en: str, **details: Any) -> NetraError:
    return NetraError(code, message_id, message_en, **details)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def _append_entry(
    ctx: AppContext,
    session: Session,
    case: CaseFile,
    actor: Actor,
    kind: str,
    data: dict[str, Any],
    previous: CaseExamEntry | None = None,
) -> CaseExamEntry:
    """One examination step as evidence on the case's chain (superseding ``previous``)."""
    return append_evidence(
        ctx,
        session,
        CaseExamEntry(
            case_id=case.id,
            kind=kind,
            data_json=_dumps(data),
            actor=actor.username,
            supersedes_id=previous.id if previous else None,
        ),
    )


# ---------------------------------------------------------------------------- members
@dataclass(frozen=True)
class Member:
    name: str
    nip: str
    role: str

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "nip": self.nip,
            "role": self.role,
            "role_label": ROLE_LABELS_ID[self.role],
        }


def parse_member(text: str) -> Member:
    """``"Nama|NIP|peran"`` (the NIP may be written with spaces or dots, or left empty)."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) != 3 or not parts[0]:
        raise _bad(
            "bad_member",
            f"Anggota '{text}' tidak sah: tulis \"Nama|NIP|peran\" (peran: {', '.join(ROLES)}).",
            f"Member '{text}' is not 'Name|NIP|role'.",
        )
    name, nip, role = parts
    role = role.lower().replace(" ", "_")
    if role not in ROLES:
        raise _bad(
            "bad_role",
            f"Peran '{parts[2]}' tidak dikenal. Yang sah: {', '.join(ROLES)}.",
            f"Unknown role '{parts[2]}'. Valid: {', '.join(ROLES)}.",
            valid=list(ROLES),
        )
    digits = nipmod.as_nip(nip) or ""
    if nip and not digits:
        raise _bad(
            "bad_nip",
            f"NIP anggota {name} harus 18 angka (tertulis '{nip}').",
            f"The NIP of {name} must have 18 digits.",
        )
    return Member(" ".join(name.split()), digits, role)


# ---------------------------------------------------------------------------- reading helpers
def entries(session: Session, case_id: str, kind: str) -> list[CaseExamEntry]:
    return list(
        session.scalars(
            select(CaseExamEntry)
            .where(CaseExamEntry.case_id == case_id, CaseExamEntry.kind == kind)
            .order_by(CaseExamEntry.created_at, CaseExamEntry.chain_seq)
        )
    )


def latest(session: Session, case_id: str, kind: str) -> CaseExamEntry | None:
    found = entries(session, case_id, kind)
    return found[-1] if found else None


def _data(entry: CaseExamEntry | None) -> dict[str, Any]:
    return dict(json.loads(entry.data_json)) if entry is not None else {}


def _recommendation(session: Session, case_id: str) -> CaseRecommendation | None:
    return session.scalars(
        select(CaseRecommendation)
        .where(CaseRecommendation.case_id == case_id)
        .order_by(CaseRecommendation.created_at.desc(), CaseRecommendation.chain_seq.desc())
    ).first()


def _decision(session: Session, case_id: str) -> CaseDecision | None:
    return session.scalars(
        select(CaseDecision)
        .where(CaseDecision.case_id == case_id)
        .order_by(CaseDecision.created_at.desc(), CaseDecision.chain_seq.desc())
    ).first()


def _employee(session: Session, case: CaseFile) -> Employee | None:
    return session.get(Employee, case.employee_id) if case.employee_id else None


def schedules(session: Session, case_id: str) -> list[dict[str, Any]]:
    """Every summons recorded with ``case schedule``, oldest first, each with its number
    (1 or 2) and whether the examination was missed."""

    out: list[dict[str, Any]] = []
    for step in steps_of(session, case_id):
        data = json.loads(step.data_json)
        if "examination" in data and "summons" in data:
            out.append(
                {
                    "step_id": step.id,
                    "summons_no": int(data.get("summons_no", 1)),
                    "summons": data["summons"],
                    "examination": data["examination"],
                    "time": data.get("time"),
                    "place": data.get("place"),
                    "at": step.created_at,
                }
            )
    absences = [_data(e) for e in entries(session, case_id, "absent")]
    for plan in out:
        plan["missed"] = any(a.get("step_id") == plan["step_id"] for a in absences)
    return out


def current_schedule(session: Session, case_id: str) -> dict[str, Any] | None:
    plans = schedules(session, case_id)
    return plans[-1] if plans else None


def absence_count(session: Session, case_id: str) -> int:
    return len(entries(session, case_id, "absent"))


def _require_state(case: CaseFile, states: tuple[str, ...], what: str) -> None:
    if case.state not in states:
        names = ", ".join(workflow.label(s) for s in states)
        raise _bad(
            "wrong_state",
            f"{what} dicatat pada tahap {names}; laporan {case.number} pada tahap "
            f"'{workflow.label(case.state)}'.",
            f"{what}: the case must be in {', '.join(states)}; it is '{case.state}'.",
            state=case.state,
        )


def _require_recommendation(session: Session, case: CaseFile) -> dict[str, Any]:
    rec = _recommendation(session, case.id)
    if rec is None:
        raise _bad(
            "recommendation_required",
            "Buat rekomendasi dulu (netra case recommend): tingkat pelanggaran menentukan "
            "apakah tim pemeriksa wajib.",
            "Make the recommendation first (netra case recommend).",
        )
    return dict(json.loads(rec.output_json))


def required_body(output: dict[str, Any]) -> str:
    """Who examines: ``mke`` (ethics only), ``tim`` (berat/PTDH: mandatory), ``tim_optional``
    (sedang), ``none`` (non-ASN: clarification by the head of unit)."""
    track = output.get("track")
    if track == "ethics":
        return "mke"
    if track == "contract":
        return "none"
    return "tim" if output.get("examination_team") == "mandatory" else "tim_optional"


# ---------------------------------------------------------------------------- team
def _rank_warnings(session: Session, examined: Employee | None, members: list[Member]) -> list[str]:
    """Members lower in rank than the examined person: a warning, never a refusal (the roster
    may be out of date)."""
    out: list[str] = []
    if examined is None or not examined.golongan:
        return ["Golongan pegawai yang diperiksa tidak tercatat: pangkat anggota tidak diperiksa."]
    own = gol.sort_key(examined.golongan)
    for m in members:
        if not m.nip:
            out.append(f"{m.name}: tanpa NIP, pangkatnya tidak dapat diperiksa.")
            continue
        row = employee_by_nip(session, m.nip)
        if row is None or not row.golongan:
            out.append(
                f"{m.name} ({m.nip}): tidak ada di daftar pegawai atau golongannya kosong; "
                "pangkatnya tidak dapat diperiksa."
            )
            continue
        theirs = gol.sort_key(row.golongan)
        if (theirs[0] >= 10) != (own[0] >= 10):
            out.append(
                f"{m.name}: golongan {row.golongan} tidak dapat dibandingkan dengan golongan "
                f"{examined.golongan} pegawai yang diperiksa (PNS dan PPPK)."
            )
        elif theirs < own:
            out.append(
                f"PERINGATAN: {m.name} (golongan {row.golongan}) lebih rendah pangkatnya "
                f"daripada pegawai yang diperiksa (golongan {examined.golongan}); anggota "
                "tidak boleh lebih rendah pangkat/jabatannya."
            )
    return out


def _check_composition(body: str, members: list[Member], atasan_involved: bool) -> None:
    roles = [m.role for m in members]
    if body == "mke":
        if any(r in TEAM_ROLES for r in roles):
            raise _bad(
                "mke_roles",
                "Majelis Kode Etik beranggotakan ketua, sekretaris dan anggota "
                f"(bukan {', '.join(r for r in roles if r in TEAM_ROLES)}).",
                "A Majelis Kode Etik has ketua, sekretaris and anggota only.",
            )
        if roles.count("ketua") != 1 or roles.count("sekretaris") != 1:
            raise _bad(
                "mke_composition",
                "Majelis Kode Etik harus mempunyai tepat satu ketua dan satu sekretaris "
                f"(tercatat {roles.count('ketua')} ketua, {roles.count('sekretaris')} "
                "sekretaris) (PP 42/2004).",
                "A Majelis Kode Etik needs exactly one ketua and one sekretaris.",
            )
        if roles.count("anggota") < 3:
            raise _bad(
                "mke_composition",
                "Majelis Kode Etik: selain ketua dan sekretaris, sekurang-kurangnya 3 "
                f"anggota (tercatat {roles.count('anggota')}) (PP 42/2004).",
                "A Majelis Kode Etik needs at least 3 members besides ketua and sekretaris.",
            )
        if len(members) > 5 and len(members) % 2 == 0:
            raise _bad(
                "mke_composition",
                f"Majelis Kode Etik beranggotakan {len(members)} orang: bila lebih dari 5, "
                "jumlahnya harus ganjil (PP 42/2004).",
                "More than 5 members: the number must be odd.",
            )
        return
    if any(r in MKE_ROLES for r in roles):
        raise _bad(
            "team_roles",
            "Tim pemeriksa beranggotakan atasan_langsung, inspektorat dan bkpsdm; peran "
            "ketua/sekretaris/anggota hanya untuk Majelis Kode Etik (pelanggaran kode etik).",
            "A tim pemeriksa has atasan_langsung, inspektorat and bkpsdm members.",
        )
    if body == "tim":
        missing = [ROLE_LABELS_ID[r] for r in TEAM_ROLES if r not in roles]
        if missing:
            raise _bad(
                "team_incomplete",
                "Untuk hukuman disiplin berat tim pemeriksa wajib dan terdiri atas atasan "
                "langsung, unsur pengawasan dan unsur kepegawaian (PP 94/2021); belum ada: "
                f"{', '.join(missing)}."
                + (
                    " Bila atasan langsung terlibat, atasan yang lebih tinggi duduk sebagai "
                    "atasan_langsung (tandai --atasan-terlibat)."
                    if "Atasan langsung" in missing
                    else ""
                ),
                f"A berat case needs atasan_langsung, inspektorat and bkpsdm; missing "
                f"{', '.join(missing)}.",
                missing=missing,
            )
    if roles.count("atasan_langsung") > 1:
        raise _bad(
            "team_composition",
            "Tim pemeriksa hanya mempunyai satu atasan langsung.",
            "Only one atasan_langsung.",
        )
    if atasan_involved and "atasan_langsung" not in roles:
        raise _bad(
            "team_composition",
            "Atasan langsung terlibat: sebutkan atasan yang lebih tinggi sebagai anggota "
            "berperan atasan_langsung.",
            "The atasan is involved: name the next higher superior as atasan_langsung.",
        )


def set_team(
    ctx: AppContext,
    ref: str,
    members: list[Member],
    atasan_involved: bool = False,
    note: str = "",
) -> dict[str, Any]:
    """Record the tim pemeriksa or the Majelis Kode Etik (the whole composition; a new one
    supersedes the old). Rank lower than the examined person gives a warning only."""

    actor = ctx.require(EXAM_PERMISSION)
    if not members:
        raise _bad("team_empty", "Sebutkan anggota tim (--member).", "Name the members.")
    nips = [m.nip for m in members if m.nip]
    if len(set(nips)) != len(nips):
        raise _bad(
            "team_duplicate", "Satu orang tercatat dua kali dalam tim.", "A member is listed twice."
        )
    with ctx.tx() as session:
        case = find_case(session, ref)
        _require_state(case, (workflow.REKOMENDASI,), "Tim pemeriksa")
        output = _require_recommendation(session, case)
        need = required_body(output)
        body = "mke" if any(m.role in MKE_ROLES for m in members) else "tim"
        if need == "mke" and body != "mke":
            raise _bad(
                "mke_required",
                "Pelanggaran kode etik diperiksa oleh Majelis Kode Etik: peran ketua, "
                "sekretaris dan anggota (PP 42/2004).",
                "Ethics cases are examined by a Majelis Kode Etik.",
            )
        if need == "tim" and body == "mke":
            raise _bad(
                "team_required",
                "Pelanggaran disiplin berat diperiksa oleh tim pemeriksa (atasan_langsung, "
                "inspektorat, bkpsdm), bukan Majelis Kode Etik.",
                "A berat case needs a tim pemeriksa.",
            )
        mode = "mke" if body == "mke" else ("tim" if need == "tim" else "tim_optional")
        _check_composition(mode, members, atasan_involved)
        examined = _employee(session, case)
        for m in members:
            if examined is not None and m.nip and m.nip == examined.nip:
                raise _bad(
                    "team_examined",
                    f"{m.name} adalah pegawai yang diperiksa dan tidak dapat menjadi anggota.",
                    "The examined person cannot sit on the team.",
                )
        warnings = _rank_warnings(session, examined, members)
        previous = latest(session, case.id, "team")
        data = {
            "body": body,
            "members": [m.to_json() for m in members],
            "atasan_involved": atasan_involved,
            "required": need,
            "warnings": warnings,
            "note": note.strip(),
        }
        row = _append_entry(ctx, session, case, actor, "team", data, previous)
        audit.record(
            ctx,
            session,
            "case.team",
            "case_file",
            case.id,
            {"entry_id": row.id, "body": body, "members": len(members)},
        )
        return {"id": row.id, "case": case.number, **data}


def team_of(session: Session, case_id: str) -> dict[str, Any] | None:
    row = latest(session, case_id, "team")
    return {"id": row.id, "created_at": row.created_at, **_data(row)} if row else None


# ---------------------------------------------------------------------------- absence
def record_absence(
    ctx: AppContext, ref: str, note: str = "", today: date | None = None
) -> dict[str, Any]:
    """The examined person did not appear on the current summons' examination date. After the
    second summons this closes the examination: the PyBMH decides on the evidence available,
    without an examination (PP 94/2021), and the case records it as such."""

    actor = ctx.require(EXAM_PERMISSION)
    with ctx.tx() as session:
        case = find_case(session, ref)
        _require_state(case, (workflow.REKOMENDASI,), "Ketidakhadiran")
        plan = current_schedule(session, case.id)
        if plan is None:
            raise _bad(
                "schedule_required",
                "Belum ada surat panggilan (netra case schedule).",
                "No summons recorded yet (netra case schedule).",
            )
        if plan["missed"]:
            raise _bad(
                "already_absent",
                f"Ketidakhadiran pada pemeriksaan {plan['examination']} sudah dicatat. "
                "Catat panggilan kedua dulu (netra case schedule).",
                "This examination was already recorded as missed.",
            )
        if latest(session, case.id, "bap") is not None:
            raise _bad(
                "examined_already",
                "Berita acara pemeriksaan sudah dicatat: pegawai telah diperiksa.",
                "A BAP is already recorded.",
            )
        exam_day = date.fromisoformat(plan["examination"])
        if exam_day > (today or date.today()):
            raise _bad(
                "absence_before_exam",
                f"Pemeriksaan dijadwalkan {exam_day:%d-%m-%Y}: ketidakhadiran baru dapat "
                "dicatat pada atau sesudah tanggal itu.",
                "The examination date has not come yet.",
            )
        count = absence_count(session, case.id) + 1
        cal = _calendar(ctx, session)
        data: dict[str, Any] = {
            "step_id": plan["step_id"],
            "summons_no": plan["summons_no"],
            "examination": plan["examination"],
            "count": count,
            "note": note.strip(),
            "without_examination": plan["summons_no"] >= 2,
        }
        if plan["summons_no"] < 2:
            data["second_summons_by"] = workdays.add_working_days(cal, exam_day, 7).isoformat()
        row = _append_entry(ctx, session, case, actor, "absent", data)
        audit.record(
            ctx, session, "case.absent", "case_file", case.id, {"entry_id": row.id, **data}
        )
        return {"id": row.id, "case": case.number, **data}


def without_examination(session: Session, case_id: str) -> bool:
    return any(_data(e).get("without_examination") for e in entries(session, case_id, "absent"))


def check_new_schedule(ctx: AppContext, session: Session, case: CaseFile, summons: date) -> int:
    """The summons number a new ``case schedule`` gets (1, or 2 after a missed examination),
    refusing a second summons later than 7 working days after the missed date, a third one,
    and any summons once the person has been examined."""
    if without_examination(session, case.id):
        raise _bad(
            "absent_twice",
            "Pegawai tidak hadir pada panggilan kedua: PyBMH memutus berdasarkan bukti yang "
            "ada tanpa pemeriksaan (PP 94/2021); tidak ada panggilan ketiga.",
            "Absent twice: the decision is made without examination; no third summons.",
        )
    if latest(session, case.id, "bap") is not None:
        raise _bad(
            "examined_already",
            "Berita acara pemeriksaan sudah dicatat: panggilan tidak dapat dijadwalkan lagi.",
            "A BAP is already recorded.",
        )
    plan = current_schedule(session, case.id)
    if plan is None or not plan["missed"]:
        return plan["summons_no"] if plan else 1  # first summons, or a correction of it
    missed = date.fromisoformat(plan["examination"])
    cal = _calendar(ctx, session)
    limit = workdays.add_working_days(cal, missed, 7)
    if summons < missed or summons > limit:
        raise _bad(
            "second_summons_late",
            f"Panggilan kedua dikirim paling lama 7 hari kerja sejak pemeriksaan yang tidak "
            f"dihadiri ({missed:%d-%m-%Y}), yaitu paling lambat {limit:%d-%m-%Y} (PP 94/2021); "
            f"tertulis {summons:%d-%m-%Y}.",
            f"The second summons must be sent by {limit.isoformat()}.",
            limit=limit.isoformat(),
        )
    return 2


def _calendar(ctx: AppContext, session: Session) -> workdays.Calendar:
    return office_calendar(ctx, session)


# ---------------------------------------------------------------------------- BAP
def _signer_list(team: dict[str, Any] | None, examiner: Member | None) -> list[dict[str, Any]]:
    if team:
        order = {
            r: i
            for i, r in enumerate(
                ("ketua", "atasan_langsung", "sekretaris", "inspektorat", "bkpsdm", "anggota")
            )
        }
        return sorted(team["members"], key=lambda m: order.get(m["role"], 9))
    return [examiner.to_json()] if examiner else []


def _parse_qa(qa: Any) -> list[dict[str, str]]:
    if not isinstance(qa, list) or not qa:
        raise _bad(
            "bad_qa",
            'Tanya jawab harus daftar [{"question": "...", "answer": "..."}] yang tidak kosong.',
            "Q&A must be a non-empty list of {question, answer}.",
        )
    out: list[dict[str, str]] = []
    for i, item in enumerate(qa, 1):
        if (
            not isinstance(item, dict)
            or set(item) - {"question", "answer"}
            or not isinstance(item.get("question"), str)
            or not isinstance(item.get("answer", ""), str)
            or not item["question"].strip()
        ):
            raise _bad(
                "bad_qa",
                f"Tanya jawab ke-{i} tidak sah: perlu 'question' (tidak kosong) dan 'answer'.",
                f"Q&A item {i} is invalid.",
            )
        out.append({"question": item["question"].strip(), "answer": item.get("answer", "").strip()})
    return out


def _store_signature(
    ctx: AppContext,
    session: Session,
    case: CaseFile,
    entry_id: str,
    role: str,
    who: dict[str, Any],
    sig: strokes.Signature | None,
    png: bytes | None,
    reason: str = "",
) -> CaseSignature:
    actor = ctx.actor
    assert actor is not None
    if sig is not None and png is not None:
        text = sig.canonical()
        image = store_blob(session, png, "image/png")
        session.flush()
        extra: dict[str, Any] = {
            "kind": "signed",
            "strokes_json": text,
            "strokes_sha256": sha256_hex(text.encode("utf-8")),
            "image_sha256": image,
        }
    else:
        extra = {
            "kind": "refused",
            "strokes_json": None,
            "strokes_sha256": None,
            "image_sha256": None,
        }
    return append_evidence(
        ctx,
        session,
        CaseSignature(
            case_id=case.id,
            entry_id=entry_id,
            role=role,
            identity_json=canonical_json(who).decode("utf-8"),
            operator=actor.username,
            reason=reason,
            **extra,
        ),
    )


def record_bap(
    ctx: AppContext,
    ref: str,
    qa: Any,
    examiner_strokes: list[Any],
    examined_strokes: Any | None = None,
    refused: bool = False,
    refusal_reason: str = "",
    examiner: Member | None = None,
    place: str = "",
    held_on: date | None = None,
    mode: str = "tatap_muka",
) -> dict[str, Any]:
    """The Berita Acara Pemeriksaan with its signatures, in one transaction: the examiner(s)
    sign in team order (ketua/atasan langsung first); the examined person signs or refuses
    (recorded; the BAP stays valid, PP 94/2021)."""
    from desktop.documents.signature_image import render_png  # Pillow: loaded on first use

    actor = ctx.require(EXAM_PERMISSION)
    items = _parse_qa(qa)
    if mode not in ("tatap_muka", "virtual"):
        raise _bad(
            "bad_mode", "Cara pemeriksaan: tatap_muka atau virtual.", "Mode: tatap_muka|virtual."
        )
    if refused == (examined_strokes is not None):
        raise _bad(
            "examined_signature",
            "Pegawai yang diperiksa menandatangani (--strokes-examined) atau menolak "
            "(--refused): pilih salah satu.",
            "The examined person either signs or refuses: one of the two.",
        )
    if refused and len(" ".join(refusal_reason.split())) < 3:
        refusal_reason = "Pegawai yang diperiksa menolak menandatangani berita acara."
    if not examiner_strokes:
        raise _bad(
            "examiner_signature",
            "Berita acara ditandatangani oleh pemeriksa: beri tanda tangan pemeriksa "
            "(--strokes-examiner).",
            "The examiner must sign (--strokes-examiner).",
        )
    sigs = []
    for data in [*examiner_strokes, *([examined_strokes] if examined_strokes is not None else [])]:
        sig = strokes.parse(data)
        strokes.check_enough(sig)
        sigs.append((sig, render_png(sig)))
    with ctx.tx() as session:
        case = find_case(session, ref)
        _require_state(case, (workflow.REKOMENDASI,), "Berita acara pemeriksaan")
        output = _require_recommendation(session, case)
        if without_examination(session, case.id):
            raise _bad(
                "absent_twice",
                "Pegawai tidak hadir dua kali: keputusan dibuat tanpa pemeriksaan; tidak ada BAP.",
                "Absent twice: no examination, no BAP.",
            )
        plan = current_schedule(session, case.id)
        if plan is None:
            raise _bad(
                "schedule_required",
                "Pemeriksaan didahului surat panggilan: catat dulu tanggal panggilan dan "
                "pemeriksaan (netra case schedule).",
                "A summons must come first (netra case schedule).",
            )
        if plan["missed"]:
            raise _bad(
                "absent_recorded",
                f"Pemeriksaan {plan['examination']} tercatat tidak dihadiri: jadwalkan "
                "panggilan kedua dulu.",
                "That examination was recorded as missed: schedule the second summons.",
            )
        team = team_of(session, case.id)
        need = required_body(output)
        if need in ("tim", "mke") and team is None:
            raise _bad(
                "team_required",
                (
                    "Tim pemeriksa wajib untuk pelanggaran disiplin berat (PP 94/2021)"
                    if need == "tim"
                    else "Pelanggaran kode etik diperiksa Majelis Kode Etik (PP 42/2004)"
                )
                + ": catat dulu susunannya (netra case team).",
                "Record the examination team first (netra case team).",
            )
        signers = _signer_list(team, examiner)
        if not signers:
            raise _bad(
                "examiner_required",
                'Sebutkan pemeriksa (--examiner "Nama|NIP|atasan_langsung") atau catat tim '
                "pemeriksa (netra case team).",
                "Name the examiner or record a team.",
            )
        if len(examiner_strokes) > len(signers):
            raise _bad(
                "too_many_signatures",
                f"Ada {len(examiner_strokes)} tanda tangan pemeriksa untuk {len(signers)} "
                "pemeriksa.",
                "More examiner signatures than examiners.",
            )
        emp = _employee(session, case)
        examined = {
            "name": case.reported_name,
            "nip": (emp.nip or "") if emp else "",
            "golongan": (emp.golongan or "") if emp else "",
            "jabatan": emp.jabatan if emp else "",
            "unit": case.reported_unit,
        }
        previous = latest(session, case.id, "bap")
        held = held_on or date.fromisoformat(plan["examination"])
        data = {
            "qa": items,
            "held_on": held.isoformat(),
            "place": place.strip() or ctx.office(session).place or ctx.office(session).name,
            "mode": mode,
            "summons_no": plan["summons_no"],
            "examiners": signers,
            "examined": examined,
            "refused": refused,
            "refusal_reason": " ".join(refusal_reason.split()) if refused else "",
        }
        row = _append_entry(ctx, session, case, actor, "bap", data, previous)
        stored = []
        for who, (sig, png) in zip(signers, sigs[: len(examiner_strokes)], strict=False):
            stored.append(_store_signature(ctx, session, case, row.id, "examiner", who, sig, png))
        if refused:
            stored.append(
                _store_signature(
                    ctx,
                    session,
                    case,
                    row.id,
                    "examined",
                    examined,
                    None,
                    None,
                    data["refusal_reason"],
                )
            )
        else:
            sig, png = sigs[-1]
            stored.append(
                _store_signature(ctx, session, case, row.id, "examined", examined, sig, png)
            )
        audit.record(
            ctx,
            session,
            "case.bap",
            "case_file",
            case.id,
            {
                "entry_id": row.id,
                "questions": len(items),
                "refused": refused,
                "signatures": [s.id for s in stored],
            },
        )
        return bap_json(session, row)


def signatures_of(session: Session, entry_id: str) -> list[CaseSignature]:
    return list(
        session.scalars(
            select(CaseSignature)
            .where(CaseSignature.entry_id == entry_id)
            .order_by(CaseSignature.chain_seq)
        )
    )


def bap_json(session: Session, row: CaseExamEntry) -> dict[str, Any]:
    return {
        "id": row.id,
        "created_at": row.created_at,
        "sha256": row.sha256,
        **_data(row),
        "signatures": [
            {
                "id": s.id,
                "role": s.role,
                "kind": s.kind,
                "who": json.loads(s.identity_json),
                "image_sha256": s.image_sha256,
                "strokes_sha256": s.strokes_sha256,
                "reason": s.reason,
                "sha256": s.sha256,
            }
            for s in signatures_of(session, row.id)
        ],
    }


# ---------------------------------------------------------------------------- LHP
def record_lhp(
    ctx: AppContext,
    ref: str,
    conclusion: str,
    summary: str = "",
    analysis: str = "",
    made_on: date | None = None,
) -> dict[str, Any]:
    """The Laporan Hasil Pemeriksaan: summary (of the BAP, or of the two missed summonses),
    the evidence with their SHA-256, analysis, conclusion with the proven codes, the engine's
    recommendation and its legal basis."""

    actor = ctx.require(EXAM_PERMISSION)
    conclusion = conclusion.strip()
    if len(conclusion) < MIN_CONCLUSION:
        raise _bad(
            "conclusion_required",
            f"Kesimpulan pemeriksaan wajib ditulis (minimal {MIN_CONCLUSION} karakter).",
            "A conclusion is required.",
        )
    with ctx.tx() as session:
        case = find_case(session, ref)
        _require_state(case, (workflow.REKOMENDASI,), "Laporan hasil pemeriksaan")
        rec = _recommendation(session, case.id)
        output = _require_recommendation(session, case)
        assert rec is not None
        bap = latest(session, case.id, "bap")
        absent = without_examination(session, case.id)
        need = required_body(output)
        if bap is None and not absent and need != "none":
            raise _bad(
                "bap_required",
                "Laporan hasil pemeriksaan dibuat sesudah pemeriksaan (BAP), atau sesudah "
                "pegawai dua kali tidak hadir.",
                "The LHP comes after the BAP (or two missed summonses).",
            )
        proven = proven_codes(session, case.id)
        rec_codes = json.loads(rec.input_json).get("violations", [])
        if sorted(rec_codes) != sorted(proven):
            raise _bad(
                "recommendation_stale",
                "Kode terbukti berubah sesudah rekomendasi: jalankan rekomendasi lagi.",
                "The proven codes changed after the recommendation: recommend again.",
            )
        if not summary.strip():
            if absent:
                summary = (
                    "Pegawai yang bersangkutan tidak memenuhi panggilan pertama dan panggilan "
                    "kedua. Sesuai PP 94/2021, hukuman disiplin dijatuhkan berdasarkan alat "
                    "bukti dan keterangan yang ada tanpa pemeriksaan."
                )
            elif bap is not None:
                b = _data(bap)
                summary = (
                    f"Pemeriksaan dilaksanakan pada {b['held_on']} di {b['place']} "
                    f"({'secara virtual' if b['mode'] == 'virtual' else 'tatap muka'}), "
                    f"{len(b['qa'])} pertanyaan dijawab dan dicatat dalam berita acara"
                    + (
                        "; pegawai menolak menandatangani berita acara, yang tetap sah."
                        if b["refused"]
                        else "."
                    )
                )
        if not analysis.strip():
            from desktop.domain.explanation import explanation_lines

            analysis = "\n".join(explanation_lines(output))
        previous = latest(session, case.id, "lhp")
        made = made_on or date.today()
        if made > date.today():
            raise _bad(
                "date_in_future",
                "Tanggal laporan hasil pemeriksaan tidak boleh di masa depan.",
                "The LHP date cannot be in the future.",
            )
        data = {
            "date": made.isoformat(),
            "summary": summary.strip(),
            "analysis": analysis.strip(),
            "conclusion": conclusion,
            "proven_codes": proven,
            "without_examination": absent,
            "bap_id": bap.id if bap else None,
            "bap_sha256": bap.sha256 if bap else None,
            "evidence": [
                {"filename": e["filename"], "sha256": e["sha256"], "size": e["size"]}
                for e in case_evidence.list_json(session, case.id)
            ],
            "recommendation_id": rec.id,
            "rulebook": rec.rulebook_version,
            "rulebook_sha256": rec.rulebook_sha256,
            "recommendation": {
                k: output.get(k)
                for k in (
                    "track",
                    "level",
                    "minimum_type",
                    "allowed_types",
                    "moral",
                    "authority",
                    "process",
                    "warnings",
                    "sanction_names",
                    "moral_name",
                )
            },
            "legal_basis": sorted({c["legal_basis"] for c in output.get("codes", [])}),
        }
        row = _append_entry(ctx, session, case, actor, "lhp", data, previous)
        audit.record(ctx, session, "case.lhp", "case_file", case.id, {"entry_id": row.id})
        return {"id": row.id, "created_at": row.created_at, "sha256": row.sha256, **data}


# ---------------------------------------------------------------------------- references
def _period_body(ctx: AppContext, session: Session, when: date) -> dict[str, Any] | None:
    """The recommending body in force on ``when`` (rulebook ``recommending_bodies``)."""

    book = active_book(ctx, session)
    for body in book.data.get("recommending_bodies") or []:
        start = date.fromisoformat(body["from"]) if body.get("from") else date.min
        end = date.fromisoformat(body["until"]) if body.get("until") else date.max
        if start <= when <= end:
            flags = [book.unconfirmed_text(u) for u in body.get("unconfirmed") or []]
            return {**body, "warnings": [f"BELUM DIKONFIRMASI: {t}" for t in flags]}
    return None


def set_references(ctx: AppContext, ref: str, **values: Any) -> dict[str, Any]:
    """Add or change external references (only the keys given change; ``""`` clears one)."""

    actor = ctx.require("case.check")
    unknown = set(values) - set(REFERENCE_KEYS)
    if unknown:
        raise _bad(
            "bad_reference",
            f"Rujukan tidak dikenal: {', '.join(sorted(unknown))}.",
            "Unknown reference key.",
        )
    given = {k: v for k, v in values.items() if v is not None}
    if not given:
        raise _bad(
            "reference_required",
            "Sebutkan sedikitnya satu rujukan (--bawaslu, --sbt, --bkn-letter, --bkn-date, ...).",
            "Give at least one reference.",
        )
    if isinstance(given.get("bkn_date"), date):
        given["bkn_date"] = given["bkn_date"].isoformat()
    with ctx.tx() as session:
        case = find_case(session, ref)
        previous = latest(session, case.id, "reference")
        data = {k: v for k, v in _data(previous).items() if k in REFERENCE_KEYS}
        for key, value in given.items():
            text = " ".join(str(value).split())
            if text:
                data[key] = text
            else:
                data.pop(key, None)
        if data.get("bkn_date"):
            try:
                when = date.fromisoformat(data["bkn_date"])
            except ValueError:
                raise _bad(
                    "bad_date", "Tanggal surat BKN: format TTTT-BB-HH.", "bkn_date: YYYY-MM-DD."
                ) from None
            if when > date.today():
                raise _bad(
                    "date_in_future",
                    "Tanggal surat BKN tidak boleh di masa depan.",
                    "The BKN letter date cannot be in the future.",
                )
        row = _append_entry(ctx, session, case, actor, "reference", data, previous)
        audit.record(
            ctx, session, "case.reference", "case_file", case.id, {"entry_id": row.id, **data}
        )
        return references_json(ctx, session, case)


def follow_up_days(ctx: AppContext, session: Session) -> tuple[int, str, list[str]]:
    """(days, counting, warnings) of the PPK's follow-up deadline: the setting when set, else
    the rulebook's ``follow_up`` period; flagged UNCONFIRMED either way."""

    book = active_book(ctx, session)
    rule = next((d for d in book.deadlines if d.key == "follow_up"), None)
    flags = [
        f"BELUM DIKONFIRMASI [{u}]: {book.unconfirmed_text(u)}"
        for u in (rule.unconfirmed if rule else ())
    ]
    setting = ctx.get_setting(session, FOLLOW_UP_SETTING, None)
    if isinstance(setting, int) and not isinstance(setting, bool) and 1 <= setting <= 365:
        return setting, rule.counting if rule else "calendar", flags
    if rule is None:
        return (
            14,
            "calendar",
            [
                "BELUM DIKONFIRMASI: tenggat tindak lanjut PPK tidak ada di aturan sanksi; "
                "dipakai 14 hari (REFERENCE §11)."
            ],
        )
    return rule.days, rule.counting, flags


def set_follow_up_days(ctx: AppContext, days: int | None) -> dict[str, Any]:
    """Change the PPK follow-up deadline setting (``None``: back to the rulebook's)."""
    ctx.require("office.configure")
    if days is not None and not 1 <= days <= 365:
        raise _bad("bad_days", "Tenggat tindak lanjut: 1 sampai 365 hari.", "1..365 days.")
    with ctx.tx() as session:
        ctx.set_setting(session, FOLLOW_UP_SETTING, days)
        audit.record(
            ctx, session, "case.follow_up_days", "setting", FOLLOW_UP_SETTING, {"days": days}
        )
        found = follow_up_days(ctx, session)
    return {"days": found[0], "counting": found[1], "warnings": found[2]}


def references_json(
    ctx: AppContext, session: Session, case: CaseFile, today: date | None = None
) -> dict[str, Any]:
    row = latest(session, case.id, "reference")
    data = {k: v for k, v in _data(row).items() if k in REFERENCE_KEYS}
    letter = date.fromisoformat(data["bkn_date"]) if data.get("bkn_date") else None
    body = _period_body(ctx, session, letter or case.received_date)
    out: dict[str, Any] = {
        **{k: data.get(k) for k in REFERENCE_KEYS},
        "recommending_body": body,
        "follow_up": None,
    }
    if letter is not None:
        days, counting, flags = follow_up_days(ctx, session)
        due = workdays.add_days(_calendar(ctx, session), letter, days, counting)
        decided = _decision(session, case.id) is not None
        today = today or date.today()
        overdue = not decided and today > due
        out["follow_up"] = {
            "due": due.isoformat(),
            "days": days,
            "counting": counting,
            "done": decided,
            "overdue": overdue,
            "warnings": [*flags, SIASN_WARNING] if not decided else flags,
        }
    return out


# ---------------------------------------------------------------------------- receipt
def record_receipt(
    ctx: AppContext,
    ref: str,
    delivered: date,
    method: str = "langsung",
    receiver: str = "",
    post_number: str = "",
    note: str = "",
) -> dict[str, Any]:
    """Tanda terima of the decision (handed over, or sent by post when the person is absent).
    Records the delivery on the decision (effective date recomputed) and moves the case from
    keputusan to tindak lanjut."""

    actor = ctx.require("case.decide")
    if method not in RECEIPT_METHODS:
        raise _bad("bad_method", "Cara penyampaian: langsung atau pos.", "Method: langsung|pos.")
    if method == "pos" and not post_number.strip():
        raise _bad(
            "post_number_required",
            "Penyampaian lewat pos: catat nomor resi/pengiriman (--by-post NOMOR).",
            "Sent by post: give the tracking number.",
        )
    if delivered > date.today():
        raise _bad(
            "date_in_future",
            "Tanggal penyampaian tidak boleh di masa depan.",
            "The delivery date cannot be in the future.",
        )
    with ctx.tx() as session:
        case = find_case(session, ref)
        _require_state(case, (workflow.KEPUTUSAN, workflow.TINDAK_LANJUT), "Tanda terima")
        decision = _decision(session, case.id)
        if decision is None:
            raise _bad(
                "decision_required", "Laporan ini belum memiliki keputusan.", "No decision yet."
            )
        if decision.delivered_date != delivered:
            decision = record_delivery(ctx, session, case, delivered)
        previous = latest(session, case.id, "receipt")
        data = {
            "delivered": delivered.isoformat(),
            "method": method,
            "receiver": " ".join(receiver.split()) or case.reported_name,
            "post_number": post_number.strip(),
            "note": note.strip(),
            "decision_id": decision.id,
            "sk_number": decision.sk_number,
        }
        row = _append_entry(ctx, session, case, actor, "receipt", data, previous)
        if case.state == workflow.KEPUTUSAN:
            move(
                ctx,
                session,
                case,
                workflow.TINDAK_LANJUT,
                f"Keputusan disampaikan {delivered:%d-%m-%Y} ({method}).",
                None,
                {
                    "delivered": delivered.isoformat(),
                    "decision_id": decision.id,
                    "receipt_id": row.id,
                },
            )
        audit.record(ctx, session, "case.receipt", "case_file", case.id, {"entry_id": row.id})
        return {"id": row.id, **data}


# ---------------------------------------------------------------------------- objections
def objection_json(
    ctx: AppContext, session: Session, case: CaseFile, today: date | None = None
) -> dict[str, Any] | None:
    """The objection window after delivery: keberatan to the superior of the official who
    decided, or banding administratif to BPASN for a dismissal (PP 79/2021), with its
    UNCONFIRMED flags."""

    decision = _decision(session, case.id)
    if decision is None or decision.delivered_date is None:
        return None
    book = active_book(ctx, session)
    rule = next((d for d in book.deadlines if d.key == "objection"), None)
    days, counting = (rule.days, rule.counting) if rule else (14, "working")
    due = workdays.add_days(_calendar(ctx, session), decision.delivered_date, days, counting)
    t = decision.sanction_type
    if t in ("9", "ptdh", "kontrak_pemutusan"):
        route, to = "banding", "Badan Pertimbangan ASN (BPASN), tembusan kepada PPK"
        flags: list[str] = []
    else:
        route, to = "keberatan", "atasan pejabat yang menjatuhkan hukuman"
        flags = list(rule.unconfirmed) if rule else ["U-KEBERATAN"]
    if t.startswith("moral_"):
        flags.append("U-MORAL-KEBERATAN")
    if t.startswith("kontrak_"):
        route, to = "perjanjian_kerja", "menurut perjanjian kerja (bukan PP 79/2021)"
    filed = [_data(e) for e in entries(session, case.id, "objection")]
    today = today or date.today()
    return {
        "route": route,
        "to": to,
        "from": decision.delivered_date.isoformat(),
        "until": due.isoformat(),
        "days": days,
        "counting": counting,
        "open": today <= due,
        "filed": filed,
        "warnings": [f"BELUM DIKONFIRMASI [{u}]: {book.unconfirmed_text(u)}" for u in flags],
    }


def record_objection(
    ctx: AppContext, ref: str, kind: str, filed: date, note: str = ""
) -> dict[str, Any]:
    """An objection (keberatan) or appeal (banding) filed by the sanctioned person."""

    actor = ctx.require("case.decide")
    if kind not in OBJECTION_KINDS:
        raise _bad("bad_kind", "Jenis upaya: keberatan atau banding.", "keberatan|banding.")
    with ctx.tx() as session:
        case = find_case(session, ref)
        window = objection_json(ctx, session, case)
        if window is None:
            raise _bad(
                "not_delivered",
                "Upaya administratif diajukan sesudah keputusan disampaikan; penyampaian "
                "belum dicatat.",
                "The decision has not been delivered yet.",
            )
        late = filed > date.fromisoformat(window["until"])
        data = {
            "kind": kind,
            "filed": filed.isoformat(),
            "late": late,
            "note": note.strip(),
            "expected_route": window["route"],
        }
        row = _append_entry(ctx, session, case, actor, "objection", data)
        audit.record(ctx, session, "case.objection", "case_file", case.id, {"entry_id": row.id})
        return {"id": row.id, **data}


# ---------------------------------------------------------------------------- catch-all codes
def classifications_of(session: Session, case_id: str, codes: list[str]) -> dict[str, Any]:
    """The newest written classification of each catch-all code among ``codes``."""
    out: dict[str, Any] = {}
    for entry in entries(session, case_id, "classification"):
        data = _data(entry)
        if data.get("code") in codes:
            out[data["code"]] = {k: data[k] for k in ("level", "basis", "text")}
    return out


def classify(
    ctx: AppContext, ref: str, code: str, basis: str, text: str, level: str = ""
) -> dict[str, Any]:
    """The written classification a catch-all code ("other form regulated by law") needs
    before the engine runs: the regulation breached, the description and (discipline) level."""
    from desktop.domain.case_input import parse_classifications

    actor = ctx.require("case.check")
    code = code.strip().upper()
    with ctx.tx() as session:
        case = find_case(session, ref)
        book = active_book(ctx, session)
        v = book.violation(code)
        if not v.classification_required:
            raise _bad(
                "classification_not_needed",
                f"Kode {code} mempunyai tingkat tetap di aturan sanksi; klasifikasi hanya untuk "
                "kode 'bentuk lain yang diatur peraturan perundang-undangan'.",
                f"Code {code} has a fixed level.",
            )
        item = {
            "level": level or ("moral" if v.track == "ethics" else ""),
            "basis": basis,
            "text": text,
        }
        parsed = parse_classifications(book, (code,), {code: item})[0]
        data = {"code": code, **parsed.to_json()}
        row = _append_entry(ctx, session, case, actor, "classification", data)
        audit.record(
            ctx, session, "case.classify", "case_file", case.id, {"entry_id": row.id, **data}
        )
        return {"id": row.id, "case": case.number, **data}


# ---------------------------------------------------------------------------- suspension
SUSPENSION_LEVELS = ("berat", "ptdh")
MIN_SUSPENSION_REASON = 10
_LEVEL_ORDER = {"moral": 0, "ringan": 1, "sedang": 2, "berat": 3, "ptdh": 4}
SUSPENSION_BASIS = (
    "PP 94/2021: PNS yang diduga melakukan pelanggaran disiplin dan kemungkinan dijatuhi "
    "hukuman disiplin berat dibebaskan sementara dari tugas jabatannya oleh atasan langsung "
    "sejak diperiksa sampai ditetapkannya keputusan hukuman disiplin; tugasnya dilaksanakan "
    "pejabat pelaksana harian (nomor pasal BELUM DIKONFIRMASI di REFERENCE.md)."
)


def likely_level(ctx: AppContext, session: Session, case: CaseFile) -> tuple[str | None, str]:
    """(level, source) a suspension is judged on: the engine's current recommendation when
    there is one (``rekomendasi``), else the heaviest level of the proven or alleged codes in
    the active rulebook (``dugaan``)."""
    rec = _recommendation(session, case.id)
    if rec is not None:
        output = json.loads(rec.output_json)
        level = output.get("level") if output.get("track") == "discipline" else output.get("track")
        return (str(level) if level else None), "rekomendasi"
    book = active_book(ctx, session)
    codes = proven_codes(session, case.id) or json.loads(case.alleged_codes_json)
    levels = [book.violations[c].level for c in codes if c in book.violations]
    levels = [lv for lv in levels if lv in _LEVEL_ORDER]
    return (max(levels, key=lambda lv: _LEVEL_ORDER[lv]) if levels else None), "dugaan"


def suspension_json(session: Session, case_id: str) -> dict[str, Any] | None:
    """The case's pembebasan sementara: ``None`` when never recorded; else the newest
    suspension with ``active`` and, once lifted, when and why (a decision or by hand)."""
    row = latest(session, case_id, "suspension")
    if row is None:
        return None
    data = _data(row)
    if data.get("action") == "lift":
        suspended = dict(data.get("suspended") or {})
        return {
            **suspended,
            "active": False,
            "entry_id": row.id,
            "suspension_id": data.get("suspension_id"),
            "lifted_on": data.get("lifted_on"),
            "lift_reason": data.get("lift_reason"),
            "decision_id": data.get("decision_id"),
            "note": data.get("note", ""),
        }
    return {
        **{k: v for k, v in data.items() if k != "action"},
        "active": True,
        "entry_id": row.id,
        "suspension_id": row.id,
        "created_at": row.created_at,
        "sha256": row.sha256,
        "lifted_on": None,
        "lift_reason": None,
        "decision_id": None,
    }


def suspension_entry(session: Session, case_id: str) -> CaseExamEntry | None:
    """The newest ``suspend`` entry (the one the Keputusan Pembebasan Sementara prints),
    whether or not it was lifted since."""
    for row in reversed(entries(session, case_id, "suspension")):
        if _data(row).get("action") == "suspend":
            return row
    return None


def suspend(
    ctx: AppContext,
    ref: str,
    *,
    acting_official: str,
    official_nip: str,
    start: date,
    reason: str,
) -> dict[str, Any]:
    """Pembebasan sementara dari tugas jabatan (PP 94/2021) for a case in examination whose
    recommendation (or, before it, the proven/alleged codes) points at a hukuman disiplin
    berat, with the pejabat pelaksana harian who takes over the duties. A new suspension
    supersedes an earlier one (a correction); it lasts until the decision or :func:`lift`."""

    actor = ctx.require(EXAM_PERMISSION)
    name = " ".join(acting_official.split())
    nip = nipmod.as_nip(official_nip) or ""
    if not name or not nip:
        raise _bad(
            "suspension_official_required",
            "Sebutkan pejabat pelaksana harian (--official) dan NIP-nya (--official-nip, "
            "18 angka)"
            + (f"; NIP tertulis '{official_nip}' tidak sah." if official_nip.strip() else "."),
            "Name the acting official and the NIP.",
        )
    reason = " ".join(reason.split())
    if len(reason) < MIN_SUSPENSION_REASON:
        raise _bad(
            "suspension_reason_required",
            f"Alasan pembebasan sementara wajib ditulis (minimal {MIN_SUSPENSION_REASON} "
            "karakter).",
            "A reason for the suspension is required.",
        )
    with ctx.tx() as session:
        case = find_case(session, ref)
        _require_state(case, (workflow.REKOMENDASI,), "Pembebasan sementara")
        level, source = likely_level(ctx, session, case)
        if level not in SUSPENSION_LEVELS:
            basis = "rekomendasi" if source == "rekomendasi" else "kode dugaan pelanggaran"
            raise _bad(
                "suspension_not_berat",
                "Pembebasan sementara dari tugas jabatan hanya untuk dugaan pelanggaran yang "
                "dapat dijatuhi hukuman disiplin berat (PP 94/2021); "
                f"{basis} laporan {case.number} bertingkat '{level or 'tidak diketahui'}'.",
                "Temporary suspension is only for a case likely to end in a berat sanction.",
                level=level,
                source=source,
            )
        emp = _employee(session, case)
        if emp is not None and emp.nip and emp.nip == nip:
            raise _bad(
                "suspension_official_required",
                f"{name} adalah pegawai yang diperiksa: pejabat pelaksana harian harus orang lain.",
                "The acting official cannot be the examined person.",
            )
        team = team_of(session, case.id) or {}
        atasan = next(
            (m for m in team.get("members", []) if m["role"] in ("atasan_langsung", "ketua")),
            None,
        )
        rec = _recommendation(session, case.id)
        previous = latest(session, case.id, "suspension")
        data: dict[str, Any] = {
            "action": "suspend",
            "acting_official": name,
            "official_nip": nip,
            "start": start.isoformat(),
            "reason": reason,
            "level": level,
            "level_source": source,
            "recommendation_id": rec.id if rec else None,
            "by": {"name": atasan["name"], "nip": atasan["nip"]} if atasan else None,
            "examined": {
                "name": case.reported_name,
                "nip": (emp.nip or "") if emp else "",
                "jabatan": emp.jabatan if emp else "",
            },
        }
        row = _append_entry(ctx, session, case, actor, "suspension", data, previous)
        audit.record(
            ctx,
            session,
            "case.suspend",
            "case_file",
            case.id,
            {"entry_id": row.id, "start": data["start"], "acting_official": name},
        )
        session.flush()
        out = suspension_json(session, case.id)
        assert out is not None
        return {"case": case.number, **out}


def _lift_entry(
    ctx: AppContext,
    session: Session,
    case: CaseFile,
    actor: Actor,
    lifted_on: date,
    why: str,
    decision_id: str | None,
    note: str,
) -> CaseExamEntry | None:
    current = latest(session, case.id, "suspension")
    if current is None or _data(current).get("action") != "suspend":
        return None
    suspended = {k: v for k, v in _data(current).items() if k != "action"}
    data = {
        "action": "lift",
        "suspension_id": current.id,
        "lifted_on": lifted_on.isoformat(),
        "lift_reason": why,
        "decision_id": decision_id,
        "note": " ".join(note.split()),
        "suspended": suspended,
    }
    return _append_entry(ctx, session, case, actor, "suspension", data, current)


def lift(ctx: AppContext, ref: str, on: date | None = None, note: str = "") -> dict[str, Any]:
    """End the pembebasan sementara by hand (a superseding ``suspension`` entry)."""

    actor = ctx.require(EXAM_PERMISSION)
    with ctx.tx() as session:
        case = find_case(session, ref)
        row = _lift_entry(ctx, session, case, actor, on or date.today(), "manual", None, note)
        if row is None:
            raise _bad(
                "suspension_none",
                f"Laporan {case.number} tidak sedang dalam pembebasan sementara dari tugas "
                "jabatan.",
                "The case has no active temporary suspension.",
            )
        audit.record(
            ctx, session, "case.suspension_lift", "case_file", case.id, {"entry_id": row.id}
        )
        session.flush()
        out = suspension_json(session, case.id)
        assert out is not None
        return {"case": case.number, **out}


def lift_on_decision(
    ctx: AppContext, session: Session, case: CaseFile, decision: CaseDecision
) -> CaseExamEntry | None:
    """The suspension ends when the decision is recorded (PP 94/2021): called by
    ``case_sanctions.decide`` in its transaction; nothing when no suspension is active."""
    actor = ctx.actor
    assert actor is not None
    return _lift_entry(
        ctx, session, case, actor, decision.sk_date, "decision", decision.id, decision.sk_number
    )


# ---------------------------------------------------------------------------- state
def exam_state(ctx: AppContext, ref: str, today: date | None = None) -> dict[str, Any]:
    """Everything of the examination and the national path, for the case page and ``--json``."""
    from desktop.services.cases import exam_docs as case_exam_docs

    ctx.require("view")
    with ctx.read() as session:
        case = find_case(session, ref)
        rec = _recommendation(session, case.id)
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
        return {
            "case_id": case.id,
            "number": case.number,
            "state": case.state,
            "required_body": required_body(output) if output else None,
            "team": team,
            # who signs the BAP, in the order record_bap takes the examiners' strokes
            "bap_signers": _signer_list(team, None),
            "catch_all": [{"code": c, "classification": classified.get(c)} for c in catch_all],
            "summonses": plans,
            "absences": [_data(e) for e in entries(session, case.id, "absent")],
            "without_examination": without_examination(session, case.id),
            "bap": bap_json(session, bap) if bap else None,
            "lhp": {"id": lhp.id, "created_at": lhp.created_at, "sha256": lhp.sha256, **_data(lhp)}
            if lhp
            else None,
            "receipt": {"id": receipt.id, **_data(receipt)} if receipt else None,
            "references": references_json(ctx, session, case, today),
            "objection": objection_json(ctx, session, case, today),
            "suspension": suspension_json(session, case.id),
            "documents": case_exam_docs.list_documents_in(session, case.id),
            "available_documents": case_exam_docs.available_kinds(session, case),
        }
