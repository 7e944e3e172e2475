"""Issue 16: the kabupaten's local PPPK layer (its Perbup under SE MenPANRB 11/2023).

A small, separately versioned JSON document loaded at the hub that overrides only the PPPK
sanction mapping; the hub's answer packages carry it to the offices (a row of the synced
``rulebook`` table); the engine applies it on top of the national rulebook for PPPK and says
so; a case records the versions it was recommended and decided under and keeps them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.errors import NetraError
from desktop.domain.rulebook import (
    LocalLayerInvalid,
    Rulebook,
    load_local_layer,
    local_layer_from_data,
)
from desktop.domain.sanctions import recommend
from desktop.services import audit, cases, rules, sync
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from tests.builders import add_employee, add_unit
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import HUB, PASSWORD, make_install, run, run_json

WETAR = "81.08.06"
PERBUP = "Nomor 12 Tahun 2025"


def layer_doc(version: str = "2026.1", **pppk: Any) -> dict[str, Any]:
    return {
        "format": 1,
        "kind": "pppk-lokal",
        "name": "pppk-mbd",
        "version": version,
        "kabupaten": "Kabupaten Maluku Barat Daya",
        "perbup": {
            "number": PERBUP,
            "date": "2025-03-01",
            "title": "Disiplin Pegawai Pemerintah dengan Perjanjian Kerja (contoh)",
        },
        "legal_basis": "SE MenPANRB 11/2023",
        "pppk": pppk
        or {
            "removed_types": [4, 5, 7, 8],
            "type_names": {"6": "pemotongan tambahan penghasilan PPPK 25% selama 12 bulan"},
        },
    }


def layer_text(version: str = "2026.1", **pppk: Any) -> str:
    return json.dumps(layer_doc(version, **pppk), ensure_ascii=False)


# ---------------------------------------------------------------------------- validation
def _problems(doc: Any) -> list[str]:
    with pytest.raises(LocalLayerInvalid) as err:
        local_layer_from_data(doc)
    assert err.value.code == "local_layer_invalid"
    assert "Berkas lapisan lokal PPPK ditolak" in err.value.message_id
    return err.value.problems


def test_a_valid_layer_parses() -> None:
    layer = load_local_layer(layer_text())
    assert (layer.name, layer.version, layer.removed_types) == ("pppk-mbd", "2026.1", (4, 5, 7, 8))
    assert layer.label == f"Perbup {PERBUP} tanggal 2025-03-01 (lapisan lokal pppk-mbd v2026.1)"
    # Whitespace and key order do not change the identity; content does.
    assert load_local_layer(json.dumps(layer_doc(), indent=2)).sha256 == layer.sha256
    assert load_local_layer(layer_text("2026.2")).sha256 != layer.sha256


def test_the_layer_overrides_nothing_but_the_pppk_mapping() -> None:
    doc = layer_doc()
    doc["violations"] = [{"code": "D13", "level": "berat"}]
    doc["pppk"]["policies"] = {"repeat": {"step": 2}}
    problems = _problems(doc)
    assert any(p.startswith("berkas: kunci 'violations' tidak dikenal") for p in problems)
    assert any(p.startswith("pppk: kunci 'policies' tidak dikenal") for p in problems)
    assert all("hanya mengubah pemetaan hukuman PPPK" in p for p in problems)


def test_every_problem_is_listed_in_indonesian() -> None:
    doc = layer_doc(removed_types=[9, 6, 8, 8, "x"], type_names={"10": "a"})
    doc.update(kind="rulebook", name="Perbup MBD!", format=2)
    doc["perbup"] = {"number": "", "date": "2025-02-30"}
    problems = _problems(doc)
    assert "format: versi format 2 tidak didukung (harus 1)" in problems
    assert "kind: harus 'pppk-lokal' (lapisan lokal PPPK)" in problems
    assert any(p.startswith("name: harus huruf kecil") for p in problems)
    assert "perbup.number: harus berupa teks yang tidak kosong" in problems
    assert any(p.startswith("perbup.date: harus tanggal yang sah") for p in problems)
    assert "pppk.removed_types: harus daftar jenis 1..9" in problems  # "x"
    assert any(p.startswith("pppk.type_names: jenis '10' tidak sah") for p in problems)
    # The heaviest type of a level may not go: every range keeps at least one type.
    fine = layer_doc(removed_types=[9, 6, 8, 8])
    assert set(_problems(fine)) == {
        "pppk.removed_types: ada jenis yang disebut lebih dari sekali",
        "pppk.removed_types: jenis 6 tidak boleh dihapus (puncak tingkat sedang)",
        "pppk.removed_types: jenis 9 tidak boleh dihapus (puncak tingkat berat)",
    }


def test_missing_parts_and_bad_files() -> None:
    assert set(_problems({"format": 1, "kind": "pppk-lokal"})) >= {
        "berkas: kunci 'perbup' wajib ada",
        "berkas: kunci 'pppk' wajib ada",
        "berkas: kunci 'name' wajib ada",
    }
    # Only the wording changed (an empty list of changes is a valid, if useless, override).
    assert local_layer_from_data(layer_doc(type_names={})).removed_types is None
    doc = layer_doc()
    doc["pppk"] = {}
    assert _problems(doc) == ["pppk: harus berisi 'removed_types' dan/atau 'type_names'"]
    with pytest.raises(LocalLayerInvalid) as err:
        load_local_layer("{bukan json")
    assert err.value.problems[0].startswith("bukan JSON yang sah")
    with pytest.raises(LocalLayerInvalid):
        load_local_layer(b"\xff\xfe")


# ---------------------------------------------------------------------------- engine
def test_pppk_with_and_without_the_layer(rb: Rulebook) -> None:
    layered = rb.with_local_layer(load_local_layer(layer_text()))
    assert layered.sha256 == rb.sha256  # the national identity stays
    national = recommend(rb, "PPPK", ["D13"]).to_json()
    local = recommend(layered, "PPPK", ["D13"]).to_json()
    assert national["allowed_types"] == [4, 5, 6] and national["local_layer"] is None
    assert local["allowed_types"] == [6] and local["minimum_type"] == 6
    assert local["sanction_names"] == {
        "6": "pemotongan tambahan penghasilan PPPK 25% selama 12 bulan"
    }
    assert local["local_layer"]["version"] == "2026.1"
    assert local["local_layer"]["perbup"]["number"] == PERBUP
    [r5] = [s for s in local["explanation"] if s["rule"] == "R5"]
    assert (
        f"menurut Perbup {PERBUP} tanggal 2025-03-01 (lapisan lokal pppk-mbd v2026.1)" in r5["text"]
    )
    assert "SE MenPANRB 11/2023" in r5["legal_basis"]
    assert "U-PPPK" in local["unconfirmed"]
    assert "lapisan lokal pppk-mbd v2026.1" in local["explanation"][-1]["text"]  # R8
    assert not any("lapisan lokal" in s["text"] for s in national["explanation"])


def test_the_uu20_flag_stays_with_the_layer(rb: Rulebook) -> None:
    # A Perbup that keeps every berat type for PPPK: still flagged, still the PPPK wording of 9.
    layered = rb.with_local_layer(load_local_layer(layer_text(removed_types=[])))
    out = recommend(layered, "PPPK", ["D1"]).to_json()
    assert out["allowed_types"] == [7, 8, 9]
    assert "U-UU20" in out["unconfirmed"]
    assert any(w.startswith("BELUM DIKONFIRMASI [U-UU20]") for w in out["warnings"])
    assert out["sanction_names"]["9"] == rb.category("PPPK").type_names["9"]
    [r5] = [s for s in out["explanation"] if s["rule"] == "R5"]
    assert "lapisan lokal pppk-mbd v2026.1" in r5["text"]
    # And with the national mapping as well.
    assert "U-UU20" in recommend(layered, "PPPK", ["D1", "D13"]).to_json()["unconfirmed"]


@pytest.mark.parametrize("category", ["PNS", "CPNS", "NON_ASN"])
def test_other_categories_are_unaffected(rb: Rulebook, category: str) -> None:
    layered = rb.with_local_layer(load_local_layer(layer_text()))
    for codes in (["D13"], ["D1"], ["D5", "E2"]):
        assert (
            recommend(layered, category, codes).to_json()
            == recommend(rb, category, codes).to_json()
        )


# ---------------------------------------------------------------------------- hub and office
@pytest.fixture(autouse=True)
def _cli_login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_install(tmp_path, HUB[0], HUB[1], "hub")
    yield ctx
    ctx.close()


def test_loaded_at_the_hub(hub: AppContext, tmp_path: Path) -> None:
    national = rules.active_rulebook(hub).sha256
    info = rules.load_local_layer_file(hub, layer_text())
    assert info.active and info.version == "2026.1" and info.perbup["number"] == PERBUP
    assert rules.active_rulebook(hub).sha256 == national  # not a rulebook version
    assert [v.sha256 for v in rules.list_rulebooks(hub)] == [national]
    assert rules.effective_rulebook(hub).local_layer is not None
    # A new version replaces it; the old one stays stored; same name+version, other content: no.
    rules.load_local_layer_file(hub, layer_text("2026.2", removed_types=[7, 8]))
    assert [(x.version, x.active) for x in rules.list_local_layers(hub)] == [
        ("2026.1", False),
        ("2026.2", True),
    ]
    with pytest.raises(NetraError) as err:
        rules.load_local_layer_file(hub, layer_text("2026.2", removed_types=[8]))
    assert err.value.code == "local_layer_version_clash"
    # A national rulebook loaded later leaves the layer active.
    doc = json.loads(rules.shipped_rulebook_text())
    doc["version"] = "2026.9"
    rules.load_new_rulebook(hub, json.dumps(doc))
    assert rules.active_local_layer(hub) is not None
    assert rules.active_local_layer(hub).version == "2026.2"  # type: ignore[union-attr]
    assert audit.verify(hub).ok
    # The CLI: rules show lists the active layer; an invalid file exits 2 with the problems.
    shown = run_json(hub.data_dir, "rules", "show")
    assert shown["local_layer"]["version"] == "2026.2"
    assert shown["local_layer"]["pppk"] == {"removed_types": [7, 8]}
    assert [x["version"] for x in shown["local_layers"]] == ["2026.1", "2026.2"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**layer_doc("2026.3"), "deadlines": []}), "utf-8")
    code, out, err_text = run(hub.data_dir, "rules", "local-load", str(bad))
    assert code == 2 and "kunci 'deadlines' tidak dikenal" in out + err_text
    good = tmp_path / "good.json"
    good.write_text(layer_text("2026.3"), "utf-8")
    loaded = run_json(hub.data_dir, "rules", "local-load", str(good))
    assert loaded["version"] == "2026.3" and loaded["active"] is True


def test_refused_at_an_office(ctx: AppContext, data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(NetraError) as err:
        rules.load_local_layer_file(ctx, layer_text())
    assert err.value.code == "local_layer_hub_only"
    assert "hanya dimuat di hub kabupaten" in err.value.message_id
    path = tmp_path / "layer.json"
    path.write_text(layer_text(), "utf-8")
    code, out, err_text = run(data_dir, "rules", "local-load", str(path), "--json")
    assert code == 2 and "local_layer_hub_only" in out + err_text
    assert rules.list_local_layers(ctx) == []
    assert run_json(data_dir, "rules", "show")["local_layer"] is None


# ---------------------------------------------------------------------------- through sync
@pytest.fixture
def one(tmp_path: Path) -> Iterator[Net]:
    network = build_net(tmp_path, [WETAR])
    yield network
    network.close()


def _people(office: AppContext) -> dict[str, str]:
    with office.tx() as s:
        unit = add_unit(office, s, "81.08.06.2001", "Desa Ilwaki", "desa")
        s.flush()
        pppk = add_employee(
            office, s, "Agustina Lerebulan", unit.id, nip="199203032023212001", category="PPPK"
        )
        pppk2 = add_employee(
            office, s, "Maria Rumlus", unit.id, nip="199505052024212002", category="PPPK"
        )
        pns = add_employee(
            office, s, "Yohanis Leunufna", unit.id, nip="199001012015031001", category="PNS"
        )
        return {"pppk": pppk.id, "pppk2": pppk2.id, "pns": pns.id}


def _recommended(office: AppContext, employee_id: str, code: str = "D13") -> str:
    ref = cases.new_case(
        office,
        cases.Intake(
            source="masyarakat",
            received=date(2026, 10, 5),
            description="Mengunggah foto bersama calon bupati di Facebook.",
            reporter_name="Lukas Maahury",
            reporter_contact="0812-4000-1234",
            act_place="Ilwaki",
            act_date=date(2026, 10, 2),
            alleged_codes=[code],
            employee_id=employee_id,
        ),
    ).case_id
    cases.advance(office, ref, "pengecekan", "Berkas lengkap.")
    cases.advance(office, ref, "verifikasi", "Diteruskan ke satgas.")
    cases.advance(office, ref, "validasi", "Terbukti.", [code])
    case_sanctions.recommend(office, ref)
    return ref


def _answer(net: Net, name: str) -> None:
    [answer] = sync.export(net.hub, net.usb(name), office=WETAR)
    out = sync.import_file(net.offices[WETAR], answer.path)
    assert out.status == "applied", out.to_json()


def test_the_layer_reaches_an_office_and_old_cases_keep_their_versions(one: Net) -> None:
    office = one.offices[WETAR]
    people = _people(office)
    before = _recommended(office, people["pppk"])
    old = cases.show(office, before).to_json()["recommendation"]
    assert old["local_layer"] is None and old["output"]["allowed_types"] == [4, 5, 6]

    rules.load_local_layer_file(one.hub, layer_text())
    _answer(one, "ans1")
    assert rules.active_local_layer(office) is not None
    shown = run_json(office.data_dir, "rules", "show")
    assert shown["local_layer"]["version"] == "2026.1"
    assert shown["local_layer"]["perbup"]["number"] == PERBUP

    layered = _recommended(office, people["pppk"])
    rec = cases.show(office, layered).to_json()["recommendation"]
    assert rec["local_layer"] == "pppk-mbd/2026.1"
    assert rec["rulebook_sha256"] == rules.active_rulebook(office).sha256
    assert rec["output"]["allowed_types"] == [6]
    assert any(
        "menurut Perbup" in s["text"] and "lapisan lokal pppk-mbd v2026.1" in s["text"]
        for s in rec["output"]["explanation"]
    )
    pns = cases.show(office, _recommended(office, people["pns"])).to_json()["recommendation"]
    assert pns["local_layer"] is None and pns["output"]["allowed_types"] == [4, 5, 6]
    assert not any("lapisan lokal" in s["text"] for s in pns["output"]["explanation"])

    decided = case_sanctions.decide(
        office, layered, "6", "800/12/BKPSDM/2026", date(2026, 10, 20), today=date(2026, 10, 21)
    )
    assert decided.local_layer == "pppk-mbd/2026.1"

    # A new layer version from the hub: new cases use it; old cases keep theirs.
    rules.load_local_layer_file(one.hub, layer_text("2026.2", removed_types=[7, 8]))
    _answer(one, "ans2")
    assert rules.active_local_layer(office).version == "2026.2"  # type: ignore[union-attr]
    newer = cases.show(office, _recommended(office, people["pppk2"])).to_json()["recommendation"]
    assert newer["local_layer"] == "pppk-mbd/2026.2"
    assert newer["output"]["allowed_types"] == [4, 5, 6]
    page = cases.show(office, layered).to_json()
    assert page["recommendation"]["local_layer"] == "pppk-mbd/2026.1"
    assert page["decision"]["local_layer"] == "pppk-mbd/2026.1"
    assert (
        page["decision"]["rulebook_version"]
        == f"{rec['output']['rulebook']}/" + (rec["output"]["rulebook_version"])
    )
    assert cases.show(office, before).to_json()["recommendation"]["local_layer"] is None
    shown_case = run_json(office.data_dir, "case", "show", layered)
    assert shown_case["recommendation"]["local_layer"] == "pppk-mbd/2026.1"
    assert shown_case["decision"]["local_layer"] == "pppk-mbd/2026.1"
    # The old version is still readable by its hash at the office.
    old_layer = rules.local_layer_by_sha(office, rec["local_layer_sha256"])
    assert old_layer.version == "2026.1"
    assert audit.verify(office).ok
