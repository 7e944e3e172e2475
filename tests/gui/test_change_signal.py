"""One app-level "changed" signal: the task runner emits it after a task with the areas the
task changed (named by the caller or carried by the service's result), and every page
reloads from it for its own areas and for ALL; an error nobody handles is shown by the
runner itself."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import backup, cases, roster
from desktop.services.changes import Area, Changes, changes_of
from desktop.services.context import AppContext
from desktop.services.roster.importer import ImportResult
from desktop.services.sync import ImportOutcome
from desktop.services.sync.event_kit import KitImportResult
from desktop.ui import crash, tools
from desktop.ui.cases.page import CasesPage
from desktop.ui.context import UiContext
from desktop.ui.pages import Page
from desktop.ui.pages.admin import AdminPage
from desktop.ui.pages.home import HomePage
from desktop.ui.printing.page import PrintingPage
from desktop.ui.roster.dialogs import EmployeeDialog, TransferDialog
from desktop.ui.roster.page import RosterPage
from desktop.ui.roster.unit_dialog import UnitDialog
from desktop.ui.signing.page import SigningPage
from desktop.ui.sync.coverage_page import CoveragePage
from desktop.ui.sync.page import SyncPage
from desktop.ui.users import UserDialog
from tests.cases.conftest import intake
from tests.roster.test_gui import settle

#: Each page and the method its ``_on_changed`` reloads with.
RELOADS: dict[type[Page], str] = {
    HomePage: "refresh",
    RosterPage: "load_units",
    SigningPage: "reload_events",
    PrintingPage: "activate",
    CasesPage: "refresh",
    CoveragePage: "refresh",
    AdminPage: "activate",
    SyncPage: "activate",
}


@pytest.fixture
def pages(ui: UiContext, qtbot: QtBot) -> Iterator[dict[str, Page]]:
    """Every page, on screen and loaded once, with its reload counted (not run)."""
    made: dict[str, Page] = {}
    for cls in RELOADS:
        page = cls(ui)
        qtbot.addWidget(page)
        if isinstance(page, SyncPage):  # no automatic folder sync in a test
            page.timer.stop()
            page.first_run.stop()
        page.show()
        page.activate()
        made[cls.key] = page
    settle(qtbot, ui)
    yield made
    settle(qtbot, ui)


def count_reloads(pages: dict[str, Page], monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    calls: Counter[str] = Counter()
    for key, page in pages.items():

        def counted(*_a: Any, _key: str = key, **_kw: Any) -> None:
            calls[_key] += 1

        monkeypatch.setattr(page, RELOADS[type(page)], counted)
    return calls


def test_a_restore_reloads_every_page(
    ui: UiContext,
    ctx: AppContext,
    pages: dict[str, Page],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = backup.create(ctx, tmp_path / "cadangan.netrabak", "sandi-cadangan-panjang")
    calls = count_reloads(pages, monkeypatch)
    seen: list[tuple[Changes, object]] = []
    ui.bus.changed.connect(lambda areas, initiator: seen.append((areas, initiator)))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = tools.restore_dialog(parent, ui)
    dialog.path.setText(str(made.path))  # type: ignore[attr-defined]
    dialog.passphrase.setText("sandi-cadangan-panjang")  # type: ignore[attr-defined]
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    settle(qtbot, ui)
    assert seen == [(Changes.of(Area.ALL), None)]
    assert calls == Counter(dict.fromkeys(pages, 1))
    for box in parent.findChildren(QMessageBox):  # "Netra will now close": not in a test
        box.blockSignals(True)
        box.deleteLater()


def test_a_roster_edit_reloads_the_pages_that_show_the_roster(
    ui: UiContext,
    ctx: AppContext,
    pages: dict[str, Page],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    top = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    calls = count_reloads(pages, monkeypatch)
    dialog = UnitDialog(ui, roster.list_units(ctx))
    qtbot.addWidget(dialog)
    dialog.code.setText("81.08.06.2001")
    dialog.name.setText("Desa Ilwaki")
    dialog.kind.setCurrentIndex(dialog.kind.findData("desa"))
    dialog.parent_unit.setCurrentIndex(dialog.parent_unit.findData(top.id))
    with qtbot.waitSignal(ui.bus.changed, timeout=10_000) as signal:
        dialog.save()
    settle(qtbot, ui)
    assert signal.args == [Changes.of(Area.ROSTER), dialog]
    assert calls == Counter(roster=1, signing=1, printing=1, home=1)


def named_by_callers(ui: UiContext, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The ``changes=`` each caller of the task runner passes (None: left to the result)."""
    named: list[object] = []
    run = ui.tasks.run

    def spy(*args: Any, **kwargs: Any) -> Any:
        named.append(kwargs.get("changes"))
        return run(*args, **kwargs)

    monkeypatch.setattr(ui.tasks, "run", spy)
    return named


def _person(ctx: AppContext) -> tuple[str, str, str]:
    kec = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    desa = roster.add_unit(ctx, "81.08.06.2001", "Desa Ilwaki", "desa", "81.08.06")
    data = roster.EmployeeInput(name="Yohanis Lewier", unit_id=kec.id, nip="198609262015051001")
    return kec.id, desa.id, roster.add_employee(ctx, data).id


def test_a_transfer_reaches_the_pages_without_the_dialog_naming_it(
    ui: UiContext,
    ctx: AppContext,
    pages: dict[str, Page],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kec, desa, person = _person(ctx)
    calls = count_reloads(pages, monkeypatch)
    named = named_by_callers(ui, monkeypatch)
    dialog = TransferDialog(ui, roster.list_units(ctx), person, "Yohanis Lewier", None, kec)
    qtbot.addWidget(dialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData(desa))
    dialog.note.setText("SK Bupati")
    with qtbot.waitSignal(ui.bus.changed, timeout=10_000) as signal:
        dialog.save()
    settle(qtbot, ui)
    assert named == [None]  # the dialog names no area: the RosterSaved does
    assert signal.args == [Changes.of(Area.ROSTER), dialog]
    assert calls == Counter(roster=1, signing=1, printing=1, home=1)
    assert roster.get_employee(ctx, person).unit_code == "81.08.06.2001"


def test_an_edit_that_changes_nothing_reloads_no_page(
    ui: UiContext,
    ctx: AppContext,
    pages: dict[str, Page],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _kec, _desa, person = _person(ctx)
    calls = count_reloads(pages, monkeypatch)
    seen: list[object] = []
    ui.bus.changed.connect(lambda *args: seen.append(args))
    dialog = EmployeeDialog(ui, roster.list_units(ctx), roster.get_employee(ctx, person))
    qtbot.addWidget(dialog)
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.save()
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    settle(qtbot, ui)
    assert saved == [person] and seen == [] and calls == Counter()

    dialog = EmployeeDialog(ui, roster.list_units(ctx), roster.get_employee(ctx, person))
    qtbot.addWidget(dialog)
    dialog.name.setText("Yohanis Lewier, S.Sos")
    with qtbot.waitSignal(ui.bus.changed, timeout=10_000) as signal:
        dialog.save()
    settle(qtbot, ui)
    assert signal.args == [Changes.of(Area.ROSTER), dialog]
    assert calls == Counter(roster=1, signing=1, printing=1, home=1)


def test_a_new_account_is_announced_once_by_the_runner(
    ui: UiContext,
    pages: dict[str, Page],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = count_reloads(pages, monkeypatch)
    named = named_by_callers(ui, monkeypatch)
    seen: list[tuple[Changes, object]] = []
    ui.bus.changed.connect(lambda areas, initiator: seen.append((areas, initiator)))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = UserDialog(ui, None, parent)  # deletes itself once saved
    dialog.username.setText("camat")
    dialog.password.setText("sandi-kuat-123")
    dialog.again.setText("sandi-kuat-123")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    settle(qtbot, ui)
    assert named == [None]
    assert seen == [(Changes.of(Area.USERS), dialog)]
    assert calls == Counter(admin=1, home=1)


def test_a_case_result_names_its_own_change(
    ui: UiContext,
    pages: dict[str, Page],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = count_reloads(pages, monkeypatch)
    app = ui.app
    with qtbot.waitSignal(ui.bus.changed, timeout=10_000) as signal:
        ui.tasks.run(lambda _h: cases.new_case(app, intake(reported_name="Yohanis Letsoin")))
    settle(qtbot, ui)
    assert signal.args == [Changes.of(Area.CASES), None]
    assert calls == Counter(cases=1, home=1)


def test_a_read_changes_nothing(ui: UiContext, qtbot: QtBot) -> None:
    seen: list[object] = []
    ui.bus.changed.connect(lambda *args: seen.append(args))
    app = ui.app
    done: list[object] = []
    ui.tasks.run(lambda _h: roster.list_units(app), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    qtbot.wait(20)
    assert seen == []


def test_the_runner_shows_an_error_nobody_handles(
    ui: UiContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[QWidget | None, BaseException]] = []

    def capture(parent: QWidget | None, exc: BaseException, tb: str = "") -> str:
        shown.append((parent, exc))
        return str(exc)

    monkeypatch.setattr(crash, "show_error", capture)
    seen: list[object] = []
    ui.bus.changed.connect(lambda *args: seen.append(args))
    widget = QWidget()
    qtbot.addWidget(widget)

    def fail(_h: object) -> None:
        raise ValueError("rusak")

    ui.tasks.run(fail, changes=Changes.of(Area.ROSTER), initiator=widget)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0][0] is widget and str(shown[0][1]) == "rusak"

    handled: list[BaseException] = []
    ui.tasks.run(fail, None, lambda exc, _tb: handled.append(exc), changes={Area.ROSTER})
    qtbot.waitUntil(lambda: bool(handled), timeout=10_000)
    qtbot.wait(20)
    assert len(shown) == 1  # the caller's own handler was used, the runner showed nothing
    assert seen == []  # nothing changed when the task failed


def test_changes_of_reads_only_areas() -> None:
    outcome = ImportOutcome("a.netra", "applied")
    assert changes_of(outcome) == Changes.of(Area.SYNC, Area.ROSTER, Area.SIGNING, Area.CASES)
    assert "changes" not in outcome.to_json()
    # a roster import names the roster (its per-field list is field_changes); a dry run nothing
    assert changes_of(ImportResult()) == Changes.of(Area.ROSTER)
    assert changes_of(ImportResult(dry_run=True)) == Changes()
    assert "changes" in ImportResult().to_json()  # the JSON key stays: the field changes
    # an event kit: the event and its people, unless the same kit was already imported
    kit = KitImportResult("k.netrakit", "0" * 64, "imported", "e", "Apel", "2026-12-04", {}, 3)
    assert changes_of(kit) == Changes.of(Area.ROSTER, Area.SIGNING)
    assert changes_of(replace(kit, status="duplicate")) == Changes()
    assert "changes" not in kit.to_json()
    assert changes_of({"changes": {Area.ROSTER}}) is None
    assert Changes.of(Area.ALL).touches({Area.CASES})
    assert not Changes.of(Area.ROSTER).touches({Area.CASES})
