"""Units read one way everywhere (issue 15): ``services/unit_queries`` has the tombstone
filter, the unit by code and the unit subtree. Pact printing computed its own subtree and
counted a deleted sub-unit (and the people in it) under ``--unit``, where the roster and the
signing events leave it out."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import NetraError
from desktop.services import printing, roster, unit_queries
from desktop.services.context import AppContext
from desktop.services.records import stamp_new, tombstone
from desktop.services.signing import counting as signing_people
from desktop.store.models import Employee, SigningEvent, Unit
from tests.conftest import CliRunner
from tests.signing.conftest import Roster, make_event, make_roster


def _tree(ctx: AppContext) -> Roster:
    """KEC > PKM (deleted) > POS, KEC > DESA; one person in POS and one in DESA besides the
    signing roster (KEC: four people, PKM: two)."""
    made = make_roster(ctx)
    with ctx.tx() as session:
        pos = stamp_new(
            ctx,
            session,
            Unit(code="POS", name="Pustu Arwala", kind="puskesmas", parent_id=made.units["PKM"]),
        )
        desa = stamp_new(
            ctx,
            session,
            Unit(code="DESA", name="Desa Ilwaki", kind="desa", parent_id=made.units["KEC"]),
        )
        session.flush()
        for name, unit in (("Lodewyk Pattinama", pos), ("Ruth Laipeny", desa)):
            stamp_new(
                ctx,
                session,
                Employee(
                    name=name,
                    name_key=name.lower(),
                    category="NON_ASN",
                    jabatan="Staf",
                    unit_id=unit.id,
                    active=True,
                ),
            )
        made.units.update(POS=pos.id, DESA=desa.id)
        pkm = session.get(Unit, made.units["PKM"])
        assert pkm is not None
        tombstone(ctx, session, pkm)  # as a sync tombstone from the office would
    return made


def test_subtree_leaves_out_deleted_units_and_what_hangs_under_them(ctx: AppContext) -> None:
    units = _tree(ctx).units
    with ctx.read() as session:
        assert unit_queries.subtree_ids(session, units["KEC"]) == {units["KEC"], units["DESA"]}
        everything = unit_queries.subtree_ids(session, units["KEC"], include_deleted=True)
        assert everything == set(units.values())
        assert unit_queries.subtree_ids(session, units["PKM"]) == set()
        assert unit_queries.subtree_ids(session, [units["DESA"], units["KEC"]]) == {
            units["KEC"],
            units["DESA"],
        }
        # POS itself is not deleted: a live unit, but under KEC only through the deleted PKM
        assert [u.code for u in unit_queries.live_units(session)] == ["DESA", "KEC", "POS"]


def test_unit_by_code_finds_live_units_only(ctx: AppContext) -> None:
    units = _tree(ctx).units
    with ctx.read() as session:
        assert unit_queries.unit_by_code(session, " KEC ").id == units["KEC"]
        with pytest.raises(NetraError) as err:
            unit_queries.unit_by_code(session, "PKM")
        assert err.value.code == "unit_not_found" and "PKM" in str(err.value)
        with pytest.raises(NetraError) as err:
            unit_queries.unit_by_code(session, "PKM", emitted="unit_unknown")
        assert err.value.to_json()["error"] == "unit_unknown"
        assert err.value.to_json()["code"] == "unit_not_found"
        assert set(unit_queries.units_by_code(session, ["KEC", "PKM", " DESA", ""])) == {
            "KEC",
            "DESA",
        }


def test_walk_down_survives_a_cycle() -> None:
    assert unit_queries.walk_down({"a": "b", "b": "a", "c": "a"}, ["a"]) == ["a", "b", "c"]


def test_pact_print_unit_leaves_out_a_deleted_sub_unit(
    ctx: AppContext, cli: CliRunner, tmp_path: Path
) -> None:
    """The regression: the recap of ``--unit KEC`` listed the two people of the deleted
    PKM and the one of POS under it as not signed (8 instead of 5)."""
    made = _tree(ctx)
    out = tmp_path / "rekap.pdf"
    res = cli("pact", "print", "--unit", "KEC", "--recap", "--out", str(out), "--json")
    assert res.code == 0, res.err
    assert res.json()["not_signed"] == 5  # type: ignore[index]
    # the same people as the roster's --unit and a signing event for KEC
    listed = cli("roster", "list", "--unit", "KEC", "--status", "active", "--json")
    assert listed.json()["total"] == 5  # type: ignore[index]
    setup = make_event(ctx, made)  # an event for KEC
    with ctx.read() as session:
        event = session.get(SigningEvent, setup.event_id)
        assert event is not None
        covered = signing_people.event_unit_ids(session, event)
        assert covered == unit_queries.subtree_ids(session, made.units["KEC"])


def test_a_deleted_unit_code_is_not_printed(
    ctx: AppContext, cli: CliRunner, tmp_path: Path
) -> None:
    _tree(ctx)
    out = tmp_path / "x.pdf"
    res = cli("pact", "print", "--unit", "PKM", "--recap", "--out", str(out), "--json")
    assert res.code == 2, res.out
    answer = res.json()
    assert isinstance(answer, dict)
    assert answer["error"] == "unit_unknown" and answer["code"] == "unit_not_found"
    assert not out.exists()
    with ctx.read() as session, pytest.raises(NetraError) as err:
        printing.gather(session, printing.Selection(unit_code="PKM"))
    assert err.value.canonical == "unit_not_found"


def test_roster_unit_query_and_tree_agree(ctx: AppContext) -> None:
    units = _tree(ctx).units
    ids = roster.unit_query(ctx, "KEC")
    assert ids is not None and ids[0] == units["KEC"] and set(ids) == {units["KEC"], units["DESA"]}
    listed = roster.list_units(ctx)
    assert set(roster.subtree_ids(listed, units["KEC"])) == set(ids)
    with pytest.raises(NetraError) as err:
        roster.unit_query(ctx, "PKM")
    assert err.value.to_json()["error"] == "unit_not_found"
    assert err.value.to_json()["unit_code"] == "PKM"  # the detail the command always wrote
