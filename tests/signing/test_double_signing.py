"""A person who signed on two laptops (issue 17): both records kept, the person counted once,
the later record flagged for the operator to void; the kiosk's refusal names the other laptop.

Both routes are the real ones. At the hub (``hub_kiosk``): the office's kiosk signs, the
BKPSDM runs a kiosk itself at the same event (the hub as a kiosk), and the office's next
package brings the office's record to the hub. At an office's main laptop: two kiosks
enrolled there (``sync enroll --kiosk``) get the event from it, sign offline, and their
packages merge on the main laptop, whose answer carries each kiosk's records to the other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from desktop.domain.errors import NetraError
from desktop.services import audit, devices, signing, sync
from desktop.services.context import AppContext
from desktop.services.sync import hub_coverage
from desktop.store.models import SignatureRecord
from desktop.ui import crash
from desktop.ui.context import UiContext
from desktop.ui.signing.dialogs import ReasonDialog
from desktop.ui.signing.page import PACT, SigningPage
from desktop.ui.tasks import TaskRunner
from tests.signing.conftest import Setup, make_event, make_roster, strokes_for
from tests.signing.flow import settle, wait_until
from tests.sync.helpers import HUB, PASSWORD, enrol, make_install

WETAR = "81.08.06"
CAMAT = "197003121995031004"
SEKCAM = "198405172009022003"
CLOCK = re.compile(r"pukul \d\d\.\d\d WIT \(\d\d-\d\d-\d{4}, ")


@dataclass
class HubKiosk:
    hub: AppContext
    office: AppContext
    setup: Setup
    office_record: str  # the camat's signature on the office's kiosk (earlier)
    hub_record: str  # and at the hub's own kiosk (later)
    office_device: str

    @property
    def camat(self) -> str:
        return self.setup.roster.employees[CAMAT]


def _ship(office: AppContext, hub: AppContext, stick: Path) -> None:
    [package] = sync.export(office, stick)
    outcome = sync.import_file(hub, package.path)
    assert outcome.status == "applied", (outcome.reason, outcome.message)


@pytest.fixture
def hub_kiosk(tmp_path: Path) -> Iterator[HubKiosk]:
    hub = make_install(tmp_path / "hub", HUB[0], HUB[1], "hub")
    office = make_install(tmp_path / "office", WETAR, "Kecamatan Wetar")
    setup = make_event(office, make_roster(office))
    devices.set_name(office, "Kiosk 1")
    devices.set_name(hub, "Kiosk BKPSDM")
    stick = tmp_path / "usb"
    stick.mkdir()
    enrol(hub, office, stick)
    _ship(office, hub, stick)  # the roster and the event reach the hub
    camat = setup.roster.employees[CAMAT]
    first = signing.sign(office, setup.event_id, camat, strokes_for(1))
    # The hub's kiosk cannot see the office's record yet: the camat signs again there.
    second = signing.sign(hub, setup.event_id, camat, strokes_for(2))
    signing.sign(office, setup.event_id, setup.roster.employees[SEKCAM], strokes_for(3))
    _ship(office, hub, stick)
    with office.read() as session:
        device = office.office(session).device_code or ""
    yield HubKiosk(hub, office, setup, first.id, second.id, device)
    hub.close()
    office.close()


def test_counted_once_and_the_later_record_flagged(hub_kiosk: HubKiosk) -> None:
    k = hub_kiosk
    hub = k.hub
    whole = signing.progress(hub, k.setup.event_id)[0]
    assert (whole.signed, whole.double_signings) == (2, 1)  # camat once, sekcam once
    assert signing.signed_count(hub, k.setup.event_id)[0] == 2
    [camat] = [p for p in signing.people(hub, k.setup.event_id) if p.employee_id == k.camat]
    # The earlier signature (the office kiosk's) is the one in force, although the hub's
    # own row was stored first.
    assert camat.status == "signed" and camat.record_id == k.office_record
    [flag] = signing.double_signings(hub, k.setup.event_id)
    assert signing.double_signings(hub) == [flag]
    assert signing.double_signings(hub, election_id=k.setup.election_id) == [flag]
    assert signing.double_signings(hub, election_id="another election") == []
    assert (flag.kept.id, flag.later.id) == (k.office_record, k.hub_record)
    assert flag.kept.created_at < flag.later.created_at
    assert flag.name == "Drs. Yohanis Letelay, M.Si." and flag.nip == CAMAT
    assert not flag.same_device
    assert (flag.kept.origin, flag.kept.device) == (WETAR, k.office_device)
    assert flag.kept.device_name == "Kiosk 1"  # the hub knows it from the office's packages
    assert not flag.kept.this_device and flag.later.this_device
    assert flag.later.device_name == "Kiosk BKPSDM"
    assert flag.later.origin == HUB[0]
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d\.\d\d WIT", flag.kept.local_time)
    # Both records are kept as evidence, and every chain still verifies.
    ids = {r.id for r in signing.list_records(hub, k.setup.event_id) if r.kind == "signed"}
    assert {k.office_record, k.hub_record} <= ids
    assert audit.verify(hub).ok
    # The hub's coverage counts the camat once.
    cover = hub_coverage.coverage(hub)
    [wetar] = [o for o in cover.offices if o.office == WETAR]
    assert wetar.counts.signed == 2


def test_voiding_the_later_record_clears_the_flag(hub_kiosk: HubKiosk) -> None:
    k = hub_kiosk
    [flag] = signing.double_signings(k.hub, k.setup.event_id)
    signing.void(k.hub, flag.later.id, "Tanda tangan ganda di kiosk BKPSDM")
    assert signing.double_signings(k.hub, k.setup.event_id) == []
    assert signing.double_signings(k.hub) == []
    whole = signing.progress(k.hub, k.setup.event_id)[0]
    assert (whole.signed, whole.double_signings) == (2, 0)
    records = {r.id: r for r in signing.list_records(k.hub, k.setup.event_id)}
    assert records[k.hub_record].voided and not records[k.office_record].voided


def test_refusal_on_another_device_names_the_laptop(hub_kiosk: HubKiosk) -> None:
    k = hub_kiosk
    with pytest.raises(NetraError) as caught:
        signing.sign(k.hub, k.setup.event_id, k.camat, strokes_for(4))
    err = caught.value
    assert err.code == "already_signed"
    assert "sudah menandatangani di laptop Kiosk 1 (81.08.06) pukul " in err.message_id
    assert CLOCK.search(err.message_id), err.message_id
    assert k.office_record[:8] in err.message_id
    assert err.details["device"] == k.office_device and err.details["device_name"] == "Kiosk 1"
    assert err.details["record"]["id"] == k.office_record
    assert "Kiosk 1" in err.message_en
    # Nothing was stored.
    assert len(signing.double_signings(k.hub, k.setup.event_id)) == 1


def test_same_device_message_unchanged(ctx: AppContext, setup: Setup) -> None:
    camat = setup.roster.employees[CAMAT]
    first = signing.sign(ctx, setup.event_id, camat, strokes_for(1))
    with pytest.raises(NetraError) as caught:
        signing.sign(ctx, setup.event_id, camat, strokes_for(2))
    err = caught.value
    assert err.code == "already_signed"
    assert re.fullmatch(
        r"Drs\. Yohanis Letelay, M\.Si\. sudah menandatangani pakta ini untuk pemilihan yang "
        r"sama pada \d\d-\d\d-\d{4} \d\d\.\d\d WIT \(catatan "
        + first.id[:8]
        + r", operator admin\)\.",
        err.message_id,
    ), err.message_id
    with ctx.read() as session:
        me = ctx.office(session)
        assert err.details["device"] == (me.device_code or "")
    assert signing.double_signings(ctx, setup.event_id) == []
    assert signing.progress(ctx, setup.event_id)[0].double_signings == 0


# ----------------------------------------------------------------------------- main laptop
def _device(ctx: AppContext) -> str:
    with ctx.read() as s:
        return ctx.office(s).device_code or ""


def _deliver(sender: AppContext, recipient: AppContext, stick: Path, tag: str) -> None:
    """A package from ``sender`` for ``recipient`` (a kiosk's for its main laptop, the main
    laptop's answer for one kiosk), imported there."""
    results = sync.export(sender, stick / tag)
    if len(results) == 1:
        [path] = [r.path for r in results]
    else:
        [path] = [r.path for r in results if r.device == _device(recipient)]
    outcome = sync.import_file(recipient, path)
    assert outcome.status == "applied", (outcome.reason, outcome.message)


def test_kiosks_of_one_office_merge_on_the_main_laptop(tmp_path: Path) -> None:
    main = make_install(tmp_path / "utama", WETAR, "Kecamatan Wetar")
    k1 = make_install(tmp_path / "kiosk1", WETAR, "Kecamatan Wetar")
    k2 = make_install(tmp_path / "kiosk2", WETAR, "Kecamatan Wetar")
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        setup = make_event(main, make_roster(main))
        for laptop, name in ((main, "Laptop utama"), (k1, "Kiosk 1"), (k2, "Kiosk 2")):
            devices.set_name(laptop, name)
        for kiosk in (k1, k2):  # `sync enroll --kiosk` at the main laptop
            request = stick / f"{kiosk.data_dir.parent.name}.req"
            info = sync.write_request(kiosk, request)
            answer = request.with_suffix(".ans")
            sync.enrol(main, request, answer, info.fingerprint, kiosk=True)
            sync.accept(kiosk, answer)
            _deliver(main, kiosk, stick, f"event-{kiosk.data_dir.parent.name}")
        camat = setup.roster.employees[CAMAT]
        sekcam = setup.roster.employees[SEKCAM]
        # Offline, neither kiosk sees the other: the camat signs on both, kiosk 1 first.
        first = signing.sign(k1, setup.event_id, camat, strokes_for(1))
        second = signing.sign(k2, setup.event_id, camat, strokes_for(2))
        signing.sign(k2, setup.event_id, sekcam, strokes_for(3))
        _deliver(k1, main, stick, "k1")
        _deliver(k2, main, stick, "k2")
        [flag] = signing.double_signings(main, setup.event_id)
        assert (flag.kept.id, flag.later.id) == (first.id, second.id)
        assert (flag.kept.device, flag.later.device) == (_device(k1), _device(k2))
        # The main laptop knows its kiosks' names from their enrolment; same office: no code.
        assert (flag.kept.laptop, flag.later.laptop) == ("Kiosk 1", "Kiosk 2")
        assert not flag.kept.this_device and not flag.later.this_device
        whole = signing.progress(main, setup.event_id)[0]
        assert (whole.signed, whole.double_signings) == (2, 1)
        # Kiosk 1 gets kiosk 2's records with the main laptop's answer: the sekcam trying
        # again there is refused, naming kiosk 2 (its name from the roster of device keys).
        _deliver(main, k1, stick, "answer-k1")
        with pytest.raises(NetraError) as caught:
            signing.sign(k1, setup.event_id, sekcam, strokes_for(4))
        message = caught.value.message_id
        assert "Maria Lewerissa, S.Sos. sudah menandatangani di laptop Kiosk 2 pukul " in message
        assert caught.value.details["device"] == _device(k2)
        assert caught.value.details["device_name"] == "Kiosk 2"
        # The camat signed on kiosk 1 itself first: its own message, unchanged.
        with pytest.raises(NetraError) as caught:
            signing.sign(k1, setup.event_id, camat, strokes_for(5))
        assert "sudah menandatangani pakta ini untuk pemilihan yang sama pada" in (
            caught.value.message_id
        )
        # Voiding the earlier record instead: the later one is then in force, no flag.
        signing.void(main, first.id, "Kiosk 1 memilih orang yang salah")
        assert signing.double_signings(main, setup.event_id) == []
        person = next(p for p in signing.people(main, setup.event_id) if p.employee_id == camat)
        assert person.record_id == second.id
        for laptop in (main, k1, k2):
            assert audit.verify(laptop).ok
    finally:
        for laptop in (main, k1, k2):
            laptop.close()


# ----------------------------------------------------------------------------- CLI
def test_cli_doubles_and_progress_json(
    hub_kiosk: HubKiosk, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli.main import main

    k = hub_kiosk
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    monkeypatch.delenv("NETRA_DATABASE_URL", raising=False)

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", str(k.hub.data_dir), *argv])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run("pact", "doubles", "--event", k.setup.event_id, "--json")
    assert code == 0, err
    [item] = json.loads(out)
    assert {"employee_id", "name", "nip", "unit_name", "same_device", "kept", "later"} <= set(item)
    assert item["kept"]["id"] == k.office_record and item["later"]["id"] == k.hub_record
    assert item["kept"]["device"] == k.office_device
    assert item["kept"]["device_name"] == "Kiosk 1"
    assert item["later"]["device_name"] == "Kiosk BKPSDM"
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d\.\d\d WIT", item["later"]["local_time"])
    code, out, _ = run("pact", "doubles")
    assert code == 0 and "Kiosk 1" in out and k.hub_record in out
    code, out, _ = run("event", "progress", "--event", k.setup.event_id, "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["double_signings"] == 1 and rows[0]["signed"] == 2
    assert {"unit_code", "unit_name", "total", "signed", "refused", "unsigned"} <= set(rows[0])
    assert sum(r["double_signings"] for r in rows[1:]) == 1
    code, out, _ = run("event", "progress", "--event", k.setup.event_id)
    assert "Tanda tangan ganda: 1" in out
    code, _, err = run("pact", "doubles", "--event", "tidak-ada")
    assert code == 2 and "tidak ditemukan" in err and "Traceback" not in err
    code, out, _ = run("pact", "void", k.hub_record, "--reason", "ganda", "--json")
    assert code == 0
    code, out, _ = run("pact", "doubles", "--event", k.setup.event_id, "--json")
    assert json.loads(out) == []
    code, out, _ = run("pact", "doubles")
    assert "Tidak ada tanda tangan ganda." in out


# ----------------------------------------------------------------------------- GUI
@pytest.fixture
def hub_ui(hub_kiosk: HubKiosk, qapp: object) -> Iterator[UiContext]:
    handler = crash.install(hub_kiosk.hub.log_dir, windows=False)
    runner = TaskRunner()
    yield UiContext(hub_kiosk.hub, runner)
    runner.wait()
    QCoreApplication.processEvents()
    handler.uninstall()
    crash.uninstall()


def test_gui_flag_list_and_void(hub_kiosk: HubKiosk, hub_ui: UiContext, qtbot: Any) -> None:
    k = hub_kiosk
    page = SigningPage(hub_ui)
    qtbot.addWidget(page)
    page.resize(1300, 740)
    page.show()
    page.activate()
    settle(page)
    wait_until(lambda: page.doubles.model.rowCount() == 1)
    assert page.doubles.isVisible()
    assert "Double signings: 1" in page.doubles.heading.text()
    model = page.doubles.model
    person = model.data(model.index(0, 0))
    first = model.data(model.index(0, 1))
    later = model.data(model.index(0, 2))
    assert "Yohanis" in person and CAMAT in person
    assert first.startswith("Kiosk 1 (81.08.06)\n") and first.endswith(" WIT")
    assert later.startswith("Kiosk BKPSDM (this laptop)\n")
    whole = page.progress_model.row_at(0)
    assert whole is not None and whole.signed == 2  # counted once
    # The kiosk stays simple: the pact of the camat says where and when they signed.
    page.start_kiosk()
    settle(page)
    # Searched among those not yet signed, the camat is not listed: the note says where.
    page.search.search.setText("letelay")
    page.search._timer.stop()
    page.search._changed()
    settle(page)
    wait_until(lambda: "Kiosk 1" in page.search.message.text())
    assert "already signed on laptop Kiosk 1 (81.08.06) at " in page.search.message.text()
    page._open_person(k.camat)
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    assert "Already signed on laptop Kiosk 1 (81.08.06) at " in page.pact.message.text()
    assert not page.pact.confirm_button.isEnabled()
    page.show_events()
    settle(page)
    wait_until(lambda: page.doubles.model.rowCount() == 1)
    # Void the later record: the reason is asked, the void runs, the flag goes away.
    assert page.doubles.void_button.isEnabled()
    page.doubles.void_button.click()
    dialog = page._dialog
    assert isinstance(dialog, ReasonDialog)
    prompt = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "signed twice: first on Kiosk 1 (81.08.06) at " in prompt
    assert "again on Kiosk BKPSDM (this laptop) at " in prompt
    dialog.reason.setPlainText("Tanda tangan ganda: sudah di Kiosk 1")
    dialog._try_accept()
    settle(page)
    wait_until(lambda: not page.doubles.model.rowCount())
    QApplication.processEvents()
    assert not page.doubles.isVisible()
    assert "voided" in page.events_message.text()
    assert signing.double_signings(k.hub, k.setup.event_id) == []
    with k.hub.read() as s:
        void = s.scalar(
            select(SignatureRecord).where(SignatureRecord.supersedes_id == k.hub_record)
        )
        assert void is not None and void.reason == "Tanda tangan ganda: sudah di Kiosk 1"
