"""The append-only, hash-chained audit trail and the verification of every evidence chain."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.canonical import GENESIS, chain_hash, sha256_hex
from desktop.services.context import SYSTEM, Actor, AppContext
from desktop.services.records import append_evidence
from desktop.store.base import EvidenceMixin
from desktop.store.models import EVIDENCE_MODELS, AuditEntry, Blob, CaseEvidence, SignatureRecord


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


RowCheck = Callable[[Session, Any], str | None]


def _check_signature(session: Session, row: SignatureRecord) -> str | None:
    if row.strokes_json is not None and row.strokes_sha256 != sha256_hex(
        row.strokes_json.encode("utf-8")
    ):
        return "coretan tanda tangan tidak cocok dengan hash-nya"
    if row.image_sha256 is not None:
        blob = session.get(Blob, row.image_sha256)
        if blob is None:
            return "gambar tanda tangan hilang"
    return None


def _check_evidence_file(session: Session, row: CaseEvidence) -> str | None:
    return None if session.get(Blob, row.blob_sha256) is not None else "berkas bukti hilang"


EXTRA_CHECKS: dict[type[Any], RowCheck] = {
    SignatureRecord: _check_signature,
    CaseEvidence: _check_evidence_file,
}


def _verify_chain(
    ctx: AppContext,
    session: Session,
    model: type[EvidenceMixin],
    own_origin: str,
    report: VerifyReport,
) -> None:
    table = model.__tablename__  # type: ignore[attr-defined]
    rows = session.scalars(select(model).order_by(model.origin, model.chain_seq)).all()
    report.checked[table] = len(rows)
    extra = EXTRA_CHECKS.get(model)
    prev_by_origin: dict[str, tuple[int, str]] = {}
    for row in rows:
        last_seq, last_sha = prev_by_origin.get(row.origin, (0, GENESIS))
        contiguous = row.chain_seq == last_seq + 1
        if row.origin == own_origin and not contiguous:
            report.problems.append(
                Problem(
                    table,
                    row.id,
                    row.chain_seq,
                    f"rantai terputus: entri #{last_seq + 1} hilang atau dihapus",
                )
            )
        elif contiguous and row.prev_sha256 != last_sha:
            report.problems.append(
                Problem(table, row.id, row.chain_seq, "tidak tersambung ke entri sebelumnya")
            )
        if chain_hash(row.canonical_content(), row.prev_sha256) != row.sha256:
            report.problems.append(
                Problem(table, row.id, row.chain_seq, "isi entri telah diubah (hash tidak cocok)")
            )
        if extra is not None:
            reason = extra(session, row)
            if reason:
                report.problems.append(Problem(table, row.id, row.chain_seq, reason))
        prev_by_origin[row.origin] = (row.chain_seq, row.sha256)
    head = ctx.get_setting(session, f"chain_head.{table}")
    if head is not None:
        seq, sha = prev_by_origin.get(own_origin, (0, GENESIS))
        if [seq, sha] != list(head):
            report.problems.append(
                Problem(
                    table, "-", int(head[0]), f"entri terakhir (#{head[0]}) hilang atau diganti"
                )
            )


def verify(ctx: AppContext) -> VerifyReport:
    """Recompute every evidence chain and every stored blob's hash."""
    ctx.require("audit.verify")
    report = VerifyReport()
    with ctx.read() as session:
        own = ctx.office(session).code
        for model in EVIDENCE_MODELS:
            _verify_chain(ctx, session, model, own, report)
        blobs = 0
        for sha, data in session.execute(select(Blob.sha256, Blob.data)):
            blobs += 1
            if sha256_hex(data) != sha:
                report.problems.append(Problem("blob", sha, None, "isi berkas telah diubah"))
        report.checked["blob"] = blobs
    return report
