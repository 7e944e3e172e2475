"""Fixtures: one hub and three offices in separate data folders, enrolled by files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.services.context import AppContext
from tests.builders import open_as_admin
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
        ctx = open_as_admin(target)
        self._extra.append(ctx)
        return ctx

    def close(self) -> None:
        for ctx in [self.hub, *self.offices.values(), *self._extra]:
            ctx.close()

    def __post_init__(self) -> None:
        self._extra: list[AppContext] = []


_TEMPLATES: dict[tuple[str, ...], Path] = {}


def _template(codes: tuple[str, ...]) -> Path:
    """Installations are set up and enrolled once per session, then copied per test."""
    if codes not in _TEMPLATES:
        import atexit
        import tempfile

        base = Path(tempfile.mkdtemp(prefix="netra-sync-tpl-"))
        atexit.register(shutil.rmtree, base, True)
        hub = make_install(base, HUB[0], HUB[1], "hub")
        for code in codes:
            office = make_install(base, code, OFFICES[code])
            enrol(hub, office, base)
            office.close()
        hub.close()
        _TEMPLATES[codes] = base
    return _TEMPLATES[codes]


def build_net(base: Path, codes: list[str]) -> Net:
    template = _template(tuple(codes))
    for code in [HUB[0], *codes]:
        name = code.replace(".", "_")
        shutil.copytree(template / name, base / name)
    hub = open_as_admin(base / HUB[0].replace(".", "_"))
    offices = {code: open_as_admin(base / code.replace(".", "_")) for code in codes}
    return Net(base, hub, offices)


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Net]:
    network = build_net(tmp_path, list(OFFICES))
    yield network
    network.close()
