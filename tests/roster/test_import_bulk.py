"""The 100,000-row path of the import keeps the process as it found it: the cyclic garbage
collector is paused only while an import step runs, and restored even when the step fails."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from desktop.domain.errors import NetraError
from desktop.services.context import AppContext
from desktop.services.roster import importer as roster_import


def test_gc_paused_during_a_step_and_restored_after() -> None:
    seen: list[bool] = []

    @roster_import.without_gc
    def step(fail: bool) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("boom")

    assert gc.isenabled()
    step(False)
    with pytest.raises(ValueError):
        step(True)
    assert seen == [False, False]
    assert gc.isenabled()
    gc.disable()  # a caller that had it off keeps it off
    try:
        step(False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_import_restores_gc_on_success_and_error(ctx: AppContext, tmp_path: Path) -> None:
    good = tmp_path / "pegawai.csv"
    good.write_text(
        "NIP;NAMA;GOL\n198609262015051001;Yohanis Lewier;III/a\n;Marthina Kay;\n", "utf-8"
    )
    result = roster_import.import_file(ctx, good)
    assert (result.created, len(result.rejected)) == (2, 0)
    assert gc.isenabled()
    bad = tmp_path / "kosong.csv"
    bad.write_text("a;b\n1;2\n", "utf-8")
    with pytest.raises(NetraError):
        roster_import.import_file(ctx, bad)
    assert gc.isenabled()
