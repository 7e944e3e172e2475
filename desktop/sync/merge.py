"""Applying an opened package inside the caller's transaction: the merge rules.

- Evidence rows (signatures, case steps...) are a union by id: same id and hash is a duplicate;
  a different hash, a row that fails the evidence check (``desktop/store/evidence.py``: a hash
  that does not match the content, pen points that do not match ``strokes_sha256``), or a
  second row at the same chain position is a tamper alert kept in ``sync_conflict`` (kind
  ``tamper``); the local row stays.
- Versioned rows: a version already seen is skipped (the same edit by two routes is applied
  once); an edit based on the version we hold is applied; an edit based on anything older is a
  conflict: both versions are kept, the provisional winner is the higher (revision, office)
  pair — except that an office never lets an incoming row replace its own unacknowledged edit.
- A row whose referenced row (or blob) is missing is held (kind ``held``) and retried after
  every import; a natural-key clash (e.g. a NIP used by another row) is kept (``duplicate``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.canonical import canonical_json
from desktop.domain.clock import newer
from desktop.store import aliases, evidence
from desktop.store.base import chain_key, new_id, utcnow
from desktop.store.bulk import Bulk
from desktop.store.models import SyncConflict
from desktop.store.models.sync import SyncAlias, SyncVersion
from desktop.sync import rows as sr
from desktop.sync import rowset
from desktop.sync.format import Opened, reject

#: Reference rows mapped onto the issuer's row by what they are, not by equal content.
MAPPED_ENTITIES = frozenset({"election"})
COUNT_KEYS = ("inserted", "updated", "skipped", "conflict", "tamper", "held", "duplicate")

#: Returns {unit id: origin} for the given unit ids (held here).
UnitOwners = Callable[[Iterable[str]], dict[str, str]]


class SenderAuthority(Protocol):
    """What the merge asks of the rules on who may say what in a package (the sync service's
    ``services/sync/authority.py``, docs/sync-format.md "Sender authority"). Each check raises
    :class:`~desktop.sync.format.PackageRejected` on the first row the sender may not send."""

    def check_claims(self, spec: sr.SyncTable, rows: list[dict[str, Any]]) -> None:
        """What every decoded row claims about who made it, before anything is looked up."""

    def check_rows(
        self,
        spec: sr.SyncTable,
        rows: list[dict[str, Any]],
        held: dict[str, dict[str, Any]],
        unit_owners: UnitOwners,
    ) -> None:
        """Versioned rows (ids translated through the aliases) against the rows ``held``
        here by id."""


@dataclass
class MergeReport:
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    blobs_added: int = 0
    alerts: list[dict[str, str]] = field(default_factory=list)
    max_revision_by: dict[str, int] = field(default_factory=dict)
    max_chain_by: dict[str, dict[str, int]] = field(default_factory=dict)

    def bump(self, table: str, key: str, n: int = 1) -> None:
        counts = self.tables.setdefault(table, dict.fromkeys(COUNT_KEYS, 0))
        counts[key] += n

    def total(self, key: str) -> int:
        return sum(c[key] for c in self.tables.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "tables": self.tables,
            "blobs_added": self.blobs_added,
            "conflicts": self.total("conflict"),
            "tamper": self.total("tamper"),
            "held": self.total("held"),
            "duplicate": self.total("duplicate"),
            "alerts": self.alerts[:200],
        }


@dataclass
class Incoming:
    values: dict[str, Any]
    sync_base: int = 0
    encoded: list[Any] | None = None


def _encoded_json(values: dict[str, Any], sync_base: int | None = None) -> str:
    doc = {k: sr._encode(v) for k, v in values.items()}
    if sync_base is not None:
        doc["_sync_base"] = sync_base
    return canonical_json(doc).decode("utf-8")


class Merger:
    """One package (or one batch of held rows) applied to ``session``."""

    def __init__(
        self,
        session: Session,
        *,
        package_sha: str,
        sender: str,
        local: str,
        protect_after: int | None,
        issuer: str | None = None,
        authority: SenderAuthority | None = None,
    ) -> None:
        self.session = session
        # What the sender may create and change here (None: enrolment and held-row retries,
        # whose rows were checked when their package arrived).
        self.authority = authority
        # The installation that issues elections here (the kabupaten hub: this laptop at a
        # hub, the sender at an office); None: elections are not mapped (held-row retries).
        self.issuer = issuer
        self.package_sha = package_sha
        self.sender = sender
        self.local = local
        # At an office: our rows revised after this revision are unacknowledged; never replaced.
        self.protect_after = protect_after
        self.report = MergeReport()
        self.bulk = Bulk(session)
        self._conflicts: list[dict[str, Any]] = []
        self._seen_rows: list[dict[str, Any]] = []
        # Keys known to exist in this transaction (inserted, updated or read): references to
        # them need no lookup. Rows are never deleted during a merge.
        self._present: defaultdict[str, set[Any]] = defaultdict(set)
        # The files this package carries, by SHA-256 (none for held-row retries).
        self._package_blobs: dict[str, bytes] = {}

    # ------------------------------------------------------------------ entry points
    def decode(self, opened: Opened) -> tuple[dict[str, list[Incoming]], dict[str, bytes]]:
        """Validate every part against the models before anything is written."""
        manifest = opened.manifest
        counts = manifest["counts"]
        specs = sr.table_by_name()
        decoded: dict[str, list[Incoming]] = {}
        blobs: dict[str, bytes] = {}
        blob_rows: list[dict[str, Any]] = []
        for path, data in opened.parts.items():
            if not path.startswith("rows/"):
                continue
            name = path[5:-5]
            rs = rowset.decode(data, name, int(counts.get(name, -1)))
            if name == sr.BLOB_TABLE:
                if rs.kind != "blob" or set(rs.columns) != {"id", "mime", "created_at"}:
                    raise reject("bad_rows", "daftar berkas tidak sah", "bad blob list")
                blob_rows = rs.dicts()
                continue
            spec = specs.get(name)
            if spec is None:
                raise reject(
                    "unknown_table",
                    f"tabel '{name}' tidak dikenal: paket dari Netra "
                    "yang lebih baru, perbarui Netra di laptop ini",
                    f"unknown table '{name}'",
                    table=name,
                )
            if rs.kind != spec.kind:
                raise reject("bad_rows", f"jenis tabel {name} salah", "wrong table kind")
            values = sr.decode_rows(spec, rs.columns, rs.rows)
            if self.authority is not None:
                self.authority.check_claims(spec, values)
            bases = rs.sync_base or [0] * len(values)
            self._mark_received(spec, values)
            decoded[name] = [
                Incoming(v, b, raw) for v, b, raw in zip(values, bases, rs.rows, strict=True)
            ]
        for name, count in counts.items():
            if name not in ("blob", "receipt") and name not in decoded and count:
                raise reject(
                    "count_mismatch",
                    f"manifes menyebut {count} baris {name} tetapi bagiannya tidak ada",
                    "rows part missing",
                    table=name,
                )
        parts = {p[6:] for p in opened.parts if p.startswith("blobs/")}
        listed = {str(b["id"]) for b in blob_rows}
        if parts != listed:
            raise reject(
                "count_mismatch",
                "daftar berkas tidak sama dengan isi berkas",
                "blob list differs from blob parts",
            )
        for b in blob_rows:
            blobs[str(b["id"])] = opened.parts[f"blobs/{b['id']}"]
        self._blob_meta = {str(b["id"]): b for b in blob_rows}
        return decoded, blobs

    def _mark_received(self, spec: sr.SyncTable, values: list[dict[str, Any]]) -> None:
        """Everything in the package counts as received, whatever the merge decides."""
        if spec.kind == "versioned":
            for v in values:
                by = str(v["revised_by"])
                self.report.max_revision_by[by] = max(
                    self.report.max_revision_by.get(by, 0), int(v["revision"])
                )
        else:
            for v in values:
                # Chains are per office and device: keyed "office" or "office/device".
                owner = chain_key(str(v["origin"]), str(v.get("device") or ""))
                marks = self.report.max_chain_by.setdefault(owner, {})
                marks[spec.name] = max(marks.get(spec.name, 0), int(v["chain_seq"]))

    def apply(self, opened: Opened) -> MergeReport:
        decoded, blobs = self.decode(opened)
        self._package_blobs = blobs
        self._check_evidence_files(decoded, blobs)
        self._add_blobs(blobs)
        for spec in sr.sync_tables():
            rows = decoded.get(spec.name)
            if rows:
                self._apply_table(spec, rows)
            if spec.name == "election" and rows and self.issuer is not None:
                # Before the events and cases of this package: their election ids are
                # translated through the aliases this makes.
                self._flush()
                aliases.map_elections(self.session, self.issuer)
        self._flush()
        self._resolve_templates(decoded)
        return self.report

    def _check_evidence_files(
        self, decoded: dict[str, list[Incoming]], blobs: dict[str, bytes]
    ) -> None:
        """Every case evidence file arriving is re-checked from its whole content, as at
        intake: a .bat or .hta starting with ``%PDF-`` rejects the package. The file of an
        evidence row in the package (carried or already held here), and a carried file that
        an evidence row held back earlier is waiting for."""
        wanted: dict[str, tuple[str, str]] = {}
        for item in decoded.get("case_evidence") or []:
            v = item.values
            wanted[str(v["blob_sha256"])] = (str(v["filename"]), str(v["mime"]))
        waiting = self.session.scalars(
            select(SyncConflict.incoming_json).where(
                SyncConflict.kind == "held",
                SyncConflict.entity == "case_evidence",
                SyncConflict.resolved_at.is_(None),
            )
        ).all()
        for doc_json in waiting:
            doc = json.loads(doc_json)
            sha = str(doc.get("blob_sha256"))
            if sha in blobs:
                wanted.setdefault(sha, (str(doc.get("filename")), str(doc.get("mime"))))
        if not wanted:
            return
        missing = [sha for sha in wanted if sha not in blobs]
        held: dict[str, bytes] = {}
        table = sr.blob_table()
        for sha, data in self.bulk.select_in(table, ["sha256", "data"], ["sha256"], missing):
            held[sha] = data
        for sha, (name, mime) in wanted.items():
            data = blobs.get(sha, held.get(sha))
            if data is None:
                continue  # not here yet: the row is held and the file checked when it comes
            reason = evidence.check_evidence_blob(name, data, mime)
            if reason:
                raise reject(
                    "bad_evidence_file",
                    reason,
                    f"evidence file '{name}' is not a well-formed photo or PDF",
                    file=name,
                    sha256=sha,
                )

    def _unit_owners(self, ids: Any) -> dict[str, str]:
        table = sr.table_by_name()["unit"].table
        return {
            str(i): str(o) for i, o in self.bulk.select_in(table, ["id", "origin"], ["id"], ids)
        }

    def _check_held_back(self, spec: sr.SyncTable, rows: list[Incoming]) -> None:
        """Authority over rows held back for a missing reference: checked now, since they are
        applied later without their package."""
        if self.authority is None or spec.kind != "versioned" or not rows:
            return
        values = [dict(r.values) for r in rows]
        if spec.name not in MAPPED_ENTITIES:
            aliases = self._aliases(spec.name, [v["id"] for v in values])
            for v in values:
                v["id"] = aliases.get(v["id"], v["id"])
        existing = self.bulk.fetch_by_ids(spec.table, [v["id"] for v in values])
        self.authority.check_rows(spec, values, existing, self._unit_owners)

    def _resolve_templates(self, decoded: dict[str, list[Incoming]]) -> None:
        """Signature records sealed with a template id this laptop does not hold (an office
        seeded before shipped templates had one id everywhere, whose template row was not
        recognised as ours): map the id by that template's code and version when the package
        carries its row, else by the template text's hash when exactly one template has it."""
        records = decoded.get("signature_record") or []
        wanted = {str(r.values["template_id"]): r.values for r in records}
        if not wanted:
            return
        table = sr.table_by_name()["pact_template"].table
        held = {r[0] for r in self.bulk.select_in(table, ["id"], ["id"], list(wanted))} | set(
            self._aliases("pact_template", list(wanted))
        )
        missing = {tid: v for tid, v in wanted.items() if tid not in held}
        if not missing:
            return
        carried = {
            str(t.values["id"]): (t.values["code"], t.values["version"])
            for t in decoded.get("pact_template") or []
        }
        rows = self.session.execute(
            select(table.c.id, table.c.code, table.c.version, table.c.sha256)
        ).all()
        by_code = {(code, version): ident for ident, code, version, _ in rows}
        by_sha: defaultdict[str, list[str]] = defaultdict(list)
        for ident, _, _, sha in rows:
            by_sha[sha].append(ident)
        for tid, v in missing.items():
            target = by_code.get(carried[tid]) if tid in carried else None
            if target is None and len(by_sha.get(str(v["template_sha256"]), [])) == 1:
                target = by_sha[str(v["template_sha256"])][0]
            if target is not None:
                aliases.add_alias(self.session, "pact_template", tid, target, str(v["origin"]))

    def apply_rows(self, spec: sr.SyncTable, rows: list[Incoming]) -> MergeReport:
        self._apply_table(spec, rows)
        self._flush()
        return self.report

    # ------------------------------------------------------------------ blobs
    def _add_blobs(self, blobs: dict[str, bytes]) -> None:
        table = sr.blob_table()
        have = {r[0] for r in self.bulk.select_in(table, ["sha256"], ["sha256"], blobs)}
        new = []
        to_time = sr._decoder(table.c.created_at)
        for sha, data in blobs.items():
            if sha in have:
                continue
            meta = self._blob_meta[sha]
            created = to_time(meta["created_at"])
            mime = meta["mime"] if isinstance(meta["mime"], str) else "application/octet-stream"
            new.append(
                {
                    "sha256": sha,
                    "size": len(data),
                    "mime": mime[:100],
                    "data": data,
                    "created_at": created,
                }
            )
        self.bulk.insert(table, new)
        self._present[sr.BLOB_TABLE].update(blobs)
        self.report.blobs_added += len(new)

    # ------------------------------------------------------------------ per table
    def _apply_table(self, spec: sr.SyncTable, rows: list[Incoming]) -> None:
        if spec.kind == "versioned":
            self._translate_aliases(spec, rows)
        rows = self._topo(spec, rows)
        held = self._missing_references(spec, rows)
        if held:
            self._check_held_back(spec, [r for r in rows if r.values["id"] in held])
        ready = []
        for item in rows:
            reason = held.get(item.values["id"])
            if reason:
                self._keep(spec, "held", item, None, "local", reason)
                self.report.bump(spec.name, "held")
            else:
                ready.append(item)
        if spec.kind == "evidence":
            self._evidence(spec, ready)
        else:
            self._versioned(spec, ready)

    def _translate_aliases(self, spec: sr.SyncTable, rows: list[Incoming]) -> None:
        at = _table(SyncAlias)
        for column, target in spec.references:
            wanted = {r.values.get(column) for r in rows} - {None}
            if not wanted:
                continue
            mapping: dict[str, str] = dict(
                self.bulk.select_in(
                    at, ["incoming_id", "local_id"], ["incoming_id"], wanted, {"entity": target}
                )
            )
            if mapping:
                for r in rows:
                    value = r.values.get(column)
                    if value in mapping:
                        r.values[column] = mapping[value]

    def _topo(self, spec: sr.SyncTable, rows: list[Incoming]) -> list[Incoming]:
        self_refs = [c for c, t in spec.references if t == spec.name]
        if not self_refs:
            return rows
        by_id = {r.values["id"]: r for r in rows}
        done: set[str] = set()
        out: list[Incoming] = []

        def visit(item: Incoming, depth: int = 0) -> None:
            ident = item.values["id"]
            if ident in done or depth > 1000:
                return
            done.add(ident)
            for col in self_refs:
                parent = by_id.get(item.values.get(col))
                if parent is not None:
                    visit(parent, depth + 1)
            out.append(item)

        for item in rows:
            visit(item)
        return out

    def _missing_references(self, spec: sr.SyncTable, rows: list[Incoming]) -> dict[str, str]:
        missing: dict[str, str] = {}
        checks = [(c, t) for c, t in spec.references] + [
            (c, sr.BLOB_TABLE) for c in spec.blob_columns
        ]
        in_batch = {r.values["id"] for r in rows}
        tables = {t.name: t.table for t in sr.sync_tables()}
        tables[sr.BLOB_TABLE] = sr.blob_table()
        for column, target in checks:
            wanted = {r.values.get(column) for r in rows} - {None}
            if target == spec.name:
                wanted -= in_batch
            wanted -= self._present[target]
            if not wanted:
                continue
            table = tables[target]
            key = "sha256" if target == sr.BLOB_TABLE else "id"
            present = {r[0] for r in self.bulk.select_in(table, [key], [key], wanted)}
            self._present[target].update(present)
            for r in rows:
                value = r.values.get(column)
                if value is not None and value in wanted and value not in present:
                    missing.setdefault(
                        r.values["id"], f"rujukan {column} -> {target} {value} belum ada"
                    )
        return missing

    def _unique_clashes(
        self, spec: sr.SyncTable, rows: list[Incoming]
    ) -> dict[str, tuple[str, str]]:
        """Rows whose unique values belong to another row: id -> (owner id, reason)."""
        clashes: dict[str, tuple[str, str]] = {}
        for cols in spec.unique_columns:
            if cols == ("id",):
                continue
            row_keys = [(r.values["id"], tuple(map(r.values.get, cols))) for r in rows]
            keys = {k for _, k in row_keys if None not in k}
            owners: dict[tuple[Any, ...], str] = {}
            wanted = [k[0] for k in keys] if len(cols) == 1 else list(keys)
            for found in self.bulk.select_in(spec.table, ["id", *cols], cols, wanted):
                owners[tuple(found[1:])] = found[0]
            for ident, key in row_keys:
                if None in key:
                    continue
                owner = owners.get(key)
                if owner is not None and owner != ident:
                    clashes.setdefault(
                        ident, (owner, f"{'+'.join(cols)} {key} sudah dipakai {owner}")
                    )
                elif owner is None:
                    owners[key] = ident
        return clashes

    # ------------------------------------------------------------------ evidence
    def _evidence(self, spec: sr.SyncTable, rows: list[Incoming]) -> None:
        existing = self.bulk.fetch_by_ids(spec.table, [r.values["id"] for r in rows])
        self._present[spec.name].update(existing)
        fresh = []
        for item in rows:
            v = item.values
            local = existing.get(v["id"])
            # The whole row rule (desktop/store/evidence.py): its hash, and what the hash
            # seals only through a digest (a signature's pen points against strokes_sha256).
            faults = evidence.check_row(spec.model, v, blob=self._package_blobs.get)
            if faults:
                self._tamper(spec, item, local, "; ".join(faults))
                continue
            if local is not None:
                if local["sha256"] == v["sha256"]:
                    self.report.bump(spec.name, "skipped")
                else:
                    self._tamper(spec, item, local, "id sama, isi berbeda dengan yang tersimpan")
                continue
            fresh.append(item)
        clashes = self._unique_clashes(spec, fresh)
        inserts = []
        for item in fresh:
            clash = clashes.get(item.values["id"])
            if clash:
                self._tamper(spec, item, None, f"posisi rantai bentrok: {clash[1]}")
                continue
            inserts.append(item.values)
        self.bulk.insert(spec.table, inserts)
        self._present[spec.name].update(v["id"] for v in inserts)
        self.report.bump(spec.name, "inserted", len(inserts))

    def _tamper(
        self, spec: sr.SyncTable, item: Incoming, local: dict[str, Any] | None, reason: str
    ) -> None:
        self._keep(spec, "tamper", item, local, "local", reason)
        self.report.bump(spec.name, "tamper")

    # ------------------------------------------------------------------ versioned
    def _versioned(self, spec: sr.SyncTable, rows: list[Incoming]) -> None:
        # Rows we hold under another id (same reference row seeded on both sides): an edit of
        # theirs is an edit of ours. Not for a mapped election: the issuer's row is not
        # edited by the office whose own election was mapped onto it; its edits stay on its
        # own (hidden) row.
        aliases = (
            {}
            if spec.name in MAPPED_ENTITIES
            else self._aliases(spec.name, [r.values["id"] for r in rows])
        )
        for r in rows:
            if r.values["id"] in aliases:
                r.values["id"] = aliases[r.values["id"]]
        ids = [r.values["id"] for r in rows]
        existing = self.bulk.fetch_by_ids(spec.table, ids)
        if self.authority is not None:
            self.authority.check_rows(spec, [r.values for r in rows], existing, self._unit_owners)
        self._present[spec.name].update(existing)
        seen: dict[str, dict[tuple[int, str], tuple[str, bool]]] = defaultdict(dict)
        versions = self.bulk.select_in(
            _table(SyncVersion),
            ["row_id", "revision", "revised_by", "content_sha256", "applied"],
            ["row_id"],
            ids,
            {"entity": spec.name},
        )
        for row_id, rev, by, sha, applied in versions:
            seen[row_id][(int(rev), by)] = (sha, bool(applied))
        writes: list[tuple[Incoming, str]] = []  # (row, "insert" | "update")
        for item in rows:
            action = self._decide(
                spec, item, existing.get(item.values["id"]), seen[item.values["id"]]
            )
            if action:
                writes.append((item, action))
        clashes = self._unique_clashes(spec, [w[0] for w in writes])
        owners = self.bulk.fetch_by_ids(spec.table, {c[0] for c in clashes.values()})
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for item, action in writes:
            clash = clashes.get(item.values["id"])
            if clash:
                self._clash(spec, item, action, owners.get(clash[0]), clash[1])
                continue
            (inserts if action == "insert" else updates).append(item.values)
        self.bulk.insert(spec.table, inserts)
        self._present[spec.name].update(v["id"] for v in inserts)
        if updates:
            # The id and the creating office never change; everything else follows the version.
            cols = [c for c in spec.columns if c not in ("id", "origin") and c in updates[0]]
            upd = (
                update(spec.table)
                .where(spec.table.c.id == bindparam("b_id"))
                .values({c: bindparam(f"b_{c}") for c in cols})
            )
            params = [{f"b_{c}": u.get(c) for c in cols} | {"b_id": u["id"]} for u in updates]
            self.session.execute(upd, params, execution_options={"synchronize_session": False})
        self.report.bump(spec.name, "inserted", len(inserts))
        self.report.bump(spec.name, "updated", len(updates))

    def _aliases(self, entity: str, ids: list[str]) -> dict[str, str]:
        at = _table(SyncAlias)
        found: dict[str, str] = {}
        for incoming_id, local_id in self.bulk.select_in(
            at, ["incoming_id", "local_id"], ["incoming_id"], ids, {"entity": entity}
        ):
            found[incoming_id] = local_id
        return found

    def _clash(
        self,
        spec: sr.SyncTable,
        item: Incoming,
        action: str,
        owner: dict[str, Any] | None,
        reason: str,
    ) -> None:
        """Same reference row under two ids: alias it; otherwise keep it as a duplicate."""
        self._seen_rows = [
            s
            for s in self._seen_rows
            if not (s["entity"] == spec.name and s["row_id"] == item.values["id"])
        ]
        if action == "insert" and owner is not None and sr.same_content(spec, item.values, owner):
            self.session.execute(
                insert(SyncAlias),
                [
                    {
                        "entity": spec.name,
                        "incoming_id": item.values["id"],
                        "local_id": owner["id"],
                        "origin": str(item.values.get("origin", "")),
                    }
                ],
            )
            # Remember their version as one we hold: their next edit builds on it cleanly.
            self._seen(
                spec, dict(item.values, id=owner["id"]), sr.content_hash(spec, item.values), True
            )
            self.report.bump(spec.name, "skipped")
            return
        self._keep(spec, "duplicate", item, owner, "local", reason)
        self.report.bump(spec.name, "duplicate")

    def _decide(
        self,
        spec: sr.SyncTable,
        item: Incoming,
        local: dict[str, Any] | None,
        seen: dict[tuple[int, str], tuple[str, bool]],
    ) -> str | None:
        v = item.values
        rev, by = int(v["revision"]), str(v["revised_by"])
        if (
            local is not None
            and int(local["revision"]) == rev
            and local["revised_by"] == by
            and sr.same_content(spec, v, local)
        ):
            # The version we hold (its references may since have been moved onto the ids
            # this laptop holds, as the merge translates them: not a different content).
            self.report.bump(spec.name, "skipped")
            return None
        sha = sr.content_hash(spec, v)
        known = seen.get((rev, by))
        if (
            known is None
            and local is not None
            and int(local["revision"]) == rev
            and local["revised_by"] == by
        ):
            known = (sr.content_hash(spec, local), True)
        if known is not None:
            if known[0] == sha:
                self.report.bump(spec.name, "skipped")
            else:
                self._tamper(spec, item, local, "versi yang sama dengan isi berbeda")
            return None
        if local is None:
            self._seen(spec, v, sha, True)
            return "insert"
        l_rev, l_by = int(local["revision"]), str(local["revised_by"])
        if sr.same_content(spec, v, local):
            self._seen(spec, v, sha, True)
            self.report.bump(spec.name, "skipped")
            return None
        stale = (l_by == by and l_rev > rev) or any(b == by and r > rev for r, b in seen)
        if stale:
            self._seen(spec, v, sha, False)
            self.report.bump(spec.name, "skipped")
            return None
        base = seen.get((int(v.get("base_revision") or 0), by))
        if (
            item.sync_base == l_rev
            or (l_by == by and rev > l_rev)
            or (base is not None and base[0] == sr.content_hash(spec, local))
        ):
            self._seen(spec, v, sha, True)
            return "update"
        protected = (
            self.protect_after is not None and l_by == self.local and l_rev > self.protect_after
        )
        incoming_wins = not protected and newer(rev, by, l_rev, l_by)
        self._keep(
            spec,
            "conflict",
            item,
            local,
            "incoming" if incoming_wins else "local",
            f"{by} mengubah data ini tanpa melihat perubahan dari {l_by}",
        )
        self.report.bump(spec.name, "conflict")
        self._seen(spec, v, sha, incoming_wins)
        return "update" if incoming_wins else None

    def _seen(self, spec: sr.SyncTable, v: dict[str, Any], sha: str, applied: bool) -> None:
        self._seen_rows.append(
            {
                "entity": spec.name,
                "row_id": v["id"],
                "revision": int(v["revision"]),
                "revised_by": v["revised_by"],
                "content_sha256": sha,
                "applied": applied,
            }
        )

    # ------------------------------------------------------------------ bookkeeping
    def _keep(
        self,
        spec: sr.SyncTable,
        kind: str,
        item: Incoming,
        local: dict[str, Any] | None,
        winner: str,
        reason: str,
    ) -> None:
        v = item.values
        base = item.sync_base if spec.kind == "versioned" else None
        self._conflicts.append(
            {
                "id": new_id(),
                "kind": kind,
                "entity": spec.name,
                "entity_id": v["id"],
                "local_json": _encoded_json(local) if local else "",
                "incoming_json": _encoded_json(v, base),
                "incoming_origin": str(v.get("revised_by") or v.get("origin") or self.sender),
                "package_sha256": self.package_sha,
                "provisional_winner": winner,
                "reason": reason,
                "detected_at": utcnow(),
            }
        )
        self.report.alerts.append(
            {"kind": kind, "entity": spec.name, "id": v["id"], "winner": winner, "reason": reason}
        )

    def _flush(self) -> None:
        if self._seen_rows:
            self.bulk.insert(_table(SyncVersion), self._seen_rows)
            self._seen_rows = []
        if self._conflicts:
            self.bulk.insert(_table(SyncConflict), self._conflicts)
            self._conflicts = []


def _table(model: type[Any]) -> Table:
    """The Core table of a model: bulk inserts through Core skip the ORM's bookkeeping."""
    return cast(Table, model.__table__)


def held_rows(session: Session) -> list[SyncConflict]:
    return list(
        session.scalars(
            select(SyncConflict)
            .where(SyncConflict.kind == "held", SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.detected_at)
        )
    )


def retry_held(session: Session, *, local: str, protect_after: int | None) -> int:
    """Apply held rows whose references have arrived since; returns how many were released."""
    pending = held_rows(session)
    if not pending:
        return 0
    specs = sr.table_by_name()
    released = 0
    for spec in sr.sync_tables():
        mine = [c for c in pending if c.entity == spec.name]
        if not mine:
            continue
        items: list[Incoming] = []
        for conflict in mine:
            doc = json.loads(conflict.incoming_json)
            base = int(doc.pop("_sync_base", 0))
            cols = [c for c in doc if c in specs[spec.name].columns]
            values = sr.decode_rows(spec, cols, [[doc[c] for c in cols]])[0]
            items.append(Incoming(values, base))
        merger = Merger(
            session,
            package_sha=mine[0].package_sha256,
            sender="",
            local=local,
            protect_after=protect_after,
        )
        still = merger._missing_references(spec, items)
        ready = [i for i in items if i.values["id"] not in still]
        if not ready:
            continue
        # The same row held from two packages (a kiosk's row relayed by its main laptop and
        # sent directly): the first is applied, the others are then compared with it.
        first: dict[Any, Incoming] = {}
        again: list[Incoming] = []
        for item in ready:
            if item.values["id"] in first:
                again.append(item)
            else:
                first[item.values["id"]] = item
        merger.apply_rows(spec, list(first.values()))
        if again:
            merger.apply_rows(spec, again)
        now = utcnow()
        for conflict in mine:
            if conflict.entity_id not in still:
                conflict.resolved_at, conflict.resolved_by = now, "sync"
                conflict.resolution = "incoming"
                released += 1
    return released


def as_rows(spec: sr.SyncTable, rows: Sequence[dict[str, Any]]) -> list[Incoming]:
    return [Incoming(dict(r)) for r in rows]
