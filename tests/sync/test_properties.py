"""Property tests (hypothesis): any set of packages imported in any order, any number of
times, gives the same hub state; export -> import round-trips every field."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import sync
from desktop.services.context import Actor, AppContext
from desktop.services.records import stamp_edit, stamp_new
from desktop.store.models import Employee, Unit
from desktop.sync import rows as sr
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import OFFICES, edit_employee, seed_office, sign, table_state
from tests.sync.test_merge import _state

HUB_DIR = "81_08"


@dataclass
class Pool:
    base: Path
    baseline: Path  # the hub's data folder before any pooled package
    packages: list[Path]
    counter: int = 0

    def fresh_hub(self) -> AppContext:
        self.counter += 1
        target = self.base / f"hub-{self.counter}"
        shutil.copytree(self.baseline, target)
        ctx = AppContext.open(target)
        ctx.actor = Actor("admin", "admin")
        return ctx


def _rename_unit(ctx: AppContext, unit_id: str, name: str) -> None:
    with ctx.tx() as s:
        unit = s.get(Unit, unit_id)
        assert unit is not None
        unit.name = name
        stamp_edit(ctx, s, unit)


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pool]:
    base = tmp_path_factory.mktemp("pool")
    net = build_net(base, list(OFFICES))
    a, b, c = (net.offices[code] for code in OFFICES)
    # The kabupaten creates a unit every office receives; two offices will edit it.
    with net.hub.tx() as s:
        shared = stamp_new(
            net.hub, s, Unit(code="KAB-8108", name="Kabupaten MBD", kind="kabupaten")
        ).id
    seeded = {}
    for i, office in enumerate((a, b, c)):
        seeded[i] = seed_office(office, 3, nip_base=10 * i)
        sign(office, seeded[i], seeded[i].employees[:1])
        [p] = sync.export(office, net.usb("first"))
        assert sync.import_file(net.hub, p.path).status == "applied"
    for office in (a, b, c):
        with office.read() as s:
            code = office.office(s).code
        [ans] = sync.export(net.hub, net.usb("ans"), office=code)
        assert sync.import_file(office, ans.path).status == "applied"
    baseline = base / "baseline"
    net.hub.close()
    shutil.copytree(net.hub.data_dir, baseline)
    packages: list[Path] = []

    def export(office: AppContext, full: bool = False) -> None:
        [p] = sync.export(office, net.usb(f"p{len(packages)}"), full=full)
        packages.append(p.path)

    _rename_unit(a, shared, "Kabupaten MBD (Wetar)")
    edit_employee(a, seeded[0].employees[0], jabatan="Sekcam")
    sign(a, seeded[0], seeded[0].employees[1:2])
    export(a)
    edit_employee(a, seeded[0].employees[0], jabatan="Camat")
    sign(a, seeded[0], seeded[0].employees[2:])
    export(a)
    export(a, full=True)
    _rename_unit(b, shared, "Kabupaten MBD (PPT)")
    sign(b, seeded[1], seeded[1].employees[1:])
    export(b)
    sign(c, seeded[2], seeded[2].employees[1:])
    export(c)
    edit_employee(c, seeded[2].employees[2], golongan="IV/a", birth_date=date(1970, 5, 6))
    export(c)
    for office in (a, b, c):
        office.close()
    yield Pool(base, baseline, packages)


def _hub_state(ctx: AppContext) -> dict[str, Any]:
    state = _state(ctx)

    def version(doc: str) -> tuple[Any, ...]:
        if not doc:
            return ()
        d = json.loads(doc)
        return (d.get("revision"), d.get("revised_by"), d.get("sha256"))

    conflicts = []
    for c in sync.conflicts(ctx, include_resolved=True):
        local = json.dumps(c.local) if c.local else ""
        incoming = json.dumps(c.incoming) if c.incoming else ""
        conflicts.append(
            (
                c.kind,
                c.entity,
                c.entity_id,
                tuple(sorted([version(local), version(incoming)])),
            )
        )
    state["conflicts"] = sorted(conflicts)
    return state


_reference: dict[frozenset[int], dict[str, Any]] = {}


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=9))
def test_any_order_any_repetition_gives_the_same_hub(pool: Pool, order: list[int]) -> None:
    chosen = frozenset(order)
    if chosen not in _reference:
        ref = pool.fresh_hub()
        try:
            for i in sorted(chosen):
                assert sync.import_file(ref, pool.packages[i]).status == "applied"
            _reference[chosen] = _hub_state(ref)
        finally:
            ref.close()
    hub = pool.fresh_hub()
    try:
        seen: set[int] = set()
        for i in order:
            outcome = sync.import_file(hub, pool.packages[i])
            assert outcome.status == ("duplicate" if i in seen else "applied")
            seen.add(i)
        assert _hub_state(hub) == _reference[chosen]
    finally:
        hub.close()


# ------------------------------------------------------------------ round trip of every field
text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=60
)
employee = st.fixed_dictionaries(
    {
        "name": text.filter(lambda s: s.strip() != ""),
        "category": st.sampled_from(["PNS", "CPNS", "PPPK", "NON_ASN"]),
        "golongan": st.one_of(st.none(), st.sampled_from(["I/a", "III/b", "IV/e", "IX"])),
        "jabatan": text,
        "birth_date": st.one_of(
            st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2008, 12, 31))
        ),
        "sex": st.one_of(st.none(), st.sampled_from(["L", "P"])),
        "nik": st.one_of(st.none(), st.from_regex(r"\A[0-9]{16}\Z")),
        "active": st.booleans(),
        "notes": text,
    }
)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Net]:
    net = build_net(tmp_path_factory.mktemp("pair"), ["81.08.06"])
    yield net
    net.close()


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=st.lists(employee, min_size=1, max_size=4))
def test_export_import_round_trips_every_field(pair: Net, people: list[dict[str, Any]]) -> None:
    office = pair.offices["81.08.06"]
    with office.tx() as s:
        unit = s.query(Unit).filter(Unit.origin == "81.08.06").first()
        if unit is None:
            unit = stamp_new(office, s, Unit(code="U-RT", name="Wetar", kind="kecamatan"))
            s.flush()
        ids = [
            stamp_new(office, s, Employee(unit_id=unit.id, nip=None, name_key="", **person)).id
            for person in people
        ]
    [package] = sync.export(office, pair.usb())
    assert sync.import_file(pair.hub, package.path).status == "applied"
    mine, theirs = table_state(office, Employee), table_state(pair.hub, Employee)
    spec = sr.table_by_name()["employee"]
    for ident in ids:
        assert theirs[ident] == mine[ident]
        assert sr.encode_row(theirs[ident], spec.columns) == sr.encode_row(
            mine[ident], spec.columns
        )
