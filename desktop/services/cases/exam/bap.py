"""The Berita Acara Pemeriksaan: questions and answers, signed on screen by the examiner(s)
and the examined person (or the refusal to sign, recorded; the BAP stays valid). Signatures
are ``CaseSignature`` rows sealed like a pact's (raw strokes, their hash, the PNG as a blob).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import strokes, workflow
from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.services import audit
from desktop.services.cases.exam.base import (
    EXAM_PERMISSION,
    append_entry,
    employee_of,
    entry_data,
    latest,
    require_recommendation,
    require_state,
    required_body,
)
from desktop.services.cases.exam.summons import current_schedule, without_examination
from desktop.services.cases.exam.team import Member, signer_list, team_of
from desktop.services.cases.model import ExamRecorded
from desktop.services.cases.records import bad, find_case
from desktop.services.context import AppContext
from desktop.services.office import store_blob
from desktop.services.records import append_evidence
from desktop.store.models import CaseExamEntry, CaseFile, CaseSignature


def _parse_qa(qa: Any) -> list[dict[str, str]]:
    if not isinstance(qa, list) or not qa:
        raise bad(
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
            raise bad(
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
) -> ExamRecorded:
    """The Berita Acara Pemeriksaan with its signatures, in one transaction: the examiner(s)
    sign in team order (ketua/atasan langsung first); the examined person signs or refuses
    (recorded; the BAP stays valid, PP 94/2021)."""
    from desktop.documents.signature_image import render_png  # Pillow: loaded on first use

    actor = ctx.require(EXAM_PERMISSION)
    items = _parse_qa(qa)
    if mode not in ("tatap_muka", "virtual"):
        raise bad(
            "bad_mode", "Cara pemeriksaan: tatap_muka atau virtual.", "Mode: tatap_muka|virtual."
        )
    if refused == (examined_strokes is not None):
        raise bad(
            "examined_signature",
            "Pegawai yang diperiksa menandatangani (--strokes-examined) atau menolak "
            "(--refused): pilih salah satu.",
            "The examined person either signs or refuses: one of the two.",
        )
    if refused and len(" ".join(refusal_reason.split())) < 3:
        refusal_reason = "Pegawai yang diperiksa menolak menandatangani berita acara."
    if not examiner_strokes:
        raise bad(
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
        require_state(case, (workflow.REKOMENDASI,), "Berita acara pemeriksaan")
        output = require_recommendation(session, case)
        if without_examination(session, case.id):
            raise bad(
                "absent_twice",
                "Pegawai tidak hadir dua kali: keputusan dibuat tanpa pemeriksaan; tidak ada BAP.",
                "Absent twice: no examination, no BAP.",
            )
        plan = current_schedule(session, case.id)
        if plan is None:
            raise bad(
                "schedule_required",
                "Pemeriksaan didahului surat panggilan: catat dulu tanggal panggilan dan "
                "pemeriksaan (netra case schedule).",
                "A summons must come first (netra case schedule).",
            )
        if plan["missed"]:
            raise bad(
                "absent_recorded",
                f"Pemeriksaan {plan['examination']} tercatat tidak dihadiri: jadwalkan "
                "panggilan kedua dulu.",
                "That examination was recorded as missed: schedule the second summons.",
            )
        team = team_of(session, case.id)
        need = required_body(output)
        if need in ("tim", "mke") and team is None:
            raise bad(
                "team_required",
                (
                    "Tim pemeriksa wajib untuk pelanggaran disiplin berat (PP 94/2021)"
                    if need == "tim"
                    else "Pelanggaran kode etik diperiksa Majelis Kode Etik (PP 42/2004)"
                )
                + ": catat dulu susunannya (netra case team).",
                "Record the examination team first (netra case team).",
            )
        signers = signer_list(team, examiner)
        if not signers:
            raise bad(
                "examiner_required",
                'Sebutkan pemeriksa (--examiner "Nama|NIP|atasan_langsung") atau catat tim '
                "pemeriksa (netra case team).",
                "Name the examiner or record a team.",
            )
        if len(examiner_strokes) > len(signers):
            raise bad(
                "too_many_signatures",
                f"Ada {len(examiner_strokes)} tanda tangan pemeriksa untuk {len(signers)} "
                "pemeriksa.",
                "More examiner signatures than examiners.",
            )
        emp = employee_of(session, case)
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
        row = append_entry(ctx, session, case, actor, "bap", data, previous)
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
        return ExamRecorded(bap_json(session, row))


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
        **entry_data(row),
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
