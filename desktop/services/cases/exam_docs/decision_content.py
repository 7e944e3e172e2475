"""The content of the decision (draft or final Keputusan Hukuman Disiplin, the sanksi moral
statement or the non-ASN decision) and of its tanda terima; the sanction is named by the
active rulebook with the local layer (``names_book``).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.pact import tanggal
from desktop.domain.sanctions import DISMISSAL_TYPES, sanction_name
from desktop.services.cases.exam.base import entry_data, latest, latest_recommendation
from desktop.services.cases.exam.summons import without_examination
from desktop.services.cases.exam_docs.parts import (
    base_content,
    code_rows,
    competent_official,
    examined_person,
)
from desktop.services.cases.records import bad, latest_decision, names_book, type_label
from desktop.services.context import AppContext
from desktop.store.models import CaseFile


def sk_content(ctx: AppContext, session: Session, case: CaseFile) -> dict[str, Any]:
    rec = latest_recommendation(session, case.id)
    if rec is None:
        raise bad(
            "recommendation_required",
            "Belum ada rekomendasi untuk menyusun draf keputusan.",
            "No recommendation yet.",
        )
    output = json.loads(rec.output_json)
    decision = latest_decision(session, case.id)
    book = names_book(ctx, session)
    examined = examined_person(session, case)
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
    codes = code_rows(ctx, session, case)
    considering = (
        f"bahwa Sdr. {examined['name']} "
        + (
            "tidak memenuhi panggilan pertama dan kedua sehingga hukuman dijatuhkan berdasarkan "
            "alat bukti dan keterangan yang ada tanpa pemeriksaan"
            if absent
            else "berdasarkan Laporan Hasil Pemeriksaan tanggal "
            + (tanggal(date.fromisoformat(entry_data(lhp)["date"])) if lhp else "-")
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
        if stype in DISMISSAL_TYPES:  # discipline track: 9 or PTDH
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
        **base_content(ctx, session, case, "sk"),
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
        "official": competent_official(ctx, session, level, track),
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


def receipt_content(ctx: AppContext, session: Session, case: CaseFile) -> dict[str, Any]:
    row = latest(session, case.id, "receipt")
    decision = latest_decision(session, case.id)
    if row is None or decision is None:
        raise bad(
            "receipt_missing",
            "Penyampaian keputusan belum dicatat (netra case receipt).",
            "No receipt recorded yet (netra case receipt).",
        )
    r = entry_data(row)
    sk = sk_content(ctx, session, case)
    return {
        **base_content(ctx, session, case, "receipt"),
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
