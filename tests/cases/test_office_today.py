"""Issue 14, "Dates disagree": "today" is the office's date (its time zone, WIT for the test
office), not the laptop's. The machine runs in UTC (``TZ=UTC``) and the office's clock is frozen
at 16:30 UTC of the machine's day: 01:30 WIT of the next day, the moment a laptop sold with a
WIB or UTC clock is used in Maluku just after midnight."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.errors import NetraError
from desktop.domain.pact import tanggal
from desktop.services import cases, office
from desktop.services.cases import exam as case_exam
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup
from desktop.services.sync import hub_recap
from desktop.store.models import Office
from desktop.ui.cases.dialogs import DecisionDialog
from desktop.ui.cases.intake_dialog import to_date
from desktop.ui.cases.page import CasesPage
from desktop.ui.context import UiContext
from desktop.ui.signing.dialogs import EventDialog, TemplateDialog
from desktop.ui.signing.page import SigningPage
from tests.cases.conftest import Driver, intake
from tests.cases.test_gui import settle
from tests.conftest import CliRunner

Freeze = Callable[[date], date]


@pytest.fixture
def machine_utc() -> Iterator[date]:
    """The process's clock zone set to UTC (as on this Linux box, or a WIB laptop an hour
    after midnight UTC); yields the machine's date."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        yield date.today()
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture
def office_clock(monkeypatch: pytest.MonkeyPatch, machine_utc: date) -> Freeze:
    """``freeze(day)``: the office's clock stands at 16:30 UTC of ``day`` (01:30 WIT the day
    after); returns the office's date. Frozen at the machine's day to begin with."""

    def freeze(day: date) -> date:
        moment = datetime(day.year, day.month, day.day, 16, 30, tzinfo=UTC)
        monkeypatch.setattr(office, "utcnow", lambda: moment)
        return day + timedelta(days=1)

    freeze(machine_utc)
    return freeze


def test_office_today_is_the_office_date(
    ctx: AppContext, machine_utc: date, office_clock: Freeze
) -> None:
    today = office.office_today(ctx)
    assert today == machine_utc + timedelta(days=1) != date.today()
    with ctx.read() as session:
        assert office.office_zone(session).key == "Asia/Jayapura"
        assert office.office_today(session) == today
        assert office.office_now(session).strftime("%H:%M %z") == "01:30 +0900"
    # the signing API is the core's (pacts are dated by the same day)
    assert signing_setup.office_today(ctx) == today
    assert signing_setup.office_zone is office.office_zone


def test_case_received_on_the_office_day_is_accepted(
    ctx: AppContext, cli: CliRunner, machine_utc: date, office_clock: Freeze
) -> None:
    today = office_clock(machine_utc)
    made = cases.show(
        ctx, cases.new_case(ctx, intake(received=today, reported_name="Kepala Desa X")).case_id
    )
    assert made.received == today
    with pytest.raises(NetraError) as err:
        cases.new_case(
            ctx, intake(received=today + timedelta(days=1), reported_name="Kepala Desa X")
        )
    assert err.value.code == "date_in_future"
    # the CLI's default "received" is the office's day too
    res = cli("case", "new", "--source", "masyarakat", "--reporter", "Lukas Maahury",
              "--reported-name", "Kepala Desa X", "--description", "Foto bersama calon.",
              "--code", "D7", "--json")  # fmt: skip
    assert res.code == 0, res.err
    assert res.json_object()["received"] == today.isoformat()


def test_deadline_overdue_by_the_office_day(
    ctx: AppContext, machine_utc: date, office_clock: Freeze
) -> None:
    ref = cases.new_case(ctx, intake(received=machine_utc, reported_name="Kepala Desa X")).case_id
    due = cases.show(ctx, ref, today=machine_utc).deadline.due
    assert due is not None and due >= machine_utc
    # the office's clock at 01:30 WIT the day after the due date: late by the office's
    # calendar, while the machine (UTC) still reads the due date itself
    office_day = office_clock(due)
    assert date.today() <= due < office_day
    shown = cases.show(ctx, ref).deadline
    assert shown.overdue and shown == cases.show(ctx, ref, today=office_day).deadline
    assert not cases.show(ctx, ref, today=due).deadline.overdue
    listed = {c["id"]: c for c in cases.list_cases(ctx)}
    assert listed[ref]["deadline"]["overdue"]
    assert [c["id"] for c in cases.list_cases(ctx, overdue=True)] == [ref]


def test_lhp_bkn_letter_sk_and_receipt_dated_the_office_day(
    ctx: AppContext,
    people: dict[str, str],
    drive: Driver,
    machine_utc: date,
    office_clock: Freeze,
) -> None:
    today = office_clock(machine_utc)
    tomorrow = today + timedelta(days=1)
    # a non-ASN worker: clarification by the head of unit, the LHP needs no BAP
    ref = drive(people["non_asn"], ["D2"], received=today - timedelta(days=5))["id"]
    conclusion = "Terbukti mengunggah foto bersama calon bupati."
    with pytest.raises(NetraError) as err:
        case_exam.record_lhp(ctx, ref, conclusion, made_on=tomorrow)
    assert err.value.code == "date_in_future"
    lhp = case_exam.record_lhp(ctx, ref, conclusion)  # dated the office's day by default
    assert lhp.to_json()["date"] == today.isoformat()
    assert case_exam.record_lhp(ctx, ref, conclusion, made_on=today).to_json()["date"] == (
        today.isoformat()
    )
    with pytest.raises(NetraError) as err:
        case_exam.set_references(ctx, ref, bkn_date=tomorrow.isoformat())
    assert err.value.code == "date_in_future"
    case_exam.set_references(ctx, ref, bkn_letter="R-77/KASN/12/2026", bkn_date=today.isoformat())
    with pytest.raises(NetraError) as err:
        case_sanctions.decide(ctx, ref, "kontrak_teguran", "800/77/2026", tomorrow, "Bupati")
    assert err.value.code == "date_in_future"
    case_sanctions.decide(ctx, ref, "kontrak_teguran", "800/77/2026", today, "Bupati")
    with pytest.raises(NetraError) as err:
        case_exam.record_receipt(ctx, ref, tomorrow)
    assert err.value.code == "date_in_future"
    receipt = case_exam.record_receipt(ctx, ref, today)
    assert receipt.to_json()["delivered"] == today.isoformat()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_case_recap_dated_the_day_it_is_printed(
    ctx: AppContext, machine_utc: date, office_clock: Freeze, tmp_path: Path
) -> None:
    today = office_clock(machine_utc)
    with ctx.tx() as session:
        me = session.query(Office).one()
        me.role, me.place = "hub", "Tiakur"
    cases.new_case(ctx, intake(received=machine_utc, reported_name="Kepala Desa X"))
    out = hub_recap.case_recap(ctx, tmp_path / "kasus.pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(out.out), "-"], check=True, capture_output=True, text=True
        ).stdout.split()
    )
    state = re.search(r"Keadaan per (\d+ \w+ \d{4})", text)
    printed = re.search(r"(\d\d-\d\d-\d{4}) \d\d\.\d\d WIT", text)
    assert state and printed, text[:600]
    assert state.group(1) == tanggal(today)
    assert printed.group(1) == f"{today:%d-%m-%Y}"
    assert f"Tiakur, {tanggal(today)}" in text
    assert f"{machine_utc:%d-%m-%Y}" in text  # the case, received the day before


def test_gui_date_fields_start_on_the_office_day(
    qtbot: QtBot,
    ui: UiContext,
    ctx: AppContext,
    people: dict[str, str],
    drive: Driver,
    monkeypatch: pytest.MonkeyPatch,
    machine_utc: date,
) -> None:
    """A laptop set to WIT in a WIB office, at 00:30 WIT (23:30 WIB the evening before): the
    intake's "received" must start on the office's day, or the report is refused as dated in
    the future."""
    os.environ["TZ"] = "Asia/Jayapura"  # restored by machine_utc's teardown
    time.tzset()
    machine = date.today()
    with ctx.tx() as session:
        session.query(Office).one().timezone = "Asia/Jakarta"
    midnight_wib = datetime(machine.year, machine.month, machine.day, tzinfo=UTC) - timedelta(
        hours=7
    )
    # 23:30 WIB the evening before the machine's day
    monkeypatch.setattr(office, "utcnow", lambda: midnight_wib - timedelta(minutes=30))
    today = machine - timedelta(days=1)
    assert office.office_today(ctx) == today
    page = CasesPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, ui)
    dialog = page.open_intake()
    settle(qtbot, ui)
    assert to_date(dialog.received.date()) == today
    assert to_date(dialog.act_date.date()) == today
    dialog.reported_name.setText("Kepala Desa X")
    dialog.reporter.setText("Lukas Maahury")
    dialog.description.setPlainText("Hadir pada deklarasi pasangan calon.")
    dialog.codes.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        dialog._save()
    settle(qtbot, ui)
    assert [c["received"] for c in cases.list_cases(ctx)] == [today]
    # the SK date of the decision dialog (opened from the case view with the ui) too
    shown = cases.show(ctx, drive(people["pns"], ["D7"], received=today)["id"])
    decision = DecisionDialog(shown, page, ui=ui)
    qtbot.addWidget(decision)
    settle(qtbot, ui)
    assert to_date(decision.sk_date.date()) == today


def test_signing_event_and_template_preview_dated_the_office_day(
    qtbot: QtBot, ui: UiContext, ctx: AppContext, machine_utc: date, office_clock: Freeze
) -> None:
    """A new signing event starts on the office's day; the template preview is dated by it."""
    today = office_clock(machine_utc)
    page = SigningPage(ui)
    qtbot.addWidget(page)
    page._event_dialog(None)
    settle(qtbot, ui)
    event = page._dialog
    assert isinstance(event, EventDialog)
    assert to_date(event.event_date.date()) == today
    event.reject()
    page._new_template()
    settle(qtbot, ui)
    template = page._dialog
    assert isinstance(template, TemplateDialog)
    assert tanggal(today) in template.preview.toPlainText()
    template.reject()
