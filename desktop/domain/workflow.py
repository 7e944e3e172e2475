"""The case workflow: which state may follow which, who may move it, what must be recorded.

Pure rules (no SQL, no Qt). The stages follow the SKB 2022 / SBT flow (REFERENCE.md §7.2):
laporan diterima → pengecekan (completeness) → verifikasi (satgas) → validasi → rekomendasi →
keputusan (PPK/PyBMH) → tindak lanjut → selesai. At each check stage a report may end as
"tidak terbukti" (not proven) or "ditolak" (rejected: incomplete, out of scope).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.errors import NetraError

DITERIMA = "diterima"
PENGECEKAN = "pengecekan"
VERIFIKASI = "verifikasi"
VALIDASI = "validasi"
REKOMENDASI = "rekomendasi"
KEPUTUSAN = "keputusan"
TINDAK_LANJUT = "tindak_lanjut"
SELESAI = "selesai"
TIDAK_TERBUKTI = "tidak_terbukti"
DITOLAK = "ditolak"

#: The main line, in order.
MAIN_LINE = (
    DITERIMA,
    PENGECEKAN,
    VERIFIKASI,
    VALIDASI,
    REKOMENDASI,
    KEPUTUSAN,
    TINDAK_LANJUT,
    SELESAI,
)
CHECK_STAGES = (PENGECEKAN, VERIFIKASI, VALIDASI)
CLOSED_STATES = frozenset({SELESAI, TIDAK_TERBUKTI, DITOLAK})
STATES = (*MAIN_LINE, TIDAK_TERBUKTI, DITOLAK)

STATE_LABELS_ID = {
    DITERIMA: "Diterima",
    PENGECEKAN: "Pengecekan",
    VERIFIKASI: "Verifikasi",
    VALIDASI: "Validasi",
    REKOMENDASI: "Rekomendasi",
    KEPUTUSAN: "Keputusan",
    TINDAK_LANJUT: "Tindak lanjut",
    SELESAI: "Selesai",
    TIDAK_TERBUKTI: "Tidak terbukti",
    DITOLAK: "Ditolak",
}

SOURCES = ("masyarakat", "bawaslu", "bkn", "internal", "media_sosial")
SOURCE_LABELS_ID = {
    "masyarakat": "Masyarakat",
    "bawaslu": "Bawaslu",
    "bkn": "BKN",
    "internal": "Pemantauan internal",
    "media_sosial": "Media sosial",
}

#: Permission (desktop.domain.roles) needed to make a case *enter* a state from another.
_TRANSITIONS: dict[tuple[str | None, str], str] = {
    (None, DITERIMA): "case.intake",
    (DITERIMA, PENGECEKAN): "case.check",
    (PENGECEKAN, VERIFIKASI): "case.check",
    (VERIFIKASI, VALIDASI): "case.check",
    (VALIDASI, REKOMENDASI): "case.recommend",
    (REKOMENDASI, KEPUTUSAN): "case.decide",
    (KEPUTUSAN, TINDAK_LANJUT): "case.decide",
    (TINDAK_LANJUT, SELESAI): "case.decide",
}
for _stage in CHECK_STAGES:
    _TRANSITIONS[(_stage, TIDAK_TERBUKTI)] = "case.check"
    _TRANSITIONS[(_stage, DITOLAK)] = "case.check"

#: States that must be entered with the proven violation codes (non-empty).
PROVEN_REQUIRED = frozenset({VALIDASI, REKOMENDASI})
#: Transitions *from* these states record the proven codes (carried over when not given).
PROVEN_RECORDED_FROM = frozenset({VERIFIKASI, VALIDASI, REKOMENDASI, KEPUTUSAN, TINDAK_LANJUT})
#: States entered only through their own service call (they need more than a note).
SPECIAL_ENTRY = {KEPUTUSAN: "decide"}


@dataclass(frozen=True)
class Transition:
    from_state: str | None
    to_state: str
    permission: str
    records_proven: bool
    proven_required: bool


def label(state: str) -> str:
    return STATE_LABELS_ID.get(state, state)


def _unknown_state(state: str) -> NetraError:
    return NetraError(
        "unknown_state",
        f"Tahap '{state}' tidak dikenal. Tahap yang sah: {', '.join(STATES)}.",
        f"Unknown state '{state}'. Valid states: {', '.join(STATES)}.",
        valid=list(STATES),
    )


def check_state(state: str) -> str:
    if state not in STATES:
        raise _unknown_state(state)
    return state


def next_states(state: str | None) -> list[str]:
    """States reachable from ``state`` in one step, main line first."""
    return [to for (frm, to) in _TRANSITIONS if frm == state]


def transition(from_state: str | None, to_state: str) -> Transition:
    """The rule for moving ``from_state`` → ``to_state``; refuses illegal jumps."""
    check_state(to_state)
    if from_state is not None:
        check_state(from_state)
    permission = _TRANSITIONS.get((from_state, to_state))
    if permission is None:
        if from_state in CLOSED_STATES:
            raise NetraError(
                "case_closed",
                f"Laporan sudah berstatus '{label(from_state)}' dan tidak dapat dipindah lagi.",
                f"The case is already '{from_state}' and cannot move any further.",
                state=from_state,
            )
        allowed = next_states(from_state)
        names = ", ".join(label(s) for s in allowed) or "-"
        raise NetraError(
            "illegal_transition",
            f"Perpindahan dari '{label(from_state or '-')}' ke '{label(to_state)}' tidak "
            f"diperbolehkan. Tahap berikut yang sah: {names}.",
            f"Moving from '{from_state}' to '{to_state}' is not allowed. "
            f"Allowed next states: {', '.join(allowed) or '-'}.",
            from_state=from_state,
            to_state=to_state,
            allowed=allowed,
        )
    return Transition(
        from_state,
        to_state,
        permission,
        records_proven=(from_state in PROVEN_RECORDED_FROM) or to_state in PROVEN_REQUIRED,
        proven_required=to_state in PROVEN_REQUIRED,
    )


def evidence_permission(state: str) -> str | None:
    """The permission needed to add evidence to a case in ``state``: the one that owns the stage
    (the permission that moves a case into it). At intake (``diterima``) the operator who took
    the report may still attach a forgotten file; from ``pengecekan`` on, checking is the
    verifiers' work (case.check), then the recommender's and the decider's. A closed case takes
    no evidence (None)."""
    check_state(state)
    if state in CLOSED_STATES:
        return None
    previous = MAIN_LINE[MAIN_LINE.index(state) - 1] if state != DITERIMA else None
    return _TRANSITIONS[(previous, state)]


def may(role_allows: Iterable[str], from_state: str | None, to_state: str) -> bool:
    """Whether someone holding the permissions ``role_allows`` may make this move."""
    try:
        rule = transition(from_state, to_state)
    except NetraError:
        return False
    return rule.permission in set(role_allows)


def resolve_proven(rule: Transition, given: list[str] | None, previous: list[str]) -> list[str]:
    """The proven codes to record for a move (``given`` or those recorded before)."""
    if not rule.records_proven:
        if given:
            raise NetraError(
                "proven_too_early",
                "Kode pelanggaran yang terbukti baru dicatat mulai tahap verifikasi.",
                "Proven violation codes are recorded from the verification stage on.",
            )
        return []
    codes = sorted(set(given), key=code_sort_key) if given is not None else list(previous)
    if rule.proven_required and not codes:
        raise NetraError(
            "proven_required",
            f"Tahap '{label(rule.to_state)}' memerlukan kode pelanggaran yang terbukti "
            "(mis. --proven D2,E4).",
            f"State '{rule.to_state}' needs the proven violation codes (e.g. --proven D2,E4).",
        )
    return codes


def code_sort_key(code: str) -> tuple[str, int]:
    head, digits = code[:1], code[1:]
    return head, int(digits) if digits.isdigit() else 0


def parse_codes(text: str | Iterable[str]) -> list[str]:
    """``"d2, e4"`` or ``["D2", "E4"]`` → ``["D2", "E4"]`` (upper-cased, de-duplicated)."""
    parts = text.replace(";", ",").split(",") if isinstance(text, str) else list(text)
    out: list[str] = []
    for part in parts:
        for piece in str(part).replace(",", " ").split():
            code = piece.strip().upper()
            if code and code not in out:
                out.append(code)
    return out
