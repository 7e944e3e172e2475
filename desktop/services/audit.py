"""The append-only, hash-chained audit trail and the verification of every evidence chain.

``verify`` reads every stored value itself, column by column, so a damaged value (a
``created_at`` that is not a time, a truncated ``*_json``, a hash that is not hex, a number
where text belongs) is reported as a damaged entry naming its table and id, never raised.
It checks, per evidence table:

* each row as ``desktop/store/evidence.py`` checks it (its link to the previous row of its
  office's chain, its hash, the pen points of a signature against their hash) and that the
  files it names are here;
* that this office's chain runs from #1 without a hole and ends at the stored chain head
  (``records.head_key``), and every time an append found the chain not ending at its head
  (``records.break_key``);
* at a hub, the same continuity for every office's chain it holds, and that each office's
  chain reaches what the hub recorded as received from that office (``SyncPeer``);
* that each case's state is the state its newest step moved it to.

An office only holds the hub's rows that concern it, so other offices' chains are not
expected to be complete there: only their hashes and links are checked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from desktop.domain.canonical import GENESIS, sha256_hex
from desktop.services.context import SYSTEM, Actor, AppContext
from desktop.services.records import append_evidence, break_key, head_key
from desktop.store import evidence
from desktop.store.base import EvidenceMixin, chain_key, split_chain_key
from desktop.store.models import (
    EVIDENCE_MODELS,
    AuditEntry,
    Blob,
    CaseFile,
    CaseStep,
    Setting,
    SyncConflict,
    SyncPeer,
)


def record(
    ctx: AppContext,
    session: Session,
    action: str,
    entity: str,
    entity_id: str = "",
    detail: dict[str, Any] | None = None,
    actor: Actor | None = None,
) -> AuditEntry:
    actor = actor or ctx.actor or SYSTEM
    entry = AuditEntry(
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail_json=json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str),
    )
    return append_evidence(ctx, session, entry)


@dataclass
class Problem:
    table: str
    row_id: str
    chain_seq: int | None
    reason: str

    def describe(self) -> str:
        where = f"{self.table} #{self.chain_seq}" if self.chain_seq else self.table
        return f"{where} ({self.row_id}): {self.reason}"


@dataclass
class VerifyReport:
    checked: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "first_bad": self.problems[0].describe() if self.problems else None,
            "problems": [p.__dict__ for p in self.problems],
        }


# ---------------------------------------------------------------------------- stored values
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class _Col:
    name: str
    python_type: type[Any] | None
    nullable: bool
    process: Callable[[Any], Any] | None
    is_hash: bool
    is_json: bool


def _columns(model: type[Any], dialect: Dialect) -> list[_Col]:
    out = []
    for col in model.__table__.columns:
        try:
            python_type: type[Any] | None = col.type.python_type
        except NotImplementedError:
            python_type = None
        out.append(
            _Col(
                col.name,
                python_type,
                bool(col.nullable),
                col.type.dialect_impl(dialect).result_processor(dialect, None),
                col.name in ("sha256", "prev_sha256") or col.name.endswith("_sha256"),
                col.name.endswith("_json"),
            )
        )
    return out


def _shown(raw: Any) -> str:
    text = repr(raw)
    return text if len(text) <= 40 else text[:37] + "..."


def _decode(cols: list[_Col], raw: tuple[Any, ...]) -> tuple[dict[str, Any], list[str]]:
    """One stored row as the values the models would give, and what could not be read."""
    values: dict[str, Any] = {}
    damage: list[str] = []
    for col, value in zip(cols, raw, strict=True):
        if value is None:
            values[col.name] = None
            if not col.nullable:
                damage.append(f"{col.name} kosong")
            continue
        if col.process is not None:
            try:
                value = col.process(value)
            except Exception:  # any failure to convert is damage, reported by name
                values[col.name] = None
                damage.append(f"{col.name} tidak dapat dibaca ({_shown(value)})")
                continue
        values[col.name] = value
        expected = col.python_type
        if expected is not None and (
            not isinstance(value, expected) or (expected is int and isinstance(value, bool))
        ):
            damage.append(f"{col.name} bertipe salah ({type(value).__name__}: {_shown(value)})")
            continue
        if col.is_hash and isinstance(value, str) and not _HEX64.fullmatch(value):
            damage.append(f"{col.name} bukan hash SHA-256 ({_shown(value)})")
        elif col.is_json and isinstance(value, str):
            try:
                json.loads(value)
            except ValueError:
                damage.append(f"{col.name} bukan JSON yang utuh")
    return values, damage


def stored_rows(
    session: Session, model: type[Any], *where: Any, order_by: tuple[Any, ...] = ()
) -> Iterator[tuple[dict[str, Any], list[str]]]:
    """Every row of ``model`` matching ``where``, read value by value without raising:
    ``(values, damage)`` where ``damage`` names each column whose stored value is malformed
    (unreadable, wrong type, a hash that is not hex, JSON that does not parse)."""
    table = model.__table__
    cols = _columns(model, session.get_bind().dialect)
    stmt = select(*[type_coerce(c, NullType()).label(c.name) for c in table.columns])
    if where:
        stmt = stmt.where(*where)
    if order_by:
        stmt = stmt.order_by(*order_by)
    for raw in session.execute(stmt.execution_options(yield_per=2000)):
        yield _decode(cols, tuple(raw))


def damaged_entry(table: str, values: dict[str, Any], damage: list[str]) -> Problem:
    seq = values.get("chain_seq")
    row_id = values.get("id")
    return Problem(
        table,
        row_id if isinstance(row_id, str) else _shown(row_id),
        seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
        "entri rusak: " + "; ".join(damage),
    )


# ---------------------------------------------------------------------------- chains
RowCheck = Callable[[dict[str, Any]], str | None]


@dataclass
class _Scope:
    """What this installation knows about each origin's chain."""

    own: str
    is_hub: bool
    blobs: set[str]
    upstream: set[str]  # hubs above us: we hold only their rows that concern us
    received: dict[str, dict[str, int]]  # office -> table -> last chain_seq received here
    pending: dict[tuple[str, str, int], str]  # (table, origin, seq) -> why not applied

    def complete(self, origin: str) -> bool:
        """Must this origin's chain be complete from #1 here?"""
        if origin == self.own:
            return True
        return self.is_hub and split_chain_key(origin)[0] not in self.upstream

    def why_missing(self, table: str, origin: str, first: int, last: int) -> str:
        for seq in range(first, min(last, first + 1000) + 1):
            reason = self.pending.get((table, origin, seq))
            if reason:
                return f" (entri #{seq} ditahan saat sinkronisasi: {reason})"
        return ""


def _missing(first: int, last: int) -> str:
    return f"entri #{first}" if first == last else f"entri #{first}–#{last}"


def _missing_files(model: type[EvidenceMixin], scope: _Scope, row: dict[str, Any]) -> list[str]:
    """The files the row names (``EVIDENCE_COLUMNS.files``) that this installation lacks.
    Their bytes are checked against their names once, with every blob, by :func:`verify`."""
    declared = evidence.columns_of(model).files
    return [
        f"{what} hilang"
        for column, what in declared.items()
        if isinstance(row.get(column), str) and row[column] not in scope.blobs
    ]


def _verify_chain(
    ctx: AppContext,
    session: Session,
    model: type[EvidenceMixin],
    scope: _Scope,
    report: VerifyReport,
    on_row: Callable[[dict[str, Any]], None] | None = None,
) -> None:
    table: str = model.__tablename__  # type: ignore[attr-defined]
    last_by_origin: dict[str, tuple[int, str]] = {}
    count = 0
    order = (model.origin, model.device, model.chain_seq)
    for values, damage in stored_rows(session, model, order_by=order):
        count += 1
        if damage:
            report.problems.append(damaged_entry(table, values, damage))
            if not isinstance(values.get("origin"), str) or not isinstance(
                values.get("chain_seq"), int
            ):
                continue  # cannot be placed in any chain; its neighbours report the hole
        # Chains are per office and device (docs/sync-format.md, "Devices").
        origin = chain_key(values["origin"], str(values.get("device") or ""))
        seq: int = values["chain_seq"]
        row_id = values["id"] if isinstance(values.get("id"), str) else _shown(values.get("id"))
        last_seq, last_sha = last_by_origin.get(origin, (0, GENESIS))
        contiguous = seq == last_seq + 1
        if not contiguous and scope.complete(origin) and seq > last_seq:
            gap = _missing(last_seq + 1, seq - 1)
            who = "" if origin == scope.own else f" dari kantor {origin}"
            report.problems.append(
                Problem(
                    table,
                    row_id,
                    seq,
                    f"rantai{who} terputus: {gap} hilang atau dihapus"
                    + scope.why_missing(table, origin, last_seq + 1, seq - 1),
                )
            )
        if not damage:
            # The row itself: link, hash, digests (desktop/store/evidence.py), and its files.
            reasons = evidence.check_row(
                model, values, prev_sha256=last_sha if contiguous else None
            )
            for reason in [*reasons, *_missing_files(model, scope, values)]:
                report.problems.append(Problem(table, row_id, seq, reason))
            if on_row is not None:
                on_row(values)
        elif (
            contiguous
            and isinstance(values.get("prev_sha256"), str)
            and values["prev_sha256"] != last_sha
        ):
            report.problems.append(Problem(table, row_id, seq, evidence.NOT_LINKED))
        sha = values["sha256"] if isinstance(values.get("sha256"), str) else ""
        last_by_origin[origin] = (seq, sha)
    report.checked[table] = count
    _check_own_head(ctx, session, table, last_by_origin.get(scope.own), report)
    if scope.is_hub:
        for office, chains in scope.received.items():
            expected = chains.get(table, 0)
            last_seq = last_by_origin.get(office, (0, GENESIS))[0]
            if isinstance(expected, int) and expected > last_seq:
                report.problems.append(
                    Problem(
                        table,
                        "-",
                        expected,
                        f"rantai dari kantor {office} tidak lengkap: "
                        f"{_missing(last_seq + 1, expected)} sudah diterima dari kantor itu "
                        "tetapi tidak ada lagi"
                        + scope.why_missing(table, office, last_seq + 1, expected),
                    )
                )


_UNREADABLE = object()


def _setting_json(session: Session, key: str) -> tuple[bool, Any]:
    """(present, value); a value that does not parse is returned as ``_UNREADABLE``."""
    row = session.get(Setting, key)
    if row is None:
        return False, None
    try:
        return True, json.loads(row.value_json)
    except (TypeError, ValueError):
        return True, _UNREADABLE


def _check_own_head(
    ctx: AppContext,
    session: Session,
    table: str,
    last: tuple[int, str] | None,
    report: VerifyReport,
) -> None:
    key = head_key(table)
    present, head = _setting_json(session, key)
    if not present:
        if last is not None:
            report.problems.append(
                Problem(
                    table,
                    "-",
                    last[0],
                    f"kepala rantai tersimpan ({key}) hilang, padahal rantai kantor ini berisi "
                    f"{last[0]} entri",
                )
            )
        return
    if (
        not isinstance(head, list)
        or len(head) != 2
        or not isinstance(head[0], int)
        or isinstance(head[0], bool)
        or not isinstance(head[1], str)
    ):
        report.problems.append(
            Problem("setting", key, None, "kepala rantai tersimpan rusak (tidak dapat dibaca)")
        )
        return
    seq, sha = last if last is not None else (0, GENESIS)
    if [seq, sha] != head:
        if seq > head[0]:
            reason = (
                f"rantai berlanjut sampai #{seq} melewati kepala rantai tersimpan "
                f"(#{head[0]}): entri sesudahnya tidak dicatat oleh Netra"
            )
        else:
            reason = f"entri terakhir (#{head[0]}) hilang atau diganti"
        report.problems.append(Problem(table, "-", head[0], reason))
    present, breaks = _setting_json(session, break_key(table))
    if not present:
        return
    if not isinstance(breaks, list):
        breaks = [_UNREADABLE]
    for item in breaks:
        try:
            tail_seq, at, nxt = int(item["tail"][0]), str(item["at"]), int(item["next"])
            head_seq = None if item["head"] is None else int(item["head"][0])
        except (TypeError, KeyError, ValueError, IndexError):
            report.problems.append(
                Problem("setting", break_key(table), None, "catatan rantai rusak")
            )
            continue
        head_text = (
            "kepala rantai tersimpan hilang atau rusak"
            if head_seq is None
            else f"padahal kepala rantai tersimpan #{head_seq}"
        )
        report.problems.append(
            Problem(
                table,
                "-",
                nxt,
                f"saat entri #{nxt} ditambahkan ({at[:19]}), rantai berakhir di #{tail_seq} "
                f"{head_text}: entri dihapus, diganti atau ditambahkan di luar Netra",
            )
        )


def _pending_rows(session: Session) -> dict[tuple[str, str, int], str]:
    """Evidence rows received but not applied (held, or kept as tampered), by position."""
    out: dict[tuple[str, str, int], str] = {}
    evidence = {m.__tablename__ for m in EVIDENCE_MODELS}
    stmt = select(SyncConflict.entity, SyncConflict.incoming_json, SyncConflict.reason).where(
        SyncConflict.resolved_at.is_(None),
        SyncConflict.kind.in_(("held", "tamper")),
        SyncConflict.entity.in_(evidence),
    )
    for entity, incoming, reason in session.execute(stmt):
        try:
            doc = json.loads(incoming)
            owner = chain_key(str(doc["origin"]), str(doc.get("device") or ""))
            key = (str(entity), owner, int(doc["chain_seq"]))
        except (TypeError, KeyError, ValueError):
            continue
        out[key] = str(reason or "")
    return out


def _scope(ctx: AppContext, session: Session, report: VerifyReport) -> _Scope:
    office = ctx.office(session)
    upstream: set[str] = set()
    received: dict[str, dict[str, int]] = {}
    for office_code, device, role, chains in session.execute(
        select(SyncPeer.office_code, SyncPeer.device_code, SyncPeer.role, SyncPeer.recv_chains_json)
    ):
        code = chain_key(office_code, device or "")
        if role != "office":
            upstream.add(code)
            continue
        try:
            marks = json.loads(chains or "{}")
            if not isinstance(marks, dict):
                raise ValueError(chains)
            received[code] = {str(t): int(s) for t, s in marks.items()}
        except (TypeError, ValueError):
            report.problems.append(
                Problem("sync_peer", code, None, "catatan rantai yang diterima rusak")
            )
    blobs = set(session.scalars(select(Blob.sha256)))
    return _Scope(
        own=chain_key(office.code, office.device_code or ""),
        is_hub=office.role == "hub",
        blobs=blobs,
        upstream=upstream,
        received=received,
        pending=_pending_rows(session),
    )


# ---------------------------------------------------------------------------- cases
def _check_case_states(
    session: Session, newest: dict[str, tuple[datetime, int, str]], report: VerifyReport
) -> None:
    """``case_file.state`` mirrors the newest step of the case's history."""
    open_conflicts = set(
        session.scalars(
            select(SyncConflict.entity_id).where(
                SyncConflict.entity == "case_file", SyncConflict.resolved_at.is_(None)
            )
        )
    )
    stmt = select(
        type_coerce(CaseFile.id, NullType()),
        type_coerce(CaseFile.number, NullType()),
        type_coerce(CaseFile.state, NullType()),
    )
    for case_id, number, state in session.execute(stmt):
        if not isinstance(case_id, str):
            continue  # an id that is not text cannot be a case: nothing refers to it
        label = f"laporan {number}" if isinstance(number, str) else "laporan"
        note = (
            " (ada konflik sinkronisasi yang belum diselesaikan untuk laporan ini)"
            if case_id in open_conflicts
            else ""
        )
        step = newest.get(case_id)
        if step is None:
            report.problems.append(
                Problem("case_file", case_id, None, f"{label} tidak punya riwayat tahap{note}")
            )
        elif state != step[2]:
            report.problems.append(
                Problem(
                    "case_file",
                    case_id,
                    None,
                    f"status {label} '{state}' tidak sama dengan tahap terakhir riwayatnya "
                    f"('{step[2]}', case_step #{step[1]}){note}",
                )
            )


# ---------------------------------------------------------------------------- anchors
def _anchor_problems(session: Session) -> list[Problem]:
    """The chains against their anchors outside this laptop (``services/anchor.py``): at
    an office, the heads the hub's receipts acknowledged ("rantai tidak cocok dengan tanda
    terima kabupaten"); at a hub, every office's chains against the heads verified when its
    packages came in. Anchors that cannot be read are reported, not raised."""
    from desktop.services import anchor as sync_anchor

    out: list[Problem] = []
    for check in (sync_anchor.anchor_problems, sync_anchor.hub_chain_problems):
        try:
            found = check(session)
        except (SQLAlchemyError, ValueError, TypeError) as exc:
            out.append(
                Problem("sync_anchor", "-", None, f"jangkar rantai tidak dapat dibaca: {exc}")
            )
            continue
        out += [Problem(str(where), "-", None, str(reason)) for where, reason in found]
    return out


def verify(ctx: AppContext) -> VerifyReport:
    """Recompute every evidence chain and every stored blob's hash."""
    ctx.require("audit.verify")
    report = VerifyReport()
    with ctx.read() as session:
        scope = _scope(ctx, session, report)
        newest: dict[str, tuple[datetime, int, str]] = {}

        def newest_step(row: dict[str, Any]) -> None:
            key = (row["created_at"], row["chain_seq"], row["to_state"])
            held = newest.get(row["case_id"])
            if held is None or key[:2] > held[:2]:
                newest[row["case_id"]] = key

        for model in EVIDENCE_MODELS:
            hook = newest_step if model is CaseStep else None
            _verify_chain(ctx, session, model, scope, report, hook)
        _check_case_states(session, newest, report)
        report.problems += _anchor_problems(session)
        blobs = 0
        stmt = select(type_coerce(Blob.sha256, NullType()), type_coerce(Blob.data, NullType()))
        for sha, data in session.execute(stmt.execution_options(yield_per=200)):
            blobs += 1
            if not isinstance(data, (bytes, memoryview)):
                report.problems.append(
                    Problem("blob", _shown(sha), None, "isi berkas rusak (bukan data biner)")
                )
            elif sha256_hex(bytes(data)) != sha:
                report.problems.append(Problem("blob", str(sha), None, "isi berkas telah diubah"))
        report.checked["blob"] = blobs
    return report


__all__ = [
    "Problem",
    "VerifyReport",
    "damaged_entry",
    "record",
    "stored_rows",
    "verify",
]
