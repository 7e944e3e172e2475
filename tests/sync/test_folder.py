"""Automatic sync through a folder: unreachable is normal; reachable exports and answers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import sync
from desktop.services.sync import folder as sync_folder
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import seed_office, sign

WETAR = "81.08.06"


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Net]:
    network = build_net(tmp_path, [WETAR])
    yield network
    network.close()


def test_folder_round_trip(net: Net, tmp_path: Path) -> None:
    office, hub = net.offices[WETAR], net.hub
    share = tmp_path / "share"
    for ctx in (office, hub):
        sync_folder.configure(ctx, str(share))
    # Not there yet (the network is down): nothing happens, nothing fails.
    result = sync_folder.run_once(office)
    assert result.reachable is False and result.exported == ()
    share.mkdir()
    sign(office, seed_office(office, 2))
    first = sync_folder.run_once(office)
    assert len(first.exported) == 1
    # Nothing new: no second package.
    assert sync_folder.run_once(office).exported == ()
    at_hub = sync_folder.run_once(hub)
    assert [i.status for i in at_hub.imported] == ["applied"]
    assert len(at_hub.exported) == 1  # the answer to the office it heard from
    assert sync_folder.run_once(hub).imported == ()  # files are not read twice
    back = sync_folder.run_once(office)
    assert [i.status for i in back.imported] == ["applied"]
    assert sync.status(office).peers[0].pending_records == 0
    # The office tells the hub it got the answer (one small package), then goes quiet.
    assert len(back.exported) == 1
    assert sync_folder.run_once(office).exported == ()
    shutil.rmtree(share)
    assert sync_folder.run_once(hub).reachable is False
