"""The kabupaten hub's coverage screen at scale.

A hub holding 50 offices x 2,000 employees (100,000 people in 500 units), one election with an
event per office, about 95,000 signature records (93 % signed, 2 % refused, 0.5 % voided and
signed again) and 500 cases, built with bulk inserts in the shape imported rows have
(``origin`` = the office code).

- ``hub.coverage``: ``hub_coverage.coverage`` for the election (the coverage screen's and the
  home page's one query, plus the units and peers). Target: 300 ms.
- ``hub.coverage_cli``: ``netra hub coverage --json`` in a fresh process, from start to the
  JSON document (login included). Target: 1 s.
- ``hub.coverage_postgres``: the service on PostgreSQL (``NETRA_BENCH_PG_URL`` or
  ``NETRA_TEST_PG_URL``, a server URL whose user may create databases); skipped without one.

Baseline for each, in the same run: a bare SQL ``GROUP BY`` over the same tables (distinct
people with a signed record per office), through the same connection.

Runnable alone: ``python -m benchmarks.bench_hub``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.common import ADMIN, PASSWORD, employee_rows, python_env, scenario, skipped, timed

OFFICES = 50
PER_OFFICE = 2000
UNITS_PER_OFFICE = 10
CASES = 500
HUB = "81.08"

BARE = (
    "SELECT e.origin, COUNT(DISTINCT r.employee_id) FROM signature_record r "
    "JOIN employee e ON e.id = r.employee_id WHERE r.kind = 'signed' GROUP BY e.origin"
)


def _hash(n: int, salt: str) -> str:
    return f"{salt}{n:x}".rjust(64, "0")[-64:]


def build(ctx: Any) -> str:
    """Fill the hub; returns the election id."""
    from sqlalchemy import insert, select

    from desktop.store.base import new_id, utcnow
    from desktop.store.models import (
        CaseFile,
        Election,
        Employee,
        PactTemplate,
        SignatureRecord,
        SigningEvent,
        SyncPeer,
        Unit,
    )

    now = utcnow()
    with ctx.tx() as s:
        rev = ctx.next_revision(s)
        template = s.scalars(select(PactTemplate.id)).first()
        assert template is not None
        election = new_id()

        def synced(origin: str, **values: Any) -> dict[str, Any]:
            return {"id": new_id(), "origin": origin, "created_at": now, "updated_at": now,
                    "revision": rev, "revised_by": origin, "base_revision": 0, **values}  # fmt: skip

        row = synced(HUB, name="Pilkada Serentak 2024", level="pilkada",
                     voting_date=date(2024, 11, 27))  # fmt: skip
        row["id"] = election
        s.execute(insert(Election), [row])
        n_emp = 0
        for o in range(OFFICES):
            code = f"{HUB}.{o + 1:02d}"
            s.execute(
                insert(SyncPeer),
                [{"id": new_id(), "office_code": code, "name": f"Kecamatan Uji {o + 1}",
                  "role": "office", "kabupaten_code": HUB, "signing_public_key": "0" * 64,
                  "box_public_key": "0" * 64, "fingerprint": "0" * 64, "status": "active",
                  "enrolled_at": now, "last_seq_in": 3, "last_seq_out": 3,
                  "last_in_at": now - timedelta(days=o % 20), "acked_revision": 0,
                  "acked_chains_json": "{}", "recv_revision": 0, "recv_chains_json": "{}"}],
            )  # fmt: skip
            units = [synced(code, code=f"{code}.{2001 + u}", name=f"Desa Uji {o + 1}-{u + 1}",
                            kind="desa", parent_id=None) for u in range(UNITS_PER_OFFICE)]  # fmt: skip
            s.execute(insert(Unit), units)
            people = employee_rows(PER_OFFICE, code, [u["id"] for u in units], rev, n_emp)
            for i, p in enumerate(people):
                if i % 7 == 0:
                    p["category"] = "NON_ASN"
                    p["nip"] = None
                if i % 97 == 0:
                    p["active"] = False
            n_emp += PER_OFFICE
            s.execute(insert(Employee), people)
            event = synced(code, name=f"Apel {code}", election_id=election, template_id=template,
                           template_non_asn_id=None, event_date=date(2024, 10, 1), place=code,
                           unit_codes_json="[]", witnesses_json="[]")  # fmt: skip
            s.execute(insert(SigningEvent), [event])
            records: list[dict[str, Any]] = []

            record = partial(_record, records, code, event["id"], election, template, now)
            for i, p in enumerate(people):
                if i % 100 < 93:
                    first = record(p["id"], "signed", None)
                    if i % 200 == 1:
                        record(p["id"], "void", first)
                        record(p["id"], "signed", None)
                elif i % 100 < 95:
                    record(p["id"], "refused", None)
            s.execute(insert(SignatureRecord), records)
            s.execute(
                insert(CaseFile),
                [synced(code, number=f"{code}/2024/{c + 1:04d}", source="masyarakat",
                        reporter_name="", reporter_contact="", anonymous=False,
                        received_date=date(2024, 10, 1) + timedelta(days=c),
                        employee_id=people[c * 13]["id"], reported_name="", reported_unit="",
                        election_id=election, act_place="", act_date=None, description="",
                        alleged_codes_json='["D7"]', state="diterima")
                 for c in range(CASES // OFFICES)],
            )  # fmt: skip
    return election


def _record(
    records: list[dict[str, Any]],
    code: str,
    event_id: str,
    election: str,
    template: str,
    now: Any,
    emp: str,
    kind: str,
    supersedes: str | None,
) -> str:
    """Append one chained-looking signature record row of ``code`` to ``records``."""
    from desktop.store.base import new_id

    rid = new_id()
    seq = len(records) + 1
    records.append({
        "id": rid, "origin": code, "chain_seq": seq, "created_at": now,
        "prev_sha256": _hash(seq - 1, code), "sha256": _hash(seq, f"{code}."),
        "kind": kind, "employee_id": emp, "event_id": event_id, "election_id": election,
        "template_id": template, "template_sha256": "0" * 64, "identity_json": "{}",
        "strokes_json": None, "strokes_sha256": None, "image_sha256": None,
        "operator": "admin", "supersedes_id": supersedes, "reason": "",
    })  # fmt: skip
    return rid


@contextmanager
def hub_dir() -> Iterator[Path]:
    from tests.builders import hub_setup, new_install

    tmp = Path(tempfile.mkdtemp(prefix="netra-bench-hub-"))
    try:
        new_install(
            tmp / "data", hub_setup(), PASSWORD, admin=ADMIN, admin_name="Admin Bench"
        ).close()
        yield tmp / "data"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _bare(ctx: Any) -> None:
    from sqlalchemy import text

    with ctx.read() as session:
        session.execute(text(BARE)).all()


def _measure(ctx: Any, election: str) -> tuple[Any, Any, dict[str, Any]]:
    from desktop.services.sync import hub_coverage

    cov = hub_coverage.coverage(ctx, election)
    totals = cov.totals.to_json()
    value = timed(lambda: hub_coverage.coverage(ctx, election), repeat=5)
    base = timed(lambda: _bare(ctx), repeat=5)
    return value, base, totals


def bench_coverage() -> list[dict[str, Any]]:
    from tests.builders import open_as_admin

    out = []
    with hub_dir() as data:
        ctx = open_as_admin(data, ADMIN)
        try:
            start = time.perf_counter()
            election = build(ctx)
            build_s = time.perf_counter() - start
            value, base, totals = _measure(ctx, election)
        finally:
            ctx.close()
        out.append(
            scenario(
                "hub.coverage",
                round(value.median, 4),
                "s",
                round(base.median, 4),
                target=0.3,
                offices=OFFICES,
                people=OFFICES * PER_OFFICE,
                totals=totals,
                build_seconds=round(build_s, 1),
            )
        )
        env = python_env(NETRA_USER=ADMIN, NETRA_PASSWORD=PASSWORD)
        cmd = [sys.executable, "-m", "desktop.cli.main", "--data-dir", str(data),
               "hub", "coverage", "--election", election, "--json"]  # fmt: skip

        def cli() -> None:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"exit {done.returncode}: {done.stderr.strip()[-500:]}")
            json.loads(done.stdout)

        version = [sys.executable, "-m", "desktop.cli.main", "--version"]

        def bare_cli() -> None:  # the same process start, no database work
            subprocess.run(version, env=env, capture_output=True, check=True)

        run = timed(cli, repeat=3)
        start_only = timed(bare_cli, repeat=3)
        out.append(
            scenario(
                "hub.coverage_cli",
                round(run.median, 3),
                "s",
                round(base.median, 4),
                target=1.0,
                process_start_seconds=round(start_only.median, 3),
            )
        )
    return out


def bench_coverage_postgres() -> dict[str, Any]:
    url = os.environ.get("NETRA_BENCH_PG_URL") or os.environ.get("NETRA_TEST_PG_URL")
    name = "hub.coverage_postgres"
    if not url:
        return skipped(name, "no PostgreSQL server: set NETRA_BENCH_PG_URL or NETRA_TEST_PG_URL "
                             "(eval \"$(bash scripts/pg-test-server.sh start)\")")  # fmt: skip
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return skipped(name, "psycopg is not installed (pip install '.[postgres]')")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tests.builders import hub_setup, new_install

    db = f"netra_bench_hub_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db}"'))
    except Exception as exc:  # server down or no CREATEDB right
        admin.dispose()
        return skipped(name, f"PostgreSQL not usable: {str(exc).splitlines()[0]}")
    tmp = Path(tempfile.mkdtemp(prefix="netra-bench-hub-pg-"))
    try:
        target = make_url(url).set(database=db).render_as_string(hide_password=False)
        ctx = new_install(
            tmp / "data",
            hub_setup(),
            PASSWORD,
            admin=ADMIN,
            admin_name="Admin Bench",
            database_url=target,
        )
        try:
            election = build(ctx)
            with ctx.engine.connect() as conn:
                conn.execute(text("ANALYZE"))
                conn.commit()
            value, base, totals = _measure(ctx, election)
        finally:
            ctx.close()
        return scenario(name, round(value.median, 4), "s", round(base.median, 4), target=0.3,
                        offices=OFFICES, people=OFFICES * PER_OFFICE, totals=totals)  # fmt: skip
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    for line in bench_coverage():
        print(json.dumps(line))
    print(json.dumps(bench_coverage_postgres()))
