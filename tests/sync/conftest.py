"""Fixtures: one hub and three offices in separate data folders, enrolled by files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.services.context import Actor, AppContext
from tests.sync.helpers import HUB, OFFICES, enrol, make_install


@dataclass
class Net:
    base: Path
    hub: AppContext
    offices: dict[str, AppContext]

    def usb(self, name: str = "usb") -> Path:
        folder = self.base / name
        folder.mkdir(exist_ok=True)
        return folder

    def hub_copy(self, name: str) -> AppContext:
        """A second hub with the same identity and state (to compare import orders)."""
        target = self.base / name
        shutil.copytree(self.hub.data_dir, target)
        ctx = AppContext.open(target)
        ctx.actor = Actor("admin", "admin")
        self._extra.append(ctx)
        return ctx

    def close(self) -> None:
        for ctx in [self.hub, *self.offices.values(), *self._extra]:
            ctx.close()

    def __post_init__(self) -> None:
        self._extra: list[AppContext] = []


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Net]:
    hub = make_install(tmp_path, HUB[0], HUB[1], "hub")
    offices = {}
    for code, name in OFFICES.items():
        offices[code] = make_install(tmp_path, code, name)
        enrol(hub, offices[code], tmp_path)
    network = Net(tmp_path, hub, offices)
    yield network
    network.close()
