"""Pieces of the sync page: table models, the review panel and the conflicts screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync import Conflict, ImportOutcome, PeerStatus, Refusal
from desktop.ui.rows_model import Column, RowsModel

DIFF_BG = QColor("#fff4ce")
ALERT_FG = QColor("#b42318")
HIDDEN_FIELDS = {"_sync_base", "id", "origin", "revision", "created_at", "base_revision"}
LONG_TEXT = 40  # a cell longer than this also shows in full as its tooltip
T = TypeVar("T")


def text_column(
    header: str, value: Callable[[T], object], *, sort_key: Callable[[T], Any] | None = None
) -> Column[T]:
    """A column of the sync page's tables: nothing (``None``) shows as an empty cell and a
    text longer than 40 characters is also its own tooltip."""

    def text(row: T) -> str:
        shown = value(row)
        return "" if shown is None else str(shown)

    def tooltip(row: T) -> str | None:
        shown = text(row)
        return shown if len(shown) > LONG_TEXT else None

    return Column(header, text, tooltip=tooltip, sort_key=sort_key)


def tinted(highlight: Callable[[T], bool]) -> Callable[[T], QColor | None]:
    """A row background: yellow where ``highlight`` says so."""
    return lambda row: DIFF_BG if highlight(row) else None


class TableCounts(NamedTuple):
    """What a package would do to one table (a line of the review)."""

    label: str
    inserted: int
    updated: int
    skipped: int
    conflict: int
    tamper: int
    held: int  # waiting for related data, or a duplicate key

    @classmethod
    def from_merge(cls, label: str, counts: dict[str, int]) -> TableCounts:
        return cls(
            label,
            counts.get("inserted", 0),
            counts.get("updated", 0),
            counts.get("skipped", 0),
            counts.get("conflict", 0),
            counts.get("tamper", 0),
            counts.get("held", 0) + counts.get("duplicate", 0),
        )


@dataclass(frozen=True)
class ConflictRow:
    """An open conflict of ``sync.conflicts``, with its table's label."""

    id: str
    kind: str  # conflict | tamper | duplicate | held
    label: str
    incoming_origin: str
    provisional_winner: str  # local | incoming
    reason: str
    local: dict[str, Any]
    incoming: dict[str, Any]

    @classmethod
    def from_conflict(cls, item: Conflict, labels: dict[str, str]) -> ConflictRow:
        return cls(
            id=item.id,
            kind=item.kind,
            label=labels.get(item.entity, item.entity),
            incoming_origin=item.incoming_origin or "",
            provisional_winner=item.provisional_winner,
            reason=item.reason or "",
            local=dict(item.local or {}),
            incoming=dict(item.incoming or {}),
        )

    def fields(self) -> list[FieldDiff]:
        """Both versions field by field, without the sync bookkeeping."""
        names = [k for k in {**self.local, **self.incoming} if k not in HIDDEN_FIELDS]
        return [FieldDiff(k, self.local.get(k, ""), self.incoming.get(k, "")) for k in names]


class FieldDiff(NamedTuple):
    """One field of a conflict: the value held here and the incoming one."""

    field: str
    local: Any
    incoming: Any


class RefusalRow(NamedTuple):
    """A package refused for what it claims (``sync.refusals``)."""

    id: str
    detected_local: str
    office: str
    file: str
    reason: str
    message: str

    @classmethod
    def from_refusal(cls, item: Refusal) -> RefusalRow:
        return cls(
            item.id,
            item.detected_local,
            item.office,
            item.file or "",
            item.reason,
            item.message or "",
        )


@dataclass(frozen=True)
class PeerRow:
    """An office (or hub) this one exchanges packages with, from ``sync.status``."""

    office: str
    name: str
    active: bool
    last_package: str | None
    sequence: int
    gaps: tuple[int, ...]
    pending_conflicts: int
    pending_records: int
    refusals: int

    @classmethod
    def from_status(cls, peer: PeerStatus) -> PeerRow:
        return cls(
            office=peer.office,
            name=peer.name or "",
            active=peer.status == "active",
            last_package=peer.last_package,
            sequence=peer.sequence,
            gaps=peer.gaps,
            pending_conflicts=peer.pending_conflicts,
            pending_records=peer.pending_records,
            refusals=peer.refusals,
        )

    @property
    def needs_attention(self) -> bool:
        """Packages missing, conflicts open or packages refused: the row is tinted."""
        return bool(self.gaps or self.pending_conflicts or self.refusals)


def make_table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ReviewPanel(QWidget):
    """What a package would change, before anything is applied."""

    apply_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        lay.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.model: RowsModel[TableCounts] = RowsModel(
            [
                text_column(self.tr("Data"), lambda r: r.label),
                text_column(self.tr("New"), lambda r: r.inserted),
                text_column(self.tr("Changed"), lambda r: r.updated),
                text_column(self.tr("Already here"), lambda r: r.skipped),
                text_column(self.tr("Conflicts"), lambda r: r.conflict),
                text_column(self.tr("Tamper alerts"), lambda r: r.tamper),
                text_column(self.tr("Held"), lambda r: r.held),
            ],
            background=tinted(lambda r: bool(r.conflict or r.tamper)),
        )
        self.table = make_table(self.model)
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply this package"))
        self.apply_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Do not apply"))
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        lay.addLayout(buttons)
        self.apply_button.clicked.connect(self.apply_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)

    def show_outcome(self, outcome: ImportOutcome, sentence: str, labels: dict[str, str]) -> None:
        """A reviewed package (``sync.review``); its sender shown by name."""
        status = outcome.status
        if status == "rejected":
            self.heading.setText(self.tr("This file cannot be used"))
            self.summary.setText(f"{outcome.message} ({outcome.reason})")
            self.model.set_rows([])
            self.apply_button.setEnabled(False)
            return
        if status == "duplicate":
            self.heading.setText(self.tr("Already imported"))
            self.summary.setText(sentence)
            self.model.set_rows([])
            self.apply_button.setEnabled(False)
            return
        self.heading.setText(
            self.tr("Package {seq} from {sender}").format(
                seq=outcome.seq, sender=outcome.sender_name
            )
        )
        self.summary.setText(sentence[:1].upper() + sentence[1:] + ".")
        tables = outcome.merge.get("tables", {})
        self.model.set_rows(
            TableCounts.from_merge(labels.get(table, table), counts)
            for table, counts in tables.items()
        )
        self.apply_button.setEnabled(True)


class ConflictView(QWidget):
    """The list of open conflicts and, for the selected one, both versions field by field."""

    keep_requested = Signal(str, str)  # conflict id, "local" | "incoming"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = {
            "conflict": self.tr("Edited in two places"),
            "tamper": self.tr("Tamper alert"),
            "duplicate": self.tr("Duplicate key"),
            "held": self.tr("Waiting for related data"),
        }
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No open conflicts. Nothing needs a decision."))
        lay.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Vertical)
        self.list_model: RowsModel[ConflictRow] = RowsModel(
            [
                text_column(self.tr("Kind"), lambda r: self.kinds.get(r.kind, r.kind)),
                text_column(self.tr("Data"), lambda r: r.label),
                text_column(self.tr("From"), lambda r: r.incoming_origin),
                text_column(
                    self.tr("Used for now"),
                    lambda r: (
                        self.tr("held here")
                        if r.provisional_winner == "local"
                        else self.tr("incoming")
                    ),
                ),
                text_column(self.tr("Reason"), lambda r: r.reason),
            ],
            background=tinted(lambda r: r.kind == "tamper"),
        )
        self.list_view = make_table(self.list_model)
        split.addWidget(self.list_view)
        self.fields_model: RowsModel[FieldDiff] = RowsModel(
            [
                text_column(self.tr("Field"), lambda r: r.field),
                text_column(self.tr("Version held here"), lambda r: r.local),
                text_column(self.tr("Incoming version"), lambda r: r.incoming),
            ],
            background=tinted(lambda r: r.local != r.incoming),
        )
        split.addWidget(make_table(self.fields_model))
        split.setSizes([160, 400])
        lay.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.keep_local = QPushButton(self.tr("Keep the version held here"))
        self.keep_incoming = QPushButton(self.tr("Keep the incoming version"))
        buttons.addStretch(1)
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_incoming)
        lay.addLayout(buttons)
        self.list_view.selectionModel().currentRowChanged.connect(self._show_selected)
        self.keep_local.clicked.connect(lambda: self._keep("local"))
        self.keep_incoming.clicked.connect(lambda: self._keep("incoming"))
        self.set_conflicts([], {})

    def set_conflicts(self, items: Sequence[Conflict], labels: dict[str, str]) -> None:
        """The open conflicts of ``sync.conflicts``; ``labels`` name their tables."""
        self.list_model.set_rows(ConflictRow.from_conflict(item, labels) for item in items)
        self.empty.setVisible(not items)
        self.fields_model.set_rows([])
        self._enable(None)
        if items:
            self.list_view.selectRow(0)

    def current(self) -> ConflictRow | None:
        index = self.list_view.currentIndex()
        return self.list_model.row_at(index.row()) if index.isValid() else None

    def _enable(self, item: ConflictRow | None) -> None:
        self.keep_local.setEnabled(item is not None)
        self.keep_incoming.setEnabled(item is not None and item.kind == "conflict")

    def _show_selected(self, *_: Any) -> None:
        item = self.current()
        self._enable(item)
        if item is None:
            return
        self.fields_model.set_rows(item.fields())

    def _keep(self, which: str) -> None:
        item = self.current()
        if item is not None:
            self.keep_requested.emit(item.id, which)


class RefusalAlert(QWidget):
    """Packages refused for what they claim (another office's data, the kabupaten's rules, a
    chain shorter than before, a disguised evidence file): shown in red until a person marks
    them seen. Hidden when there is none."""

    seen_requested = Signal(str)  # refusal id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalAlert")
        self.setStyleSheet(
            "#refusalAlert { border: 2px solid #b42318; border-radius: 6px; background: #fef3f2; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        self.heading = bold(QLabel())
        self.heading.setStyleSheet("color: #b42318;")
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        note = QLabel(
            self.tr(
                "Nothing of these packages was applied. Ask the office what happened before "
                "taking its next package: a package that speaks for another office or changes "
                "the kabupaten's data was not made by Netra as shipped."
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        self.model: RowsModel[RefusalRow] = RowsModel(
            [
                text_column(self.tr("When"), lambda r: r.detected_local),
                text_column(self.tr("From"), lambda r: r.office),
                text_column(self.tr("File"), lambda r: r.file),
                text_column(self.tr("Reason"), lambda r: self.reason_text(r.reason)),
                text_column(self.tr("Details"), lambda r: r.message),
            ],
            background=tinted(lambda _r: True),
        )
        self.table = make_table(self.model)
        self.table.setMaximumHeight(150)
        lay.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.seen_button = QPushButton(self.tr("Mark as seen"))
        buttons.addWidget(self.seen_button)
        lay.addLayout(buttons)
        self.seen_button.clicked.connect(self._seen)
        self.set_refusals([])

    def reason_text(self, reason: str) -> str:
        texts = {
            "foreign_origin": self.tr("data of another office"),
            "foreign_edit": self.tr("changes another office's data"),
            "reference_not_from_hub": self.tr("changes the kabupaten's reference data"),
            "chain_head_mismatch": self.tr("evidence chain does not match"),
            "chain_shortened": self.tr("evidence deleted at the office"),
            "bad_evidence_file": self.tr("evidence file is not a photo or PDF"),
        }
        return f"{texts.get(reason, reason)} ({reason})"

    def set_refusals(self, items: Sequence[Refusal]) -> None:
        """The refusals of ``sync.status`` not yet marked as seen."""
        self.model.set_rows(RefusalRow.from_refusal(item) for item in items)
        self.heading.setText(
            self.tr("{n} package(s) refused: they claim what their sender may not say").format(
                n=len(items)
            )
        )
        self.setVisible(bool(items))
        if items:
            self.table.selectRow(0)

    def _seen(self) -> None:
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else 0
        refusal = self.model.row_at(row)
        if refusal is not None:
            self.seen_requested.emit(refusal.id)


def bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label
