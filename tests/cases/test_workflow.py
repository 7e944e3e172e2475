"""The case state machine: every legal move, every illegal jump, who may move what."""

from __future__ import annotations

import itertools

import pytest

from desktop.domain import workflow as wf
from desktop.domain.errors import NetraError
from desktop.domain.roles import PERMISSIONS, ROLES

LEGAL = {
    (None, "diterima"): "case.intake",
    ("diterima", "pengecekan"): "case.check",
    ("pengecekan", "verifikasi"): "case.check",
    ("verifikasi", "validasi"): "case.check",
    ("validasi", "rekomendasi"): "case.recommend",
    ("rekomendasi", "keputusan"): "case.decide",
    ("keputusan", "tindak_lanjut"): "case.decide",
    ("tindak_lanjut", "selesai"): "case.decide",
    ("pengecekan", "tidak_terbukti"): "case.check",
    ("pengecekan", "ditolak"): "case.check",
    ("verifikasi", "tidak_terbukti"): "case.check",
    ("verifikasi", "ditolak"): "case.check",
    ("validasi", "tidak_terbukti"): "case.check",
    ("validasi", "ditolak"): "case.check",
}


@pytest.mark.parametrize(("frm", "to"), list(LEGAL))
def test_legal_transitions_and_their_permission(frm: str | None, to: str) -> None:
    rule = wf.transition(frm, to)
    assert rule.permission == LEGAL[(frm, to)]


def test_every_other_pair_is_refused_in_indonesian() -> None:
    refused = 0
    for frm, to in itertools.product([None, *wf.STATES], wf.STATES):
        if (frm, to) in LEGAL:
            continue
        with pytest.raises(NetraError) as err:
            wf.transition(frm, to)
        assert err.value.code in {"illegal_transition", "case_closed"}
        assert "tidak" in err.value.message_id
        refused += 1
    assert refused == 11 * 10 - len(LEGAL)


def test_closed_states_cannot_move() -> None:
    for state in ("selesai", "tidak_terbukti", "ditolak"):
        assert wf.next_states(state) == []
        with pytest.raises(NetraError, match="tidak dapat dipindah") as err:
            wf.transition(state, "pengecekan")
        assert err.value.code == "case_closed"


def test_skip_refused_with_allowed_next_states_named() -> None:
    with pytest.raises(NetraError) as err:
        wf.transition("diterima", "rekomendasi")
    assert err.value.details["allowed"] == ["pengecekan"]
    assert "Pengecekan" in err.value.message_id


def test_unknown_state() -> None:
    with pytest.raises(NetraError) as err:
        wf.transition("diterima", "arsip")
    assert err.value.code == "unknown_state"


def test_roles_per_transition() -> None:
    def perms(role: str) -> set[str]:
        return {p for p, roles in PERMISSIONS.items() if role in roles}

    assert wf.may(perms("operator"), None, "diterima")
    assert not wf.may(perms("operator"), "diterima", "pengecekan")
    assert wf.may(perms("verifier"), "diterima", "pengecekan")
    assert wf.may(perms("verifier"), "validasi", "rekomendasi")
    assert not wf.may(perms("verifier"), "rekomendasi", "keputusan")
    assert wf.may(perms("admin"), "rekomendasi", "keputusan")
    assert not any(wf.may(perms("viewer"), f, t) for f, t in LEGAL)
    assert set(ROLES) == {"admin", "operator", "verifier", "viewer"}


def test_proven_codes_rules() -> None:
    early = wf.transition("diterima", "pengecekan")
    assert wf.resolve_proven(early, None, []) == []
    with pytest.raises(NetraError, match="verifikasi"):
        wf.resolve_proven(early, ["D2"], [])
    to_validasi = wf.transition("verifikasi", "validasi")
    with pytest.raises(NetraError) as err:
        wf.resolve_proven(to_validasi, None, [])
    assert err.value.code == "proven_required"
    assert wf.resolve_proven(to_validasi, ["E4", "D10", "D2"], []) == ["D2", "D10", "E4"]
    onward = wf.transition("validasi", "rekomendasi")
    assert wf.resolve_proven(onward, None, ["D2"]) == ["D2"]
    not_proven = wf.transition("verifikasi", "tidak_terbukti")
    assert wf.resolve_proven(not_proven, [], ["D2"]) == []


def test_parse_codes() -> None:
    assert wf.parse_codes("d2, e4;D2") == ["D2", "E4"]
    assert wf.parse_codes(["D1", "d3 e1"]) == ["D1", "D3", "E1"]
