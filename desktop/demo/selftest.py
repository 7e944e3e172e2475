"""``netra self-test``: exercise every subsystem in a temporary data folder.

Used by support staff and by the frozen-build smoke test: it catches a missing Alembic
script, data file or hidden import before a user does.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__, demo, paths
from desktop.services import audit
from desktop.services.context import AppContext

Step = Callable[[AppContext, Path], str]


@dataclass
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class SelfTestReport:
    steps: list[StepResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.steps)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "version": __version__, "steps": [s.__dict__ for s in self.steps]}

    def describe(self) -> str:
        lines = [f"Netra {__version__} uji mandiri: {'LULUS' if self.ok else 'GAGAL'}"]
        for s in self.steps:
            mark = "ok   " if s.ok else "GAGAL"
            lines.append(f"  [{mark}] {s.name} ({s.seconds:.2f} s): {s.detail}")
        return "\n".join(lines)


def _migrate(ctx: AppContext, _tmp: Path) -> str:
    result = ctx.upgrade_schema()
    return f"skema pada revisi {result.to_revision}"


def _demo(ctx: AppContext, _tmp: Path) -> str:
    summary = demo.populate(ctx, employees=40)
    return f"kantor contoh {summary['office']['code']} dibuat"


def _audit(ctx: AppContext, _tmp: Path) -> str:
    report = audit.verify(ctx)
    if not report.ok:
        raise RuntimeError(report.problems[0].describe())
    return f"rantai utuh ({sum(report.checked.values())} entri)"


def _roster_step(ctx: AppContext, tmp: Path) -> str:
    from desktop.demo.roster import selftest_step

    return selftest_step(ctx, tmp)


def _rules_step(ctx: AppContext, tmp: Path) -> str:
    from desktop.services.rules import selftest_step

    return selftest_step(ctx, tmp)


def _cases_step(ctx: AppContext, tmp: Path) -> str:
    from desktop.demo.cases import selftest_step

    return selftest_step(ctx, tmp)


def _signing_step(ctx: AppContext, tmp: Path) -> str:
    from desktop.demo.signing import selftest_step

    return selftest_step(ctx, tmp)


def _printing_step(ctx: AppContext, tmp: Path) -> str:
    from desktop.services.printing import selftest_step

    return selftest_step(ctx, tmp)


def _sync_step(ctx: AppContext, tmp: Path) -> str:
    from desktop.demo.sync_selftest import step

    return step(ctx, tmp)


def steps() -> list[tuple[str, Step]]:
    found: list[tuple[str, Step]] = [
        ("migrasi", _migrate),
        ("data contoh", _demo),
        ("jejak audit", _audit),
        ("daftar pegawai", _roster_step),
        ("aturan sanksi", _rules_step),
        ("laporan pelanggaran", _cases_step),
        ("penandatanganan pakta", _signing_step),
        ("cetak & verifikasi pakta", _printing_step),
        ("sinkronisasi USB", _sync_step),
    ]
    return found


def run() -> SelfTestReport:
    report = SelfTestReport()
    with tempfile.TemporaryDirectory(prefix="netra-selftest-") as tmp:
        ctx = AppContext.open(
            Path(tmp) / "data", paths.sqlite_url(Path(tmp) / "data"), upgrade=False
        )
        try:
            for name, step in steps():
                start = time.perf_counter()
                try:
                    detail = step(ctx, Path(tmp))
                    report.steps.append(StepResult(name, True, detail, time.perf_counter() - start))
                except Exception as exc:
                    report.steps.append(
                        StepResult(
                            name,
                            False,
                            f"{exc.__class__.__name__}: {exc}\n{traceback.format_exc()}",
                            time.perf_counter() - start,
                        )
                    )
                    break
        finally:
            ctx.close()
    return report
