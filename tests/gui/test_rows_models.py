"""Every table model built on ``desktop.ui.rows_model`` under Qt's own model checker.

``QAbstractItemModelTester`` in Fatal mode watches each model while rows come in, are
replaced, cleared and sorted: a broken reset, a wrong persistent index after a sort or a
data type a view cannot use aborts the run. Each test also reads the texts and roles the
views show, so a column declared wrongly is seen, not only a model that is consistent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop import demo
from desktop.domain.roster import CATEGORY_LABELS
from desktop.services import cases
from desktop.services.accounts import UserInfo
from desktop.services.context import AppContext
from desktop.services.roster import RosterQuery
from desktop.services.roster import importer as roster_import
from desktop.services.roster.importer import ImportPreview, ImportResult
from desktop.services.signing import Person
from desktop.services.sync import Conflict, ImportOutcome, PeerStatus, Refusal
from desktop.ui.cases.page import OVERDUE_BG, OVERDUE_FG, CaseRow, CasesModel
from desktop.ui.context import UiContext
from desktop.ui.roster.import_wizard import (
    KEPT_BG,
    REJECTED_BG,
    SKIPPED_BG,
    UPDATE_BG,
    WARNING_BG,
    ChangesModel,
    PreviewModel,
)
from desktop.ui.roster.model import INACTIVE_FG, PAGE_SIZE, RosterTableModel
from desktop.ui.rows_model import Column, RowsModel
from desktop.ui.signing import models as signing_models
from desktop.ui.signing.kiosk import SearchScreen
from desktop.ui.sync.widgets import (
    DIFF_BG,
    ConflictView,
    FieldDiff,
    PeerRow,
    RefusalAlert,
    ReviewPanel,
    TableCounts,
    text_column,
    tinted,
)
from desktop.ui.users import UsersModel
from tests.roster import messy
from tests.roster.messy import NIP_CAMAT, NIP_GURU, NIP_SEKCAM
from tests.roster.test_gui import settle
from tests.roster.test_kept_local import _app_changes, _sheet

Fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
H = Qt.Orientation.Horizontal
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def _texts(model: QAbstractItemModel, column: int) -> list[str | None]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _headers(model: QAbstractItemModel) -> list[str]:
    return [model.headerData(c, H) for c in range(model.columnCount())]


def _color(index: QModelIndex | QPersistentModelIndex, role: Qt.ItemDataRole) -> QColor | None:
    brush = index.data(role)
    return None if brush is None else brush.color()


# ---------------------------------------------------------------------- the model itself
@dataclass(frozen=True)
class Desk:
    code: str
    name: str
    staff: int
    note: str | None


DESKS = [
    Desk("K-03", "Seksi Pemerintahan", 4, None),
    Desk("K-01", "Sekretariat Kecamatan Wetar", 12, "two rooms"),
    Desk("K-02", "seksi Kesejahteraan Sosial", 4, ""),
]


def _desks_model() -> RowsModel[Desk]:
    bold = QFont()
    bold.setBold(True)
    return RowsModel(
        (
            Column("Code", lambda d: d.code, header_tooltip="The unit's code"),
            Column(
                "Name", lambda d: d.name, tooltip=lambda d: d.name if len(d.name) > 20 else None
            ),
            Column(
                "Staff",
                lambda d: d.staff,
                align=Qt.AlignmentFlag.AlignRight,
                sort_key=lambda d: d.staff,
                foreground=lambda d: QColor("#b42318") if d.staff > 10 else None,
                font=lambda d: bold if d.staff > 10 else None,
            ),
            Column("Note", lambda d: d.note),
        ),
        background=lambda d: QColor("#fff4ce") if d.note else None,
        tooltip=lambda d: f"Note: {d.note}" if d.note else None,
        key=lambda d: d.code,
    )


def test_rows_model_roles_reset_and_sort_under_the_model_tester(qapp: object) -> None:
    model = _desks_model()
    tester = QAbstractItemModelTester(model, Fatal)
    view = QTableView()
    view.setModel(model)
    assert model.rowCount() == 0 and model.row_at(0) is None
    model.set_rows(DESKS)
    assert _headers(model) == ["Code", "Name", "Staff", "Note"]
    assert model.headerData(0, H, TOOLTIP) == "The unit's code"
    assert model.headerData(4, H) is None and model.headerData(0, Qt.Orientation.Vertical) is None
    assert _texts(model, 2) == ["4", "12", "4"]  # not a str: shown with str()
    assert _texts(model, 3) == [None, "two rooms", ""]  # None: no text at all
    first, second = model.index(0, 1), model.index(1, 2)
    assert first.data(TOOLTIP) is None and model.index(0, 2).data(TOOLTIP) is None
    assert model.index(2, 1).data(TOOLTIP) == "seksi Kesejahteraan Sosial"
    assert second.data(TOOLTIP) == "Note: two rooms"  # the row's tooltip wins
    assert second.data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) is None  # the view's default
    assert (
        _color(second, FOREGROUND) == QColor("#b42318")
        and second.data(Qt.ItemDataRole.FontRole).bold()
    )
    assert _color(model.index(2, 2), FOREGROUND) is None
    assert _color(model.index(1, 0), BACKGROUND) == QColor("#fff4ce")
    assert _color(first, BACKGROUND) is None
    assert second.data(Qt.ItemDataRole.UserRole) == "K-01"

    # a sort keeps every persistent index on its row (a selection stays on the same unit)
    view.selectRow(1)
    held = QPersistentModelIndex(model.index(1, 1))
    model.sort(2, Qt.SortOrder.DescendingOrder)  # by sort_key: 12, then the 4s in their order
    assert [d.code for d in model.rows] == ["K-01", "K-03", "K-02"]
    assert held.row() == 0 and held.data() == "Sekretariat Kecamatan Wetar"
    assert model.row_at(view.selectionModel().selectedRows()[0].row()) == DESKS[1]
    model.sort(1, Qt.SortOrder.AscendingOrder)  # no sort_key: the text, case-blind
    assert [d.code for d in model.rows] == ["K-01", "K-02", "K-03"]
    assert held.row() == 0 and held.data() == "Sekretariat Kecamatan Wetar"

    # new rows keep the sort the view chose; new columns replace the old in the same reset
    model.set_rows([*DESKS, Desk("K-04", "Puskesmas Ilwaki", 9, None)])
    assert _texts(model, 1) == [
        "Puskesmas Ilwaki",
        "Sekretariat Kecamatan Wetar",
        "seksi Kesejahteraan Sosial",
        "Seksi Pemerintahan",
    ]
    assert not held.isValid()  # a reset drops what pointed into the old rows
    model.set_rows(DESKS, columns=model.columns[:2])
    assert model.columnCount() == 2 and model.index(0, 2).data() is None
    model.sort(5)  # no such column: nothing happens
    model.clear()
    assert model.rowCount() == 0 and model.rows == []
    del tester


def test_signing_models_keeps_the_same_model(qapp: object) -> None:
    """The signing screens import RowsModel/Column from signing_models: the same classes."""
    assert signing_models.RowsModel is RowsModel and signing_models.Column is Column
    screen = SearchScreen()
    model = screen.model
    tester = QAbstractItemModelTester(model, Fatal)

    def person(i: int, status: str) -> Person:
        return Person(
            f"id{i}",
            f"Pegawai {i}",
            None,
            "NON_ASN",
            "Staf Seksi Pemerintahan",
            "K",
            "Kantor Camat Wetar",
            status,
            None,
        )

    people = [person(0, "signed"), person(1, "refused"), person(2, "unsigned")]
    screen.set_people(people, "", "all")
    assert _headers(model) == ["Name", "NIP", "Position", "Work unit", "Status"]
    assert _texts(model, 1) == ["-", "-", "-"]
    assert _texts(model, 4) == ["Signed", "Refused", "Not yet"]
    assert _color(model.index(0, 0), BACKGROUND) == signing_models.STATUS_COLORS["signed"]
    assert _color(model.index(1, 3), BACKGROUND) == signing_models.STATUS_COLORS["refused"]
    assert _color(model.index(2, 0), BACKGROUND) is None
    assert model.row_at(1) == people[1]
    assert not hasattr(model, "row")  # the old alias is gone: row_at everywhere
    del tester
    screen.deleteLater()


# ---------------------------------------------------------------------- users
def test_users_model_texts_and_sort(qapp: object) -> None:
    now = datetime.now(UTC)
    users = [
        UserInfo("admin", "Administrator Kecamatan", "admin", True, None, now - timedelta(hours=2)),
        UserInfo(
            "operator1", "Yohanis Lewier", "operator", True, now + timedelta(minutes=10), None
        ),
        UserInfo(
            "verifikator",
            "Maria Kay",
            "verifier",
            False,
            None,
            datetime(2026, 3, 2, 1, 5, tzinfo=UTC),
        ),
        UserInfo("operator2", "Ruth Muskita", "operator", True, now - timedelta(minutes=1), None),
    ]
    model = UsersModel(zone="Asia/Jayapura")
    tester = QAbstractItemModelTester(model, Fatal)
    model.set_rows(users)
    assert _headers(model) == ["Username", "Full name", "Role", "Status", "Last login"]
    assert _texts(model, 0) == ["admin", "operator1", "verifikator", "operator2"]
    assert _texts(model, 2)[0] == "Administrator"
    status = _texts(model, 3)
    assert status[0] == "active" and status[2] == "inactive" and status[3] == "active"
    assert status[1] is not None and status[1].startswith("locked until ")
    assert _texts(model, 4)[1] == "–" and _texts(model, 4)[2] == "02-03-2026 10.05"  # WIT
    for role in (TOOLTIP, BACKGROUND, FOREGROUND, Qt.ItemDataRole.TextAlignmentRole):
        assert model.index(0, 0).data(role) is None  # only text, as before
    model.sort(4, Qt.SortOrder.DescendingOrder)  # by the moment, never logged in last
    assert [u.username for u in model.rows] == ["admin", "verifikator", "operator1", "operator2"]
    model.set_rows(users[:1])
    assert _texts(model, 0) == ["admin"]
    del tester


# ---------------------------------------------------------------------- import wizard
def _dry_run(ctx: AppContext, path: Path) -> tuple[ImportPreview, ImportResult]:
    preview = roster_import.parse(roster_import.read(path))
    return preview, roster_import.run(ctx, preview, dry_run=True)


def test_preview_model_of_a_messy_sheet(ctx: AppContext, tmp_path: Path, qapp: object) -> None:
    preview, result = _dry_run(ctx, messy.write_xlsx(tmp_path / "m.xlsx"))
    model = PreviewModel()
    tester = QAbstractItemModelTester(model, Fatal)
    assert model.columnCount() == 0
    model.set_preview(preview, result)
    assert _headers(model) == ["Row", "Status", "Reason", *preview.headers]
    assert _texts(model, 0)[:5] == ["11", "12", "13", "15", "19"]
    states = [row.state for row in model.rows]
    assert states[:4] == ["rejected"] * 4 and states[4] == "skipped"
    assert _texts(model, 1)[:5] == ["Rejected"] * 4 + ["Skipped"]
    assert model.index(0, 5).data() == "198609262015051000"  # as Excel shows it
    assert "Teks" in model.index(0, 2).data()  # the reason, in Indonesian
    reason = model.index(0, 2).data()
    assert model.index(0, 0).data(TOOLTIP) == reason == model.index(0, 7).data(TOOLTIP)
    assert _color(model.index(0, 3), BACKGROUND) == REJECTED_BG
    assert _color(model.index(4, 0), BACKGROUND) == SKIPPED_BG
    colours = {row.state: _color(model.index(i, 0), BACKGROUND) for i, row in enumerate(model.rows)}
    assert colours.get("warning", WARNING_BG) == WARNING_BG and colours["ok"] is None
    ok = states.index("ok")
    assert model.index(ok, 1).data() == "OK" and model.index(ok, 2).data() == ""
    assert model.index(ok, 1).data(TOOLTIP) is None
    wide = max(len(row.cells) for row in model.rows) + 3
    assert model.index(0, wide).data() is None  # past the sheet's last column: no cell
    model.set_preview(preview)  # again, without the dry run's result
    assert model.rowCount() == len(states)
    del tester


def test_preview_and_changes_models_of_a_reimport(
    ctx: AppContext, tmp_path: Path, qapp: object
) -> None:
    path = _sheet(tmp_path / "pegawai.csv")
    roster_import.import_file(ctx, path)
    _app_changes(ctx)  # a transfer, a deactivation and an edit in Netra since
    preview, result = _dry_run(ctx, path)
    previews = PreviewModel()
    preview_tester = QAbstractItemModelTester(previews, Fatal)
    previews.set_preview(preview, result)
    assert _texts(previews, 1) == ["Netra's value kept"] * 3
    assert _color(previews.index(0, 0), BACKGROUND) == KEPT_BG
    assert previews.index(0, 2).data().startswith("Changed in Netra, kept: ")

    model = ChangesModel()
    tester = QAbstractItemModelTester(model, Fatal)
    model.set_result(result)
    assert _headers(model) == [
        "Row",
        "Name",
        "NIP",
        "Field",
        "In Netra",
        "In the sheet",
        "Take from sheet",
    ]
    assert model.rowCount() == 3 and all(row.kept for row in model.rows)
    by_nip = {model.index(i, 2).data(): i for i in range(3)}
    assert set(by_nip) == {NIP_CAMAT, NIP_SEKCAM, NIP_GURU}
    sekcam = by_nip[NIP_SEKCAM]
    assert model.index(sekcam, 3).data() == "Status"
    assert model.index(sekcam, 4).data() == "Inactive (pensiun)"
    assert model.index(sekcam, 5).data() == "Active"
    assert model.index(sekcam, 0).data() == str(model.rows[sekcam].change.row)
    choice = model.index(sekcam, 6)
    assert (
        choice.data() is None
        and choice.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    assert model.flags(choice) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(sekcam, 5)) & Qt.ItemFlag.ItemIsUserCheckable
    tip = model.index(sekcam, 1).data(TOOLTIP)
    assert tip.startswith("Changed in Netra (deactivated) on ") and tip.endswith(" by admin")
    assert model.index(sekcam, 0).data(TOOLTIP) == tip  # the whole row says why
    assert _color(model.index(sekcam, 2), BACKGROUND) == KEPT_BG

    # checking one field of a sheet row checks that row; "take all" checks every row
    assert model.setData(choice, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.take == {model.rows[sekcam].change.row}
    assert not model.setData(model.index(sekcam, 5), "x", Qt.ItemDataRole.EditRole)
    model.set_take_all(True)
    assert all(
        model.index(i, 6).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        for i in range(3)
    )
    assert not model.flags(choice) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.kept_rows() == {row.change.row for row in model.rows}

    # the sheet's values taken: the same people are plain updates now
    taken = roster_import.run(ctx, preview, dry_run=True, prefer_sheet=True)
    model.set_result(taken)
    assert model.take == set() and not model.take_all
    assert model.rowCount() == 3 and not any(row.kept for row in model.rows)
    assert _texts(model, 6) == ["Sheet's value (chosen)"] * 3
    assert _color(model.index(0, 0), BACKGROUND) == UPDATE_BG
    assert model.index(0, 6).data(Qt.ItemDataRole.CheckStateRole) is None
    assert model.index(0, 1).data(TOOLTIP) == model.index(0, 1).data()
    assert model.index(0, 3).data(TOOLTIP) is None
    del tester, preview_tester


# ---------------------------------------------------------------------- roster (lazy)
def test_roster_model_under_the_model_tester(
    ui: UiContext, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _sheet(tmp_path / "pegawai.csv")
    roster_import.import_file(ctx, path)
    _app_changes(ctx)  # Maria Kay is inactive now
    more = tmp_path / "honorer.csv"
    lines = ["NAMA;JABATAN;UNIT KERJA"]
    lines += [f"Pegawai Honorer {i:03d};Staf;Desa Ilwaki" for i in range(PAGE_SIZE)]
    more.write_text("\n".join(lines), encoding="utf-8")
    roster_import.import_file(ctx, more)
    model = RosterTableModel(ui)
    tester = QAbstractItemModelTester(model, Fatal)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(RosterQuery(status="all", sort="name"))
    assert model.rowCount() == PAGE_SIZE + 3
    assert _headers(model) == [
        "NIP",
        "Name",
        "Category",
        "Gol.",
        "Position",
        "Work unit",
        "Status",
    ]
    assert model.headerData(3, H, TOOLTIP) == "Golongan"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    names = [model.index(i, 1).data() for i in range(PAGE_SIZE)]
    maria = names.index("Maria Kay")
    row = model.row_at(maria)
    assert row is not None and not row.active
    assert model.index(maria, 0).data() == NIP_SEKCAM
    assert model.index(maria, 6).data() == "Inactive"
    assert _color(model.index(maria, 4), FOREGROUND) == INACTIVE_FG
    assert model.index(maria, 5).data(TOOLTIP) == f"{row.unit_name} ({row.unit_code})"
    assert model.index(maria, 1).data(TOOLTIP) == "Maria Kay"
    assert model.index(maria, 0).data(TOOLTIP) is None
    assert model.index(maria, 3).data(Qt.ItemDataRole.UserRole) == row.id
    honorer = names.index("Pegawai Honorer 000")
    assert model.index(honorer, 0).data() == "-" and model.index(honorer, 3).data() == "-"
    assert model.index(honorer, 6).data() == "Active"
    assert _color(model.index(honorer, 0), FOREGROUND) is None
    first = model.row_at(honorer)
    assert first is not None
    assert model.index(honorer, 2).data() == CATEGORY_LABELS[first.category]

    # the last rows are on the second page: "…" until it comes, then the names
    last = model.rowCount() - 1
    assert model.row_at(last) is None
    assert model.index(last, 1).data() == "…" and model.index(last, 0).data() == ""
    assert model.index(last, 1).data(TOOLTIP) is None
    qtbot.waitUntil(lambda: model.row_at(last) is not None, timeout=10_000)
    assert model.index(last, 1).data() != "…"

    # a header click sorts in SQL (a new query, a reset the tester checks)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "Yohanis Lewier"
    assert model.query.sort == "name" and model.query.descending
    settle(qtbot, ui)
    del tester


# ---------------------------------------------------------------------- sync page
def test_sync_review_panel_model(qapp: object) -> None:
    panel = ReviewPanel()
    model = panel.model
    tester = QAbstractItemModelTester(model, Fatal)
    counts = {"inserted": 0, "updated": 0, "skipped": 0, "conflict": 0, "tamper": 0}
    outcome = ImportOutcome(
        file="paket.netrasync",
        status="review",
        sender="81.08.01",
        sender_name="81.08.01",
        seq=4,
        merge={
            "tables": {
                "employees": {**counts, "inserted": 12, "held": 1, "duplicate": 2},
                "cases": {**counts, "updated": 3, "conflict": 1, "held": 0, "duplicate": 0},
                "units": {**counts, "skipped": 7, "held": 0, "duplicate": 0},
            }
        },
    )
    panel.show_outcome(outcome, "ready to apply", {"employees": "Pegawai", "cases": "Laporan"})
    assert _headers(model) == [
        "Data",
        "New",
        "Changed",
        "Already here",
        "Conflicts",
        "Tamper alerts",
        "Held",
    ]
    assert _texts(model, 0) == ["Pegawai", "Laporan", "units"]  # no label: the table's name
    assert model.rows[0] == TableCounts("Pegawai", 12, 0, 0, 0, 0, 3)  # held + duplicate
    assert _texts(model, 1) == ["12", "0", "0"] and _texts(model, 6) == ["3", "0", "0"]
    assert _color(model.index(1, 0), BACKGROUND) == DIFF_BG  # a conflict: tinted
    assert _color(model.index(0, 0), BACKGROUND) is None
    assert model.index(0, 0).data(TOOLTIP) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) is None
    assert panel.heading.text() == "Package 4 from 81.08.01"
    model.sort(1, Qt.SortOrder.DescendingOrder)  # the model sorts by text when asked
    assert _texts(model, 0)[0] == "Pegawai"
    panel.show_outcome(ImportOutcome("paket.netrasync", "duplicate"), "already here", {})
    assert model.rowCount() == 0 and not panel.apply_button.isEnabled()
    del tester
    panel.deleteLater()


def _conflict(item: dict[str, Any]) -> Conflict:
    """A conflict as ``sync.conflicts`` lists it, from the fields a view reads."""
    rest: dict[str, Any] = {"detected_at": "2026-12-03T09:15:00+00:00", "resolved_at": None}
    rest |= {"resolution": None, "resolved_by": None, "package_sha256": "0" * 64}
    rest |= {"entity_id": (item["local"] or item["incoming"])["id"]}
    return Conflict(**(rest | item))


def _refusal(item: dict[str, Any]) -> Refusal:
    rest: dict[str, Any] = {"device": "", "seq": 7, "package_sha256": "0" * 64, "times_seen": 1}
    rest |= {"detected_at": "2026-12-03T00:15:00+00:00", "last_seen_at": "2026-12-03T00:15:00"}
    rest |= {"acknowledged_at": None, "acknowledged_by": None}
    return Refusal(**(rest | item))


def _peer(item: dict[str, Any]) -> PeerStatus:
    rest: dict[str, Any] = {"device_id": "p1", "device": "", "device_name": "", "fingerprint": "AB"}
    rest |= {"last_import_at": None, "packages_in": 0, "packages_out": 0, "last_seq_out": 0}
    rest |= {"unacknowledged_packages": 0, "refusals": 0}
    return PeerStatus(**(rest | item | {"gaps": tuple(item["gaps"])}))


def test_sync_conflicts_and_refusals_models(qapp: object) -> None:
    view = ConflictView()
    tester = QAbstractItemModelTester(view.list_model, Fatal)
    fields_tester = QAbstractItemModelTester(view.fields_model, Fatal)
    reason = "Edited here and at the kabupaten since the last package: both versions kept"
    items: list[dict[str, Any]] = [
        {
            "id": "c1",
            "kind": "conflict",
            "entity": "employees",
            "incoming_origin": "81.08",
            "provisional_winner": "local",
            "reason": reason,
            "local": {"id": "e1", "name": "Kabupaten (A)", "nip": None, "revision": 3},
            "incoming": {"id": "e1", "name": "Kabupaten (B)", "nip": None, "revision": 4},
        },
        {
            "id": "c2",
            "kind": "tamper",
            "entity": "strange_table",
            "incoming_origin": "81.08.02",
            "provisional_winner": "incoming",
            "reason": "hash",
            "local": None,
            "incoming": {"id": "x"},
        },
    ]
    view.set_conflicts([_conflict(item) for item in items], {"employees": "Pegawai"})
    lists = view.list_model
    assert _headers(lists) == ["Kind", "Data", "From", "Used for now", "Reason"]
    assert _texts(lists, 0) == ["Edited in two places", "Tamper alert"]
    assert _texts(lists, 1) == ["Pegawai", "strange_table"]
    assert _texts(lists, 3) == ["held here", "incoming"]
    assert lists.index(0, 4).data(TOOLTIP) == reason  # over 40 characters: shown whole
    assert lists.index(1, 4).data(TOOLTIP) is None
    assert _color(lists.index(1, 2), BACKGROUND) == DIFF_BG  # tamper
    assert _color(lists.index(0, 2), BACKGROUND) is None
    current = view.current()
    assert current is not None and current.id == "c1" and view.keep_incoming.isEnabled()
    assert current.label == "Pegawai" and "label" not in items[0]  # the service's dict as it was

    # the selected conflict's fields, the sync bookkeeping hidden; None is an empty cell
    fields = view.fields_model
    assert _headers(fields) == ["Field", "Version held here", "Incoming version"]
    assert _texts(fields, 0) == ["name", "nip"]
    assert list(fields.rows) == [
        FieldDiff("name", "Kabupaten (A)", "Kabupaten (B)"),
        FieldDiff("nip", None, None),
    ]
    assert _texts(fields, 1) == ["Kabupaten (A)", ""] and _texts(fields, 2)[0] == "Kabupaten (B)"
    assert _color(fields.index(0, 0), BACKGROUND) == DIFF_BG
    assert _color(fields.index(1, 0), BACKGROUND) is None  # the same on both sides
    view.list_view.selectRow(1)
    assert _texts(fields, 0) == [] and not view.keep_incoming.isEnabled()
    view.set_conflicts([], {})
    assert lists.rowCount() == 0 and fields.rowCount() == 0 and view.current() is None
    del tester, fields_tester
    view.deleteLater()

    alert = RefusalAlert()
    model = alert.model
    refusal_tester = QAbstractItemModelTester(model, Fatal)
    refusal: dict[str, Any] = {
        "id": "r1",
        "detected_local": "03-12-2026 09.15",
        "office": "81.08.02",
        "file": "netra-81.08.02-0007.ntr",
        "reason": "foreign_origin",
        "message": "short",
    }
    alert.set_refusals([_refusal(refusal)])
    assert _headers(model) == ["When", "From", "File", "Reason", "Details"]
    assert model.index(0, 3).data() == "data of another office (foreign_origin)"
    assert _color(model.index(0, 4), BACKGROUND) == DIFF_BG  # every refusal is tinted
    assert alert.heading.text().startswith("1 package(s) refused")
    assert model.rows[0].id == "r1" and model.rows[0].reason == "foreign_origin"
    alert.set_refusals([])
    assert model.rowCount() == 0
    del refusal_tester
    alert.deleteLater()


def test_peers_rows_under_the_model_tester(qapp: object) -> None:
    """The sync page's offices table: typed rows from ``sync.status`` peers, the text
    columns of the sync page (None empty, a long text its own tooltip), a tint."""
    peers: list[dict[str, Any]] = [
        {
            "office": "81.08.03",
            "name": "Kecamatan Wetar",
            "status": "active",
            "last_package": None,
            "sequence": 0,
            "gaps": [],
            "pending_conflicts": 0,
            "pending_records": 4,
            "role": "office",
        },
        {
            "office": "81.08.01",
            "name": "Kecamatan Moa Lakor",
            "status": "revoked",
            "last_package": "netra-81.08.01-laptop-kantor-camat-000012.ntr",
            "sequence": 12,
            "gaps": [9, 10],
            "pending_conflicts": 0,
            "pending_records": 0,
            "refusals": 1,
            "role": "office",
        },
    ]
    rows = [PeerRow.from_status(_peer(p)) for p in peers]
    assert rows[0].refusals == 0 and not rows[0].needs_attention and rows[0].active
    assert rows[1].gaps == (9, 10) and rows[1].needs_attention and not rows[1].active
    model: RowsModel[PeerRow] = RowsModel(
        [
            text_column("Code", lambda r: r.office),
            text_column("Last package", lambda r: r.last_package),
            text_column("Missing", lambda r: ", ".join(map(str, r.gaps)) or "-"),
            text_column("Sequence", lambda r: r.sequence, sort_key=lambda r: r.sequence),
        ],
        background=tinted(lambda r: r.needs_attention),
    )
    tester = QAbstractItemModelTester(model, Fatal)
    view = QTableView()
    view.setModel(model)
    model.set_rows(rows)
    assert _texts(model, 1) == ["", "netra-81.08.01-laptop-kantor-camat-000012.ntr"]
    assert model.index(1, 1).data(TOOLTIP) == peers[1]["last_package"]  # over 40 characters
    assert model.index(0, 1).data(TOOLTIP) is None and model.index(1, 0).data(TOOLTIP) is None
    assert _texts(model, 2) == ["-", "9, 10"] and _texts(model, 3) == ["0", "12"]
    assert [_color(model.index(i, 0), BACKGROUND) for i in range(2)] == [None, DIFF_BG]
    view.selectRow(1)
    model.sort(0)
    assert [r.office for r in model.rows] == ["81.08.01", "81.08.03"]
    assert view.selectionModel().selectedRows()[0].row() == 0  # the selection followed its row
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert [r.sequence for r in model.rows] == [12, 0]
    model.set_rows(rows[:1])
    assert _texts(model, 0) == ["81.08.03"]
    del tester


# ---------------------------------------------------------------------- cases
def _due(case: dict[str, Any]) -> tuple[bool, date]:
    due = case["deadline"]["due"]
    return (due is None, due or date.min)


def test_cases_model_of_the_demo_office(empty_ctx: AppContext, qapp: object) -> None:
    demo.populate(empty_ctx, employees=40)  # enough people for an overdue report
    listed = cases.list_cases(empty_ctx)
    late = [r for r in listed if r["deadline"]["overdue"]]
    assert listed and late and len(late) < len(listed)
    model = CasesModel()
    tester = QAbstractItemModelTester(model, Fatal)
    model.set_listed(listed)
    assert _headers(model) == [
        "Number",
        "Stage",
        "Received",
        "Reported person",
        "Work unit",
        "Codes",
        "Deadline",
    ]
    assert [r.id for r in model.rows] == [c["id"] for c in listed]  # the service's order
    for i, case in enumerate(listed):
        assert model.rows[i] == CaseRow.from_listed(case)
        assert model.index(i, 0).data() == case["number"]
        assert model.index(i, 1).data() == case["state_label"]
        assert model.index(i, 2).data() == f"{case['received']:%d-%m-%Y}"
        assert model.index(i, 3).data() == (case["reported_name"] or "-")
        assert model.index(i, 4).data() == (case["reported_unit"] or "-")
        codes = case["proven_codes"] or case["alleged_codes"]
        assert model.index(i, 5).data() == (", ".join(codes) or "-")
        assert model.index(i, 6).data(Qt.ItemDataRole.UserRole) == case["id"]
        due = case["deadline"]
        deadline = model.index(i, 6)
        if due["due"] is None:
            assert deadline.data() == ""
        elif due["overdue"]:
            assert deadline.data() == f"{due['due']:%d-%m-%Y} (overdue)"
        else:
            assert deadline.data() == f"{due['due']:%d-%m-%Y}"
        if due["overdue"]:
            tip = f"Past the deadline: {due['label']}"
            assert model.index(i, 0).data(TOOLTIP) == tip == deadline.data(TOOLTIP)
            assert _color(model.index(i, 3), BACKGROUND) == OVERDUE_BG
            assert _color(deadline, FOREGROUND) == OVERDUE_FG
            assert deadline.data(Qt.ItemDataRole.FontRole).bold()
            assert _color(model.index(i, 5), FOREGROUND) is None  # only the deadline is red
            assert model.index(i, 5).data(Qt.ItemDataRole.FontRole) is None
        else:
            assert model.index(i, 0).data(TOOLTIP) is None
            assert model.index(i, 0).data(BACKGROUND) is None
            assert deadline.data(FOREGROUND) is None
            assert deadline.data(Qt.ItemDataRole.FontRole) is None

    # sorted by a date column: by the date, not its dd-mm-yyyy text; no deadline last
    model.sort(2)
    received = [r.received for r in model.rows]
    assert received == sorted(received)
    model.sort(6)
    dues = [r.due for r in model.rows]
    known = [d for d in dues if d is not None]
    assert dues[: len(known)] == sorted(known)
    model.set_listed(late)  # a filtered list keeps the sort
    assert [r.id for r in model.rows] == [r["id"] for r in sorted(late, key=_due)]
    model.clear()
    assert model.rowCount() == 0
    del tester
