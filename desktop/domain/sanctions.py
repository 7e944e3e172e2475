"""The sanction engine: RULEBOOK.md rules 1-8, driven entirely by the rulebook data.

Pure and deterministic: ``recommend(rulebook, category, violations, prior)`` returns the same
``Recommendation`` for the same input on every installation with the same rulebook.
Internally sanction types are ranked 1..9 and PTDH = 10; the output uses 1..9 and "ptdh".
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop.domain.case_input import CaseInput, PriorSanction, make_case, parse_case
from desktop.domain.rulebook import LEVELS, Category, Rulebook, SanctionKey

PTDH_RANK = 10


def key_of(rank: int) -> SanctionKey:
    return rank if rank <= 9 else "ptdh"


def rank_of(key: SanctionKey) -> int:
    return PTDH_RANK if key == "ptdh" else int(key)


# ---------------------------------------------------------------------------- decision types
#: A decision's sanction type: the PP 94/2021 Pasal 8 types lightest first (1..9, then PTDH),
#: the PP 42/2004 moral sanctions, and the non-ASN sanctions under the work contract.
DISCIPLINE_TYPES: tuple[str, ...] = (*(str(n) for n in range(1, 10)), "ptdh")
MORAL_TYPES: tuple[str, ...] = ("moral_tertutup", "moral_terbuka")
CONTRACT_TYPES: tuple[str, ...] = ("kontrak_teguran", "kontrak_pemutusan")
ALL_TYPES: tuple[str, ...] = DISCIPLINE_TYPES + MORAL_TYPES + CONTRACT_TYPES
#: Months a sanction type runs (PP 94/2021 Pasal 8): tukin cuts and the two berat demotions.
DURATION_MONTHS: Mapping[str, int] = {"4": 6, "5": 9, "6": 12, "7": 12, "8": 12}
#: The types that end the employment (PP 94/2021 type 9 and PTDH; a non-ASN's contract ended):
#: appealed by banding administratif to BPASN, not by keberatan to the superior (PP 79/2021).
DISMISSAL_TYPES: tuple[str, ...] = ("9", "ptdh", "kontrak_pemutusan")
#: The levels of a violation lightest first: a moral sanction only (ethics), then PP 94/2021's.
LEVEL_ORDER: tuple[str, ...] = ("moral", *LEVELS)


def heaviest_level(levels: Iterable[str]) -> str | None:
    """The heaviest of ``levels`` (names outside :data:`LEVEL_ORDER` are left out)."""
    known = [lv for lv in levels if lv in LEVEL_ORDER]
    return max(known, key=LEVEL_ORDER.index) if known else None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def end_date(sanction_type: str, effective: date) -> date | None:
    """When a sanction that runs for a period ends (types 4-8); ``None`` for the others."""
    months = DURATION_MONTHS.get(sanction_type)
    return add_months(effective, months) if months else None


def sanction_name(rb: Rulebook, sanction_type: str, category: str | None = None) -> str:
    """A decision's sanction type by its name in the rulebook, in the wording of the person's
    category (a PPPK's type 9 and PTDH end the work contract). A non-ASN contract warning is
    the rulebook's written reprimand under the work contract; an unknown type is itself."""
    cat = category if category in rb.category_keys else None
    if sanction_type in DISCIPLINE_TYPES:
        return rb.sanction_name(int(sanction_type) if sanction_type.isdigit() else "ptdh", cat)
    if sanction_type in MORAL_TYPES:
        moral = rb.moral_sanctions.get(sanction_type.removeprefix("moral_"))
        return moral.name if moral else sanction_type
    if sanction_type == "kontrak_teguran":
        return f"{rb.sanction_name(2)} menurut perjanjian kerja"
    if sanction_type == "kontrak_pemutusan":
        return "pemutusan perjanjian kerja"
    return sanction_type


def sanction_label(rb: Rulebook, sanction_type: str, category: str | None = None) -> str:
    """:func:`sanction_name` as a label: capitalised, a moral sanction saying so."""
    name = sanction_name(rb, sanction_type, category)
    if sanction_type in MORAL_TYPES:
        return f"Sanksi moral: {name}"
    return name[:1].upper() + name[1:]


@dataclass(frozen=True)
class Step:
    """One line of the explanation: which rule did what, on which legal basis."""

    rule: str  # R1..R8
    title: str
    text: str
    legal_basis: str
    unconfirmed: tuple[str, ...] = ()
    reference_only: bool = False  # NON_ASN: part of the PNS reference computation

    def to_json(self, rulebook: Rulebook) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "title": self.title,
            "text": self.text,
            "legal_basis": self.legal_basis,
            "unconfirmed": list(self.unconfirmed),
            "reference_only": self.reference_only,
            "rulebook": rulebook.name,
            "rulebook_version": rulebook.version,
            "rulebook_sha256": rulebook.sha256,
        }


@dataclass(frozen=True)
class Recommendation:
    rulebook: Rulebook = field(repr=False)
    case: CaseInput
    track: str  # discipline | ethics | contract
    level: str | None  # sedang | berat | ptdh | moral | None (contract)
    reference_level: str | None  # NON_ASN only
    minimum_type: SanctionKey | None
    allowed_types: tuple[SanctionKey, ...]
    moral: str | None  # tertutup | terbuka
    authority: str
    process: str
    examination_team: str  # mandatory | optional | none
    warnings: tuple[str, ...]
    unconfirmed: tuple[str, ...]
    explanation: tuple[Step, ...]
    sanction_names: Mapping[str, str]  # allowed type -> official name (category wording)
    moral_name: str | None

    def to_json(self) -> dict[str, Any]:
        rb = self.rulebook
        return {
            "rulebook": rb.name,
            "rulebook_version": rb.version,
            "rulebook_sha256": rb.sha256,
            "local_layer": layer.to_json() if (layer := rb.layer_for(self.case.category)) else None,
            "input": self.case.to_json(),
            "category": self.case.category,
            "track": self.track,
            "level": self.level,
            "reference_level": self.reference_level,
            "minimum_type": self.minimum_type,
            "allowed_types": list(self.allowed_types),
            "sanction_names": dict(self.sanction_names),
            "moral": self.moral,
            "moral_name": self.moral_name,
            "authority": self.authority,
            "process": self.process,
            "examination_team": self.examination_team,
            "deadlines": [
                {
                    "key": d.key,
                    "label": d.label,
                    "days": d.days,
                    "counting": d.counting,
                    "anchor": d.anchor,
                    "direction": d.direction,
                    "legal_basis": d.legal_basis,
                }
                for d in rb.deadlines
                if self._deadline_applies(d.tracks)
            ],
            "codes": [
                {
                    "code": v.code,
                    "track": v.track,
                    "level": level_of(rb, self.case, v.code),
                    "act": v.act,
                    "legal_basis": (
                        f"{v.legal_basis} — {found.basis}"
                        if (found := self.case.classification(v.code))
                        else v.legal_basis
                    ),
                }
                for v in (rb.violation(c) for c in self.case.violations)
            ],
            "warnings": list(self.warnings),
            "unconfirmed": list(self.unconfirmed),
            "explanation": [s.to_json(rb) for s in self.explanation],
        }

    def _deadline_applies(self, tracks: tuple[str, ...]) -> bool:
        if self.track == "contract":
            return False
        wanted = {self.track} | ({"ethics"} if self.moral else set())
        return bool(wanted & set(tracks))


class _Notes:
    """Collects explanation steps, warnings and UNCONFIRMED ids in first-use order."""

    def __init__(self, rulebook: Rulebook, reference_only: bool = False) -> None:
        self.rb = rulebook
        self.reference_only = reference_only
        self.steps: list[Step] = []
        self.warnings: list[str] = []
        self.unconfirmed: list[str] = []

    def flag(self, ids: Iterable[str]) -> None:
        for uid in ids:
            if uid not in self.unconfirmed:
                self.unconfirmed.append(uid)
                self.warnings.append(f"BELUM DIKONFIRMASI [{uid}]: {self.rb.unconfirmed_text(uid)}")

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def step(
        self, rule: str, text: str, unconfirmed: Iterable[str] = (), legal_basis: str | None = None
    ) -> None:
        ids = tuple(unconfirmed)
        self.flag(ids)
        rt = self.rb.rule(rule)
        self.steps.append(
            Step(rule, rt.title, text, legal_basis or rt.legal_basis, ids, self.reference_only)
        )


@dataclass
class _Outcome:
    track: str
    level: str
    min_rank: int | None = None
    allowed: tuple[int, ...] = ()
    moral: str | None = None


def _level_bounds(rb: Rulebook, level: str) -> tuple[int, int]:
    ranks = [s.rank for s in rb.level_types(level)]
    return min(ranks), max(ranks)


def _last_repeat(case: CaseInput, requires_same_nature: bool) -> tuple[PriorSanction | None, str]:
    """The last discipline sanction that counts as a repeat, and how 'last' was decided."""
    found = [
        (i, p)
        for i, p in enumerate(case.prior)
        if not p.is_moral and (p.same_nature or not requires_same_nature)
    ]
    if not found:
        return None, ""
    if all(p.date is not None for _, p in found):
        found.sort(key=lambda ip: (ip[1].date, ip[0]))
        return found[-1][1], "menurut tanggal"
    return found[-1][1], "menurut urutan masukan karena tanggal tidak lengkap"


def level_of(rb: Rulebook, case: CaseInput, code: str) -> str:
    """A code's level: the rulebook's, or the written classification's for a catch-all."""
    found = case.classification(code)
    return found.level if found is not None else rb.violation(code).level


def _discipline(rb: Rulebook, case: CaseInput, notes: _Notes) -> _Outcome | None:
    codes = [rb.violation(c) for c in case.violations if rb.violation(c).track == "discipline"]
    if not codes:
        return None
    order = list(rb.data["policies"].get("level_order", ["sedang", "berat", "ptdh"]))
    level = max((level_of(rb, case, v.code) for v in codes), key=order.index)
    base = _level_bounds(rb, level)[0]
    listed = ", ".join(f"{v.code} ({level_of(rb, case, v.code)})" for v in codes)
    for v in codes:
        found = case.classification(v.code)
        if found is not None:
            notes.warn(
                f"Kode {v.code} diklasifikasikan secara tertulis sebagai tingkat "
                f"'{found.level}' ({found.basis}): {found.text} — periksa oleh PyBMH."
            )
    notes.step(
        "R1",
        f"Kode disiplin terbukti: {listed}. Satu hukuman untuk semua: tingkat "
        f"terberat '{level}', jenis minimum {key_of(base)}.",
        [u for v in codes for u in v.unconfirmed],
    )
    min_rank = _repeat(rb, case, notes, level, base)
    final_level = rb.sanction_by_rank(min_rank).level
    top = _level_bounds(rb, final_level)[1]
    return _Outcome("discipline", final_level, min_rank, tuple(range(min_rank, top + 1)))


def _repeat(rb: Rulebook, case: CaseInput, notes: _Notes, level: str, base: int) -> int:
    policy = rb.policies["repeat"]
    last, how = _last_repeat(case, bool(policy["requires_same_nature"]))
    ignored = [p for p in case.prior if not p.is_moral and p is not last and not p.same_nature]
    if last is None:
        if ignored:
            notes.step(
                "R2",
                "Ada hukuman disiplin sebelumnya tetapi tidak sejenis "
                "(same_nature = false): bukan pengulangan, jenis minimum tetap "
                f"{key_of(base)}.",
            )
        return base
    if last.rank == PTDH_RANK or base == PTDH_RANK:
        candidate = PTDH_RANK
    else:
        candidate = min(last.rank + int(policy["step"]), int(policy.get("max_numbered_type", 9)))
        if not policy["cross_levels"]:
            candidate = min(candidate, _level_bounds(rb, level)[1])
    new = max(base, candidate)
    when = f" tanggal {last.date.isoformat()}" if last.date else ""
    if base == PTDH_RANK:
        text = "Tingkat PTDH tidak pernah diturunkan oleh riwayat hukuman."
    elif last.rank == PTDH_RANK:
        text = f"Hukuman sejenis terakhir{when} ({how}) adalah PTDH: tetap PTDH."
    elif last.rank >= 9:
        text = f"Hukuman sejenis terakhir{when} ({how}) adalah jenis 9: pengulangan tetap jenis 9."
    else:
        text = (
            f"Pengulangan pelanggaran sejenis: hukuman terakhir{when} ({how}) jenis "
            f"{last.rank}, maka minimum satu jenis lebih berat = {key_of(candidate)}"
        )
        text += (
            f"; jenis minimum menjadi {key_of(new)}"
            if new == candidate
            else f"; tingkat pelanggaran ini sudah memberi {key_of(base)}, yang lebih berat"
        )
        if new > _level_bounds(rb, level)[1]:
            text += f" (melewati batas ke tingkat {rb.sanction_by_rank(new).level})"
        text += "."
    notes.step("R2", text)
    return new


def _ethics(rb: Rulebook, case: CaseInput, notes: _Notes, with_discipline: bool) -> str | None:
    codes = [rb.violation(c) for c in case.violations if rb.violation(c).track == "ethics"]
    if not codes:
        return None
    policy = rb.policies["ethics"]
    had_moral = [p for p in case.prior if p.is_moral and p.same_nature]
    moral = policy["repeat"] if had_moral else policy["first"]
    sanction = rb.moral_sanctions[moral]
    why = (
        "sudah pernah menerima sanksi moral atas pelanggaran netralitas"
        if had_moral
        else "belum pernah menerima sanksi moral atas pelanggaran netralitas"
    )
    text = (
        f"Kode etik terbukti: {', '.join(v.code for v in codes)}. Pegawai {why}: sanksi "
        f"moral berupa {sanction.name}."
    )
    if with_discipline:
        text += (
            " Karena ada juga pelanggaran disiplin, hukuman disiplin menjadi sanksi utama "
            "dan sanksi moral dijatuhkan di sampingnya (PP 42/2004 Pasal 16)."
        )
    notes.step("R3", text, [*(u for v in codes for u in v.unconfirmed), *sanction.unconfirmed])
    return str(moral)


def _pppk(rb: Rulebook, cat: Category, out: _Outcome, notes: _Notes) -> None:
    layer = rb.layer_for(cat.key)
    if out.min_rank is None or (not cat.removed_types and layer is None):
        return
    # "menurut Perbup ... (lapisan lokal v...)": the kabupaten's own PPPK mapping is used.
    by = f" menurut {layer.label}" if layer is not None else ""
    before = out.allowed
    allowed = tuple(r for r in before if r not in cat.removed_types)
    removed = [r for r in before if r in cat.removed_types]
    if removed:
        out.allowed = allowed
        out.min_rank = allowed[0]
        out.level = rb.sanction_by_rank(out.min_rank).level
        names = "; ".join(f"{key_of(r)}: {rb.sanction_name(key_of(r), cat.key)}" for r in allowed)
        notes.step(
            "R5",
            f"Kategori {cat.key}{by}: jenis {', '.join(map(str, removed))} tidak sesuai "
            f"untuk jabatan berdasarkan perjanjian kerja dan dihapus. Yang tersisa: {names}.",
            cat.unconfirmed,
            cat.legal_basis or None,
        )
        warning = rb.policies.get("removed_types_warning")
        if isinstance(warning, str):
            notes.warn(warning)
    elif out.min_rank == PTDH_RANK and "ptdh" in cat.type_names:
        notes.step(
            "R5",
            f"Kategori {cat.key}{by}: PTDH berbunyi '{cat.type_names['ptdh']}'.",
            cat.unconfirmed,
            cat.legal_basis or None,
        )
    elif layer is not None:
        names = "; ".join(f"{key_of(r)}: {rb.sanction_name(key_of(r), cat.key)}" for r in allowed)
        notes.step(
            "R5",
            f"Kategori {cat.key}{by}: tidak ada jenis yang dihapus untuk rentang ini. "
            f"Pilihan: {names}.",
            cat.unconfirmed,
            cat.legal_basis or None,
        )
    else:
        notes.step(
            "R5",
            f"Kategori {cat.key}: tingkat dan jenis hukuman sama dengan PNS.",
            cat.unconfirmed,
            cat.legal_basis or None,
        )


def _asn(rb: Rulebook, case: CaseInput, cat: Category, notes: _Notes) -> _Outcome:
    if cat.treat_as:
        notes.step(
            "R4",
            f"Kategori {cat.key} diperlakukan sebagai {cat.treat_as} "
            "(PP 94/2021 berlaku mutatis mutandis).",
            cat.unconfirmed,
            cat.legal_basis or None,
        )
    out = _discipline(rb, case, notes)
    moral = _ethics(rb, case, notes, with_discipline=out is not None)
    if out is None:
        return _Outcome("ethics", "moral", None, (), moral)
    out.moral = moral
    _pppk(rb, cat, out, notes)
    for rank in out.allowed:
        notes.flag(rb.sanction_by_rank(rank).unconfirmed)
    return out


def _directive_text(rb: Rulebook, out: _Outcome, notes: _Notes) -> tuple[str, str, str]:
    key = out.level if out.track == "discipline" else out.track
    auth, proc = rb.authority[key], rb.process[key]
    authority, process = auth.text, proc.text
    ids = [*auth.unconfirmed, *proc.unconfirmed]
    if out.track == "discipline" and out.moral:
        eth_a, eth_p = rb.authority["ethics"], rb.process["ethics"]
        authority += f" Sanksi moral: {eth_a.text}"
        process += f" Sanksi moral: {eth_p.text}"
        ids += [*eth_a.unconfirmed, *eth_p.unconfirmed]
    tracks = {out.track} | ({"ethics"} if out.moral else set())
    for d in rb.deadlines:
        if tracks & set(d.tracks):
            ids += d.unconfirmed
    deadlines = "; ".join(
        f"{d.label} {d.days} {'hari kerja' if d.counting == 'working' else 'hari'}"
        for d in rb.deadlines
        if tracks & set(d.tracks)
    )
    notes.step(
        "R7",
        f"Pejabat berwenang: {authority} Proses: {process} Tenggat: {deadlines}.",
        ids,
        " ; ".join(x for x in (auth.legal_basis, proc.legal_basis) if x) or None,
    )
    return authority, process, proc.examination_team or "none"


def _finish(rb: Rulebook, notes: _Notes, category: str | None = None) -> None:
    layer = rb.layer_for(category)
    local = (
        f", pemetaan hukuman PPPK menurut {layer.label}, SHA-256 {layer.sha256}"
        if layer is not None
        else ""
    )
    notes.step(
        "R8",
        f"Rekomendasi dibuat dengan aturan {rb.name} versi {rb.version} "
        f"(SHA-256 {rb.sha256}{local}). Masukan yang sama selalu memberi hasil yang sama. "
        f"Titik BELUM DIKONFIRMASI yang dipakai: "
        f"{', '.join(notes.unconfirmed) if notes.unconfirmed else 'tidak ada'}.",
    )


def _contract(rb: Rulebook, case: CaseInput, cat: Category, notes: _Notes) -> Recommendation:
    ref_key = rb.policies["non_asn"]["reference_category"]
    ref_notes = _Notes(rb, reference_only=True)
    ref = _asn(rb, case, rb.category(ref_key), ref_notes)
    # Only the UNCONFIRMED points of the codes matter for an informative reference level.
    code_ids = [u for c in case.violations for u in rb.violation(c).unconfirmed]
    auth, proc = rb.authority["contract"], rb.process["contract"]
    notes.step(
        "R6",
        f"Kategori {cat.key}: tidak berlaku peraturan disiplin PNS maupun kode etik "
        f"PNS. Dirujuk kepada {auth.text[:1].lower()}{auth.text[1:]} Sebagai informasi, pegawai {ref_key} dengan masukan yang sama "
        f"akan mendapat tingkat '{ref.level}'.",
        [*cat.unconfirmed, *code_ids, *auth.unconfirmed, *proc.unconfirmed],
        cat.legal_basis or None,
    )
    for w in cat.warnings:
        notes.warn(w)
    _finish(rb, notes)
    # Reference steps keep only the points that bear on the reference level (the codes').
    ref_steps = [
        replace(st, unconfirmed=tuple(u for u in st.unconfirmed if u in notes.unconfirmed))
        for st in ref_notes.steps
    ]
    return Recommendation(
        rulebook=rb,
        case=case,
        track="contract",
        level=None,
        reference_level=ref.level,
        minimum_type=None,
        allowed_types=(),
        moral=None,
        authority=auth.text,
        process=proc.text,
        examination_team=proc.examination_team or "none",
        warnings=tuple(notes.warnings),
        unconfirmed=tuple(notes.unconfirmed),
        explanation=(*notes.steps[:-1], *ref_steps, notes.steps[-1]),
        sanction_names={},
        moral_name=None,
    )


def evaluate(rulebook: Rulebook, case: CaseInput) -> Recommendation:
    """The recommendation for an already parsed ``CaseInput``."""
    rb = rulebook
    cat = rb.category(case.category)
    notes = _Notes(rb)
    if cat.regime == "contract":
        return _contract(rb, case, cat, notes)
    out = _asn(rb, case, cat, notes)
    for w in cat.warnings:
        notes.warn(w)
    authority, process, team = _directive_text(rb, out, notes)
    _finish(rb, notes, cat.key)
    allowed = tuple(key_of(r) for r in out.allowed)
    return Recommendation(
        rulebook=rb,
        case=case,
        track=out.track,
        level=out.level,
        reference_level=None,
        minimum_type=key_of(out.min_rank) if out.min_rank is not None else None,
        allowed_types=allowed,
        moral=out.moral,
        authority=authority,
        process=process,
        examination_team=team,
        warnings=tuple(notes.warnings),
        unconfirmed=tuple(notes.unconfirmed),
        explanation=tuple(notes.steps),
        sanction_names={str(k): rb.sanction_name(k, cat.key) for k in allowed},
        moral_name=rb.moral_sanctions[out.moral].name if out.moral else None,
    )


def recommend(
    rulebook: Rulebook,
    category: str,
    violations: Iterable[str],
    prior: Iterable[PriorSanction | Mapping[str, Any]] = (),
    classifications: Mapping[str, Any] | None = None,
) -> Recommendation:
    """RULEBOOK.md rules 1-8. Unknown codes/categories raise NetraError listing valid ones; a
    catch-all code without its written classification raises ``classification_required``."""
    return evaluate(rulebook, make_case(rulebook, category, violations, prior, classifications))


def check_case(rulebook: Rulebook, data: Any) -> Recommendation:
    """The engine on the machine-readable input of RULEBOOK.md (a decoded JSON object)."""
    return evaluate(rulebook, parse_case(rulebook, data))
