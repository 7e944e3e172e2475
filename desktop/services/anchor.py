"""Evidence chains anchored outside the laptop (docs/sync-format.md, "Anchored chains").

- Every package carries, in its signed manifest, the sender's chain heads: for each evidence
  chain of its own (including the audit trail, which never travels), the last ``chain_seq``
  and that row's ``sha256`` (:func:`own_heads`).
- A hub checks them after applying a package from below (:func:`verify_package_heads`): a
  head must be the row the hub holds at that position; a newer package must not show a chain
  shorter than an earlier one signed; a package must not carry rows beyond its own head. It
  keeps the signed head and, per office chain, the *verified* head: how far it holds the chain
  contiguously, each row linked to the one before. The verified heads (and the signed heads
  of chains that never travel) go back to the office in the receipt of every answer.
- The office keeps the heads the hub acknowledged (:func:`store_acknowledged`);
  :func:`anchor_problems` names every own chain that is now shorter or different.
- At a hub, :func:`hub_chain_problems` checks every office's chains against the verified
  heads (a row deleted in the middle or at the end is a hole below the anchored head).
- An office not enrolled yet can write a signed checkpoint file (:func:`write_checkpoint`)
  and keep its SHA-256 on paper; :func:`checkpoint_problems` checks the chains against one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.domain.canonical import GENESIS, canonical_json, sha256_hex
from desktop.domain.errors import NetraError
from desktop.fileio import write_verified
from desktop.services import identity
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.records import chain_tail
from desktop.store.base import EvidenceMixin, chain_key, utcnow
from desktop.store.models import EVIDENCE_MODELS
from desktop.store.models.sync import SyncAnchor
from desktop.sync import crypto
from desktop.sync.format import reject, strict_json

#: Chains that stay on the laptop: anchored by their head only.
LOCAL_CHAINS = frozenset({"audit_entry"})
CHECKPOINT_FORMAT = 1
MAX_CHECKPOINT = 1024 * 1024
MISMATCH = "rantai tidak cocok dengan tanda terima kabupaten"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

Head = tuple[int, str]


@cache
def chain_models() -> dict[str, type[EvidenceMixin]]:
    """Every evidence chain by table name (the audit trail included)."""
    return {m.__tablename__: m for m in EVIDENCE_MODELS}


def own_heads(session: Session, code: str, device: str = "") -> dict[str, dict[str, Any]]:
    """The heads of the non-empty chains of ``code``'s ``device`` (this laptop), as the
    manifest carries them."""
    out: dict[str, dict[str, Any]] = {}
    for name, model in sorted(chain_models().items()):
        seq, sha = chain_tail(session, model, code, device)
        if seq:
            out[name] = {"seq": seq, "sha256": sha}
    return out


def parse_heads(doc: Any, what: str = "heads") -> dict[str, Head]:
    """Strictly: ``{"<chain>": {"seq": int >= 1, "sha256": 64 hex}}`` of known chains."""
    if not isinstance(doc, dict):
        raise reject("bad_manifest", f"{what} bukan objek", f"{what} is not an object")
    out: dict[str, Head] = {}
    for chain, head in doc.items():
        if chain not in chain_models():
            raise reject(
                "unknown_table",
                f"rantai '{chain}' di {what} tidak dikenal: paket dari Netra yang lebih baru, "
                "perbarui Netra di laptop ini",
                f"unknown chain '{chain}' in {what}",
                table=str(chain),
            )
        seq = head.get("seq") if isinstance(head, dict) else None
        sha = head.get("sha256") if isinstance(head, dict) else None
        if (
            not isinstance(head, dict)
            or set(head) != {"seq", "sha256"}
            or not isinstance(seq, int)
            or isinstance(seq, bool)
            or seq < 1
            or not isinstance(sha, str)
            or not _HEX64.match(sha)
        ):
            raise reject(
                "bad_manifest",
                f"kepala rantai {chain} di {what} tidak sah",
                f"bad chain head {chain} in {what}",
            )
        out[str(chain)] = (seq, sha)
    return out


# ---------------------------------------------------------------------------- bookkeeping
def _anchors(session: Session, kind: str, origin: str, device: str) -> dict[str, SyncAnchor]:
    rows = session.scalars(
        select(SyncAnchor).where(
            SyncAnchor.kind == kind, SyncAnchor.origin == origin, SyncAnchor.device == device
        )
    )
    return {a.chain: a for a in rows}


def _put(
    session: Session,
    existing: dict[str, SyncAnchor],
    kind: str,
    origin: str,
    device: str,
    chain: str,
    head: Head,
    peer: str,
    package_seq: int = 0,
    package_sha: str = "",
) -> None:
    row = existing.get(chain)
    if row is None:
        row = SyncAnchor(kind=kind, origin=origin, device=device, chain=chain, peer_code=peer)
        session.add(row)
        existing[chain] = row
    row.seq, row.sha256 = head
    row.peer_code, row.package_seq, row.package_sha256 = peer, package_seq, package_sha
    row.recorded_at = utcnow()


def _sha_at(
    session: Session, model: type[EvidenceMixin], origin: str, device: str, seq: int
) -> str | None:
    return session.scalar(
        select(model.sha256).where(
            model.origin == origin, model.device == device, model.chain_seq == seq
        )
    )


def _walk(
    session: Session, model: type[EvidenceMixin], origin: str, device: str, start: Head
) -> Head:
    """From a verified head, follow the chain while each next row is there and linked."""
    seq, sha = start
    rows = session.execute(
        select(model.chain_seq, model.prev_sha256, model.sha256)
        .where(model.origin == origin, model.device == device, model.chain_seq > seq)
        .order_by(model.chain_seq)
    )
    for row_seq, prev, row_sha in rows:
        if row_seq != seq + 1 or prev != sha:
            break
        seq, sha = int(row_seq), str(row_sha)
    return seq, sha


def _refuse(reason: str, chain: str, message: str, english: str) -> Exception:
    return reject(reason, message, english, chain=chain)


# ---------------------------------------------------------------------------- at the hub
def verify_package_heads(
    session: Session,
    *,
    sender: str,
    device: str = "",
    package_seq: int,
    package_sha: str,
    heads: dict[str, Head] | None,
    carried: dict[str, int],
) -> None:
    """After applying a package from ``sender`` (inside its transaction): check the heads it
    signed against the rows held here, and move the signed and verified heads forward.
    ``carried``: the highest ``chain_seq`` of the sender's rows per chain in the package.
    ``heads`` None: a package from a Netra that did not sign heads yet (only verified heads
    move)."""
    signed = _anchors(session, "signed", sender, device)
    verified = _anchors(session, "verified", sender, device)
    who = chain_key(sender, device)
    models = chain_models()
    chains = set(carried) | set(heads or {}) | {c for c in verified if c in models}
    if heads is not None:
        chains |= {c for c in signed if c in models}
    for chain in sorted(chains):
        model = models[chain]
        travels = chain not in LOCAL_CHAINS
        if heads is not None:
            head = heads.get(chain, (0, GENESIS))
            if carried.get(chain, 0) > head[0]:
                raise _refuse(
                    "chain_head_mismatch",
                    chain,
                    f"paket memuat {chain} #{carried[chain]} di luar kepala rantai yang "
                    f"ditandatangani pengirim (#{head[0]})",
                    f"the package carries {chain} rows beyond its signed head",
                )
            if travels and head[0]:
                held = _sha_at(session, model, sender, device, head[0])
                if held is not None and held != head[1]:
                    raise _refuse(
                        "chain_head_mismatch",
                        chain,
                        f"kepala rantai {chain} {who} (#{head[0]}) berbeda dengan entri yang "
                        "tersimpan di kabupaten (bukti di kantor diubah, atau dipulihkan dari "
                        "cadangan lama)",
                        f"the signed head of {chain} differs from the row held here",
                    )
            before = signed.get(chain)
            if before is None or package_seq > before.package_seq:
                if before is not None and (
                    head[0] < before.seq or (head[0] == before.seq and head[1] != before.sha256)
                ):
                    raise _refuse(
                        "chain_shortened",
                        chain,
                        f"rantai {chain} {who} sekarang berakhir di #{head[0]}, padahal paket "
                        f"sebelumnya (urutan {before.package_seq}) sudah sampai #{before.seq}: "
                        "bukti dihapus atau diganti di kantor",
                        f"{chain} of {sender} is shorter than in an earlier package",
                    )
                if travels:
                    beyond = session.scalar(
                        select(func.max(model.chain_seq)).where(
                            model.origin == sender, model.device == device
                        )
                    )
                    if beyond is not None and int(beyond) > head[0]:
                        raise _refuse(
                            "chain_shortened",
                            chain,
                            f"kabupaten menyimpan {chain} {who} sampai #{beyond}, tetapi "
                            f"kantor kini menandatangani kepala #{head[0]}: bukti dihapus di "
                            "kantor",
                            f"{chain} of {sender} is shorter than the rows held here",
                        )
                if head[0]:
                    _put(
                        session, signed, "signed", sender, device, chain, head, sender,
                        package_seq, package_sha,
                    )  # fmt: skip
        if travels:
            start = verified.get(chain)
            now = _walk(
                session,
                model,
                sender,
                device,
                (start.seq, start.sha256) if start else (0, GENESIS),
            )
            if now[0] and (start is None or now != (start.seq, start.sha256)):
                _put(session, verified, "verified", sender, device, chain, now, sender, package_seq)


def verify_inherited(
    session: Session,
    *,
    origin: str,
    device: str,
    heads: dict[str, Head],
    carried: dict[str, int],
    package_sha: str,
) -> None:
    """The chains of a device taken over by its successor (docs/sync-format.md, "Devices"):
    its rows in the package must not go beyond the heads the handover certificate signed,
    and a head must be the row held here; then the verified heads move forward. The old
    device may have delivered rows after its backup: the hub keeps those (not "shortened")."""
    verified = _anchors(session, "verified", origin, device)
    models = chain_models()
    who = chain_key(origin, device)
    for chain in sorted(set(carried) | set(heads)):
        model = models[chain]
        head = heads.get(chain, (0, GENESIS))
        if carried.get(chain, 0) > head[0]:
            raise _refuse(
                "chain_head_mismatch",
                chain,
                f"paket memuat {chain} {who} #{carried[chain]} di luar kepala rantai yang "
                f"ditandatangani di sertifikat serah terima (#{head[0]})",
                "rows of the replaced device beyond its certified head",
            )
        if chain in LOCAL_CHAINS or not head[0]:
            continue
        held = _sha_at(session, model, origin, device, head[0])
        if held is not None and held != head[1]:
            raise _refuse(
                "chain_head_mismatch",
                chain,
                f"kepala rantai {chain} {who} (#{head[0]}) di sertifikat serah terima berbeda "
                "dengan entri yang tersimpan di kabupaten",
                "the certified head differs from the row held here",
            )
        start = verified.get(chain)
        now = _walk(
            session, model, origin, device, (start.seq, start.sha256) if start else (0, GENESIS)
        )
        if now[0] and (start is None or now != (start.seq, start.sha256)):
            _put(session, verified, "verified", origin, device, chain, now, origin, 0, package_sha)


def acknowledged_for(session: Session, office: str, device: str = "") -> dict[str, dict[str, Any]]:
    """What the hub tells ``office``'s ``device`` it holds of its chains (the receipt's
    ``heads``): the verified heads, and for chains that never travel the signed head."""
    out: dict[str, dict[str, Any]] = {}
    for chain, a in _anchors(session, "verified", office, device).items():
        if chain in chain_models() and chain not in LOCAL_CHAINS:
            out[chain] = {"seq": a.seq, "sha256": a.sha256}
    for chain, a in _anchors(session, "signed", office, device).items():
        if chain in LOCAL_CHAINS:
            out[chain] = {"seq": a.seq, "sha256": a.sha256}
    return dict(sorted(out.items()))


def hub_chain_problems(session: Session) -> list[tuple[str, str]]:
    """At a hub: every office's chains against the heads verified when its packages came in.
    A missing row below the anchored head (deleted in the middle), the anchored row itself
    missing or changed (deleted at the end), are problems: (chain name, Indonesian message)."""
    problems: list[tuple[str, str]] = []
    models = chain_models()
    anchors = session.scalars(
        select(SyncAnchor)
        .where(SyncAnchor.kind == "verified")
        .order_by(SyncAnchor.origin, SyncAnchor.device, SyncAnchor.chain)
    ).all()
    for a in anchors:
        model = models.get(a.chain)
        if model is None or a.chain in LOCAL_CHAINS:
            continue
        have = set(
            session.scalars(
                select(model.chain_seq).where(
                    model.origin == a.origin,
                    model.device == a.device,
                    model.chain_seq <= a.seq,
                )
            )
        )
        missing = [s for s in range(1, a.seq + 1) if s not in have]
        name = f"{a.chain} {a.origin}"
        on = f" (perangkat {a.device})" if a.device else ""
        if missing:
            shown = ", ".join(f"#{s}" for s in missing[:5]) + (" ..." if len(missing) > 5 else "")
            problems.append(
                (
                    name,
                    f"entri {shown} hilang dari rantai yang sudah diterima dan diperiksa "
                    f"kabupaten (sampai #{a.seq}){on}",
                )
            )
            continue
        sha = _sha_at(session, model, a.origin, a.device, a.seq)
        if sha != a.sha256:
            problems.append(
                (name, f"entri #{a.seq} berbeda dengan yang diperiksa saat paket diterima{on}")
            )
    return problems


# ---------------------------------------------------------------------------- at an office
def receipt_heads(doc: dict[str, Any]) -> dict[str, Head] | None:
    """The ``heads`` of a hub's receipt, checked strictly (None when absent: an older hub)."""
    if "heads" not in doc:
        return None
    return parse_heads(doc["heads"], "receipt.json heads")


def store_acknowledged(
    session: Session, me: str, hub: str, heads: dict[str, Head], device: str = ""
) -> None:
    """Keep the furthest head the hub acknowledged per chain of this laptop (an older answer
    imported late does not move it back)."""
    held = _anchors(session, "acknowledged", me, device)
    for chain, head in heads.items():
        before = held.get(chain)
        if (
            before is None
            or head[0] > before.seq
            or (head[0] == before.seq and head[1] != before.sha256)
        ):
            _put(session, held, "acknowledged", me, device, chain, head, hub)


def _check_against(
    session: Session, me: str, device: str, heads: dict[str, Head], what: str
) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    models = chain_models()
    for chain, (seq, sha) in sorted(heads.items()):
        model = models.get(chain)
        if model is None or seq < 1:
            continue
        count = session.scalar(
            select(func.count())
            .select_from(model)
            .where(model.origin == me, model.device == device, model.chain_seq <= seq)
        )
        held = _sha_at(session, model, me, device, seq)
        if held is None:
            last = chain_tail(session, model, me, device)[0]
            problems.append(
                (chain, f"{MISMATCH}: {what} #{seq}, di sini rantai berakhir di #{last}")
            )
        elif held != sha:
            problems.append((chain, f"{MISMATCH}: entri #{seq} berbeda dengan {what}"))
        elif int(count or 0) != seq:
            problems.append(
                (chain, f"{MISMATCH}: ada entri yang hilang sebelum #{seq} ({what} #{seq})")
            )
    return problems


def anchor_problems(session: Session) -> list[tuple[str, str]]:
    """At an office: every own chain that is now shorter than, or different from, what the
    hub's receipts acknowledged. (chain name, Indonesian message); empty when all agree."""
    from desktop.store.models import Office

    office = session.scalar(select(Office))
    if office is None:
        return []
    me, device = office.code, office.device_code or ""
    heads = {c: (a.seq, a.sha256) for c, a in _anchors(session, "acknowledged", me, device).items()}
    return _check_against(session, me, device, heads, "tanda terima kabupaten")


# ---------------------------------------------------------------------------- checkpoint
@dataclass(frozen=True)
class CheckpointWritten:
    """:func:`write_checkpoint` (``sync checkpoint --out --json``): the file, its SHA-256 to
    keep on paper, and the heads it signs ({chain: {"seq", "sha256"}}). A file only:
    nothing the pages show changed."""

    path: str
    sha256: str
    office: str
    heads: dict[str, dict[str, Any]]
    changes: frozenset[Area] = field(default=frozenset(), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "office": self.office,
            "heads": self.heads,
        }


def write_checkpoint(ctx: AppContext, out: Path) -> CheckpointWritten:
    """A signed file with this installation's chain heads, to anchor them by hand (print its
    SHA-256 and keep it on paper or with the kabupaten)."""
    ctx.require("audit.verify")
    keys = identity.load(ctx.keys_dir)
    with ctx.read() as session:
        me = ctx.office(session)
        body: dict[str, Any] = {
            "office": {
                "code": me.code,
                "name": me.name,
                "kabupaten_code": me.kabupaten_code,
                "signing_key": me.signing_public_key,
            },
            "created_at": utcnow().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "app_version": __version__,
            "heads": own_heads(session, me.code, me.device_code or ""),
        }
    doc = {
        "netra_checkpoint": CHECKPOINT_FORMAT,
        "body": body,
        "signature": crypto.sign(keys.signing, canonical_json(body)).hex(),
    }
    data = canonical_json(doc) + b"\n"
    write_verified(out, data)
    return CheckpointWritten(str(out), sha256_hex(data), body["office"]["code"], body["heads"])


def read_checkpoint(ctx: AppContext, path: Path) -> dict[str, Any]:
    """A checkpoint file's body, after checking its form and this office's signature."""
    try:
        if path.stat().st_size > MAX_CHECKPOINT:
            raise _bad_checkpoint("berkas terlalu besar")
        data = path.read_bytes()
    except OSError as exc:
        raise NetraError(
            "unreadable",
            f"Berkas titik periksa tidak dapat dibaca ({exc.strerror or exc}).",
            "The checkpoint file cannot be read.",
        ) from exc
    try:
        doc = strict_json(data, "titik periksa")
    except NetraError as exc:
        raise _bad_checkpoint("bukan JSON yang sah") from exc
    if (
        not isinstance(doc, dict)
        or doc.get("netra_checkpoint") != CHECKPOINT_FORMAT
        or not isinstance(doc.get("body"), dict)
        or not isinstance(doc.get("signature"), str)
    ):
        raise _bad_checkpoint("bukan berkas titik periksa Netra versi 1")
    body = doc["body"]
    with ctx.read() as session:
        me = ctx.office(session)
        office = body.get("office")
        if not isinstance(office, dict) or office.get("code") != me.code:
            raise _bad_checkpoint("berkas ini bukan milik kantor ini")
        try:
            signature = bytes.fromhex(doc["signature"])
        except ValueError as exc:
            raise _bad_checkpoint("tanda tangan rusak") from exc
        if not crypto.verify(me.signing_public_key, signature, canonical_json(body)):
            raise _bad_checkpoint("tanda tangan tidak cocok dengan kunci kantor ini")
    try:
        body["heads"] = parse_heads(body.get("heads"), "titik periksa")
    except NetraError as exc:
        raise _bad_checkpoint("kepala rantai tidak sah") from exc
    return dict(body)


def checkpoint_problems(ctx: AppContext, path: Path) -> dict[str, Any]:
    """Compare the chains now with a checkpoint written earlier by this office."""
    ctx.require("audit.verify")
    body = read_checkpoint(ctx, path)
    with ctx.read() as session:
        office = ctx.office(session)
        problems = _check_against(
            session,
            office.code,
            office.device_code or "",
            body["heads"],
            f"titik periksa {body.get('created_at', '')}",
        )
    return {
        "ok": not problems,
        "created_at": body.get("created_at"),
        "sha256": sha256_hex(path.read_bytes()),
        "problems": [{"chain": c, "message": m} for c, m in problems],
    }


def _bad_checkpoint(why: str) -> NetraError:
    return NetraError(
        "checkpoint_invalid",
        f"Berkas titik periksa tidak sah: {why}.",
        f"Invalid checkpoint file: {why}.",
    )


__all__ = [
    "CheckpointWritten",
    "anchor_problems",
    "checkpoint_problems",
    "hub_chain_problems",
    "own_heads",
    "write_checkpoint",
]


def anchor_statement(
    session: Session,
    *,
    origin: str,
    device: str,
    heads: dict[str, Head],
    hub_seq: int,
    package_sha: str,
) -> None:
    """A kiosk's signed statement relayed by its main laptop (docs/sync-format.md,
    "Devices"): its heads become the kiosk's signed heads as of its own package ``hub_seq``
    to this hub (the statement was made after that package and before the next), so a later
    direct package of the kiosk must not end before them and an older one is not compared."""
    signed = _anchors(session, "signed", origin, device)
    who = chain_key(origin, device)
    for chain, head in sorted(heads.items()):
        before = signed.get(chain)
        if before is not None and hub_seq > before.package_seq and head[0] < before.seq:
            raise _refuse(
                "chain_shortened",
                chain,
                f"rantai {chain} {who} di pernyataan kiosk berakhir di #{head[0]}, padahal "
                f"paket kiosk itu (urutan {before.package_seq}) sudah sampai #{before.seq}",
                f"{chain} of {who} in the kiosk statement is shorter than before",
            )
        if before is None or (hub_seq, head[0]) > (before.package_seq, before.seq):
            _put(
                session, signed, "signed", origin, device, chain, head, origin, hub_seq, package_sha
            )
