"""The Sync page's drive selector: only a drive that is surely a flash drive, and the only
one, is chosen for the user; otherwise nothing is, with a hint (Windows emulated by win_fake).
The old page preselected D:, the data partition of many OEM laptops."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop import winsec
from desktop.ui.context import UiContext
from desktop.ui.sync.page import SyncPage
from tests.foundation.test_win_drives import BUS_NVME, BUS_USB
from tests.foundation.win_fake import FakeDrive, FakeWindows


@pytest.fixture
def page(ui: UiContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[SyncPage]:
    monkeypatch.setenv("SYSTEMDRIVE", "C:")
    widget = SyncPage(ui)
    qtbot.addWidget(widget)
    widget.timer.stop()
    widget.first_run.stop()
    yield widget


def _laptop(**extra: FakeDrive) -> FakeWindows:
    return FakeWindows(
        drives={
            "C": FakeDrive(winsec.DRIVE_FIXED, "NTFS", "Windows", bus=BUS_NVME),
            "D": FakeDrive(winsec.DRIVE_FIXED, "NTFS", "DATA", bus=BUS_NVME),
            **extra,
        }
    )


def _items(page: SyncPage) -> list[Any]:
    return [page.drive.itemData(i) for i in range(page.drive.count())]


def test_the_oem_data_partition_is_not_offered(page: SyncPage) -> None:
    with winsec.use(_laptop().api()):
        page.find_drives()
    assert page.target() is None
    assert _items(page) == [None]
    assert not page.drive_hint.isHidden()


def test_a_single_stick_is_chosen(page: SyncPage) -> None:
    with winsec.use(_laptop(E=FakeDrive(winsec.DRIVE_REMOVABLE, "FAT32", "KINGSTON")).api()):
        page.find_drives()
    assert str(page.target()) == "E:\\"
    assert "KINGSTON" in page.drive.currentText()
    assert page.drive_hint.isHidden()


def test_two_sticks_choose_nothing_and_say_so(page: SyncPage) -> None:
    fake = _laptop(
        E=FakeDrive(winsec.DRIVE_REMOVABLE, "FAT32", "KINGSTON"),
        F=FakeDrive(winsec.DRIVE_FIXED, "NTFS", "Passport", bus=BUS_USB),
    )
    with winsec.use(fake.api()):
        page.find_drives()
    assert page.target() is None
    assert _items(page) == [None, "E:\\", "F:\\"]
    assert not page.drive_hint.isHidden()
    page.drive.setCurrentIndex(2)
    page.drive.activated.emit(2)
    assert str(page.target()) == "F:\\" and page.drive_hint.isHidden()
    with winsec.use(fake.api()):
        page.find_drives()  # "Find drives" again keeps the user's choice
    assert str(page.target()) == "F:\\"
