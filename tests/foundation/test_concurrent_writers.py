"""Two writers at once wait for each other instead of one failing at once with "locked".

A write transaction begins with BEGIN IMMEDIATE, so SQLite's busy timeout applies to it. With a
deferred BEGIN, a transaction that read first and then wrote failed at once (SQLITE_BUSY without
waiting) whenever the other writer had committed in between: roster imports next to each other,
or a signing at the kiosk while the folder auto-sync writes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select, text

from desktop.services.context import Actor, AppContext
from desktop.services.roster import importer as roster_import
from desktop.store.engine import read_session
from desktop.store.models import Employee

ROUNDS = 12


def _csv(path: Path, writer: int, round_no: int) -> Path:
    """A small roster whose NIPs belong to this writer and round only."""
    lines = ["NIP;NAMA;JABATAN"]
    for i in range(5):
        serial = writer * 100 + round_no * 5 + i + 1
        lines.append(f"19800101200501{writer}{serial:03d};Pegawai {writer}-{round_no}-{i};Staf")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_roster_imports_at_once_both_succeed(data_dir: Path, tmp_path: Path) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(number: int) -> None:
        ctx = AppContext.open(data_dir)  # its own engine, as a second process would have
        ctx.actor = Actor("admin", "admin")
        try:
            start.wait()
            for round_no in range(ROUNDS):
                path = _csv(tmp_path / f"w{number}-{round_no}.csv", number, round_no)
                result = roster_import.import_file(ctx, path)
                assert result.created == 5 and not result.rejected
        except BaseException as exc:  # reported below, with the writer that failed
            errors.append(exc)
        finally:
            ctx.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    ctx = AppContext.open(data_dir)
    try:
        with ctx.read() as session:
            assert session.scalar(select(func.count()).select_from(Employee)) == 2 * ROUNDS * 5
    finally:
        ctx.close()


def test_reading_does_not_wait_for_a_writer(data_dir: Path) -> None:
    """A read-only session stays deferred: it reads while another connection holds the write
    lock (a screen refresh during a sync import), where an immediate one would wait."""
    ctx = AppContext.open(data_dir)
    other = AppContext.open(data_dir)
    try:
        with ctx.tx() as writing:
            writing.execute(text("UPDATE office SET name = name"))  # holds the write lock
            session = read_session(other.factory)
            try:
                assert session.scalar(select(func.count()).select_from(Employee)) == 0
            finally:
                session.rollback()
                session.close()
    finally:
        other.close()
        ctx.close()
