"""The hub's sync page shows a refused package as a red alert until it is marked seen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.services import sync
from desktop.ui.context import UiContext
from desktop.ui.sync.page import SyncPage
from desktop.ui.sync.widgets import DIFF_BG
from desktop.ui.tasks import TaskRunner
from tests.sync.conftest import Net
from tests.sync.helpers import seed_office, sign
from tests.sync.test_authority import PPT, WETAR, reseal, setv


def test_refused_package_is_an_alert_on_the_sync_page(net: Net, qtbot: Any) -> None:
    b = net.offices[PPT]
    sign(b, seed_office(b, 2, nip_base=50))
    [pb] = sync.export(b, net.usb("b"))
    forged = reseal(
        pb.path, b, net.hub, lambda t, _b, _m: setv(t["signature_record"], origin=WETAR)
    )
    runner = TaskRunner()
    page = SyncPage(UiContext(net.hub, runner))
    qtbot.addWidget(page)
    page.timer.stop()
    page.first_run.stop()
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert not page.alert.isVisible()
    assert sync.import_file(net.hub, forged).reason == "foreign_origin"
    page.activate()
    qtbot.waitUntil(lambda: page.alert.model.rowCount() == 1, timeout=10000)
    assert page.alert.isVisible()
    row = page.alert.model.rows[0]
    assert row.office == PPT and row.reason == "foreign_origin"
    at = next(i for i, p in enumerate(page.peers.rows) if p.office == PPT)
    assert page.peers.rows[at].refusals == 1 and page.peers.rows[at].needs_attention
    assert page.peers.index(at, 0).data(Qt.ItemDataRole.BackgroundRole).color() == DIFF_BG
    page.alert.seen_button.click()
    qtbot.waitUntil(lambda: page.alert.model.rowCount() == 0, timeout=10000)
    assert not page.alert.isVisible()
    assert (
        sync.refusals(net.hub) == [] and len(sync.refusals(net.hub, include_acknowledged=True)) == 1
    )
    runner.wait()
