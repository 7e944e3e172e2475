"""``netra hub``: the kabupaten hub's coverage per office and unit, and its recap documents."""

from __future__ import annotations

from desktop.cli.base import Groups


def register(groups: Groups) -> None:
    groups.group("hub", "hub kabupaten: cakupan penandatanganan per kantor dan rekap")
