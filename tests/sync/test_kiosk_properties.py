"""Property test (hypothesis, issue 17): the packages of an office's devices (two kiosks, the
main laptop relaying them, the kiosks also sending directly) imported at the hub in any
order, any subset, any number of times, give the same hub state."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import sync
from desktop.services.context import Actor, AppContext
from tests.sync.helpers import HUB, edit_employee, make_install, seed_office, sign
from tests.sync.test_merge import _state

WETAR = "81.08.06"


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


def _enrol(at: AppContext, laptop: AppContext, stick: Path, **flags: Any) -> None:
    req = stick / "request.json"
    info = sync.write_request(laptop, req)
    sync.enrol(at, req, stick / "answer.json", info.fingerprint, **flags)
    sync.accept(laptop, stick / "answer.json")


def _device(ctx: AppContext) -> str:
    with ctx.read() as s:
        return ctx.office(s).device_code or ""


def _to(results: list[sync.ExportResult], peer: str, device: str | None = None) -> Path:
    [path] = [r.path for r in results if r.peer == peer and device in (None, r.device)]
    return path


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pool]:
    base = tmp_path_factory.mktemp("kiosk-pool")
    stick = base / "usb"
    stick.mkdir()
    hub = make_install(base, *HUB, "hub")
    main = make_install(base / "utama", WETAR, "Kecamatan Wetar")
    k1 = make_install(base / "kiosk1", WETAR, "Kecamatan Wetar")
    k2 = make_install(base / "kiosk2", WETAR, "Kecamatan Wetar")
    n = iter(range(1000))

    def out() -> Path:
        return stick / f"p{next(n)}"

    def apply(ctx: AppContext, path: Path) -> None:
        outcome = sync.import_file(ctx, path)
        assert outcome.status == "applied", outcome.to_json()

    _enrol(hub, main, stick)
    for k in (k1, k2):
        _enrol(main, k, stick, kiosk=True)
        _enrol(hub, k, stick, additional=True)
    seeded = seed_office(main, 6)
    for k in (k1, k2):
        apply(k, _to(sync.export(main, out()), WETAR, _device(k)))
    baseline = base / "baseline"
    hub.close()
    shutil.copytree(hub.data_dir, baseline)
    hub = AppContext.open(hub.data_dir)
    hub.actor = Actor("admin", "admin")
    packages: list[Path] = []

    def to_hub(ctx: AppContext) -> None:
        path = _to(sync.export(ctx, out()), HUB[0])
        apply(hub, path)  # the reference hub answers, so later packages are incremental
        packages.append(path)

    def kiosk_to_main(k: AppContext) -> None:
        apply(main, _to(sync.export(k, out()), WETAR))

    sign(k1, seeded, seeded.employees[:2])
    sign(k2, seeded, seeded.employees[2:3])
    sign(main, seeded, seeded.employees[3:4])
    kiosk_to_main(k1)
    kiosk_to_main(k2)
    to_hub(main)  # 0: main + both kiosks relayed
    to_hub(k1)  # 1: kiosk 1 directly (its rows already relayed)
    for ctx in (main, k1):
        apply(ctx, _to(sync.export(hub, out(), office=WETAR), WETAR, _device(ctx)))
    sign(k1, seeded, seeded.employees[4:5])
    sign(k2, seeded, seeded.employees[5:6])
    edit_employee(main, seeded.employees[0], jabatan="Sekretaris Camat")
    kiosk_to_main(k1)
    kiosk_to_main(k2)
    to_hub(main)  # 2: incremental, relaying the kiosks' newer rows
    to_hub(k2)  # 3: kiosk 2 directly, everything it made
    to_hub(k1)  # 4: kiosk 1 directly, incremental
    for ctx in (hub, main, k1, k2):
        ctx.close()
    yield Pool(base, baseline, packages)


_reference: dict[frozenset[int], dict[str, Any]] = {}


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=8))
def test_any_order_of_device_packages_gives_the_same_hub(pool: Pool, order: list[int]) -> None:
    chosen = frozenset(order)
    if chosen not in _reference:
        ref = pool.fresh_hub()
        try:
            for i in sorted(chosen):
                outcome = sync.import_file(ref, pool.packages[i])
                assert outcome.status == "applied", outcome.to_json()
            _reference[chosen] = _state(ref)
        finally:
            ref.close()
    hub = pool.fresh_hub()
    try:
        seen: set[int] = set()
        for i in order:
            outcome = sync.import_file(hub, pool.packages[i])
            assert outcome.status == ("duplicate" if i in seen else "applied"), (
                order,
                i,
                outcome.to_json(),
            )
            seen.add(i)
        assert _state(hub) == _reference[chosen]
    finally:
        hub.close()


def test_every_device_package_together_holds_every_signature(pool: Pool) -> None:
    hub = pool.fresh_hub()
    try:
        for path in reversed(pool.packages):
            assert sync.import_file(hub, path).status == "applied"
        signatures = list(_state(hub)["signature_record"])
        assert len(signatures) == 6  # 3 + 2 on the kiosks, 1 on the main laptop
    finally:
        hub.close()


def test_a_row_held_on_two_routes_is_applied_once(pool: Pool) -> None:
    """Kiosk 1's newer row arrives relayed (2) and directly (4) before the people it names
    (0): held twice, released once (before: IntegrityError, a traceback)."""
    hub = pool.fresh_hub()
    try:
        for i in (2, 4, 0):
            outcome = sync.import_file(hub, pool.packages[i])
            assert outcome.status == "applied", outcome.to_json()
        assert len(_state(hub)["signature_record"]) == 6
        assert not [c for c in sync.conflicts(hub) if c.kind == "held"]
    finally:
        hub.close()
