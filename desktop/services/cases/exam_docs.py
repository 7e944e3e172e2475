"""The examination documents as versioned evidence: build, print, verify, bundle.

A document's printed content is a plain dict built from the case's records; its SHA-256 is
sealed in a ``CaseDocumentRecord`` (hash-chained). Printing again with the same content gives
the same version (and the stored PDF); any change makes a new version that supersedes the old.
The QR on every page is the pact's payload (``desktop.domain.verification``) signed with the
office key: record id = the document record, "template" hash = the content hash, record hash =
the chain hash; any installation knowing the office key checks the signature offline.
Checking a printed code is printing's (``desktop.services.printing.case_verification``).

The I'DIS/SIASN bundle (:func:`bundle`) is one folder per decided case with its PDFs plus
``index.csv`` and ``index.json`` for the BKPSDM's upload.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import golongan as gol
from desktop.domain import verification, workdays
from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import NetraError
from desktop.domain.pact import tanggal
from desktop.domain.rulebook import Rulebook
from desktop.fileio import write_verified
from desktop.services import audit, identity
from desktop.services.cases.exam import (
    SUSPENSION_BASIS,
    _data,
    _decision,
    _recommendation,
    bap_json,
    latest,
    references_json,
    schedules,
    suspension_entry,
    team_of,
    without_examination,
)
from desktop.services.cases.records import (
    find_case,
    names_book,
    office_calendar,
    proven_codes,
    type_label,
)
from desktop.services.context import AppContext
from desktop.services.office import letterhead, store_blob
from desktop.services.records import append_evidence
from desktop.store.models import Blob, CaseDocumentRecord, CaseFile, Employee, Unit

KINDS = ("summons1", "summons2", "bap", "lhp", "sk", "receipt", "suspension")
TITLES = {
    "summons1": "Surat Panggilan I",
    "summons2": "Surat Panggilan II",
    "bap": "Berita Acara Pemeriksaan",
    "lhp": "Laporan Hasil Pemeriksaan",
    "sk": "Keputusan Hukuman Disiplin",
    "receipt": "Tanda Terima Keputusan",
    "suspension": "Keputusan Pembebasan Sementara dari Tugas Jabatan",
}
FILE_NAMES = {
    "summons1": "01-surat-panggilan-1.pdf",
    "summons2": "02-surat-panggilan-2.pdf",
    "bap": "03-berita-acara-pemeriksaan.pdf",
    "lhp": "04-laporan-hasil-pemeriksaan.pdf",
    "sk": "05-keputusan.pdf",
    "receipt": "06-tanda-terima.pdf",
    "suspension": "07-pembebasan-sementara.pdf",
}
INDEX_KEYS = (
    "case_number",
    "nip",
    "name",
    "category",
    "golongan",
    "jabatan",
    "unit",
    "violation_codes",
    "sanction_type",
    "sanction_name",
    "moral",
    "sk_number",
    "sk_date",
    "decided_by",
    "delivered_date",
    "effective_date",
    "end_date",
    "without_examination",
    "bawaslu",
    "bawaslu_letter",
    "sbt",
    "bkn_letter",
    "bkn_date",
    "kanreg",
    "recommending_body",
    "rulebook",
)
TRACK_LABELS = {
    "discipline": "Hukuman disiplin (PP 94/2021)",
    "ethics": "Kode etik — sanksi moral (PP 42/2004)",
    "contract": "Perjanjian kerja / SE MenPANRB 01/2023 (non-ASN)",
}


def _bad(code: str, message_id: str, message_en: str, **details: Any) -> NetraError:
    return NetraError(code, message_id, message_en, **details)


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise _bad(
            "unknown_kind",
            f"Jenis dokumen '{kind}' tidak dikenal. Pilih: {', '.join(KINDS)}.",
            f"Unknown document kind '{kind}'. Choose: {', '.join(KINDS)}.",
            valid=list(KINDS),
        )
    return kind


# ---------------------------------------------------------------------------- content parts
def _examined(session: Session, case: CaseFile) -> dict[str, Any]:
    emp = session.get(Employee, case.employee_id) if case.employee_id else None
    if emp is None:
        return {
            "name": case.reported_name,
            "nip": "",
            "unit": case.reported_unit,
            "jabatan": "",
            "golongan": "",
            "pangkat": "",
            "category": "",
        }
    unit = session.get(Unit, emp.unit_id)
    return {
        "name": emp.name,
        "nip": emp.nip or "",
        "nik": emp.nik or "",
        "category": emp.category,
        "golongan": emp.golongan or "",
        "pangkat": gol.pangkat(emp.golongan),
        "jabatan": emp.jabatan,
        "unit": unit.name if unit else case.reported_unit,
    }


def _book(ctx: AppContext, session: Session) -> Rulebook:
    """The rulebook the documents name violations and sanctions by (with the local layer)."""
    return names_book(ctx, session)


def _codes(ctx: AppContext, session: Session, case: CaseFile) -> list[dict[str, str]]:
    book = _book(ctx, session)
    codes = proven_codes(session, case.id) or json.loads(case.alleged_codes_json)
    out = []
    for code in codes:
        v = book.violations.get(code)
        out.append(
            {"code": code, "act": v.act if v else "", "legal_basis": v.legal_basis if v else ""}
        )
    return out


def _track(session: Session, case: CaseFile) -> str:
    rec = _recommendation(session, case.id)
    return str(json.loads(rec.output_json).get("track")) if rec else "discipline"


def _basis(track: str) -> str:
    return {
        "ethics": "PP 42/2004 tentang Pembinaan Jiwa Korps dan Kode Etik PNS",
        "contract": "perjanjian kerja dan SE MenPANRB 01/2023",
    }.get(track, "PP 94/2021 tentang Disiplin PNS")


def _official(ctx: AppContext, session: Session, level: str | None, track: str) -> str:
    office = ctx.office(session)
    region = office.kabupaten_name.strip()
    if track == "contract":
        return "Kepala Unit Kerja"
    if track == "ethics" or level in ("berat", "ptdh"):
        lower = region.lower()
        for prefix in ("kabupaten ", "kab. ", "kota "):
            if lower.startswith(prefix):
                region = region[len(prefix) :]
        parts = office.kabupaten_code.split(".")
        # Kemendagri codes: 71-99 after the province are cities (81.72 Kota Tual)
        city = lower.startswith("kota ") or (
            len(parts) > 1 and parts[1].isdigit() and int(parts[1]) >= 71
        )
        return (
            f"{'Wali Kota' if city else 'Bupati'} {region}"
            if region
            else "Pejabat Pembina Kepegawaian"
        )
    return "Pejabat yang Berwenang Menghukum"


def _base(ctx: AppContext, session: Session, case: CaseFile, kind: str) -> dict[str, Any]:
    office = ctx.office(session)
    return {
        "kind": kind,
        "title": TITLES[kind],
        "case_number": case.number,
        "office_name": office.name,
        "place": office.place or office.name,
        "examined": _examined(session, case),
        "codes": _codes(ctx, session, case),
        "legal_basis": _basis(_track(session, case)),
    }


def _summons_content(
    ctx: AppContext, session: Session, case: CaseFile, kind: str
) -> dict[str, Any]:
    no = 1 if kind == "summons1" else 2
    plans = [p for p in schedules(session, case.id) if p["summons_no"] == no]
    if not plans:
        raise _bad(
            "summons_missing",
            f"Belum ada panggilan {'pertama' if no == 1 else 'kedua'} "
            + (
                "(netra case schedule)."
                if no == 1
                else "(panggilan kedua dijadwalkan sesudah ketidakhadiran dicatat: "
                "netra case absent, lalu netra case schedule)."
            ),
            f"No summons {no} recorded yet.",
        )
    plan = plans[-1]
    team = team_of(session, case.id)
    track = _track(session, case)
    signer: dict[str, Any] = {"heading": "Atasan Langsung,", "name": "", "nip": ""}
    if track == "contract":
        signer["heading"] = "Kepala Unit Kerja,"
    for m in (team or {}).get("members", []):
        if m["role"] in ("atasan_langsung", "ketua"):
            signer = {"heading": f"{m['role_label']},", "name": m["name"], "nip": m["nip"]}
    cal = _calendar(ctx, session)
    summons, exam = date.fromisoformat(plan["summons"]), date.fromisoformat(plan["examination"])
    out = {
        **_base(ctx, session, case, kind),
        "subtitle": f"Laporan {case.number}",
        "summons_no": no,
        "summons": plan["summons"],
        "examination": plan["examination"],
        "time": f"{plan['time']} waktu setempat" if plan.get("time") else None,
        "examination_place": plan.get("place"),
        "gap_working_days": workdays.working_days_between(cal, summons, exam),
        "signer": signer,
        "purpose": {
            "ethics": "pemeriksaan oleh Majelis Kode Etik (PP 42/2004)",
            "contract": "klarifikasi atas dugaan pelanggaran netralitas (SE MenPANRB 01/2023)",
        }.get(track, "pemeriksaan dugaan pelanggaran disiplin (PP 94/2021)"),
    }
    if no == 2:
        missed = [p for p in schedules(session, case.id) if p["summons_no"] == 1 and p["missed"]]
        out["missed_examination"] = missed[-1]["examination"] if missed else None
    return out


def _bap_content(
    ctx: AppContext, session: Session, case: CaseFile
) -> tuple[dict[str, Any], dict[str, bytes]]:
    row = latest(session, case.id, "bap")
    if row is None:
        raise _bad(
            "bap_missing",
            "Belum ada berita acara pemeriksaan (netra case bap).",
            "No BAP recorded yet (netra case bap).",
        )
    bap = bap_json(session, row)
    signers: list[dict[str, Any]] = []
    images: dict[str, bytes] = {}
    signed = {s["who"].get("nip") or s["who"].get("name"): s for s in bap["signatures"]}
    for e in bap["examiners"]:
        s = signed.get(e.get("nip") or e.get("name"))
        signers.append(
            {
                "heading": f"Pemeriksa ({e['role_label']}),",
                "name": e["name"],
                "nip": e["nip"],
                "image_sha256": s["image_sha256"] if s and s["role"] == "examiner" else None,
            }
        )
    examined = next(s for s in bap["signatures"] if s["role"] == "examined")
    signers.append(
        {
            "heading": "Yang diperiksa,",
            "name": bap["examined"]["name"],
            "nip": bap["examined"]["nip"],
            "image_sha256": examined["image_sha256"],
            "refused": examined["kind"] == "refused",
            "reason": examined["reason"],
        }
    )
    for s in signers:
        sha = s.get("image_sha256")
        if sha:
            blob = session.get(Blob, sha)
            if blob is not None:
                images[sha] = bytes(blob.data)
    content = {
        **_base(ctx, session, case, "bap"),
        "subtitle": f"Laporan {case.number}",
        "bap_id": row.id,
        "bap_sha256": row.sha256,
        "qa": bap["qa"],
        "held_on": bap["held_on"],
        "place": bap["place"],
        "mode": bap["mode"],
        "examiners": bap["examiners"],
        "refused": bap["refused"],
        "signers": signers,
        "signature_sha256": [s["sha256"] for s in bap["signatures"]],
    }
    return content, images


def _lhp_content(ctx: AppContext, session: Session, case: CaseFile) -> dict[str, Any]:
    row = latest(session, case.id, "lhp")
    if row is None:
        raise _bad(
            "lhp_missing",
            "Belum ada laporan hasil pemeriksaan (netra case lhp).",
            "No LHP recorded yet (netra case lhp).",
        )
    lhp = _data(row)
    rec = lhp["recommendation"]
    names = rec.get("sanction_names") or {}
    team = team_of(session, case.id)
    signers = [
        {"heading": f"{m['role_label']},", "name": m["name"], "nip": m["nip"]}
        for m in (team or {}).get("members", [])
    ] or [{"heading": "Atasan Langsung,", "name": "", "nip": ""}]
    return {
        **_base(ctx, session, case, "lhp"),
        "subtitle": f"Laporan {case.number}"
        + (" — tanpa pemeriksaan (tidak hadir dua kali)" if lhp["without_examination"] else ""),
        "lhp_id": row.id,
        "lhp_sha256": row.sha256,
        "date": lhp["date"],
        "summary": lhp["summary"],
        "analysis": lhp["analysis"],
        "conclusion": lhp["conclusion"],
        "evidence": lhp["evidence"],
        "bap_sha256": lhp.get("bap_sha256"),
        "recommendation": rec,
        "track_label": TRACK_LABELS.get(rec.get("track") or "", rec.get("track") or "-"),
        "minimum_name": names.get(str(rec.get("minimum_type")))
        or (str(rec["minimum_type"]) if rec.get("minimum_type") else None),
        "allowed_names": "; ".join(
            names.get(str(t), str(t)) for t in rec.get("allowed_types") or []
        ),
        "legal_basis_list": lhp["legal_basis"],
        "rulebook": lhp["rulebook"],
        "rulebook_sha256": lhp["rulebook_sha256"],
        "signers": signers,
    }


def _sk_content(ctx: AppContext, session: Session, case: CaseFile) -> dict[str, Any]:
    from desktop.domain.sanctions import sanction_name

    rec = _recommendation(session, case.id)
    if rec is None:
        raise _bad(
            "recommendation_required",
            "Belum ada rekomendasi untuk menyusun draf keputusan.",
            "No recommendation yet.",
        )
    output = json.loads(rec.output_json)
    decision = _decision(session, case.id)
    book = _book(ctx, session)
    examined = _examined(session, case)
    category = examined.get("category") or None
    track = output.get("track", "discipline")
    level = output.get("level")
    warnings: list[str] = []
    if decision is not None:
        stype = decision.sanction_type
        track = (
            "ethics"
            if stype.startswith("moral_")
            else "contract"
            if stype.startswith("kontrak_")
            else "discipline"
        )
        label = type_label(stype, category, book)
        if stype.isdigit():
            level = book.sanction(int(stype)).level
        elif stype == "ptdh":
            level = "ptdh"
    elif track == "ethics":
        stype = f"moral_{output.get('moral')}"
        label = type_label(stype, category, book)
    elif track == "contract":
        stype, label = (
            "",
            f"sanksi menurut perjanjian kerja (diisi pejabat: {book.sanction_name(2)} sampai "
            f"{sanction_name(book, 'kontrak_pemutusan')})",
        )
    else:
        stype = str(output.get("minimum_type"))
        label = type_label(stype, category, book)
    if track == "discipline" and decision is not None and decision.moral:
        label += f", disertai sanksi moral berupa pernyataan secara {decision.moral}"
    about = {
        "ethics": f"Penjatuhan Sanksi Moral berupa {label.split(': ', 1)[-1]}",
        "contract": "Penjatuhan Sanksi kepada Pegawai Non-ASN atas Pelanggaran Netralitas",
    }.get(track, f"Penjatuhan Hukuman Disiplin Tingkat {str(level or '').capitalize()}")
    lhp = latest(session, case.id, "lhp")
    absent = without_examination(session, case.id)
    codes = _codes(ctx, session, case)
    considering = (
        f"bahwa Sdr. {examined['name']} "
        + (
            "tidak memenuhi panggilan pertama dan kedua sehingga hukuman dijatuhkan berdasarkan "
            "alat bukti dan keterangan yang ada tanpa pemeriksaan"
            if absent
            else "berdasarkan Laporan Hasil Pemeriksaan tanggal "
            + (tanggal(date.fromisoformat(_data(lhp)["date"])) if lhp else "-")
        )
        + f" terbukti melakukan pelanggaran netralitas: {', '.join(c['code'] for c in codes)}."
    )
    cat = book.categories.get(category or "PNS") or book.categories["PNS"]
    bases = ["UU 20/2023 tentang Aparatur Sipil Negara"] if track != "contract" else []
    bases += [b for b in (cat.legal_basis,) if b]
    bases += sorted({c["legal_basis"] for c in codes if c["legal_basis"]})
    if decision is not None and decision.effective_date:
        effective = (
            f"Keputusan ini mulai berlaku pada hari kerja ke-15 sejak diterima, yaitu "
            f"{decision.effective_date.isoformat()}"
            + (f", sampai dengan {decision.end_date.isoformat()}" if decision.end_date else "")
            + "."
        )
    elif track == "discipline":
        effective = (
            "Keputusan ini mulai berlaku pada hari ke-15 sejak diterima oleh yang bersangkutan "
            "(kebijakan aturan: hari kerja ke-15; BELUM DIKONFIRMASI)."
        )
    else:
        effective = "Keputusan ini berlaku sejak tanggal ditetapkan."
    if track == "ethics":
        effective += (
            " Forum pernyataan terbuka/tertutup BELUM DIKONFIRMASI (Penjelasan PP 42/2004)."
        )
    objection = None
    if track == "discipline":
        if stype in ("9", "ptdh"):
            objection = (
                "Terhadap keputusan ini dapat diajukan banding administratif kepada Badan "
                "Pertimbangan ASN paling lama 14 hari kerja sejak diterima (PP 79/2021)."
            )
        else:
            objection = (
                "Terhadap keputusan ini dapat diajukan keberatan kepada atasan pejabat yang "
                "menjatuhkan hukuman (PP 79/2021); tenggat 14 hari kerja BELUM DIKONFIRMASI."
            )
    for w in output.get("warnings") or []:
        if any(k in w for k in ("U-UU20", "U-PPPK", "PPPK:", "non-ASN", "Non-ASN")):
            warnings.append(w)
    authority = book.authority.get(
        level if track == "discipline" and level in book.authority else track
    )
    return {
        **_base(ctx, session, case, "sk"),
        "title": {
            "ethics": "Keputusan Penjatuhan Sanksi Moral",
            "contract": "Keputusan Kepala Unit Kerja",
        }.get(track, "Keputusan Hukuman Disiplin"),
        "subtitle": "",
        "draft": decision is None,
        "track": track,
        "sanction_type": stype,
        "sanction_label": label,
        "about": about,
        "official": _official(ctx, session, level, track),
        "decided_by": decision.decided_by if decision else "",
        "sk_number": decision.sk_number if decision else "",
        "sk_date": decision.sk_date.isoformat() if decision else "",
        "considering": considering,
        "legal_basis_list": bases,
        "effective_text": effective,
        "objection_text": objection,
        "warnings": warnings,
        "rulebook_note": (
            f"Pejabat berwenang menurut aturan sanksi {rec.rulebook_version} (aturan 7): "
            f"{authority.text if authority else '-'}"
        ),
        "rulebook": rec.rulebook_version,
    }


def _receipt_content(ctx: AppContext, session: Session, case: CaseFile) -> dict[str, Any]:
    row = latest(session, case.id, "receipt")
    decision = _decision(session, case.id)
    if row is None or decision is None:
        raise _bad(
            "receipt_missing",
            "Penyampaian keputusan belum dicatat (netra case receipt).",
            "No receipt recorded yet (netra case receipt).",
        )
    r = _data(row)
    sk = _sk_content(ctx, session, case)
    return {
        **_base(ctx, session, case, "receipt"),
        "subtitle": f"Laporan {case.number}",
        "delivered": r["delivered"],
        "method": r["method"],
        "receiver": r["receiver"],
        "post_number": r["post_number"],
        "sk_number": decision.sk_number,
        "sk_date": decision.sk_date.isoformat(),
        "about": sk["about"],
        "effective_date": decision.effective_date.isoformat() if decision.effective_date else None,
        "objection_text": sk["objection_text"],
    }


def _suspension_content(ctx: AppContext, session: Session, case: CaseFile) -> dict[str, Any]:
    """The Keputusan Pembebasan Sementara dari Tugas Jabatan printed from the newest
    ``suspend`` entry (lifting it later does not change the decree that suspended)."""
    row = suspension_entry(session, case.id)
    if row is None:
        raise _bad(
            "suspension_none",
            f"Laporan {case.number} tidak sedang dalam pembebasan sementara dari tugas jabatan "
            "(netra case suspend).",
            "The case has no temporary suspension (netra case suspend).",
        )
    data = _data(row)
    by = data.get("by") or {}
    return {
        **_base(ctx, session, case, "suspension"),
        "subtitle": f"Laporan {case.number}",
        "suspension_id": row.id,
        "suspension_sha256": row.sha256,
        "start": data["start"],
        "reason": data["reason"],
        "level": data["level"],
        "level_source": data["level_source"],
        "acting_official": {"name": data["acting_official"], "nip": data["official_nip"]},
        "suspension_basis": SUSPENSION_BASIS,
        "signer": {
            "heading": "Atasan Langsung,",
            "name": by.get("name") or "",
            "nip": by.get("nip") or "",
        },
    }


def _calendar(ctx: AppContext, session: Session) -> workdays.Calendar:
    return office_calendar(ctx, session)


def build_content(
    ctx: AppContext, session: Session, case: CaseFile, kind: str
) -> tuple[dict[str, Any], dict[str, bytes]]:
    kind = _kind(kind)
    if kind in ("summons1", "summons2"):
        return _summons_content(ctx, session, case, kind), {}
    if kind == "bap":
        return _bap_content(ctx, session, case)
    if kind == "lhp":
        return _lhp_content(ctx, session, case), {}
    if kind == "sk":
        return _sk_content(ctx, session, case), {}
    if kind == "suspension":
        return _suspension_content(ctx, session, case), {}
    return _receipt_content(ctx, session, case), {}


def available_kinds(session: Session, case: CaseFile) -> list[str]:
    out: list[str] = []
    plans = schedules(session, case.id)
    if any(p["summons_no"] == 1 for p in plans):
        out.append("summons1")
    if any(p["summons_no"] == 2 for p in plans):
        out.append("summons2")
    if latest(session, case.id, "bap") is not None:
        out.append("bap")
    if latest(session, case.id, "lhp") is not None:
        out.append("lhp")
    # during the examination, before the decision's draft (the tab offers the last one)
    if suspension_entry(session, case.id) is not None:
        out.append("suspension")
    if _recommendation(session, case.id) is not None:
        out.append("sk")
    if latest(session, case.id, "receipt") is not None:
        out.append("receipt")
    return out


# ---------------------------------------------------------------------------- printing
def latest_document(session: Session, case_id: str, kind: str) -> CaseDocumentRecord | None:
    """The newest version of a case's document of ``kind``."""
    return session.scalars(
        select(CaseDocumentRecord)
        .where(CaseDocumentRecord.case_id == case_id, CaseDocumentRecord.kind == kind)
        .order_by(CaseDocumentRecord.version.desc())
    ).first()


def _qr(ctx: AppContext, session: Session, row: CaseDocumentRecord, nip: str) -> tuple[str, str]:
    payload = verification.make_payload(
        row.id,
        nip,
        row.created_at,
        row.content_sha256,
        row.sha256,
        ctx.office(session).code,
        kind=verification.KIND_CASE_DOCUMENT,  # a verifier looks in case_document, not pacts
    )
    key = identity.load(ctx.keys_dir).signing
    signed = verification.with_signature(payload, key.sign(verification.message(payload)))
    return verification.encode(signed), verification.short_code(signed)


def produce(ctx: AppContext, ref: str, kind: str) -> dict[str, Any]:
    """The document's current version: reused when the content is unchanged, else a new
    version (its record, QR and PDF) in one transaction. Returns the record's JSON and the
    PDF bytes under ``pdf``."""
    from desktop.documents import case_exam_pdf

    actor = ctx.require("case.recommend")
    kind = _kind(kind)
    started = time.perf_counter()
    with ctx.tx() as session:
        case = find_case(session, ref)
        content, images = build_content(ctx, session, case, kind)
        content_sha = sha256_hex(canonical_json(content))
        previous = latest_document(session, case.id, kind)
        if previous is not None and previous.content_sha256 == content_sha and previous.pdf_sha256:
            blob = session.get(Blob, previous.pdf_sha256)
            if blob is not None:
                out = document_json(previous)
                who = json.loads(previous.content_json)["examined"]
                out["qr_text"] = _qr(
                    ctx, session, previous, who.get("nip") or who.get("nik") or ""
                )[0]
                out.update(
                    pdf=bytes(blob.data),
                    reused=True,
                    seconds=round(time.perf_counter() - started, 3),
                )
                return out
        row = append_evidence(
            ctx,
            session,
            CaseDocumentRecord(
                case_id=case.id,
                kind=kind,
                version=(previous.version + 1) if previous else 1,
                title=content["title"],
                content_json=canonical_json(content).decode("utf-8"),
                content_sha256=content_sha,
                actor=actor.username,
                supersedes_id=previous.id if previous else None,
            ),
        )
        who = content["examined"]
        qr_text, short = _qr(ctx, session, row, who.get("nip") or who.get("nik") or "")
        office = ctx.office(session)
        pdf = case_exam_pdf.render(
            case_exam_pdf.ExamPrint(
                letterhead=letterhead(session, office),
                paper=office.paper,
                content={**content, "version": row.version},
                qr_text=qr_text,
                short_code=short,
                images=images,
            )
        )
        pdf_sha = store_blob(session, pdf, "application/pdf")
        session.flush()  # the blob first: the foreign key is checked at the update
        row.pdf_sha256 = pdf_sha
        session.flush()
        audit.record(
            ctx,
            session,
            "case.document",
            "case_document",
            row.id,
            {
                "case_id": case.id,
                "kind": kind,
                "version": row.version,
                "content_sha256": content_sha,
                "pdf_sha256": row.pdf_sha256,
            },
        )
        out = document_json(row)
        out["qr_text"] = qr_text
        out.update(pdf=pdf, reused=False, seconds=round(time.perf_counter() - started, 3))
        return out


def write_document(ctx: AppContext, ref: str, kind: str, out: Path) -> dict[str, Any]:
    doc = produce(ctx, ref, kind)
    pdf = doc.pop("pdf")
    write_verified(out, pdf)
    doc.update(path=str(out), size=len(pdf))
    return doc


def document_json(row: CaseDocumentRecord) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "title": row.title,
        "version": row.version,
        "created_at": row.created_at,
        "actor": row.actor,
        "content_sha256": row.content_sha256,
        "sha256": row.sha256,
        "pdf_sha256": row.pdf_sha256,
        "supersedes_id": row.supersedes_id,
        "short_code": verification.short_code_for(row.origin, row.sha256),
    }


def list_documents_in(session: Session, case_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(CaseDocumentRecord)
        .where(CaseDocumentRecord.case_id == case_id)
        .order_by(CaseDocumentRecord.kind, CaseDocumentRecord.version)
    ).all()
    newest = {r.kind: r.version for r in rows}
    return [
        {**document_json(r), "current": newest[r.kind] == r.version}
        for r in sorted(rows, key=lambda r: (KINDS.index(r.kind), r.version))
    ]


def document_pdf(ctx: AppContext, document_id: str) -> bytes:
    ctx.require("view")
    with ctx.read() as session:
        row = session.get(CaseDocumentRecord, document_id)
        blob = session.get(Blob, row.pdf_sha256) if row and row.pdf_sha256 else None
        if blob is None:
            raise _bad("document_not_found", "Dokumen tidak ditemukan.", "Document not found.")
        return bytes(blob.data)


# ---------------------------------------------------------------------------- bundle
def _safe(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z.\-]+", "-", text).strip("-")


def index_row(ctx: AppContext, ref: str) -> dict[str, Any]:
    """The I'DIS/SIASN index entry of a decided case."""

    ctx.require("view")
    with ctx.read() as session:
        case = find_case(session, ref)
        decision = _decision(session, case.id)
        if decision is None:
            raise _bad(
                "decision_required",
                f"Laporan {case.number} belum diputus: bundel I'DIS/SIASN dibuat untuk laporan "
                "yang sudah memiliki keputusan (netra case decide).",
                "The case has no decision yet.",
            )
        who = _examined(session, case)
        refs = references_json(ctx, session, case)
        body = refs.get("recommending_body") or {}
        return {
            "case_number": case.number,
            "nip": who.get("nip") or "",
            "name": who["name"],
            "category": who.get("category") or "",
            "golongan": who.get("golongan") or "",
            "jabatan": who.get("jabatan") or "",
            "unit": who.get("unit") or "",
            "violation_codes": proven_codes(session, case.id),
            "sanction_type": decision.sanction_type,
            "sanction_name": type_label(
                decision.sanction_type, who.get("category") or None, _book(ctx, session)
            ),
            "moral": decision.moral or "",
            "sk_number": decision.sk_number,
            "sk_date": decision.sk_date.isoformat(),
            "decided_by": decision.decided_by,
            "delivered_date": decision.delivered_date.isoformat()
            if decision.delivered_date
            else "",
            "effective_date": decision.effective_date.isoformat()
            if decision.effective_date
            else "",
            "end_date": decision.end_date.isoformat() if decision.end_date else "",
            "without_examination": without_examination(session, case.id),
            "bawaslu": refs.get("bawaslu") or "",
            "bawaslu_letter": refs.get("bawaslu_letter") or "",
            "sbt": refs.get("sbt") or "",
            "bkn_letter": refs.get("bkn_letter") or "",
            "bkn_date": refs.get("bkn_date") or "",
            "kanreg": refs.get("kanreg") or "",
            "recommending_body": body.get("name") or "",
            "rulebook": decision.rulebook_version,
        }


def bundle(ctx: AppContext, ref: str, out_dir: Path) -> dict[str, Any]:
    """One folder ``<out_dir>/<case number>`` with the case's PDFs (current versions) plus
    ``index.csv`` and ``index.json``."""
    entry = index_row(ctx, ref)  # refuses an undecided case before anything is written
    with ctx.read() as session:
        kinds = available_kinds(session, find_case(session, ref))
    folder = out_dir / _safe(entry["case_number"])
    files = []
    for kind in kinds:
        doc = produce(ctx, ref, kind)
        pdf = doc.pop("pdf")
        path = folder / FILE_NAMES[kind]
        sha = write_verified(path, pdf)
        files.append(
            {
                "kind": kind,
                "file": path.name,
                "version": doc["version"],
                "sha256": sha,
                "record_sha256": doc["sha256"],
                "title": doc["title"],
            }
        )
    index = {**entry, "files": files}
    write_verified(
        folder / "index.json",
        (json.dumps([index], ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
    )
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([*INDEX_KEYS, "files"])
    writer.writerow(
        [
            ";".join(entry[k])
            if isinstance(entry[k], list)
            else ("ya" if entry[k] is True else "tidak" if entry[k] is False else entry[k])
            for k in INDEX_KEYS
        ]
        + [";".join(f["file"] for f in files)]
    )
    write_verified(folder / "index.csv", buf.getvalue().encode("utf-8-sig"))
    with ctx.tx() as session:
        case = find_case(session, ref)
        audit.record(
            ctx,
            session,
            "case.bundle",
            "case_file",
            case.id,
            {"folder": str(folder), "files": [f["file"] for f in files]},
        )
    return {"folder": str(folder), "index": index, "files": files}


__all__ = [
    "FILE_NAMES",
    "INDEX_KEYS",
    "KINDS",
    "available_kinds",
    "build_content",
    "bundle",
    "document_json",
    "document_pdf",
    "index_row",
    "latest_document",
    "list_documents_in",
    "produce",
    "write_document",
]
