"""The event kit: one signing event carried to the other kiosks of an apel (issue 17).

An event (its roster subset, election, pact template versions and witnesses) is set up once,
on the office's main laptop or at the hub for a kabupaten-wide apel, and written to an
``.netrakit`` file signed with that installation's Ed25519 key. Every kiosk that imports it
holds the same rows under the same ids, so the records the kiosks make point at the same
event, people and templates, and merge later (docs/event-kit.md).

File: one line of canonical JSON ``{"netra_event_kit": 1, "body": {...}, "signature": hex}``;
the signature is Ed25519 over the canonical JSON of ``body``. The body carries the signer,
``created_at``, a summary of the event and, per table, the complete synced rows
(``{"columns": [...], "rows": [[...], ...]}``, values encoded as in sync packages).

Rows are complete (every synced column): a kiosk stores each row under its version
(``revision``, ``revised_by``), and the same version with other content later arriving in a
sync package would be a tamper alert. The signed pacts also snapshot the NIK of a non-ASN
signer, so the kiosk needs it.

Import: bounded (file size, rows per table, strict JSON), the signature checked, the signer
known here (this installation's own office, one of its sync peers of this office, its hub, or
a signer the operator confirmed earlier by fingerprint) or confirmed now by the fingerprint
read off the signer's screen. Authority: an office accepts a kit only from its own office or
its hub; an office's kit carries only rows of that office or of the hub; only the hub's kit
may carry other offices' rows. The rows are applied by the sync merge (``Merger``) in one
transaction, so versions already held are skipped, a newer local row is never replaced by an
older one and a conflicting edit is kept for a person. Re-importing the same kit is a no-op.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import NetraError
from desktop.domain.pact import TemplateBody
from desktop.fileio import write_verified
from desktop.services import audit, devices, identity
from desktop.services.context import AppContext
from desktop.services.signing.counting import event_unit_ids
from desktop.services.signing.setup import get_event_row
from desktop.services.sync.authority import is_above
from desktop.store import aliases
from desktop.store.base import new_id, utcnow
from desktop.store.models import Office, SigningEvent, SyncPeer, Unit
from desktop.store.models.core import device_code_for
from desktop.sync import crypto
from desktop.sync import rows as sr
from desktop.sync.format import MAGIC as SYNC_MAGIC
from desktop.sync.format import OTHER_MAGICS, PackageRejected
from desktop.sync.merge import Merger, MergeReport, as_rows

KIT_KEY = "netra_event_kit"
KIT_FORMAT = 1
EXTENSION = "netrakit"
#: Bounds of what an import reads (a kabupaten-wide apel of 20,000 people is about 12 MB).
MAX_KIT_BYTES = 64 * 1024 * 1024
MAX_ROWS = {
    "unit": 20_000,
    "election": 1,
    "pact_template": 2,
    "employee": 200_000,
    "signing_event": 1,
}
KIT_TABLES = tuple(MAX_ROWS)
#: Setting keys: kits already imported (sha256 -> summary) and signers confirmed by hand.
IMPORTED_KEY = "event_kit.imported"
TRUSTED_KEY = "event_kit.trusted_signers"
SIGNER_FIELDS = (
    "code",
    "name",
    "kabupaten_code",
    "role",
    "device",
    "device_name",
    "signing_key",
    "box_key",
    "fingerprint",
)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_FP_CHARS = re.compile(r"[^0-9A-F]")


# ---------------------------------------------------------------------------- results
@dataclass(frozen=True)
class KitResult:
    path: str
    sha256: str  # of the signed body: the kit's identity (what a re-import is matched by)
    file_sha256: str
    size: int
    event_id: str
    event_name: str
    event_date: str
    signer: dict[str, str]
    counts: dict[str, int]

    @property
    def people(self) -> int:
        return self.counts.get("employee", 0)

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"people": self.people}


@dataclass(frozen=True)
class KitImportResult:
    path: str
    sha256: str
    status: str  # imported | updated | unchanged | duplicate
    event_id: str
    event_name: str
    event_date: str
    signer: dict[str, str]
    people: int
    trusted_now: bool = False  # the signer was confirmed by its fingerprint on this import
    imported_at: str = ""
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: int = 0
    duplicates: int = 0
    held: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------------- errors
def _unreadable(path: Path, why: str, why_en: str) -> NetraError:
    return NetraError(
        "kit_unreadable",
        f"Berkas {path.name} bukan kit acara Netra yang sah: {why}. Tidak ada yang diubah.",
        f"{path.name} is not a valid Netra event kit: {why_en}. Nothing was changed.",
        path=str(path),
    )


def _bad_content(path: Path, why: str, why_en: str) -> NetraError:
    return NetraError(
        "kit_bad_content",
        f"Isi kit acara {path.name} tidak sah: {why}. Tidak ada yang diubah.",
        f"The event kit {path.name} is invalid: {why_en}. Nothing was changed.",
        path=str(path),
    )


def _n(value: int) -> str:
    """A count as Indonesians write it: 200.000."""
    return f"{value:,}".replace(",", ".")


def _too_large(path: Path, what: str, limit: int) -> NetraError:
    return NetraError(
        "kit_too_large",
        f"Kit acara {path.name} melebihi batas ({what}, paling banyak {_n(limit)}). "
        "Tidak ada yang diubah.",
        f"The event kit {path.name} exceeds a limit ({what}, at most {limit:,}).",
        path=str(path),
        limit=limit,
    )


def laptop_label(signer: dict[str, str]) -> str:
    """``laptop 'Kios 2'`` (its name, else its device code), or the office's original laptop."""
    name = signer.get("device_name") or signer.get("device") or ""
    return f"laptop '{name}'" if name else "laptop awal kantor"


def normal_fingerprint(text: str) -> str:
    """``"a1b2 c3d4 ..."``, ``A1B2-C3D4...`` or without separators -> ``A1B2 C3D4 ...``."""
    digits = _FP_CHARS.sub("", text.upper())
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


# ---------------------------------------------------------------------------- writing
def _signer(me: Office) -> dict[str, str]:
    return {
        "code": me.code,
        "name": me.name,
        "kabupaten_code": me.kabupaten_code,
        "role": me.role,
        "device": me.device_code or "",
        "device_name": devices.this_device_name(me),
        "signing_key": me.signing_public_key,
        "box_key": me.box_public_key,
        "fingerprint": identity.fingerprint(me.signing_public_key, me.box_public_key),
    }


def _ancestors(session: Session, unit_ids: set[str]) -> set[str]:
    parents = dict(session.execute(select(Unit.id, Unit.parent_id)).all())
    out = set(unit_ids)
    todo = list(unit_ids)
    while todo:
        parent = parents.get(todo.pop())
        if parent is not None and parent not in out:
            out.add(parent)
            todo.append(parent)
    return out


def _rows(session: Session, name: str, where: Any = None) -> list[dict[str, Any]]:
    spec = sr.table_by_name()[name]
    stmt = select(spec.table)
    if where is not None:
        stmt = stmt.where(where)
    return [dict(r) for r in session.execute(stmt.order_by(spec.table.c.id)).mappings()]


def _collect(session: Session, event: SigningEvent) -> dict[str, list[dict[str, Any]]]:
    """The complete rows a kiosk needs for ``event``: the event, its election and template
    versions, the units it covers (with their parents) and the people in them (inactive and
    removed ones too, so a later kit carries a deactivation)."""
    specs = sr.table_by_name()
    covered = event_unit_ids(session, event)
    units_t, emp_t = specs["unit"].table, specs["employee"].table
    if covered is None:  # the whole office (at a hub, for its own event: everyone)
        units = _rows(session, "unit")
        employees = _rows(session, "employee")
    else:
        keep = _ancestors(session, covered)
        units = [] if not keep else _rows(session, "unit", units_t.c.id.in_(keep))
        employees = [] if not covered else _rows(session, "employee", emp_t.c.unit_id.in_(covered))
    templates = {event.template_id, event.template_non_asn_id} - {None}
    tpl_t = specs["pact_template"].table
    return {
        "unit": units,
        "election": _rows(session, "election", specs["election"].table.c.id == event.election_id),
        "pact_template": _rows(session, "pact_template", tpl_t.c.id.in_(templates)),
        "employee": employees,
        "signing_event": _rows(
            session, "signing_event", specs["signing_event"].table.c.id == event.id
        ),
    }


def _summary(event: SigningEvent, rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "id": event.id,
        "name": event.name,
        "event_date": event.event_date.isoformat(),
        "place": event.place,
        "election_id": event.election_id,
        "template_ids": sorted({event.template_id, event.template_non_asn_id} - {None}),
        "templates": [
            {"id": t["id"], "code": t["code"], "version": t["version"], "sha256": t["sha256"]}
            for t in rows["pact_template"]
        ],
        "unit_codes": json.loads(event.unit_codes_json or "[]"),
        "witnesses": json.loads(event.witnesses_json or "[]"),
    }


def write_kit(ctx: AppContext, event_id: str, out: Path) -> KitResult:
    """Write the signed event kit of ``event_id`` to ``out`` (atomic, read back)."""
    ctx.require("event.manage")
    devices.ensure_device(ctx)  # a laptop restored from a backup signs with its own new key
    keys = identity.load(ctx.keys_dir)
    with ctx.tx() as session:
        me = ctx.office(session)
        if keys.signing_public_hex != me.signing_public_key:
            raise NetraError(
                "kit_key_mismatch",
                "Kunci tanda tangan laptop ini tidak cocok dengan identitas kantornya; kit "
                "acara tidak dibuat. Hubungi pendamping teknis.",
                "This laptop's signing key does not match its office identity.",
            )
        event = get_event_row(session, event_id)
        rows = _collect(session, event)
        for name, limit in MAX_ROWS.items():
            if len(rows[name]) > limit:
                raise _too_large(out, f"{_n(len(rows[name]))} baris {name}", limit)
        tables = {
            name: {
                "columns": list(sr.table_by_name()[name].columns),
                "rows": [sr.encode_row(r, sr.table_by_name()[name].columns) for r in rows[name]],
            }
            for name in KIT_TABLES
        }
        counts = {name: len(rows[name]) for name in KIT_TABLES}
        body: dict[str, Any] = {
            "kit_id": new_id(),
            "created_at": utcnow().isoformat(),
            "app_version": __version__,
            "signer": _signer(me),
            "event": _summary(event, rows),
            "counts": counts,
            "tables": tables,
        }
        signature = crypto.sign(keys.signing, canonical_json(body)).hex()
        data = canonical_json({KIT_KEY: KIT_FORMAT, "body": body, "signature": signature})
        if len(data) > MAX_KIT_BYTES:
            raise _too_large(out, f"{_n(len(data))} bita", MAX_KIT_BYTES)
        file_sha = write_verified(out, data)
        sha = sha256_hex(canonical_json(body))
        audit.record(
            ctx,
            session,
            "event.kit_export",
            "signing_event",
            event.id,
            {"file": out.name, "sha256": sha, "file_sha256": file_sha, "counts": counts},
        )
        return KitResult(
            str(out),
            sha,
            file_sha,
            len(data),
            event.id,
            event.name,
            event.event_date.isoformat(),
            {
                k: body["signer"][k]
                for k in ("code", "name", "device", "device_name", "fingerprint")
            },
            counts,
        )


# ---------------------------------------------------------------------------- reading
def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"kunci '{key}' muncul dua kali")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"nilai {name} tidak diperbolehkan")


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_KIT_BYTES + 1)
    except FileNotFoundError as exc:
        raise _unreadable(path, "berkas tidak ditemukan", "file not found") from exc
    except IsADirectoryError as exc:
        raise _unreadable(path, "ini sebuah folder, bukan berkas", "a folder") from exc
    except PermissionError as exc:
        raise _unreadable(path, "tidak ada izin membaca berkas ini", "no permission") from exc
    except OSError as exc:
        raise _unreadable(path, f"tidak dapat dibaca ({exc.strerror or exc})", str(exc)) from exc
    if len(data) > MAX_KIT_BYTES:
        raise _too_large(path, "ukuran berkas dalam bita", MAX_KIT_BYTES)
    return data


def _parse(path: Path, data: bytes) -> tuple[dict[str, Any], bytes]:
    """The kit document, strictly: one JSON object, no duplicate keys, no NaN."""
    if data.startswith(SYNC_MAGIC):
        raise _unreadable(path, "ini paket sinkronisasi (.netrasync)", "this is a sync package")
    for magic, what in OTHER_MAGICS.items():
        if data.startswith(magic):
            raise _unreadable(path, f"ini {what.split(',')[0]}", "this is another Netra file")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        doc = json.loads(
            data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = str(exc)[:200] if isinstance(exc, ValueError) else exc.__class__.__name__
        raise _unreadable(path, f"bukan JSON yang sah ({reason})", "not valid JSON") from exc
    if not isinstance(doc, dict) or set(doc) != {KIT_KEY, "body", "signature"}:
        raise _unreadable(path, "tidak ada tanda kit acara", "not an event kit")
    version = doc[KIT_KEY]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _unreadable(path, "versi format tidak sah", "bad format version")
    if version > KIT_FORMAT:
        raise NetraError(
            "kit_newer_format",
            f"Kit acara {path.name} dibuat dengan format versi {version}, lebih baru dari "
            f"Netra ini (versi {KIT_FORMAT}). Perbarui Netra di laptop ini.",
            f"The event kit uses format {version}, newer than this Netra ({KIT_FORMAT}).",
            path=str(path),
            version=version,
        )
    body, signature = doc["body"], doc["signature"]
    if not isinstance(body, dict) or not isinstance(signature, str):
        raise _unreadable(path, "isi atau tanda tangan tidak lengkap", "body or signature missing")
    try:
        raw_sig = bytes.fromhex(signature)
    except ValueError as exc:
        raise _unreadable(path, "tanda tangan rusak", "damaged signature") from exc
    return body, raw_sig


def _need(path: Path, obj: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _bad_content(
            path, f"isian '{where}{key}' tidak ada atau salah jenis", f"field '{where}{key}'"
        )
    return value


def _read_signer(path: Path, body: dict[str, Any]) -> dict[str, str]:
    who = _need(path, body, "signer", dict)
    for key in SIGNER_FIELDS:
        _need(path, who, key, str, "signer.")
    if not _HEX64.match(who["signing_key"]) or not _HEX64.match(who["box_key"]):
        raise _bad_content(path, "kunci penanda tangan tidak sah", "bad signer keys")
    if identity.fingerprint(who["signing_key"], who["box_key"]) != who["fingerprint"]:
        raise _bad_content(path, "sidik jari tidak cocok dengan kuncinya", "fingerprint mismatch")
    if who["device"] not in ("", device_code_for(who["signing_key"])):
        raise _bad_content(path, "kode perangkat tidak cocok dengan kuncinya", "device mismatch")
    if who["role"] not in ("office", "hub"):
        raise _bad_content(path, "peran penanda tangan tidak dikenal", "unknown signer role")
    return {key: who[key] for key in SIGNER_FIELDS}


@dataclass
class _Kit:
    path: Path
    sha256: str
    body: dict[str, Any]
    signer: dict[str, str]
    rows: dict[str, list[dict[str, Any]]]
    event: dict[str, Any]


def _decode_tables(path: Path, body: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    tables = _need(path, body, "tables", dict)
    unknown = sorted(set(tables) - set(KIT_TABLES))
    if unknown:
        raise _bad_content(
            path,
            f"tabel tidak dikenal ({', '.join(unknown)[:200]}); bila kit dari Netra yang lebih "
            "baru, perbarui Netra di laptop ini",
            "unknown tables",
        )
    specs = sr.table_by_name()
    out: dict[str, list[dict[str, Any]]] = {}
    for name in KIT_TABLES:
        part = _need(path, tables, name, dict, "tables.")
        columns = _need(path, part, "columns", list, f"tables.{name}.")
        rows = _need(path, part, "rows", list, f"tables.{name}.")
        if len(rows) > MAX_ROWS[name]:
            raise _too_large(path, f"{_n(len(rows))} baris {name}", MAX_ROWS[name])
        spec = specs[name]
        if sorted(map(str, columns)) != sorted(spec.columns) or len(columns) != len(spec.columns):
            raise _bad_content(
                path,
                f"kolom tabel {name} tidak sama dengan Netra ini; samakan versi Netra di "
                "kedua laptop",
                f"the columns of {name} differ from this Netra",
            )
        if not all(isinstance(r, list) and len(r) == len(columns) for r in rows):
            raise _bad_content(path, f"baris tabel {name} tidak lengkap", f"bad {name} rows")
        try:
            values = sr.decode_rows(spec, [str(c) for c in columns], rows) if rows else []
        except PackageRejected as exc:
            raise _bad_content(path, f"nilai di tabel {name} tidak sah", "bad value") from exc
        ids = [v["id"] for v in values]
        if len(set(ids)) != len(ids):
            raise _bad_content(path, f"id ganda di tabel {name}", f"duplicate id in {name}")
        out[name] = values
    return out


def _check_consistency(kit: _Kit) -> None:
    """One event, and every row it needs is in the kit (nothing would be held back)."""
    path, rows, summary = kit.path, kit.rows, kit.event
    events = rows["signing_event"]
    if len(events) != 1 or events[0]["id"] != summary.get("id"):
        raise _bad_content(path, "kit harus memuat tepat satu acara", "exactly one event")
    event = events[0]
    if [e["id"] for e in rows["election"]] != [event["election_id"]]:
        raise _bad_content(path, "pemilihan acara tidak ada di kit", "the election is missing")
    wanted = {event["template_id"], event["template_non_asn_id"]} - {None}
    if {t["id"] for t in rows["pact_template"]} != wanted:
        raise _bad_content(path, "templat pakta acara tidak ada di kit", "templates missing")
    for tpl in rows["pact_template"]:
        try:
            text = TemplateBody.from_json(json.loads(tpl["body_json"]))
        except (NetraError, ValueError, TypeError, RecursionError) as exc:
            raise _bad_content(path, "teks templat rusak", "damaged template text") from exc
        if (text.code, text.version, text.sha256()) != (tpl["code"], tpl["version"], tpl["sha256"]):
            raise _bad_content(
                path,
                f"teks templat {tpl['code']} v{tpl['version']} tidak cocok dengan hash-nya",
                "template text does not match its hash",
            )
    units = {u["id"] for u in rows["unit"]}
    if any(u["parent_id"] is not None and u["parent_id"] not in units for u in rows["unit"]):
        raise _bad_content(path, "induk unit kerja tidak ada di kit", "a parent unit is missing")
    if any(e["unit_id"] not in units for e in rows["employee"]):
        raise _bad_content(path, "unit kerja pegawai tidak ada di kit", "a unit is missing")
    codes = {u["code"] for u in rows["unit"]}
    try:
        listed = json.loads(event["unit_codes_json"] or "[]")
        witnesses = json.loads(event["witnesses_json"] or "[]")
    except (ValueError, RecursionError) as exc:
        raise _bad_content(path, "daftar unit atau saksi rusak", "damaged lists") from exc
    if not isinstance(listed, list) or not all(isinstance(c, str) for c in listed):
        raise _bad_content(path, "daftar unit acara rusak", "damaged unit list")
    if any(c not in codes for c in listed):
        raise _bad_content(path, "unit kerja acara tidak ada di kit", "event units missing")
    if not isinstance(witnesses, list) or not all(
        isinstance(w, dict) and all(isinstance(v, str) for v in w.values()) for w in witnesses
    ):
        raise _bad_content(path, "daftar saksi rusak", "damaged witness list")


def read_kit(path: Path) -> _Kit:
    """Read and check a kit file (bounded, strict, signature verified); no database."""
    data = _read_bytes(path)
    body, signature = _parse(path, data)
    signer = _read_signer(path, body)
    if not crypto.verify(signer["signing_key"], signature, canonical_json(body)):
        raise NetraError(
            "kit_bad_signature",
            f"Tanda tangan digital kit acara {path.name} tidak cocok: berkas diubah sesudah "
            "ditandatangani, atau rusak. Tidak ada yang diubah; minta kit baru.",
            f"The signature of {path.name} does not match: the file was changed or damaged.",
            path=str(path),
        )
    event = _need(path, body, "event", dict)
    _need(path, event, "id", str, "event.")
    kit = _Kit(path, sha256_hex(canonical_json(body)), body, signer, {}, event)
    kit.rows = _decode_tables(path, body)
    _check_consistency(kit)
    return kit


# ---------------------------------------------------------------------------- trust
def _hub_peer(session: Session) -> SyncPeer | None:
    return session.scalars(select(SyncPeer).where(SyncPeer.role == "hub")).first()


def _signer_known(ctx: AppContext, session: Session, me: Office, signer: dict[str, str]) -> bool:
    """Is the signing key one this installation already trusts for the claimed office?"""
    key = signer["signing_key"]
    if key == me.signing_public_key:
        return True
    for peer in session.scalars(select(SyncPeer).where(SyncPeer.signing_public_key == key)):
        if peer.office_code != signer["code"]:
            raise _foreign_signer(signer, me, "kuncinya terdaftar untuk kantor lain")
        if peer.status != "active":
            raise NetraError(
                "kit_signer_revoked",
                f"Kit acara ditandatangani oleh {laptop_label(signer)} kantor {signer['code']} "
                f"yang sudah dicabut atau diganti ({peer.status}); kit ditolak.",
                "The kit was signed by a revoked or replaced device.",
                office=signer["code"],
                device=signer["device"],
            )
        if peer.role == "hub" or peer.office_code == me.code:
            return True
    trusted = ctx.get_setting(session, TRUSTED_KEY, {}) or {}
    entry = trusted.get(key) if isinstance(trusted, dict) else None
    return isinstance(entry, dict) and entry.get("office") == signer["code"]


def _foreign_signer(signer: dict[str, str], me: Office, why: str) -> NetraError:
    return NetraError(
        "kit_foreign_signer",
        f"Kit acara dari {signer['name']} ({signer['code']}) ditolak: {why}. Laptop kantor "
        f"{me.code} hanya menerima kit dari kantornya sendiri atau dari kabupatennya.",
        f"The kit from {signer['code']} is refused: {why}. This installation accepts kits only "
        "from its own office or its hub.",
        office=signer["code"],
    )


def _check_authority(session: Session, me: Office, signer: dict[str, str]) -> str | None:
    """Whose kit may this installation take? Returns the hub's code known here (or None)."""
    hub = _hub_peer(session)
    hub_code = hub.office_code if hub is not None else None
    if signer["kabupaten_code"] != me.kabupaten_code:
        raise _foreign_signer(signer, me, f"kabupaten {signer['kabupaten_code']} lain")
    if signer["code"] == me.code:
        if signer["role"] != me.role:
            raise _foreign_signer(signer, me, "peran instalasinya berbeda")
        return hub_code
    if me.role == "office" and signer["role"] == "hub" and is_above(me.code, signer["code"]):
        if hub_code is not None and hub_code != signer["code"]:
            raise _foreign_signer(signer, me, f"kabupaten laptop ini adalah {hub_code}")
        return signer["code"]
    raise _foreign_signer(signer, me, "bukan kantor ini dan bukan kabupatennya")


def _check_rows(kit: _Kit, me: Office, hub_code: str | None) -> None:
    """An office's kit speaks only for that office (and relays its hub's rows); the hub's
    kit may carry every office of its kabupaten."""
    signer = kit.signer
    if signer["role"] == "hub":

        def allowed(code: str) -> bool:
            return code == signer["code"] or code.startswith(signer["code"] + ".")
    else:
        owners = {signer["code"], hub_code or me.kabupaten_code}

        def allowed(code: str) -> bool:
            return code in owners

    for name, values in kit.rows.items():
        for v in values:
            for column in ("origin", "revised_by"):
                if not allowed(str(v[column])):
                    raise NetraError(
                        "kit_foreign_row",
                        f"Kit acara {kit.path.name} memuat {name} {v['id']} milik "
                        f"{v[column]}, padahal ditandatangani {signer['code']}; hanya kit dari "
                        "kabupaten yang boleh membawa data kantor lain. Tidak ada yang diubah.",
                        f"The kit carries {name} {v['id']} of {v[column]}, not of its signer.",
                        table=name,
                        row=str(v["id"]),
                        origin=str(v[column]),
                    )


def _confirm(
    ctx: AppContext,
    session: Session,
    me: Office,
    kit: _Kit,
    fingerprint: str | None,
) -> bool:
    """Known signer, or confirmed by ``fingerprint``. True when confirmed now."""
    signer = kit.signer
    given = normal_fingerprint(fingerprint) if fingerprint else ""
    if fingerprint is not None and given != signer["fingerprint"]:
        raise NetraError(
            "kit_fingerprint_mismatch",
            f"Sidik jari yang dimasukkan ({fingerprint.strip()[:60]}) tidak cocok dengan "
            f"penanda tangan kit ({signer['name']}, {laptop_label(signer)}). Kit ditolak: bacakan "
            "lagi sidik jari dari layar laptop yang membuat kit.",
            "The fingerprint given does not match the kit's signer.",
            office=signer["code"],
            device=signer["device"],
        )
    if _signer_known(ctx, session, me, signer):
        return False
    if not given:
        raise NetraError(
            "kit_unknown_signer",
            f"Kit acara ditandatangani oleh {signer['name']} ({signer['code']}), "
            f"{laptop_label(signer)}, yang belum dikenal "
            "laptop ini. Mintalah sidik jari yang tampil di laptop pembuat kit (saat kit "
            "ditulis, atau 'netra sync status' di laptop itu), bandingkan, lalu impor lagi "
            'dengan --fingerprint "XXXX XXXX ...".',
            f"The kit is signed by {signer['code']}, a device this laptop does not know yet. "
            "Read the fingerprint off the signing laptop's screen and import with --fingerprint.",
            office=signer["code"],
            office_name=signer["name"],
            device=signer["device"],
            device_name=signer["device_name"],
        )
    trusted = ctx.get_setting(session, TRUSTED_KEY, {}) or {}
    if not isinstance(trusted, dict):
        trusted = {}
    trusted[signer["signing_key"]] = {
        "office": signer["code"],
        "name": signer["name"],
        "device": signer["device"],
        "device_name": signer["device_name"],
        "fingerprint": signer["fingerprint"],
        "trusted_at": utcnow().isoformat(),
        "by": ctx.actor.username if ctx.actor else "",
    }
    ctx.set_setting(session, TRUSTED_KEY, trusted)
    return True


# ---------------------------------------------------------------------------- importing
def _apply(ctx: AppContext, session: Session, me: Office, kit: _Kit) -> MergeReport:
    hub = _hub_peer(session)
    protect = int(hub.acked_revision or 0) if me.role == "office" and hub is not None else None
    if me.role == "office" and hub is None:
        protect = 0  # an office working alone: its own edits are never replaced by a conflict
    merger = Merger(
        session,
        package_sha=kit.sha256,
        sender=kit.signer["code"],
        local=me.code,
        protect_after=protect,
        issuer=aliases.issuer(session),
    )
    for spec in sr.sync_tables():
        rows = kit.rows.get(spec.name)
        if rows:
            merger.apply_rows(spec, as_rows(spec, rows))
        if spec.name == "election" and rows:
            aliases.map_elections(session, aliases.issuer(session))
    report = merger.report
    if report.total("tamper"):
        alert = next(a for a in report.alerts if a["kind"] == "tamper")
        raise NetraError(
            "kit_contradicts",
            f"Kit acara {kit.path.name} memuat {alert['entity']} {alert['id']} dengan isi "
            "berbeda dari versi yang sama di laptop ini (diubah?). Tidak ada yang diubah.",
            "The kit carries a version of a row that differs from the same version held here.",
            table=alert["entity"],
            row=alert["id"],
        )
    clash = next((a for a in report.alerts if a["kind"] in ("duplicate", "held")), None)
    if clash is not None:
        # Rows that would land under other ids than the kit's (a unit code or NIP this laptop
        # already holds for another row): the kiosk would not show the kit's people, and its
        # records would not point at them. Nothing is applied.
        raise NetraError(
            "kit_clashes",
            f"Kit acara {kit.path.name} tidak dapat diimpor: laptop ini sudah memegang data "
            f"yang sama dengan id lain ({clash['entity']}: {clash['reason']}). Kit acara "
            "untuk laptop kios yang daftar pegawainya berasal dari laptop utama kantor ini "
            "atau dari kabupaten (kit atau sinkronisasi), bukan dari impor berkas sendiri. "
            "Tidak ada yang diubah.",
            f"The kit cannot be imported: this laptop holds the same data under other ids "
            f"({clash['entity']}: {clash['reason']}). Nothing was changed.",
            table=clash["entity"],
            row=clash["id"],
        )
    top = max((int(v["revision"]) for values in kit.rows.values() for v in values), default=0)
    if top:
        ctx.observe_revision(session, top)
    return report


def import_kit(ctx: AppContext, path: Path, fingerprint: str | None = None) -> KitImportResult:
    """Import an event kit in one transaction (see the module docstring for the rules)."""
    ctx.require("event.manage")
    kit = read_kit(path)
    event_row = kit.rows["signing_event"][0]
    signer_view = {k: kit.signer[k] for k in ("code", "name", "role", "device", "device_name")}
    signer_view["fingerprint"] = kit.signer["fingerprint"]
    people = len(kit.rows["employee"])
    with ctx.tx() as session:
        me = ctx.office(session)
        hub_code = _check_authority(session, me, kit.signer)
        _check_rows(kit, me, hub_code)
        trusted_now = _confirm(ctx, session, me, kit, fingerprint)
        imported = ctx.get_setting(session, IMPORTED_KEY, {}) or {}
        if not isinstance(imported, dict):
            imported = {}
        before = imported.get(kit.sha256)
        if before is not None and not trusted_now:
            return KitImportResult(
                str(path),
                kit.sha256,
                "duplicate",
                event_row["id"],
                event_row["name"],
                _iso(event_row["event_date"]),
                signer_view,
                people,
                imported_at=str(before.get("imported_at", "")),
            )
        had_event = session.get(SigningEvent, event_row["id"]) is not None
        report = _apply(ctx, session, me, kit)
        changed = report.total("inserted") + report.total("updated")
        status = "unchanged" if not changed else ("updated" if had_event else "imported")
        now = utcnow().isoformat()
        imported[kit.sha256] = {
            "event_id": event_row["id"],
            "signer": kit.signer["code"],
            "device": kit.signer["device"],
            "kit_created_at": str(kit.body.get("created_at", ""))[:40],
            "imported_at": now,
        }
        ctx.set_setting(session, IMPORTED_KEY, imported)
        audit.record(
            ctx,
            session,
            "event.kit_import",
            "signing_event",
            event_row["id"],
            {
                "file": path.name,
                "sha256": kit.sha256,
                "signer": kit.signer["code"],
                "device": kit.signer["device"],
                "fingerprint": kit.signer["fingerprint"],
                "confirmed_by_fingerprint": trusted_now,
                "status": status,
                "counts": report.tables,
            },
        )
        return KitImportResult(
            str(path),
            kit.sha256,
            status,
            event_row["id"],
            event_row["name"],
            _iso(event_row["event_date"]),
            signer_view,
            people,
            trusted_now=trusted_now,
            imported_at=now,
            tables=report.tables,
            conflicts=report.total("conflict"),
            duplicates=report.total("duplicate"),
            held=report.total("held"),
        )


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def file_name(event_name: str, event_date: date) -> str:
    """A file name for an event's kit: ``kit-acara-<date>-<name>.netrakit`` (no database)."""
    slug = re.sub(r"[^0-9A-Za-z]+", "-", event_name).strip("-").lower()[:40] or "acara"
    return f"kit-acara-{event_date:%Y%m%d}-{slug}.{EXTENSION}"


__all__ = [
    "EXTENSION",
    "MAX_KIT_BYTES",
    "MAX_ROWS",
    "KitImportResult",
    "KitResult",
    "file_name",
    "import_kit",
    "laptop_label",
    "normal_fingerprint",
    "read_kit",
    "write_kit",
]
