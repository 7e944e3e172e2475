"""The tim pemeriksa (atasan langsung, inspektorat, BKPSDM; mandatory for berat, optional for
sedang) or, for ethics cases, the Majelis Kode Etik (PP 42/2004): members, composition rules,
the rank warning checked against the roster, and the BAP's signing order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import golongan as gol
from desktop.domain import nip as nipmod
from desktop.domain import workflow
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
from desktop.services.cases.model import ExamRecorded
from desktop.services.cases.records import bad, find_case
from desktop.services.context import AppContext
from desktop.services.roster import employee_by_nip
from desktop.store.models import Employee

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
        raise bad(
            "bad_member",
            f"Anggota '{text}' tidak sah: tulis \"Nama|NIP|peran\" (peran: {', '.join(ROLES)}).",
            f"Member '{text}' is not 'Name|NIP|role'.",
        )
    name, nip, role = parts
    role = role.lower().replace(" ", "_")
    if role not in ROLES:
        raise bad(
            "bad_role",
            f"Peran '{parts[2]}' tidak dikenal. Yang sah: {', '.join(ROLES)}.",
            f"Unknown role '{parts[2]}'. Valid: {', '.join(ROLES)}.",
            valid=list(ROLES),
        )
    digits = nipmod.as_nip(nip) or ""
    if nip and not digits:
        raise bad(
            "bad_nip",
            f"NIP anggota {name} harus 18 angka (tertulis '{nip}').",
            f"The NIP of {name} must have 18 digits.",
        )
    return Member(" ".join(name.split()), digits, role)


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
            raise bad(
                "mke_roles",
                "Majelis Kode Etik beranggotakan ketua, sekretaris dan anggota "
                f"(bukan {', '.join(r for r in roles if r in TEAM_ROLES)}).",
                "A Majelis Kode Etik has ketua, sekretaris and anggota only.",
            )
        if roles.count("ketua") != 1 or roles.count("sekretaris") != 1:
            raise bad(
                "mke_composition",
                "Majelis Kode Etik harus mempunyai tepat satu ketua dan satu sekretaris "
                f"(tercatat {roles.count('ketua')} ketua, {roles.count('sekretaris')} "
                "sekretaris) (PP 42/2004).",
                "A Majelis Kode Etik needs exactly one ketua and one sekretaris.",
            )
        if roles.count("anggota") < 3:
            raise bad(
                "mke_composition",
                "Majelis Kode Etik: selain ketua dan sekretaris, sekurang-kurangnya 3 "
                f"anggota (tercatat {roles.count('anggota')}) (PP 42/2004).",
                "A Majelis Kode Etik needs at least 3 members besides ketua and sekretaris.",
            )
        if len(members) > 5 and len(members) % 2 == 0:
            raise bad(
                "mke_composition",
                f"Majelis Kode Etik beranggotakan {len(members)} orang: bila lebih dari 5, "
                "jumlahnya harus ganjil (PP 42/2004).",
                "More than 5 members: the number must be odd.",
            )
        return
    if any(r in MKE_ROLES for r in roles):
        raise bad(
            "team_roles",
            "Tim pemeriksa beranggotakan atasan_langsung, inspektorat dan bkpsdm; peran "
            "ketua/sekretaris/anggota hanya untuk Majelis Kode Etik (pelanggaran kode etik).",
            "A tim pemeriksa has atasan_langsung, inspektorat and bkpsdm members.",
        )
    if body == "tim":
        missing = [ROLE_LABELS_ID[r] for r in TEAM_ROLES if r not in roles]
        if missing:
            raise bad(
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
        raise bad(
            "team_composition",
            "Tim pemeriksa hanya mempunyai satu atasan langsung.",
            "Only one atasan_langsung.",
        )
    if atasan_involved and "atasan_langsung" not in roles:
        raise bad(
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
) -> ExamRecorded:
    """Record the tim pemeriksa or the Majelis Kode Etik (the whole composition; a new one
    supersedes the old). Rank lower than the examined person gives a warning only."""

    actor = ctx.require(EXAM_PERMISSION)
    if not members:
        raise bad("team_empty", "Sebutkan anggota tim (--member).", "Name the members.")
    nips = [m.nip for m in members if m.nip]
    if len(set(nips)) != len(nips):
        raise bad(
            "team_duplicate", "Satu orang tercatat dua kali dalam tim.", "A member is listed twice."
        )
    with ctx.tx() as session:
        case = find_case(session, ref)
        require_state(case, (workflow.REKOMENDASI,), "Tim pemeriksa")
        output = require_recommendation(session, case)
        need = required_body(output)
        body = "mke" if any(m.role in MKE_ROLES for m in members) else "tim"
        if need == "mke" and body != "mke":
            raise bad(
                "mke_required",
                "Pelanggaran kode etik diperiksa oleh Majelis Kode Etik: peran ketua, "
                "sekretaris dan anggota (PP 42/2004).",
                "Ethics cases are examined by a Majelis Kode Etik.",
            )
        if need == "tim" and body == "mke":
            raise bad(
                "team_required",
                "Pelanggaran disiplin berat diperiksa oleh tim pemeriksa (atasan_langsung, "
                "inspektorat, bkpsdm), bukan Majelis Kode Etik.",
                "A berat case needs a tim pemeriksa.",
            )
        mode = "mke" if body == "mke" else ("tim" if need == "tim" else "tim_optional")
        _check_composition(mode, members, atasan_involved)
        examined = employee_of(session, case)
        for m in members:
            if examined is not None and m.nip and m.nip == examined.nip:
                raise bad(
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
        row = append_entry(ctx, session, case, actor, "team", data, previous)
        audit.record(
            ctx,
            session,
            "case.team",
            "case_file",
            case.id,
            {"entry_id": row.id, "body": body, "members": len(members)},
        )
        return ExamRecorded({"id": row.id, "case": case.number, **data})


def team_of(session: Session, case_id: str) -> dict[str, Any] | None:
    row = latest(session, case_id, "team")
    return {"id": row.id, "created_at": row.created_at, **entry_data(row)} if row else None


def signer_list(team: dict[str, Any] | None, examiner: Member | None) -> list[dict[str, Any]]:
    if team:
        order = {
            r: i
            for i, r in enumerate(
                ("ketua", "atasan_langsung", "sekretaris", "inspektorat", "bkpsdm", "anggota")
            )
        }
        return sorted(team["members"], key=lambda m: order.get(m["role"], 9))
    return [examiner.to_json()] if examiner else []
