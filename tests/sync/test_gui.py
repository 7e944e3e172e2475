"""The sync page: review before applying, apply, resolve a conflict (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.services import sync
from desktop.services.changes import Area, Changes
from desktop.ui.context import UiContext
from desktop.ui.sync.page import SyncPage
from desktop.ui.tasks import TaskRunner
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import seed_office, sign
from tests.sync.test_properties import _rename_unit


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Net]:
    network = build_net(tmp_path, ["81.08.06", "81.08.01"])
    yield network
    network.close()


def test_review_apply_and_resolve(net: Net, qtbot: Any) -> None:
    hub = net.hub
    a, b = net.offices["81.08.06"], net.offices["81.08.01"]
    unit_b = ""
    for office in (a, b):
        seeded = seed_office(office, 2, nip_base=50 if office is b else 0)
        unit_b = seeded.unit_id
        sign(office, seeded)
        [p] = sync.export(office, net.usb("1"))
        assert sync.import_file(hub, p.path).status == "applied"
        with office.read() as s:
            code = office.office(s).code
        [ans] = sync.export(hub, net.usb("ans"), office=code)
        assert sync.import_file(office, ans.path).status == "applied"
    # The hub corrects B's unit while B renames it (an office changes only its own rows).
    _rename_unit(hub, unit_b, "Kabupaten (A)")
    _rename_unit(b, unit_b, "Kabupaten (B)")
    stick = net.usb("stick")
    [_carried] = sync.export(b, stick)
    runner = TaskRunner()
    page = SyncPage(UiContext(hub, runner))
    qtbot.addWidget(page)
    page.timer.stop()
    page.first_run.stop()
    page.drive.addItem(str(stick), str(stick))
    page.drive.setCurrentIndex(page.drive.count() - 1)
    page._list_packages()
    assert page.files.count() == 1
    page.files.setCurrentRow(0)
    page.review_selected()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=10000)
    assert "1 konflik" in page.review.summary.text()
    assert page.review.apply_button.isEnabled()
    assert sync.status(hub).open_conflicts == 0  # nothing applied by the review
    page.apply_reviewed()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0 and not runner.busy, timeout=10000)
    assert sync.status(hub).open_conflicts == 1
    page.activate()
    qtbot.waitUntil(lambda: page.conflicts.list_model.rowCount() == 1, timeout=10000)
    fields = {r.field: r for r in page.conflicts.fields_model.rows}
    assert {fields["name"].local, fields["name"].incoming} == {
        "Kabupaten (A)",
        "Kabupaten (B)",
    }
    # The resolution names what it changed; the runner tells the pages, with the page as the
    # initiator (it reloads itself): the row's area too when the other version is re-applied.
    [open_] = sync.conflicts(hub)
    heard: list[tuple[Changes, object]] = []
    runner.bus.changed.connect(lambda areas, who: heard.append((areas, who)))
    page.conflicts.keep_local.click()
    qtbot.waitUntil(lambda: page.conflicts.list_model.rowCount() == 0, timeout=10000)
    assert sync.conflicts(hub) == []
    qtbot.waitUntil(lambda: bool(heard), timeout=10000)
    reapplied = open_.provisional_winner != "local"
    assert heard == [(Changes(sync.IMPORT_CHANGES if reapplied else {Area.SYNC}), page)]
    runner.wait()
    QCoreApplication.processEvents()
