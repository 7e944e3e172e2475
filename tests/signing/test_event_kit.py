"""The event kit (issue 17): one event set up on the office's main laptop (or at the hub for a
kabupaten-wide apel) and carried to the other kiosks as a signed file, so every kiosk shows
the same people under the same ids, and what the kiosks sign merges later."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.cli.main import main
from desktop.domain.canonical import canonical_json
from desktop.domain.errors import NetraError
from desktop.services import identity, signing, sync
from desktop.services.context import AppContext
from desktop.services.signing import counting as signing_people
from desktop.services.signing import setup as signing_setup
from desktop.services.sync import event_kit, kit_format
from desktop.store.models import AuditEntry, Employee, SignatureRecord, SigningEvent
from desktop.sync import crypto
from tests.signing.conftest import PEOPLE, make_event, make_roster, strokes_for
from tests.sync.helpers import HUB, PASSWORD, edit_employee, enrol, make_install

WETAR = ("81.08.06", "Kecamatan Wetar")
MOA = ("81.08.03", "Kecamatan Moa Lakor")


@dataclass
class Office:
    main: AppContext
    kiosk: AppContext
    event_id: str
    base: Path

    @property
    def kit(self) -> Path:
        return self.base / "usb" / "apel.netrakit"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    """Two laptops of one office in separate data folders: the main laptop, which holds the
    roster and the event, and a kiosk set up with the same office code and nothing else."""
    main_ctx = make_install(tmp_path / "main", *WETAR)
    kiosk = make_install(tmp_path / "kiosk", *WETAR)
    setup = make_event(main_ctx, make_roster(main_ctx))
    yield Office(main_ctx, kiosk, setup.event_id, tmp_path)
    main_ctx.close()
    kiosk.close()


def run(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(["--data-dir", str(data), "--user", "admin", *argv])
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)


def people(ctx: AppContext, event_id: str) -> list[tuple[str, str, str | None, str]]:
    return sorted(
        (p.employee_id, p.name, p.nip, p.unit_code) for p in signing_people.people(ctx, event_id)
    )


def fingerprint(ctx: AppContext) -> str:
    return identity.load(ctx.keys_dir).fingerprint


def audit_actions(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.chain_seq))
        return [a for a in actions if a != "user.login"]  # each CLI call logs in


def resign(ctx: AppContext, path: Path, change: Any) -> None:
    """Rewrite the kit with ``change(body)`` applied and sign it again with ``ctx``'s key
    (what a laptop of another office, or a forger holding a key, could make)."""
    doc = json.loads(path.read_bytes())
    change(doc["body"])
    key = identity.load(ctx.keys_dir).signing
    doc["signature"] = crypto.sign(key, canonical_json(doc["body"])).hex()
    path.write_bytes(canonical_json(doc))


def refused(ctx: AppContext, path: Path, fp: str | None = None) -> NetraError:
    with pytest.raises(NetraError) as info:
        event_kit.import_kit(ctx, path, fp)
    return info.value


def events_at(ctx: AppContext) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(SigningEvent)) or 0)


# ---------------------------------------------------------------------------- round trip
def test_round_trip_through_the_cli_kiosk_shows_the_same_people_and_signs_with_their_ids(
    office: Office,
) -> None:
    main_dir, kiosk_dir = office.main.data_dir, office.kiosk.data_dir
    code, out, err = run(
        main_dir, "event", "kit", "--event", office.event_id, "--out", str(office.kit), "--json"
    )
    assert code == 0, err
    written = json.loads(out)
    assert written["people"] == 6 and written["counts"]["pact_template"] == 2
    assert written["signer"]["fingerprint"] == fingerprint(office.main)

    # The kiosk does not know the main laptop yet: refused, exit 2, nothing stored.
    code, out, err = run(kiosk_dir, "event", "kit-import", str(office.kit), "--json")
    assert code == 2
    doc = json.loads(out)
    assert doc["error"] == doc["code"] == "kit_unknown_signer"
    assert "sidik jari" in err and "Traceback" not in err
    assert events_at(office.kiosk) == 0

    # The operator reads the fingerprint off the main laptop's screen (any spacing/case).
    typed = fingerprint(office.main).lower().replace(" ", "-")
    code, out, err = run(
        kiosk_dir, "event", "kit-import", str(office.kit), "--fingerprint", typed, "--json"
    )
    assert code == 0, err
    imported = json.loads(out)
    assert imported["status"] == "imported" and imported["trusted_now"] is True
    assert imported["event_id"] == office.event_id and imported["people"] == 6

    # Same people, same ids, same event details and witnesses.
    assert people(office.kiosk, office.event_id) == people(office.main, office.event_id)
    assert len(people(office.kiosk, office.event_id)) == len(PEOPLE)
    there = signing_setup.get_event(office.main, office.event_id)
    here = signing_setup.get_event(office.kiosk, office.event_id)
    assert (here.name, here.place, here.event_date, here.witnesses, here.template_id) == (
        there.name,
        there.place,
        there.event_date,
        there.witnesses,
        there.template_id,
    )
    assert (here.election_id, here.template_non_asn_id) == (
        there.election_id,
        there.template_non_asn_id,
    )

    # The kiosk signs: the record points at the main laptop's event, person and template.
    person = next(p for p in signing_people.people(office.kiosk, office.event_id) if p.nip)
    result = signing.sign(office.kiosk, office.event_id, person.employee_id, strokes_for(3))
    with office.kiosk.read() as s:
        rec = s.get(SignatureRecord, result.id)
        assert rec is not None
        assert (rec.event_id, rec.employee_id, rec.template_id) == (
            office.event_id,
            person.employee_id,
            there.template_id,
        )
    with office.main.read() as s:
        assert s.get(Employee, person.employee_id) is not None

    # Audit both ways.
    assert "event.kit_export" in audit_actions(office.main)
    assert "event.kit_import" in audit_actions(office.kiosk)

    # Re-import: a no-op (nothing written, not even an audit entry).
    before = audit_actions(office.kiosk)
    code, out, _ = run(kiosk_dir, "event", "kit-import", str(office.kit), "--json")
    assert code == 0 and json.loads(out)["status"] == "duplicate"
    assert audit_actions(office.kiosk) == before


def test_newer_kit_of_the_same_event_updates_it_and_never_replaces_a_newer_local_edit(
    office: Office,
) -> None:
    event_kit.write_kit(office.main, office.event_id, office.kit)
    event_kit.import_kit(office.kiosk, office.kit, fingerprint(office.main))
    camat = next(p for p in people(office.main, office.event_id) if p[2] == PEOPLE[0][1])[0]
    bidan = next(p for p in people(office.main, office.event_id) if p[2] == PEOPLE[5][1])[0]

    # The main laptop corrects two names and the event's place; the kiosk operator then
    # corrects one of the same people on the kiosk (a later edit of the same office).
    edit_employee(office.main, camat, name="Drs. Yohanis Letelay, M.Si. (Camat)")
    edit_employee(office.main, bidan, name="Yakomina Sahetapy, A.Md.Keb.")
    now = signing_setup.get_event(office.main, office.event_id)
    signing_setup.update_event(
        office.main,
        office.event_id,
        name=now.name,
        event_date=now.event_date,
        place="Aula Kantor Camat Ilwaki",
        unit_codes=now.unit_codes,
        witnesses=now.witnesses,
    )
    edit_employee(office.kiosk, camat, name="Yohanis Letelay (kios)")

    newer = office.base / "usb" / "apel-2.netrakit"
    event_kit.write_kit(office.main, office.event_id, newer)
    res = event_kit.import_kit(office.kiosk, newer)  # the signer is remembered now
    assert res.status == "updated" and not res.trusted_now
    assert signing_setup.get_event(office.kiosk, office.event_id).place == (
        "Aula Kantor Camat Ilwaki"
    )
    with office.kiosk.read() as s:
        assert s.get(Employee, bidan).name == "Yakomina Sahetapy, A.Md.Keb."  # type: ignore[union-attr]
        assert s.get(Employee, camat).name == "Yohanis Letelay (kios)"  # type: ignore[union-attr]

    # A third laptop that gets the newer kit first: the older one after it changes nothing.
    third = make_install(office.base / "third", *WETAR)
    try:
        fp = fingerprint(office.main)
        assert event_kit.import_kit(third, newer, fp).status == "imported"
        assert event_kit.import_kit(third, office.kit).status == "unchanged"
        assert signing_setup.get_event(third, office.event_id).place == "Aula Kantor Camat Ilwaki"
        with third.read() as s:
            assert s.get(Employee, bidan).name == "Yakomina Sahetapy, A.Md.Keb."  # type: ignore[union-attr]
    finally:
        third.close()


def test_wrong_fingerprint_is_refused_and_nothing_is_remembered(office: Office) -> None:
    event_kit.write_kit(office.main, office.event_id, office.kit)
    err = refused(office.kiosk, office.kit, fingerprint(office.kiosk))
    assert err.code == "kit_fingerprint_mismatch"
    assert refused(office.kiosk, office.kit).code == "kit_unknown_signer"
    assert events_at(office.kiosk) == 0


def test_tampered_kit_is_refused(office: Office) -> None:
    event_kit.write_kit(office.main, office.event_id, office.kit)
    doc = json.loads(office.kit.read_bytes())
    rows = doc["body"]["tables"]["employee"]
    name_at = rows["columns"].index("name")
    rows["rows"][0][name_at] = "Orang Lain"
    office.kit.write_bytes(canonical_json(doc))
    err = refused(office.kiosk, office.kit, fingerprint(office.main))
    assert err.code == "kit_bad_signature"
    assert events_at(office.kiosk) == 0

    # A file cut short by a pulled stick is refused the same way, as unreadable.
    event_kit.write_kit(office.main, office.event_id, office.kit)
    office.kit.write_bytes(office.kit.read_bytes()[:-40])
    assert refused(office.kiosk, office.kit, fingerprint(office.main)).code == "kit_unreadable"


def test_an_office_kit_carrying_another_offices_row_is_refused(office: Office) -> None:
    event_kit.write_kit(office.main, office.event_id, office.kit)

    def foreign(body: dict[str, Any]) -> None:
        table = body["tables"]["employee"]
        at = table["columns"].index("origin")
        table["rows"][0][at] = MOA[0]

    resign(office.main, office.kit, foreign)
    err = refused(office.kiosk, office.kit, fingerprint(office.main))
    assert err.code == "kit_foreign_row" and err.details["origin"] == MOA[0]
    assert events_at(office.kiosk) == 0


def test_a_kit_from_another_office_is_refused_even_with_its_fingerprint(
    office: Office, tmp_path: Path
) -> None:
    other = make_install(tmp_path / "moa", *MOA)
    try:
        setup = make_event(other, make_roster(other))
        kit = tmp_path / "moa.netrakit"
        event_kit.write_kit(other, setup.event_id, kit)
        err = refused(office.kiosk, kit, fingerprint(other))
        assert err.code == "kit_foreign_signer"
        assert events_at(office.kiosk) == 0
    finally:
        other.close()


def test_a_kiosk_holding_the_same_people_under_other_ids_refuses_the_kit(office: Office) -> None:
    """A kiosk that typed in (or imported from a spreadsheet) its own roster holds the same
    unit codes and NIPs under other ids: the kit's people would not be the ones it shows.
    Refused whole, nothing half-written."""
    make_roster(office.kiosk)
    before = people_count(office.kiosk)
    event_kit.write_kit(office.main, office.event_id, office.kit)
    err = refused(office.kiosk, office.kit, fingerprint(office.main))
    assert err.code == "kit_clashes"
    assert events_at(office.kiosk) == 0 and people_count(office.kiosk) == before
    # Nothing remembered either: the signer is still unknown.
    assert refused(office.kiosk, office.kit).code == "kit_unknown_signer"


def people_count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(Employee)) or 0)


def test_kiosk_signatures_merge_at_the_hub_under_the_kits_ids(tmp_path: Path) -> None:
    """Main laptop and kiosk of one office, both enrolled at the hub (the kiosk as an
    additional device): the kiosk signs from the kit, its package merges at the hub, and
    the hub counts the signature for the main laptop's event and person."""
    hub = make_install(tmp_path, *HUB, role="hub")
    main_ctx = make_install(tmp_path / "main", *WETAR)
    kiosk = make_install(tmp_path / "kiosk", *WETAR)
    try:
        enrol(hub, main_ctx, tmp_path)
        req, ans = tmp_path / "kiosk.req", tmp_path / "kiosk.ans"
        info = sync.write_request(kiosk, req)
        sync.enrol(hub, req, ans, info.fingerprint, additional=True)
        sync.accept(kiosk, ans)
        setup = make_event(main_ctx, make_roster(main_ctx))
        stick = tmp_path / "stick"
        stick.mkdir()
        assert sync.import_file(hub, sync.export(main_ctx, stick)[0].path).status == "applied"

        kit = stick / "apel.netrakit"
        event_kit.write_kit(main_ctx, setup.event_id, kit)
        event_kit.import_kit(kiosk, kit, fingerprint(main_ctx))
        person = next(p for p in signing_people.people(kiosk, setup.event_id) if p.nip)
        signing.sign(kiosk, setup.event_id, person.employee_id, strokes_for(5))

        out = sync.import_file(hub, sync.export(kiosk, stick)[0].path)
        assert out.status == "applied", out.message
        assert out.merge["held"] == 0 and out.merge["conflicts"] == 0
        hub_people = {p.employee_id: p for p in signing_people.people(hub, setup.event_id)}
        assert hub_people[person.employee_id].status == "signed"
        assert sum(p.status == "signed" for p in hub_people.values()) == 1
    finally:
        for ctx in (hub, main_ctx, kiosk):
            ctx.close()


# ---------------------------------------------------------------------------- hub
def test_hub_signed_kit_of_a_kabupaten_wide_apel(tmp_path: Path) -> None:
    """The hub holds two offices' rosters (from their packages), sets up one apel for
    everyone, and an enrolled office's kiosk takes its kit without a fingerprint: the hub is
    known. It carries the other office's people (allowed only from the hub)."""
    hub = make_install(tmp_path, *HUB, role="hub")
    wetar = make_install(tmp_path, *WETAR)
    moa = make_install(tmp_path, *MOA)
    try:
        for ctx in (wetar, moa):
            enrol(hub, ctx, tmp_path)
        make_roster(wetar)
        stick = tmp_path / "stick"
        stick.mkdir()
        out = sync.import_file(hub, sync.export(wetar, stick)[0].path)
        assert out.status == "applied", out.message
        election = signing_setup.add_election(hub, "Pilkada Serentak 2024", date(2024, 11, 27))
        event = signing_setup.create_event(
            hub,
            name="Apel Netralitas ASN Kabupaten",
            election_id=election.id,
            template_code="pakta-netralitas-asn",
            event_date=date(2024, 9, 30),
            place="Tiakur",
        )
        hub_people = people(hub, event.id)
        assert len(hub_people) == len(PEOPLE)
        kit = tmp_path / "kabupaten.netrakit"
        written = event_kit.write_kit(hub, event.id, kit)
        assert written.signer["code"] == HUB[0]

        res = event_kit.import_kit(wetar, kit)
        assert res.status in ("imported", "updated") and not res.trusted_now
        assert people(wetar, event.id) == hub_people

        # Moa (enrolled with the same hub) takes it too, although the people are Wetar's.
        res = event_kit.import_kit(moa, kit)
        assert res.status == "imported"
        assert people(moa, event.id) == hub_people
        with moa.read() as s:
            origins = set(s.scalars(select(Employee.origin)))
        assert origins == {WETAR[0]}

        # The same rows under Wetar's own signature are refused at Moa.
        resign(wetar, kit, lambda body: body["signer"].update(_signer_of(wetar)))
        assert refused(moa, kit, fingerprint(wetar)).code == "kit_foreign_signer"
    finally:
        for ctx in (hub, wetar, moa):
            ctx.close()


def _signer_of(ctx: AppContext) -> dict[str, str]:
    keys = identity.load(ctx.keys_dir)
    with ctx.read() as s:
        me = ctx.office(s)
        return {
            "code": me.code,
            "name": me.name,
            "kabupaten_code": me.kabupaten_code,
            "role": me.role,
            "device": me.device_code or "",
            "device_name": "",
            "signing_key": keys.signing_public_hex,
            "box_key": keys.box_public_hex,
            "fingerprint": keys.fingerprint,
        }


# ---------------------------------------------------------------------------- bounded
GARBAGE = [
    b"",
    b"\x00\xff\xfe garbage \x89PNG",
    b"[]",
    b'{"netra_event_kit": 1}',
    b'{"netra_event_kit": 1, "netra_event_kit": 1, "body": {}, "signature": ""}',
    b'{"netra_event_kit": 1, "body": {"x": NaN}, "signature": "00"}',
    b"[" * 200_000 + b"]" * 200_000,
    b"NETRASYNC\x00\x00\x01",
    b'{"netra_event_kit": 1, "body": [], "signature": "zz"}',
]


@pytest.mark.parametrize("data", GARBAGE, ids=range(len(GARBAGE)))
def test_garbage_is_refused_plainly_through_the_cli(office: Office, data: bytes) -> None:
    office.kit.parent.mkdir(exist_ok=True)
    office.kit.write_bytes(data)
    code, out, err = run(office.kiosk.data_dir, "event", "kit-import", str(office.kit), "--json")
    assert code == 2, (out, err)
    assert json.loads(out)["code"] == "kit_unreadable"
    assert "Traceback" not in err and err.startswith("netra: ")


def test_missing_file_and_folder_are_refused_in_indonesian(office: Office) -> None:
    for path, words in (
        (office.base / "tidak-ada.netrakit", "tidak ditemukan"),
        (office.base, "folder"),
    ):
        code, out, err = run(office.kiosk.data_dir, "event", "kit-import", str(path), "--json")
        assert code == 2 and json.loads(out)["code"] == "kit_unreadable"
        assert words in err and "Traceback" not in err


def test_newer_format_and_missing_rows_are_refused(office: Office) -> None:
    event_kit.write_kit(office.main, office.event_id, office.kit)
    fp = fingerprint(office.main)
    doc = json.loads(office.kit.read_bytes())
    doc["netra_event_kit"] = 2
    newer = office.base / "usb" / "newer.netrakit"
    newer.write_bytes(canonical_json(doc))
    assert refused(office.kiosk, newer, fp).code == "kit_newer_format"

    def drop_units(body: dict[str, Any]) -> None:
        body["tables"]["unit"]["rows"] = []

    resign(office.main, office.kit, drop_units)
    err = refused(office.kiosk, office.kit, fp)
    assert err.code == "kit_bad_content"

    # Even correctly signed (a known laptop's bug), lists the screens read are checked.
    for column, value in (("unit_codes_json", '[{"x": 1}]'), ("witnesses_json", '["Camat"]')):
        event_kit.write_kit(office.main, office.event_id, office.kit)

        def damage(body: dict[str, Any], column: str = column, value: str = value) -> None:
            table = body["tables"]["signing_event"]
            table["rows"][0][table["columns"].index(column)] = value

        resign(office.main, office.kit, damage)
        assert refused(office.kiosk, office.kit, fp).code == "kit_bad_content"
    assert events_at(office.kiosk) == 0


def test_size_and_entry_caps(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    event_kit.write_kit(office.main, office.event_id, office.kit)
    fp = fingerprint(office.main)
    monkeypatch.setitem(kit_format.MAX_ROWS, "employee", 5)
    err = refused(office.kiosk, office.kit, fp)
    assert err.code == "kit_too_large" and err.details["limit"] == 5
    monkeypatch.setitem(kit_format.MAX_ROWS, "employee", 200_000)
    monkeypatch.setattr(kit_format, "MAX_KIT_BYTES", 4096)
    assert office.kit.stat().st_size > 4096
    assert refused(office.kiosk, office.kit, fp).code == "kit_too_large"
    assert events_at(office.kiosk) == 0


# ---------------------------------------------------------------------------- GUI
def test_signing_page_exports_and_imports_a_kit_asking_for_the_fingerprint(
    ui: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kiosk (the test office) imports the main laptop's kit from the signing page: the
    unknown laptop's fingerprint is asked for, a wrong one is refused, the right one imports
    the event; the kiosk then exports a kit of its own."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui.signing import event_kit_dialog
    from desktop.ui.signing.event_kit_dialog import FingerprintDialog
    from desktop.ui.signing.page import SigningPage
    from tests.signing.flow import settle

    shown: list[str] = []
    monkeypatch.setattr(
        event_kit_dialog, "show_error", lambda _p, exc, _tb="": shown.append(str(exc))
    )
    main_ctx = make_install(tmp_path / "main", *WETAR)
    try:
        setup = make_event(main_ctx, make_roster(main_ctx))
        kit = tmp_path / "usb" / "apel.netrakit"
        event_kit.write_kit(main_ctx, setup.event_id, kit)
        page = SigningPage(ui)
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        page.activate()
        settle(page)
        assert page.events_model.rowCount() == 0
        assert page.buttons["kit_import"].isVisible()

        monkeypatch.setattr(event_kit_dialog, "ask_open_path", lambda _w: str(kit))
        page.buttons["kit_import"].click()
        settle(page)
        dialog = page.kit_actions._dialog
        assert isinstance(dialog, FingerprintDialog) and dialog.isVisible()
        assert "Kecamatan Wetar" in dialog.findChildren(type(page.events_message))[0].text()
        assert dialog.field.text() == ""  # never filled in from the file

        dialog.field.setText("1234")  # too short: the dialog stays open
        dialog._try_accept()
        assert dialog.isVisible() and dialog.problem.text()
        dialog.field.setText(fingerprint(ui.app))  # this laptop's, not the kit's
        dialog._try_accept()
        settle(page)
        assert shown and "tidak cocok" in shown[-1]
        assert page.events_model.rowCount() == 0

        page.buttons["kit_import"].click()
        settle(page)
        dialog = page.kit_actions._dialog
        assert isinstance(dialog, FingerprintDialog)
        dialog.field.setText(fingerprint(main_ctx).replace(" ", ""))
        dialog._try_accept()
        settle(page)
        settle(page)
        assert page.events_model.rowCount() == 1
        assert page.selected_event() is not None
        assert page.selected_event().id == setup.event_id  # type: ignore[union-attr]
        assert "6" in page.events_message.text()

        out = tmp_path / "usb" / "from-kiosk.netrakit"
        monkeypatch.setattr(event_kit_dialog, "ask_save_path", lambda _w, name: str(out))
        page.buttons["kit_export"].click()
        settle(page)
        box = page.kit_actions._dialog
        assert isinstance(box, QMessageBox)
        assert fingerprint(ui.app) in box.text().replace("\u00a0", " ")
        assert out.exists()
        box.close()
        QApplication.processEvents()
    finally:
        main_ctx.close()
