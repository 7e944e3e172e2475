"""The sync page's Devices tab (issue 17), offscreen: at a hub with two offices, one of them
with two laptops, every device listed per office with its state and packages; "Revoke…"
asks a reason, revokes through the task runner and names the device; at an office laptop,
this laptop's name is edited and its laptops known here are listed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from sqlalchemy import select

from desktop.services import device_view, devices, sync
from desktop.services.context import AppContext
from desktop.services.device_view import DeviceRow
from desktop.store.models import Employee, SigningEvent
from desktop.ui.context import UiContext
from desktop.ui.sync.device_widgets import DeviceTab
from desktop.ui.sync.page import SyncPage
from desktop.ui.tasks import TaskRunner
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import Seeded, make_install, seed_office, sign

WETAR, TERSELATAN = "81.08.06", "81.08.01"


@dataclass
class Scene:
    net: Net
    kiosk: AppContext


def send(net: Net, ctx: AppContext, name: str) -> None:
    [package] = sync.export(ctx, net.usb(name))
    outcome = sync.import_file(net.hub, package.path)
    assert outcome.status == "applied", outcome.to_json()


def second_laptop(net: Net, code: str, name: str) -> AppContext:
    """Another laptop of office ``code`` (its own data folder and keys), named and enrolled
    at the hub as an additional device."""
    kiosk = make_install(net.base / "kiosk", code, "Kecamatan Wetar")
    devices.set_name(kiosk, name)
    folder = net.usb("enrol-kiosk")
    info = sync.write_request(kiosk, folder / "request.json")
    sync.enrol(
        net.hub, folder / "request.json", folder / "answer.json", info.fingerprint,
        additional=True,
    )  # fmt: skip
    sync.accept(kiosk, folder / "answer.json")
    return kiosk


@pytest.fixture(autouse=True)
def indonesian(qapp: object) -> Iterator[None]:
    """The tab as the offices see it: in Indonesian (the default interface language)."""
    from desktop.ui import i18n

    assert i18n.install("id"), "no Indonesian translation was loaded"
    yield
    i18n.install("en")  # other tests read the source (English) texts
    i18n._current = i18n.DEFAULT


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    net = build_net(tmp_path, [WETAR, TERSELATAN])
    wetar = net.offices[WETAR]
    devices.set_name(wetar, "Laptop Kantor Camat")
    seeded = seed_office(wetar, 3)
    sign(wetar, seeded)
    send(net, wetar, "w1")
    t = seed_office(net.offices[TERSELATAN], 2, nip_base=100)
    sign(net.offices[TERSELATAN], t)
    send(net, net.offices[TERSELATAN], "t1")
    kiosk = second_laptop(net, WETAR, "Kiosk 2")
    send(net, kiosk, "k1")
    send(net, wetar, "w2")
    yield Scene(net, kiosk)
    kiosk.close()
    net.close()


def _page(ctx: AppContext, qtbot: Any) -> tuple[SyncPage, TaskRunner]:
    runner = TaskRunner()
    page = SyncPage(UiContext(ctx, runner))
    qtbot.addWidget(page)
    page.timer.stop()
    page.first_run.stop()
    return page, runner


def _item(item: QTreeWidgetItem | None) -> QTreeWidgetItem:
    assert item is not None
    return item


def _children(tab: DeviceTab) -> dict[str, list[QTreeWidgetItem]]:
    """{office code: its device rows}."""
    out = {}
    for i in range(tab.tree.topLevelItemCount()):
        top = _item(tab.tree.topLevelItem(i))
        out[top.text(0).split()[0]] = [_item(top.child(j)) for j in range(top.childCount())]
    return out


def test_hub_lists_devices_per_office_and_revokes_one(
    scene: Scene, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = scene.net.hub
    page, runner = _page(hub, qtbot)
    tab = page.devices
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Perangkat"
    page.activate()
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2, timeout=10000)
    assert tab.stack.currentIndex() == 0
    offices = _children(tab)
    assert list(offices) == [TERSELATAN, WETAR]
    wetar = offices[WETAR]
    assert [c.text(0) for c in wetar] == ["Laptop Kantor Camat", "Kiosk 2"]
    with scene.kiosk.read() as s:
        kiosk_code = scene.kiosk.office(s).device_code
    first, second = wetar
    assert second.text(1) == kiosk_code and second.text(2) == "aktif"
    assert first.text(5) == "2" and second.text(5) == "1"  # packages received
    # local times with the Indonesian dot and the zone, never ISO UTC
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d\.\d\d WIT", first.text(3)), first.text(3)
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d\.\d\d WIT", first.text(4)), first.text(4)
    assert len(first.text(6).split()) == 8  # the fingerprint read aloud, 8 groups
    # the office row says how many of its laptops are active
    wetar_top = _item(tab.tree.topLevelItem(1))
    # the office's full name on its own line, with how many of its laptops are active
    assert wetar_top.text(0) == f"{WETAR} Kecamatan Wetar — 2 dari 2 laptop aktif"
    assert wetar_top.isFirstColumnSpanned()
    assert _children(tab)[TERSELATAN][0].text(0) == "(tanpa nama)"  # beside its code

    # Revoke the kiosk: reason asked, confirmation names it, revoked through the runner
    tab.tree.setCurrentItem(second)
    assert tab.revoke_button.isEnabled()
    assert "Kiosk 2" in tab.details.text() and second.text(6) in tab.details.text()
    asked: list[str] = []

    def ask_reason(row: DeviceRow) -> str:
        asked.append(row.name)
        return "laptop hilang di apel"

    def confirm(row: DeviceRow, reason: str) -> bool:
        asked.append(reason)
        return True

    monkeypatch.setattr(tab, "ask_reason", ask_reason)
    monkeypatch.setattr(tab, "confirm", confirm)
    tab.revoke_button.click()
    qtbot.waitUntil(lambda: "dicabut" in tab.status.text(), timeout=10000)
    assert asked == ["Kiosk 2", "laptop hilang di apel"]
    assert "Kiosk 2" in tab.status.text() and "laptop hilang di apel" in tab.status.text()
    qtbot.waitUntil(lambda: _children(tab)[WETAR][1].text(2) == "dicabut",
                    timeout=10000)  # fmt: skip
    listed = {d.name: d for d in devices.list_devices(hub).devices}
    assert listed["Kiosk 2"].state == "revoked"
    assert listed["Kiosk 2"].revoke_reason == "laptop hilang di apel"
    assert listed["Laptop Kantor Camat"].state == "active"
    # the revoked row can no longer be revoked, and its reason is shown
    tab.tree.setCurrentItem(_children(tab)[WETAR][1])
    assert not tab.revoke_button.isEnabled()
    assert "laptop hilang di apel" in tab.details.text()
    assert _item(tab.tree.topLevelItem(1)).text(0).endswith("1 dari 2 laptop aktif")
    runner.wait()


def test_revoke_cancelled_changes_nothing(
    scene: Scene, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, runner = _page(scene.net.hub, qtbot)
    tab = page.devices
    tab.refresh()
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2, timeout=10000)
    tab.tree.setCurrentItem(_children(tab)[WETAR][1])
    monkeypatch.setattr(tab, "ask_reason", lambda row: "hilang")
    monkeypatch.setattr(tab, "confirm", lambda row, reason: False)
    tab.revoke_button.click()
    runner.wait()
    assert tab.status.text() == "Tidak dicabut."
    assert {d.state for d in devices.list_devices(scene.net.hub).devices} == {"active"}


def test_replaced_device_names_its_successor(scene: Scene) -> None:
    """The service row links a replaced laptop to the laptop that replaced it."""
    from desktop.store.models import SyncPeer

    hub = scene.net.hub
    with hub.tx() as s:
        peers = {p.device_name: p for p in s.scalars(select(SyncPeer))}
        old, new = peers["Laptop Kantor Camat"], peers["Kiosk 2"]
        old.status, old.replaced_by_id, new.replaces_id = "replaced", new.id, old.id
    found = device_view.overview(hub)
    wetar = next(o for o in found.offices if o.office == WETAR)
    old_row = next(d for d in wetar.devices if d.name == "Laptop Kantor Camat")
    assert wetar.find(old_row.replaced_by) is not None
    assert wetar.find(old_row.replaced_by).name == "Kiosk 2"  # type: ignore[union-attr]


def test_office_laptop_names_itself_and_lists_its_laptops(
    scene: Scene, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk = scene.kiosk
    page, runner = _page(kiosk, qtbot)
    tab = page.devices
    page.activate()
    qtbot.waitUntil(lambda: tab.local_tree.topLevelItemCount() >= 1, timeout=10000)
    assert tab.stack.currentIndex() == 1
    assert tab.name_edit.text() == "Kiosk 2"
    with kiosk.read() as s:
        me = kiosk.office(s)
        assert tab.this_code.text() == me.device_code
    assert _item(tab.local_tree.topLevelItem(0)).text(0) == "Kiosk 2 (laptop ini)"
    tab.name_edit.setText("  Kiosk   Aula  ")
    tab.save_name.click()
    qtbot.waitUntil(lambda: "Kiosk Aula" in tab.status.text(), timeout=10000)
    assert devices.list_devices(kiosk).this_device.name == "Kiosk Aula"
    qtbot.waitUntil(
        lambda: _item(tab.local_tree.topLevelItem(0)).text(0) == "Kiosk Aula (laptop ini)",
        timeout=10000,
    )
    # an empty name is refused with the service's message, nothing changed
    shown: list[str] = []
    import desktop.ui.sync.device_widgets as widgets

    def show_error(_w: object, exc: BaseException, _tb: str | None = None) -> None:
        shown.append(str(exc))

    monkeypatch.setattr(widgets, "show_error", show_error)
    tab.name_edit.setText("   ")
    tab.save_name.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Nama perangkat harus diisi" in shown[0]
    assert devices.list_devices(kiosk).this_device.name == "Kiosk Aula"
    runner.wait()


def test_office_lists_its_kiosk_merged_on_the_main_laptop(scene: Scene, qtbot: Any) -> None:
    """A kiosk enrolled at the office's main laptop is listed there before it signed
    anything; once its package merged, with its signature records."""
    net = scene.net
    main = net.offices[WETAR]
    kiosk = make_install(net.base / "kiosk-aula", WETAR, "Kecamatan Wetar")
    try:
        devices.set_name(kiosk, "Kiosk Aula")
        folder = net.usb("enrol-aula")
        info = sync.write_request(kiosk, folder / "request.json")
        sync.enrol(
            main, folder / "request.json", folder / "answer.json", info.fingerprint,
            kiosk=True,
        )  # fmt: skip
        sync.accept(kiosk, folder / "answer.json")
        with kiosk.read() as s:
            code = kiosk.office(s).device_code
        found = device_view.overview(main)
        assert [(d.name, d.this_laptop, d.records) for d in found.local] == [
            ("Laptop Kantor Camat", True, 3),
            ("Kiosk Aula", False, 0),
        ]
        # the main laptop's roster and event go to the kiosk; the kiosk signs one person
        results = sync.export(main, net.usb("to-kiosk"))
        [to_kiosk] = [r.path for r in results if r.device == code]
        assert sync.import_file(kiosk, to_kiosk).status == "applied"
        with main.read() as s:
            event_id = s.scalars(select(SigningEvent.id)).one()
            people = list(s.scalars(select(Employee.id)))
        sign(kiosk, Seeded("", event_id, people[:1]))
        [back] = [r.path for r in sync.export(kiosk, net.usb("from-kiosk")) if r.peer == WETAR]
        assert sync.import_file(main, back).status == "applied"
        found = device_view.overview(main)
        kiosk_row = next(d for d in found.local if d.device == code)
        assert (kiosk_row.name, kiosk_row.records) == ("Kiosk Aula", 1)
        assert kiosk_row.first_local.endswith(" WIT")
        # and the tab shows it at the main laptop
        runner = TaskRunner()
        tab = DeviceTab(UiContext(main, runner))
        qtbot.addWidget(tab)
        tab.refresh()
        qtbot.waitUntil(lambda: tab.local_tree.topLevelItemCount() == 2, timeout=10000)
        texts = [_item(tab.local_tree.topLevelItem(i)).text(0) for i in range(2)]
        assert texts == ["Laptop Kantor Camat (laptop ini)", "Kiosk Aula"]
        assert _item(tab.local_tree.topLevelItem(1)).text(2) == "1"
        runner.wait()
    finally:
        kiosk.close()
