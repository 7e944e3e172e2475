"""Pieces of the sync page: table models, the review panel and the conflicts screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt, Signal
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

from desktop.ui.rows_model import Column, RowsModel

Row = dict[str, Any]
DIFF_BG = QColor("#fff4ce")
ALERT_FG = QColor("#b42318")
HIDDEN_FIELDS = {"_sync_base", "id", "origin", "revision", "created_at", "base_revision"}
LONG_TEXT = 40  # a cell longer than this also shows in full as its tooltip


def _shown(getter: Callable[[Row], Any]) -> Callable[[Row], str]:
    """The getter's value as text; nothing (``None``) shows as an empty cell."""

    def text(row: Row) -> str:
        value = getter(row)
        return "" if value is None else str(value)

    return text


def _long(text: Callable[[Row], str]) -> Callable[[Row], str | None]:
    def tooltip(row: Row) -> str | None:
        value = text(row)
        return value if len(value) > LONG_TEXT else None

    return tooltip


def dict_columns(columns: Sequence[tuple[str, Callable[[Row], Any]]]) -> list[Column[Row]]:
    """``Column``s over dictionary rows from (translated header, getter) pairs: ``None``
    shows as an empty cell and a text longer than 40 characters is its own tooltip."""
    made = []
    for header, getter in columns:
        text = _shown(getter)
        made.append(Column(header, text, tooltip=_long(text)))
    return made


class DictTableModel(RowsModel[Row]):
    """Rows are dictionaries (the sync services' results); each column is a (header, getter)
    pair; ``highlight`` tints a row yellow."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[Row], Any]]],
        parent: QObject | None = None,
        *,
        highlight: Callable[[Row], bool] | None = None,
    ) -> None:
        super().__init__(
            dict_columns(columns),
            parent,
            background=None if highlight is None else _tint(highlight),
        )
        self.highlight = highlight


def _tint(highlight: Callable[[Row], bool]) -> Callable[[Row], QColor | None]:
    return lambda row: DIFF_BG if highlight(row) else None


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
        self.model = DictTableModel(
            [
                (self.tr("Data"), lambda r: r["label"]),
                (self.tr("New"), lambda r: r["inserted"]),
                (self.tr("Changed"), lambda r: r["updated"]),
                (self.tr("Already here"), lambda r: r["skipped"]),
                (self.tr("Conflicts"), lambda r: r["conflict"]),
                (self.tr("Tamper alerts"), lambda r: r["tamper"]),
                (self.tr("Held"), lambda r: r["held"] + r["duplicate"]),
            ],
            highlight=lambda r: bool(r["conflict"] or r["tamper"]),
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

    def show_outcome(self, outcome: dict[str, Any], sentence: str, labels: dict[str, str]) -> None:
        status = outcome["status"]
        sender = outcome.get("sender", "")
        if status == "rejected":
            self.heading.setText(self.tr("This file cannot be used"))
            self.summary.setText(f"{outcome['message']} ({outcome['reason']})")
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
            self.tr("Package {seq} from {sender}").format(seq=outcome.get("seq", ""), sender=sender)
        )
        self.summary.setText(sentence[:1].upper() + sentence[1:] + ".")
        rows = []
        for table, counts in outcome.get("merge", {}).get("tables", {}).items():
            rows.append({"label": labels.get(table, table), **counts})
        self.model.set_rows(rows)
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
        self.list_model = DictTableModel(
            [
                (self.tr("Kind"), lambda r: self.kinds.get(r["kind"], r["kind"])),
                (self.tr("Data"), lambda r: r["label"]),
                (self.tr("From"), lambda r: r["incoming_origin"]),
                (
                    self.tr("Used for now"),
                    lambda r: (
                        self.tr("held here")
                        if r["provisional_winner"] == "local"
                        else self.tr("incoming")
                    ),
                ),
                (self.tr("Reason"), lambda r: r["reason"]),
            ],
            highlight=lambda r: r["kind"] == "tamper",
        )
        self.list_view = make_table(self.list_model)
        split.addWidget(self.list_view)
        self.fields_model = DictTableModel(
            [
                (self.tr("Field"), lambda r: r["field"]),
                (self.tr("Version held here"), lambda r: r["local"]),
                (self.tr("Incoming version"), lambda r: r["incoming"]),
            ],
            highlight=lambda r: r["local"] != r["incoming"],
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

    def set_conflicts(self, items: list[dict[str, Any]], labels: dict[str, str]) -> None:
        for item in items:
            item["label"] = labels.get(item["entity"], item["entity"])
        self.list_model.set_rows(items)
        self.empty.setVisible(not items)
        self.fields_model.set_rows([])
        self._enable(None)
        if items:
            self.list_view.selectRow(0)

    def current(self) -> dict[str, Any] | None:
        index = self.list_view.currentIndex()
        if not index.isValid():
            return None
        return self.list_model.rows[index.row()]

    def _enable(self, item: dict[str, Any] | None) -> None:
        self.keep_local.setEnabled(item is not None)
        self.keep_incoming.setEnabled(item is not None and item["kind"] == "conflict")

    def _show_selected(self, *_: Any) -> None:
        item = self.current()
        self._enable(item)
        if item is None:
            return
        local, incoming = item.get("local") or {}, item.get("incoming") or {}
        fields = [k for k in {**local, **incoming} if k not in HIDDEN_FIELDS]
        self.fields_model.set_rows(
            [
                {"field": k, "local": local.get(k, ""), "incoming": incoming.get(k, "")}
                for k in fields
            ]
        )

    def _keep(self, which: str) -> None:
        item = self.current()
        if item is not None:
            self.keep_requested.emit(item["id"], which)


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
        self.model = DictTableModel(
            [
                (self.tr("When"), lambda r: r["detected_local"]),
                (self.tr("From"), lambda r: r["office"]),
                (self.tr("File"), lambda r: r["file"]),
                (self.tr("Reason"), lambda r: self.reason_text(r["reason"])),
                (self.tr("Details"), lambda r: r["message"]),
            ],
            highlight=lambda _r: True,
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

    def set_refusals(self, items: list[dict[str, Any]]) -> None:
        self.model.set_rows(items)
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
        if self.model.rows:
            self.seen_requested.emit(self.model.rows[row]["id"])


def bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label
