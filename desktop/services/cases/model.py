"""Results of the case commands that are not a :class:`~desktop.services.cases.records.CaseChange`:
the read-model part they produced (``desktop.domain.case_view``) with ``changes``, the areas
the GUI reloads (a dataclass field, left out of ``to_json`` and of equality).

``to_json()`` is what the CLI prints with ``--json``: the same document as before these
results were typed. This module imports no other case module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.case_view import (
    Decision,
    EvidenceItem,
    FollowUpSetting,
    Recommendation,
    Suspension,
)
from desktop.services.changes import Area

CASES: frozenset[Area] = frozenset({Area.CASES})


@dataclass(frozen=True)
class EvidenceAdded(EvidenceItem):
    """The result of adding an evidence file: the file, and what the GUI reloads."""

    changes: frozenset[Area] = field(default=CASES, compare=False)


@dataclass(frozen=True)
class Recommended(Recommendation):
    """The result of ``sanctions.recommend``: the recommendation made, and what changed."""

    changes: frozenset[Area] = field(default=CASES, compare=False)


@dataclass(frozen=True)
class Decided(Decision):
    """The result of ``sanctions.decide``: the decision recorded, and what changed."""

    changes: frozenset[Area] = field(default=CASES, compare=False)


@dataclass(frozen=True)
class SuspensionChanged:
    """The result of ``exam.suspend`` / ``exam.lift``: the case's number and its suspension
    as it stands now."""

    case: str
    suspension: Suspension
    changes: frozenset[Area] = field(default=CASES, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"case": self.case, **self.suspension.to_json()}


@dataclass(frozen=True)
class ReferencesSaved:
    """The result of ``exam.set_references``: the case's national-path references as they
    stand now (``references``: the document ``netra case ref --json`` prints)."""

    references: Mapping[str, Any]
    changes: frozenset[Area] = field(default=CASES, compare=False)

    def to_json(self) -> dict[str, Any]:
        return dict(self.references)


@dataclass(frozen=True)
class FollowUpSaved(FollowUpSetting):
    """The result of ``exam.set_follow_up_days``: the setting as it applies after the change."""

    changes: frozenset[Area] = field(default=CASES, compare=False)


@dataclass(frozen=True)
class PdfWritten:
    """The result of writing a case PDF (summary or nota dinas): where, which, how big. It
    changes no data a page shows (only the audit log records it): ``changes`` is empty."""

    path: str
    kind: str
    size: int
    changes: frozenset[Area] = field(default=frozenset(), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "size": self.size}


@dataclass(frozen=True)
class ExamRecorded:
    """The result of an examination command (tim pemeriksa, absence, BAP, LHP, classification,
    tanda terima, objection): the entry as recorded (``entry``: the document the CLI prints
    with ``--json``), its warnings, and what changed."""

    entry: Mapping[str, Any]
    changes: frozenset[Area] = field(default=CASES, compare=False)

    @property
    def id(self) -> str:
        return str(self.entry["id"])

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the office should know (e.g. an examiner of lower rank); empty when none."""
        return tuple(str(w) for w in self.entry.get("warnings") or ())

    def to_json(self) -> dict[str, Any]:
        return dict(self.entry)


@dataclass(frozen=True)
class DocumentMade:
    """The current version of a case document (``exam_docs.produce``): its record
    (``document``: id, kind, version, short code, QR text, ``reused``...) and the PDF. A new
    version changes the case's documents; a reused one changes nothing."""

    document: Mapping[str, Any]
    pdf: bytes = field(repr=False)
    changes: frozenset[Area] = field(default=CASES, compare=False)

    @property
    def id(self) -> str:
        return str(self.document["id"])

    @property
    def kind(self) -> str:
        return str(self.document["kind"])

    @property
    def version(self) -> int:
        return int(self.document["version"])

    @property
    def short_code(self) -> str:
        return str(self.document["short_code"])

    @property
    def reused(self) -> bool:
        return bool(self.document["reused"])

    def to_json(self) -> dict[str, Any]:
        """The record without the PDF bytes."""
        return dict(self.document)


@dataclass(frozen=True)
class DocumentWritten:
    """The result of ``exam_docs.write_document``: the record (as :class:`DocumentMade`)
    with the ``path`` and ``size`` of the file written."""

    document: Mapping[str, Any]
    changes: frozenset[Area] = field(default=CASES, compare=False)

    def to_json(self) -> dict[str, Any]:
        return dict(self.document)


@dataclass(frozen=True)
class BundleWritten:
    """The I'DIS/SIASN bundle written (``exam_docs.bundle``): its folder, the index entry and
    the files (each ``kind``, ``file``, ``version``, ``sha256``, ``record_sha256``,
    ``title``). Making the bundle makes the current version of each document."""

    folder: str
    index: Mapping[str, Any]
    files: tuple[Mapping[str, Any], ...]
    changes: frozenset[Area] = field(default=CASES, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"folder": self.folder, "index": dict(self.index),
                "files": [dict(f) for f in self.files]}  # fmt: skip
