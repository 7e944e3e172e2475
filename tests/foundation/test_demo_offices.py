"""``netra demo --office-code``: demo-like offices for trying a kabupaten hub with several."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop import demo, paths
from desktop.services.context import AppContext
from desktop.store.models import Employee, Unit


def _office(base: Path, code: str | None, name: str | None) -> tuple[set[str], set[str], str]:
    folder = base / (code or "default")
    ctx = AppContext.open(folder, paths.sqlite_url(folder))
    try:
        summary = demo.populate(ctx, employees=30, office_code=code, office_name=name)
        with ctx.read() as s:
            nips = {n for n in s.scalars(select(Employee.nip)) if n}
            units = set(s.scalars(select(Unit.code)))
        return nips, units, summary["office"]["code"]
    finally:
        ctx.close()


def test_two_demo_offices_have_their_own_codes_units_and_people(tmp_path: Path) -> None:
    nips_a, units_a, code_a = _office(tmp_path, None, None)
    nips_b, units_b, code_b = _office(tmp_path, "81.08.06", "Kecamatan Wetar")
    assert (code_a, code_b) == ("81.08.01", "81.08.06")
    assert all(u == "81.08.01" or u.startswith("81.08.01.") for u in units_a)
    assert all(u == "81.08.06" or u.startswith("81.08.06.") for u in units_b)
    assert nips_a and nips_b and not nips_a & nips_b  # one hub can hold both rosters
