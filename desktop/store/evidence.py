"""Evidence rows in one place: what a row's hash seals, appending a row to its chain, and
checking one row.

Evidence rows (``EvidenceMixin``) are append-only and chained per (origin office, device):
``sha256 = SHA-256(canonical({"content": content, "prev": prev_sha256}))``
(docs/sync-format.md §6, "evidence", and "Devices"). The content is the chain header (``id``,
``origin``, ``chain_seq``, ``created_at``, and ``device`` when it is not ``""``) plus the
columns the model declares hashed.

Each evidence model declares its columns once, as ``EVIDENCE_COLUMNS`` (an
:class:`EvidenceColumns`): the columns the hash seals, the columns deliberately left out of it
(each with the reason), the unhashed texts sealed through a hashed digest column (a
signature's pen points through ``strokes_sha256``) and the columns naming a file in ``blob``.
Everything here reads that declaration: the canonical content and hash, :func:`append` (behind
``services.records.append_evidence``), and :func:`check_row`, which ``audit verify`` runs on
every stored row and the sync merge on every incoming one. tests/foundation/
test_evidence_columns.py fails on a column of an evidence table that is neither hashed nor
excluded with a reason.

Nothing here needs the services layer: the chain heads are plain ``setting`` rows.
"""

from __future__ import annotations

import io
import json
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from desktop.domain.canonical import GENESIS, chain_hash, sha256_hex
from desktop.domain.errors import NetraError
from desktop.store.base import EvidenceMixin, new_id, utcnow

E = TypeVar("E", bound=EvidenceMixin)


@dataclass(frozen=True)
class EvidenceColumns:
    """One evidence model's declaration of what its row hash covers.

    ``hashed``: the model's own columns the hash seals, besides the chain header. A ``*_json``
    column is keyed in the content without its suffix (``identity_json`` -> ``identity``).
    ``excluded``: column -> why it is deliberately not in the hash.
    ``digests``: unhashed text column -> the hashed column holding the SHA-256 of its UTF-8
    bytes (both ``None``, or the digest matching the text).
    ``files``: column naming a ``blob`` by its SHA-256 -> what the file is (for messages);
    where the file's bytes are at hand they must hash to that name.
    ``digest_names``: text column -> what it is (for messages).
    """

    hashed: tuple[str, ...]
    excluded: Mapping[str, str] = field(default_factory=dict)
    digests: Mapping[str, str] = field(default_factory=dict)
    digest_names: Mapping[str, str] = field(default_factory=dict)
    files: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        both = set(self.hashed) & set(self.excluded)
        if both:
            raise ValueError(f"columns both hashed and excluded: {sorted(both)}")
        for text, digest in self.digests.items():
            if digest not in self.hashed:
                raise ValueError(f"digest column {digest} of {text} must be hashed")
            if text not in self.digest_names:
                raise ValueError(f"digest of {text} needs a name for messages")


#: The chain header every evidence row has (``EvidenceMixin``). ``device`` is in the content
#: only when not ``""`` (rows written before devices keep their hash); ``prev_sha256`` is bound
#: as the ``prev`` of the hash.
HEADER_HASHED: tuple[str, ...] = ("id", "origin", "device", "chain_seq", "created_at")
HEADER_EXCLUDED: Mapping[str, str] = {
    "sha256": "the row's hash itself, computed over everything else",
}
#: Bound into the hash next to the content, not inside it.
PREV = "prev_sha256"


def columns_of(model: type[EvidenceMixin]) -> EvidenceColumns:
    declared = model.__dict__.get("EVIDENCE_COLUMNS")
    if not isinstance(declared, EvidenceColumns):
        raise TypeError(f"{model.__name__} declares no EVIDENCE_COLUMNS of its own")
    return declared


def hashed_columns(model: type[EvidenceMixin]) -> tuple[str, ...]:
    """Every column the row hash covers: the header, ``prev_sha256`` and the model's own."""
    return (*HEADER_HASHED, PREV, *columns_of(model).hashed)


def excluded_columns(model: type[EvidenceMixin]) -> dict[str, str]:
    """Every column deliberately outside the row hash, with the reason."""
    return {**HEADER_EXCLUDED, **columns_of(model).excluded}


# ---------------------------------------------------------------------------- the hash
def canonical_content(model: type[EvidenceMixin], values: Mapping[str, Any]) -> dict[str, Any]:
    """What the row's hash covers, from plain column values (a stored or incoming row)."""
    content = {key: values.get(key) for key in ("id", "origin", "chain_seq", "created_at")}
    if values.get("device"):  # a device's own chain; "" (the original laptop) is not hashed
        content["device"] = values["device"]
    for column in columns_of(model).hashed:
        content[column.removesuffix("_json")] = values.get(column)
    return content


def row_values(row: EvidenceMixin) -> dict[str, Any]:
    """A mapped row's hashed values, as :func:`canonical_content` reads them."""
    return {key: getattr(row, key) for key in hashed_columns(type(row))}


def row_hash(model: type[EvidenceMixin], values: Mapping[str, Any]) -> str:
    """The hash a row with these values must carry (its ``prev_sha256`` included)."""
    return chain_hash(canonical_content(model, values), values[PREV])


# ---------------------------------------------------------------------------- checking
HASH_MISMATCH = "isi entri telah diubah (hash tidak cocok)"
NOT_LINKED = "tidak tersambung ke entri sebelumnya"


def check_row(
    model: type[EvidenceMixin],
    values: Mapping[str, Any],
    *,
    prev_sha256: str | None = None,
    blob: Callable[[str], bytes | None] | None = None,
) -> list[str]:
    """What is wrong with one evidence row (an empty list: nothing), as Indonesian reasons.

    Its link to the previous row of its chain when ``prev_sha256`` (that row's hash) is
    given; the row's hash against its content; each unhashed text against its hashed digest
    (a signature's pen points against ``strokes_sha256``: the row hash does not cover the
    points themselves); and, where ``blob`` returns a named file's bytes, that they hash to
    the name. A file that is not at hand is the caller's to judge (held by the sync merge,
    reported missing by ``audit verify``)."""
    reasons: list[str] = []
    declared = columns_of(model)
    if prev_sha256 is not None and values.get(PREV) != prev_sha256:
        reasons.append(NOT_LINKED)
    if row_hash(model, values) != values.get("sha256"):
        reasons.append(HASH_MISMATCH)
    for text_column, digest_column in declared.digests.items():
        text = values.get(text_column)
        digest = values.get(digest_column)
        if text is None and digest is None:
            continue
        what = declared.digest_names[text_column]
        if text is None:
            reasons.append(f"{what} hilang, padahal hash-nya tercatat")
        elif not isinstance(text, str) or sha256_hex(text.encode("utf-8")) != digest:
            reasons.append(f"{what} tidak cocok dengan hash-nya")
    if blob is not None:
        for column, what in declared.files.items():
            name = values.get(column)
            if not isinstance(name, str):
                continue
            data = blob(name)
            if data is not None and sha256_hex(bytes(data)) != name:
                reasons.append(f"{what} tidak cocok dengan hash-nya")
    return reasons


# ---------------------------------------------------------------------------- appending
def head_key(table: str) -> str:
    """The setting holding this office's chain head ``[chain_seq, sha256]`` of ``table``."""
    return f"chain_head.{table}"


def break_key(table: str) -> str:
    """The setting listing the times an append found ``table``'s chain not ending at its head."""
    return f"chain_break.{table}"


def _get_setting(session: Session, key: str, default: Any = None) -> Any:
    from desktop.store.models.core import Setting

    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value_json)


def _set_setting(session: Session, key: str, value: Any) -> None:
    from desktop.store.models.core import Setting

    payload = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value_json=payload))
    else:
        row.value_json = payload


def chain_tail(session: Session, model: type[E], origin: str, device: str = "") -> tuple[int, str]:
    """(last chain_seq, last sha256) of the chain of ``origin``'s ``device`` in ``model``
    (chains are per office and device: docs/sync-format.md, "Devices"), as stored.

    A malformed stored value (a ``chain_seq`` that is not a number) is passed over here:
    ``audit verify`` names it; appending must not fail on it."""
    rows = session.execute(
        select(type_coerce(model.chain_seq, NullType()), type_coerce(model.sha256, NullType()))
        .where(
            model.origin == origin,
            model.device == device,
            model.chain_seq.between(1, 2**31 - 1),
        )
        .order_by(model.chain_seq.desc())
        .limit(50)
    ).all()
    for seq, sha in rows:
        if isinstance(seq, int) and not isinstance(seq, bool):
            return seq, sha if isinstance(sha, str) else GENESIS
    return 0, GENESIS


def stored_head(session: Session, table: str) -> tuple[int, str] | None:
    """This office's recorded head of ``table``'s chain; None when missing or unreadable."""
    try:
        value = _get_setting(session, head_key(table))
    except (TypeError, ValueError):  # malformed JSON: audit verify reports it
        return None
    if (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], int)
        and not isinstance(value[0], bool)
        and value[0] >= 0
        and isinstance(value[1], str)
    ):
        return value[0], value[1]
    return None


def stored_breaks(session: Session, table: str) -> list[Any]:
    """What :func:`append` wrote down each time a chain did not end at its head."""
    try:
        value = _get_setting(session, break_key(table), [])
    except (TypeError, ValueError):
        return ["unreadable"]
    return value if isinstance(value, list) else ["unreadable"]


def _next_position(
    session: Session, model: type[E], table: str, origin: str, device: str
) -> tuple[int, str]:
    """Where the next row of this office's chain goes: after the stored head, never after
    whatever rows happen to be left. When the stored rows do not end at the head (rows
    deleted, replaced or added behind Netra's back, or the head itself missing or damaged),
    the chain is not "repaired": the new row still follows the head (or the last row, if rows
    beyond the head exist, so positions stay unique), the mismatch is written down in
    :func:`break_key`, and ``audit verify`` reports both."""
    tail = chain_tail(session, model, origin, device)
    head = stored_head(session, table)
    if head == tail or (head is None and tail[0] == 0):
        return tail
    breaks = stored_breaks(session, table)
    breaks.append(
        {
            "head": list(head) if head is not None else None,
            "tail": list(tail),
            "next": max(head[0] if head else 0, tail[0]) + 1,
            "at": utcnow().isoformat(),
        }
    )
    _set_setting(session, break_key(table), breaks)
    return head if head is not None and head[0] >= tail[0] else tail


def _apply_scalar_defaults(row: object) -> None:
    """Fill unset columns with their scalar defaults now, not at flush: the hash must cover
    exactly the values that will be stored (``reason=""`` rather than ``None``)."""
    table = row.__table__  # type: ignore[attr-defined]
    for column in table.columns:
        default = column.default
        if default is None or not default.is_scalar:
            continue
        if getattr(row, column.key, None) is None:
            setattr(row, column.key, default.arg)


def append(session: Session, row: E, origin: str, device: str) -> E:
    """Append an evidence row to the chain of its kind of ``origin``'s ``device`` (this
    laptop), sealing it with its hash, and move the stored chain head to it."""
    model = type(row)
    table: str = model.__table__.name  # type: ignore[attr-defined]
    seq, prev = _next_position(session, model, table, origin, device)
    if not getattr(row, "id", None):
        row.id = new_id()
    row.origin = origin
    row.device = device
    row.chain_seq = seq + 1
    if getattr(row, "created_at", None) is None:
        row.created_at = utcnow()
    _apply_scalar_defaults(row)
    row.prev_sha256 = prev
    row.sha256 = row_hash(model, row_values(row))
    session.add(row)
    session.flush()
    _set_setting(session, head_key(table), [row.chain_seq, row.sha256])
    return row


__all__ = [
    "HASH_MISMATCH",
    "HEADER_EXCLUDED",
    "HEADER_HASHED",
    "NOT_LINKED",
    "EvidenceColumns",
    "append",
    "break_key",
    "canonical_content",
    "chain_tail",
    "check_row",
    "columns_of",
    "excluded_columns",
    "hashed_columns",
    "head_key",
    "row_hash",
    "row_values",
    "stored_breaks",
    "stored_head",
]


# ----------------------------------------------------------------------------- evidence files
# A case's evidence file (photo or PDF, stored by SHA-256 in ``blob``): its type is decided
# from the whole content, never from the name or the first bytes alone. Checked at intake
# (services/cases/evidence.py) and on every file a sync package brings
# (:func:`check_evidence_blob`, desktop/sync/merge.py).
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf")
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "application/pdf": "pdf",
}
PILLOW_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
}
MAX_IMAGE_PIXELS = 80_000_000  # a 50-megapixel phone photo passes; a decompression bomb not
_PDF_HEADER = re.compile(rb"%PDF-[12]\.[0-9]")
_PDF_END = re.compile(rb"startxref\s+([0-9]{1,12})\s+%%EOF[\s\x00]*\Z")
_PDF_XREF_AT = re.compile(rb"\s*(?:xref|[0-9]+\s+[0-9]+\s+obj)\b")


def sniff_mime(data: bytes) -> str | None:
    """The evidence type from magic bytes, or None when it is not an accepted type."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:1024].lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"%PDF-"):
        return "application/pdf"
    return None


def _is_pdf(data: bytes) -> bool:
    """A PDF by its structure: the header at the start, and at the end ``startxref N %%EOF``
    whose offset N points at a cross-reference table (``xref``) or stream (``n g obj``)."""
    if not _PDF_HEADER.match(data):
        return False
    end = _PDF_END.search(data[-2048:])
    if end is None:
        return False
    offset = int(end.group(1))
    return 0 < offset < len(data) and _PDF_XREF_AT.match(data, offset) is not None


def _is_image(data: bytes, mime: str) -> bool:
    """Pillow must read it as that very format, check it, and decode its pixels."""
    from PIL import Image

    fmt = PILLOW_FORMATS[mime]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as img:
                if img.width * img.height > MAX_IMAGE_PIXELS:
                    return False
                img.verify()
            with Image.open(io.BytesIO(data), formats=[fmt]) as img:
                if fmt == "JPEG":
                    img.draft("RGB", (max(1, img.width // 8), max(1, img.height // 8)))
                img.load()
    except Exception:  # hostile input: Pillow raises many kinds of errors
        return False
    return True


def detect_type(data: bytes) -> str | None:
    """The evidence type re-detected from the whole content, or None when it is not a
    well-formed photo or PDF (whatever its first bytes claim)."""
    mime = sniff_mime(data)
    if mime is None:
        return None
    if mime == "application/pdf":
        return mime if _is_pdf(data) else None
    return mime if _is_image(data, mime) else None


def file_size_problem(filename: str, data: bytes) -> NetraError | None:
    if not data:
        return NetraError(
            "evidence_empty",
            f"Berkas bukti '{filename}' kosong.",
            f"Evidence file '{filename}' is empty.",
        )
    if len(data) > MAX_EVIDENCE_BYTES:
        mb = len(data) / (1024 * 1024)
        return NetraError(
            "evidence_too_large",
            f"Berkas bukti '{filename}' terlalu besar ({mb:.1f} MB; maksimal "
            f"{MAX_EVIDENCE_BYTES // (1024 * 1024)} MB).",
            f"Evidence file '{filename}' is too large ({mb:.1f} MB; at most "
            f"{MAX_EVIDENCE_BYTES // (1024 * 1024)} MB).",
            size=len(data),
        )
    return None


def check_evidence_blob(name: str, data: bytes, mime: str | None = None) -> str | None:
    """Why an evidence file received from elsewhere (a sync package) must not be taken, in
    Indonesian, or None when it is a well-formed photo or PDF within the size limit whose
    type is ``mime`` (when given: the type the row claims)."""
    problem = file_size_problem(name, data)
    if problem is not None:
        return problem.message_id
    detected = detect_type(data)
    if detected is None:
        return (
            f"berkas bukti '{name}' bukan foto (JPEG, PNG, GIF, WebP) atau PDF yang utuh; "
            "jenisnya diperiksa dari seluruh isinya"
        )
    if mime is not None and mime != detected:
        return f"berkas bukti '{name}' tercatat sebagai {mime} tetapi isinya {detected}"
    return None
