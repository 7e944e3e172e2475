"""Helpers for benchmark scenarios: timing, memory, throw-away offices, synthetic employees.

Offices and the rows put in directly are built by tests/builders.py, as for the tests.

Every scenario compares its figure with a baseline measured in the same run on the same
machine, so the numbers mean something on a slow shared laptop and on a fast CI box alike.
"""

from __future__ import annotations

import atexit
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parent.parent
ADMIN = "admin"
PASSWORD = "bench-rahasia-123"


# ---------------------------------------------------------------- timing
@dataclass(frozen=True)
class Timing:
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def best(self) -> float:
        return min(self.samples)

    @property
    def worst(self) -> float:
        return max(self.samples)

    def to_json(self, digits: int = 4) -> dict[str, Any]:
        return {
            "median": round(self.median, digits),
            "min": round(self.best, digits),
            "max": round(self.worst, digits),
            "n": len(self.samples),
        }


def timed(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> Timing:
    """Run ``fn`` ``warmup`` times unmeasured, then ``repeat`` times; seconds per run."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return Timing(tuple(samples))


def scenario(
    name: str,
    value: float,
    unit: str,
    baseline: float,
    *,
    target: float | None = None,
    target_ratio: float | None = None,
    baseline_unit: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A result line in the harness format (the harness fills ``ratio`` and ``ok``)."""
    return {
        "scenario": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_unit": baseline_unit or unit,
        "target": target,
        "target_ratio": target_ratio,
        **extra,
    }


def skipped(name: str, reason: str) -> dict[str, Any]:
    """A scenario that cannot run here (e.g. the frozen app is not built): reported, not fatal."""
    return {"scenario": name, "skipped": reason}


# ---------------------------------------------------------------- memory
def rss_mib() -> float:
    """Current resident set size of this process in MiB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return peak_rss_mib()


def peak_rss_mib() -> float:
    """Peak resident set size of this process in MiB (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# ---------------------------------------------------------------- offices
_template: Path | None = None


def _make_template() -> Path:
    """A migrated, initialised office made once per benchmark process, then copied."""
    global _template
    if _template is None or not _template.exists():
        from tests.builders import new_install, office_setup

        holder = Path(tempfile.mkdtemp(prefix="netra-bench-template-"))
        atexit.register(shutil.rmtree, holder, ignore_errors=True)
        base = holder / "data"
        new_install(base, office_setup(), PASSWORD, admin=ADMIN, admin_name="Admin Bench").close()
        _template = base
    return _template


@contextmanager
def office_dir(employees: int = 0) -> Iterator[Path]:
    """A temporary data folder with a migrated, initialised office and ``employees`` rows."""
    tmp = Path(tempfile.mkdtemp(prefix="netra-bench-"))
    target = tmp / "data"
    try:
        shutil.copytree(_make_template(), target)
        if employees:
            with open_office(target) as ctx:
                add_employees(ctx, employees)
        yield target
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def open_office(data_dir: Path) -> Iterator[Any]:
    """An ``AppContext`` on ``data_dir`` acting as the administrator."""
    from tests.builders import open_as_admin

    ctx = open_as_admin(data_dir, ADMIN)
    try:
        yield ctx
    finally:
        ctx.close()


# ---------------------------------------------------------------- synthetic roster
_FIRST = (
    "Abraham",
    "Yohanis",
    "Maria",
    "Agustina",
    "Frans",
    "Dominggus",
    "Welhelmina",
    "Petrus",
    "Selfina",
    "Yakob",
    "Ester",
    "Marthen",
    "Novita",
    "Stevanus",
    "Debora",
)
_LAST = (
    "Letelay",
    "Kiriwenno",
    "Laimeheriwa",
    "Pattinama",
    "Watloly",
    "Rumlus",
    "Masela",
    "Lewerissa",
    "Sahetapy",
    "Tuhumury",
    "Leunufna",
    "Kaihatu",
    "Sopacua",
    "Kakerissa",
)
_JABATAN = (
    "Kepala Seksi Pemerintahan",
    "Pengadministrasi Umum",
    "Guru Ahli Pertama",
    "Perawat Terampil",
    "Bidan Pelaksana",
    "Analis Kebijakan",
    "Sekretaris Desa",
    "Penyuluh Pertanian",
    "Pengelola Keuangan",
    "Pranata Komputer",
)
_GOLONGAN = ("II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IX")


def _name_key(name: str) -> str:
    try:
        from desktop.domain.roster import name_key
    except ImportError:  # roster not merged yet: the same idea, simpler
        return " ".join(name.lower().replace(".", " ").replace(",", " ").split())
    return name_key(name)


def employee_rows(
    n: int, origin: str, unit_ids: list[str], first_revision: int, start: int = 0
) -> list[dict[str, Any]]:
    """``n`` plausible ASN rows (unique 18-digit NIPs) for a Core ``insert``."""
    from desktop.store.base import new_id, utcnow

    now = utcnow()
    rows = []
    for i in range(start, start + n):
        birth = date(1965, 1, 1) + timedelta(days=(i // 9) % 14000)
        sex = "L" if i % 2 else "P"
        serial = i % 9 + 1 + 10 * (i // (9 * 14000))
        nip = (
            f"{birth:%Y%m%d}{birth.year + 24}{(i % 12) + 1:02d}{1 if sex == 'L' else 2}{serial:03d}"
        )
        name = f"{_FIRST[i % len(_FIRST)]} {_LAST[(i // 7) % len(_LAST)]} {i}"
        rows.append(
            {
                "id": new_id(),
                "origin": origin,
                "created_at": now,
                "updated_at": now,
                "revision": first_revision + i - start,
                "revised_by": origin,
                "base_revision": 0,
                "nip": nip,
                "name": name,
                "name_key": _name_key(name),
                "category": "PNS" if i % 5 else "PPPK",
                "golongan": _GOLONGAN[i % len(_GOLONGAN)],
                "jabatan": _JABATAN[i % len(_JABATAN)],
                "unit_id": unit_ids[i % len(unit_ids)],
                "birth_date": birth,
                "sex": sex,
                "active": True,
                "notes": "",
            }
        )
    return rows


def add_employees(ctx: Any, n: int, units: int = 25, batch: int = 5000) -> list[str]:
    """Insert ``units`` desa units and ``n`` employees with Core inserts (fast: no ORM objects,
    no audit entries). Returns the unit ids. Only for benchmarks: real data goes through the
    services so that it is stamped and audited."""
    from desktop.store.base import new_id, utcnow
    from desktop.store.models import Employee, Unit

    with ctx.tx() as session:
        office = ctx.office(session)
        origin = office.code
        first = ctx.next_revision(session)
        now = utcnow()
        unit_rows = [
            {
                "id": new_id(),
                "origin": origin,
                "created_at": now,
                "updated_at": now,
                "revision": first + u,
                "revised_by": origin,
                "base_revision": 0,
                "code": f"{origin}.{2001 + u}.bench{os.getpid()}",
                "name": f"Desa Uji {u + 1}",
                "kind": "desa",
                "parent_id": None,
            }
            for u in range(units)
        ]
        session.execute(insert(Unit), unit_rows)
        unit_ids = [r["id"] for r in unit_rows]
        rev = first + units
        existing = session.scalar(select(Employee.id).limit(1)) is not None
        offset = 1_000_000 if existing else 0
        for start in range(0, n, batch):
            size = min(batch, n - start)
            session.execute(
                insert(Employee), employee_rows(size, origin, unit_ids, rev + start, offset + start)
            )
        office.hlc_last = rev + n
    return unit_ids


# ---------------------------------------------------------------- subprocesses
def python_env(**extra: str) -> dict[str, str]:
    """Environment for a child Python: this repo importable, offscreen Qt, no error windows."""
    env = dict(os.environ)
    # Users' Pythons cache bytecode; a sandbox's PYTHONDONTWRITEBYTECODE would make every start
    # recompile every module (measured: +0.3 s CPU per GUI start).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["NETRA_NO_ERR_WINDOWS"] = "1"
    env.update(extra)
    return env


@dataclass(frozen=True)
class Start:
    """One child process run: wall seconds to the marker line, that line, and its CPU time."""

    wall: float
    line: str
    cpu: float


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_until_line(cmd: list[str], env: dict[str, str], marker: str, timeout: float = 60) -> Start:
    """Spawn ``cmd``; time until it prints a stdout line containing ``marker``.

    The process is then left to exit on its own (killed if it has not within ``timeout``); its
    CPU time (user + system, whole run) is reported too: unlike wall time it barely moves when
    other jobs share the machine. Raises RuntimeError with its stderr if the line never comes.
    """
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    found: tuple[float, str] | None = None
    for line in proc.stdout:
        if marker in line:
            found = (time.perf_counter() - start, line.strip())
            break
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    if found is None or proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} exited {proc.returncode} "
            f"{'without' if found is None else 'after'} printing {marker!r}:\n{err[-3000:]}"
        )
    return Start(found[0], found[1], _children_cpu() - cpu_before)


def time_until_line(
    cmd: list[str], env: dict[str, str], marker: str, timeout: float = 60
) -> tuple[float, str]:
    """(seconds until ``cmd`` prints ``marker``, that line): see :func:`run_until_line`."""
    run = run_until_line(cmd, env, marker, timeout)
    return run.wall, run.line


def load_average() -> float | None:
    """1-minute load average (context for noisy timings on a shared machine)."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None
