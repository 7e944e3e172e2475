"""Issue 17 x issue 13: a printed pact's QR verifies wherever the device that printed it is
known, whichever laptop of whichever office printed it.

A hub, office O with its main laptop A and a kiosk B (enrolled at the hub as an additional
device, its own key), and office P, each in its own data folder. The kiosk prints with the
real printing code (``PageBuilder.qr``, its own key); the hub knows B first-hand; A and P learn
B's key from the hub's roster of device keys (``offices.json``, ``roster_part`` /
``apply_roster_part``)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain import pact
from desktop.domain import verification as v
from desktop.domain.errors import NetraError
from desktop.services import device_keys, devices, printing, sync
from desktop.services.context import AppContext
from desktop.services.device_keys import MAX_ROSTER_ENTRIES, ROSTER_SETTING
from desktop.services.printing.pact_verification import apply_roster_part, roster_part
from desktop.store.models import SignatureRecord, SyncPeer
from desktop.sync.format import PackageRejected
from tests.conftest import CliRunner
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import HUB, make_install, seed_office, sign

OFFICE_O, OFFICE_P = "81.08.06", "81.08.01"  # offices O and P


@dataclass
class World:
    net: Net
    main: AppContext  # laptop A of office O
    kiosk: AppContext  # laptop B of office O
    other: AppContext  # office P

    @property
    def hub(self) -> AppContext:
        return self.net.hub


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    net = build_net(tmp_path / "net", [OFFICE_O, OFFICE_P])
    kiosk = make_install(tmp_path / "kiosk", OFFICE_O, "Kecamatan Wetar")
    request, answer = tmp_path / "kiosk.req", tmp_path / "kiosk.ans"
    info = sync.write_request(kiosk, request)
    sync.enrol(net.hub, request, answer, info.fingerprint, additional=True)
    sync.accept(kiosk, answer)
    yield World(net, net.offices[OFFICE_O], kiosk, net.offices[OFFICE_P])
    kiosk.close()
    net.close()


def _print(ctx: AppContext, record_id: str) -> str:
    """The QR text the printing code puts on the pact (signed with this laptop's key)."""
    with ctx.read() as session:
        rec = session.get(SignatureRecord, record_id)
        assert rec is not None
        who = pact.Identity.from_json(json.loads(rec.identity_json))
        return printing.PageBuilder(ctx, session).qr(rec, who)[0]


def _device(ctx: AppContext) -> str:
    with ctx.read() as session:
        return ctx.office(session).device_code


def _send_roster(source: AppContext, target: AppContext) -> int:
    with source.read() as session:
        data = roster_part(source, session)
        issuer = source.office(session).code
    assert data is not None
    with target.tx() as session:
        return apply_roster_part(target, session, issuer, data)


def _to_hub(world: World, ctx: AppContext) -> None:
    [package] = sync.export(ctx, world.net.usb())
    outcome = sync.import_file(world.hub, package.path)
    assert outcome.status == "applied", outcome


def test_kiosk_pact_verifies_on_the_main_laptop_at_the_hub_and_at_another_office(
    world: World, cli: CliRunner
) -> None:
    ids = sign(world.kiosk, seed_office(world.kiosk, 2))
    code = _print(world.kiosk, ids[0])
    kiosk_device = _device(world.kiosk)
    assert kiosk_device and kiosk_device != _device(world.main)

    # The hub enrolled the kiosk itself and holds its records.
    _to_hub(world, world.kiosk)
    at_hub = printing.verify(world.hub, code)
    assert at_hub.valid and at_hub.status == "valid", at_hub.reasons
    assert (at_hub.key_source, at_hub.signer_device) == ("enrolled", kiosk_device)
    assert at_hub.signer_device_state == "active" and not at_hub.device_revoked_later

    # The main laptop of the same office knows only its own key and the hub's: the kiosk's
    # key is unknown there (not a bad signature), and the message says to sync.
    before = printing.verify(world.main, code)
    assert not before.valid and before.status == "unknown_office"
    assert not before.key_known and before.key_count == 1
    assert "sinkronkan dengan kabupaten" in before.reasons[0]
    assert "belum dikenal" in before.describe()
    # Office P knows no key of O at all.
    unknown = printing.verify(world.other, code)
    assert unknown.status == "unknown_office" and unknown.key_count == 0
    assert "Sinkronkan dengan kabupaten" in unknown.reasons[0]
    res = cli("pact", "verify", code, data=world.other.data_dir)
    assert res.code == 1 and res.out.startswith("TIDAK SAH") and "Sinkronkan" in res.out

    # The hub's roster of device keys reaches A and P.
    assert _send_roster(world.hub, world.main) >= 2  # the kiosk, office P (and the hub's own
    assert _send_roster(world.hub, world.other) >= 2  # devices are known first-hand)
    for ctx in (world.main, world.other):
        result = printing.verify(ctx, code)
        assert result.valid and result.status == "valid_signature_only", result.reasons
        assert result.signature_checked and result.key_known
        assert (result.key_source, result.signer_device) == ("roster", kiosk_device)
        assert "daftar kunci dari kabupaten" in result.describe()
    # A's own pacts still verify at A (own key) and, through the roster, at P.
    own_ids = sign(world.main, seed_office(world.main, 1, nip_base=70))
    own = _print(world.main, own_ids[0])
    assert printing.verify(world.main, own).key_source == "own"
    from_main = printing.verify(world.other, own)
    assert from_main.valid and from_main.signer_device == _device(world.main)
    res = cli("pact", "verify", code, "--json", data=world.other.data_dir)
    assert res.code == 0, res.err
    doc = res.json()
    assert isinstance(doc, dict) and doc["signer_device"] == kiosk_device


def test_short_code_of_a_kiosk_record_names_the_kiosk_at_the_hub(world: World) -> None:
    ids = sign(world.kiosk, seed_office(world.kiosk, 1))
    _to_hub(world, world.kiosk)
    short = v.short_code(v.parse(_print(world.kiosk, ids[0])))
    result = printing.verify(world.hub, short)
    assert result.valid and result.status == "valid_database_only", result.reasons
    assert result.signer_device == _device(world.kiosk)


def test_roster_part_lists_every_device(world: World) -> None:
    with world.hub.read() as session:
        data = roster_part(world.hub, session)
        hub_key = world.hub.office(session).signing_public_key
    assert data is not None
    doc = json.loads(data)
    assert doc["netra_office_keys"] == 1 and doc["issued_by"] == HUB[0]
    by_device = {(e["code"], e["device"]): e for e in doc["offices"]}
    assert (OFFICE_O, _device(world.main)) in by_device and (
        OFFICE_O,
        _device(world.kiosk),
    ) in by_device
    assert (OFFICE_P, _device(world.other)) in by_device
    assert by_device[(HUB[0], _device(world.hub))]["signing_key"] == hub_key
    for entry in doc["offices"]:
        assert set(entry) == {
            "code",
            "name",
            "device",
            "device_name",
            "signing_key",
            "status",
            "revoked_at",
        }
        assert entry["status"] == "active" and entry["revoked_at"] is None
    # The main laptop, holding the hub's roster, passes it on to its kiosks (with itself).
    _send_roster(world.hub, world.main)
    with world.main.read() as session:
        passed = roster_part(world.main, session)
    assert passed is not None
    again = json.loads(passed)
    assert again["issued_by"] == OFFICE_O
    assert {(e["code"], e["device"]) for e in again["offices"]} == set(by_device)
    # A laptop that knows no key but its own has nothing to send.
    alone = make_install(world.net.base / "alone", "81.08.09", "Kecamatan Baru")
    try:
        with alone.read() as session:
            assert roster_part(alone, session) is None
    finally:
        alone.close()


def _hub_doc(world: World) -> dict[str, object]:
    with world.hub.read() as session:
        data = roster_part(world.hub, session)
    assert data is not None
    doc = json.loads(data)
    assert isinstance(doc, dict)
    return doc


def _raw(doc: object) -> bytes:
    return json.dumps(doc).encode()


def test_malformed_or_foreign_roster_part_is_refused(world: World) -> None:
    _send_roster(world.hub, world.other)
    with world.other.read() as session:
        kept_before = world.other.get_setting(session, ROSTER_SETTING)
    good = _hub_doc(world)
    entries = good["offices"]
    assert isinstance(entries, list)
    first = entries[0]

    def variant(**changes: object) -> bytes:
        doc = dict(good)
        doc.update(changes)
        return _raw(doc)

    def entry_variant(**changes: object) -> bytes:
        return variant(offices=[{**first, **changes}, *entries[1:]])

    cases: list[tuple[bytes, str, str]] = [
        (_raw(good)[:-7], "bad_json", "bukan JSON"),
        (b'{"netra_office_keys":1,"netra_office_keys":1}', "duplicate_key", "dua kali"),
        (b"[]", "bad_roster", "bukan objek"),
        (variant(netra_office_keys=2), "bad_roster", "perbarui Netra"),
        (variant(netra_office_keys=True), "bad_roster", "netra_office_keys"),
        (variant(issued_by=OFFICE_O), "bad_roster", "bukan pengirim"),
        (variant(offices={"a": 1}), "bad_roster", "bukan daftar"),
        (variant(extra=1), "bad_roster", "tingkat atas"),
        (entry_variant(signing_key="zz" * 32), "bad_roster", "64 digit"),
        (entry_variant(device="XYZ"), "bad_roster", "12 digit"),
        (entry_variant(code="../etc"), "bad_roster", "kode kantor"),
        (entry_variant(status="aktif"), "bad_roster", "tidak dikenal"),
        (entry_variant(revoked_at="kemarin", status="revoked"), "bad_roster", "ISO 8601"),
        (entry_variant(revoked_at="2026-01-01T00:00:00Z"), "bad_roster", "aktif"),
        (entry_variant(name="x" * 201), "bad_roster", "200"),
        (entry_variant(evil=1), "bad_roster", "'evil' tidak dikenal"),
        (variant(offices=[first, first]), "bad_roster", "dua kali"),
        (
            variant(offices=[first, {**first, "device": "0" * 12}]),
            "bad_roster",
            "kunci yang sama",
        ),
        (variant(offices=[first] * (MAX_ROSTER_ENTRIES + 1)), "bad_roster", "5000"),
        (b" " * (5 * 1024 * 1024), "bad_roster", "MiB"),
        (b"[" * 200_000, "bad_json", "terlalu dalam"),
    ]
    for data, reason, words in cases:
        with pytest.raises(PackageRejected) as caught, world.other.tx() as session:
            apply_roster_part(world.other, session, HUB[0], data)
        assert caught.value.reason == reason, (data[:80], caught.value.reason)
        assert words in caught.value.message_id, (words, caught.value.message_id)
        assert "Tidak ada data yang diubah" in caught.value.message_id
    # Well-formed, but from an office that is not this installation's hub.
    with pytest.raises(PackageRejected) as caught, world.other.tx() as session:
        apply_roster_part(world.other, session, OFFICE_O, variant(issued_by=OFFICE_O))
    assert caught.value.reason == "roster_not_from_hub"
    with world.other.read() as session:
        assert world.other.get_setting(session, ROSTER_SETTING) == kept_before


def test_roster_never_replaces_a_key_known_first_hand(world: World) -> None:
    """A roster entry giving this office's device, or the hub's, another key is ignored."""
    doc = _hub_doc(world)
    entries = doc["offices"]
    assert isinstance(entries, list)
    stranger = "ab" * 32
    forged = [
        {**e, "signing_key": stranger}
        if (e["code"], e["device"]) == (OFFICE_P, _device(world.other))
        else e
        for e in entries
    ]
    with world.other.tx() as session:
        apply_roster_part(world.other, session, HUB[0], _raw({**doc, "offices": forged}))
        keys = device_keys.office_keys(world.other, session, OFFICE_P)
        hub_keys = device_keys.office_keys(world.other, session, HUB[0])
    assert [k.source for k in keys] == ["own"] and keys[0].signing_key != stranger
    assert [k.source for k in hub_keys] == ["enrolled"]


def test_device_revoked_after_signing_is_flagged_and_later_pacts_refused(
    world: World, cli: CliRunner
) -> None:
    seeded = seed_office(world.kiosk, 3)
    before_ids = sign(world.kiosk, seeded, seeded.employees[:2])
    _to_hub(world, world.kiosk)
    early = _print(world.kiosk, before_ids[0])
    time.sleep(1.1)  # a code carries its time to the second
    with world.hub.read() as session:
        kiosk_peer = session.scalar(
            select(SyncPeer.id).where(SyncPeer.device_code == _device(world.kiosk))
        )
    assert kiosk_peer is not None
    devices.revoke_device(world.hub, kiosk_peer, "laptop kiosk hilang")
    time.sleep(1.1)
    # The stolen kiosk keeps signing and printing; its package is refused at the hub.
    after_ids = sign(world.kiosk, seeded, seeded.employees[2:])
    late = _print(world.kiosk, after_ids[0])

    result = printing.verify(world.hub, early)
    assert result.valid and result.status == "valid", result.reasons
    assert result.device_revoked_later and result.signer_device_state == "revoked"
    assert result.signer_device_revoked_at
    assert "kemudian dicabut" in result.reasons[1] and "tetap sah" in result.reasons[1]
    assert "kemudian dicabut" in result.describe()
    res = cli("pact", "verify", early, data=world.hub.data_dir)
    assert res.code == 0 and res.out.startswith("SAH") and "kemudian dicabut" in res.out

    refused = printing.verify(world.hub, late)
    assert not refused.valid and refused.status == "revoked_office", refused.reasons
    assert "dicabut pada" in refused.reasons[0] and "sesudahnya tidak sah" in refused.reasons[0]
    assert not refused.device_revoked_later
    assert cli("pact", "verify", late, data=world.hub.data_dir).code == 1

    # Office P learns the revocation from the hub's next roster.
    _send_roster(world.hub, world.other)
    at_p = printing.verify(world.other, early)
    assert at_p.valid and at_p.status == "valid_signature_only" and at_p.device_revoked_later
    assert "tidak ada di basis data ini" in " ".join(at_p.reasons)
    assert printing.verify(world.other, late).status == "revoked_office"
    # The office's main laptop keeps working: its pacts stay valid everywhere.
    own_ids = sign(world.main, seed_office(world.main, 1, nip_base=70))
    own = printing.verify(world.other, _print(world.main, own_ids[0]))
    assert own.valid and not own.device_revoked_later and own.signer_device_state == "active"


def test_revocation_from_any_issuer_wins(world: World) -> None:
    """A stale roster (another device of the office still listing the kiosk as active) does
    not undo the hub's revocation."""
    _send_roster(world.hub, world.main)  # A holds the kiosk as active
    with world.hub.read() as session:
        kiosk_peer = session.scalar(
            select(SyncPeer.id).where(SyncPeer.device_code == _device(world.kiosk))
        )
    assert kiosk_peer is not None
    devices.revoke_device(world.hub, kiosk_peer, "laptop kiosk hilang")
    with world.main.read() as session:
        stale = roster_part(world.main, session)
    assert stale is not None
    # At the kiosk's sibling office-laptop A: the hub's new roster, then A's own stale one
    # arriving again through another device of the office.
    _send_roster(world.hub, world.main)
    with world.main.tx() as session:
        doc = json.loads(stale)
        apply_roster_part(world.main, session, OFFICE_O, stale)
        keys = device_keys.office_keys(world.main, session, OFFICE_O)
    assert doc["issued_by"] == OFFICE_O
    kiosk = [k for k in keys if k.device == _device(world.kiosk)]
    assert len(kiosk) == 1 and kiosk[0].status == "revoked" and kiosk[0].revoked_at is not None


def test_legacy_roster_setting_still_read(world: World) -> None:
    """The roster as kept before devices (one key per office code) still verifies."""
    ids = sign(world.kiosk, seed_office(world.kiosk, 1))
    code = _print(world.kiosk, ids[0])
    with world.kiosk.read() as session:
        key = world.kiosk.office(session).signing_public_key
    with world.other.tx() as session:
        world.other.set_setting(
            session,
            ROSTER_SETTING,
            {
                "hub": HUB[0],
                "received_at": "2026-11-01T00:00:00+00:00",
                "offices": {OFFICE_O: {"name": "Kecamatan Wetar", "signing_key": key}},
            },
        )
    result = printing.verify(world.other, code)
    assert result.valid and result.key_source == "roster", result.reasons
    # A new roster from the same hub replaces it.
    _send_roster(world.hub, world.other)
    with world.other.read() as session:
        value = world.other.get_setting(session, ROSTER_SETTING)
    assert "offices" not in value and HUB[0] in value["issuers"]
    assert printing.verify(world.other, code).valid


def test_changed_code_of_a_held_record_is_a_bad_signature(world: World) -> None:
    """Unknown key or changed code: a code whose fields contradict the record held here is
    a bad signature, not a device to sync."""
    ids = sign(world.main, seed_office(world.main, 1))
    payload = v.parse(_print(world.main, ids[0]))
    changed = v.encode(v.with_signature(payload, bytes(64)))
    # the same code with its record hash changed (and so its signature no longer matching)
    other = v.make_payload(
        payload.record_id,
        payload.nip,
        payload.signed_at,
        payload.template_prefix + "0" * 48,
        "f" * 64,
        payload.office_code,
    )
    tampered = v.encode(v.with_signature(other, payload.signature))
    assert printing.verify(world.main, changed).status == "unknown_office"
    assert printing.verify(world.main, tampered).status == "bad_signature"


def test_apply_roster_part_requires_a_write_transaction_error_free(world: World) -> None:
    """Refusals are NetraErrors with Indonesian text (shown by the CLI/GUI, never a
    traceback)."""
    with pytest.raises(NetraError) as caught, world.other.tx() as session:
        apply_roster_part(world.other, session, HUB[0], b"\xff\xfe")
    assert "offices.json" in caught.value.message_id


def test_verify_dialog_names_the_laptop_and_a_later_revocation(world: World, qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.context import UiContext
    from desktop.ui.printing.verify_dialog import VerifyDialog
    from desktop.ui.tasks import TaskRunner

    seeded = seed_office(world.kiosk, 1)
    ids = sign(world.kiosk, seeded)
    _to_hub(world, world.kiosk)
    code = _print(world.kiosk, ids[0])

    def dialog_for(ctx: AppContext) -> tuple[VerifyDialog, TaskRunner]:
        runner = TaskRunner()
        dialog = VerifyDialog(UiContext(ctx, runner))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.code.setText(code)
        dialog.check()
        qtbot.waitUntil(dialog.check_button.isEnabled, timeout=10_000)
        runner.wait()
        QCoreApplication.processEvents()
        return dialog, runner

    # At the main laptop, before the hub's roster: the office is known, the laptop is not.
    dialog, runner = dialog_for(world.main)
    assert "Not valid" in dialog.verdict.text()
    assert (
        dialog.fields["key_known"].text().startswith("Office known, but not the laptop that signed")
    )
    assert not dialog.form.isRowVisible(dialog.fields["signer_device"])
    runner.wait()

    with world.kiosk.tx() as session:
        world.kiosk.office(session).device_name = "Kiosk 2"
    _to_hub(world, world.kiosk)  # the hub takes the laptop's name from its packages
    time.sleep(1.1)
    with world.hub.read() as session:
        peer = session.scalar(
            select(SyncPeer.id).where(SyncPeer.device_code == _device(world.kiosk))
        )
    assert peer is not None
    devices.revoke_device(world.hub, peer, "laptop kiosk hilang")
    dialog, runner = dialog_for(world.hub)
    assert dialog.verdict.text() == "Valid (Sah) – laptop revoked since"
    assert dialog.form.isRowVisible(dialog.fields["signer_device"])
    shown = dialog.fields["signer_device"].text()
    assert shown.startswith("Kiosk 2 – revoked ") and "after this pact was signed" in shown
    assert "kemudian dicabut" in dialog.reasons.text()
    runner.wait()


def test_replaced_laptop_pacts_before_the_replacement_stay_valid(world: World) -> None:
    seeded = seed_office(world.kiosk, 2)
    before = sign(world.kiosk, seeded, seeded.employees[:1])
    _to_hub(world, world.kiosk)
    early = _print(world.kiosk, before[0])
    time.sleep(1.1)
    with world.hub.read() as session:
        old = session.scalar(
            select(SyncPeer.id).where(SyncPeer.device_code == _device(world.kiosk))
        )
    assert old is not None
    new = make_install(world.net.base / "kiosk3", OFFICE_O, "Kecamatan Wetar")
    try:
        request, answer = world.net.base / "k3.req", world.net.base / "k3.ans"
        info = sync.write_request(new, request)
        sync.enrol(world.hub, request, answer, info.fingerprint, replace=old)
        sync.accept(new, answer)
    finally:
        new.close()
    time.sleep(1.1)
    late = _print(world.kiosk, sign(world.kiosk, seeded, seeded.employees[1:])[0])

    result = printing.verify(world.hub, early)
    assert result.valid and result.status == "valid", result.reasons
    assert result.signer_device_state == "replaced" and not result.device_revoked_later
    assert "sebelum perangkat itu diganti" in result.reasons[1]
    refused = printing.verify(world.hub, late)
    assert not refused.valid and refused.status == "revoked_office"
    assert "telah diganti laptop lain" in refused.reasons[0]
    # Other offices learn it from the roster.
    _send_roster(world.hub, world.other)
    assert printing.verify(world.other, early).signer_device_state == "replaced"
    assert printing.verify(world.other, late).status == "revoked_office"


def test_roster_travels_in_the_hubs_answer_package(world: World) -> None:
    """End to end through the real transport: the hub's answer to office P carries
    offices.json, P's import keeps it, and the kiosk's pact then verifies at P."""
    ids = sign(world.kiosk, seed_office(world.kiosk, 1))
    code = _print(world.kiosk, ids[0])
    _to_hub(world, world.kiosk)
    assert printing.verify(world.other, code).status == "unknown_office"
    answers = sync.export(world.hub, world.net.usb("answers"), office=OFFICE_P)
    assert answers and all(a.kind == "answer" for a in answers)
    for answer in answers:
        outcome = sync.import_file(world.other, answer.path)
        assert outcome.status == "applied", outcome
    result = printing.verify(world.other, code)
    assert result.valid and result.status == "valid_signature_only", result.reasons
    assert (result.key_source, result.signer_device) == ("roster", _device(world.kiosk))


def test_kiosk_enrolled_at_the_main_laptop_and_the_roster_passed_on(world: World) -> None:
    """A kiosk enrolled at its office's main laptop is known there first-hand; the main
    laptop's roster (holding the hub's) lets the kiosk verify another office's pacts."""
    request, answer = world.net.base / "kiosk-main.req", world.net.base / "kiosk-main.ans"
    info = sync.write_request(world.kiosk, request)
    sync.enrol(world.main, request, answer, info.fingerprint, kiosk=True)
    sync.accept(world.kiosk, answer)
    ids = sign(world.kiosk, seed_office(world.kiosk, 1))
    at_main = printing.verify(world.main, _print(world.kiosk, ids[0]))
    assert at_main.valid and at_main.key_source == "enrolled", at_main.reasons
    assert at_main.signer_device == _device(world.kiosk)

    other_ids = sign(world.other, seed_office(world.other, 1, nip_base=40))
    from_p = _print(world.other, other_ids[0])
    assert printing.verify(world.kiosk, from_p).status == "unknown_office"
    _send_roster(world.hub, world.main)
    assert _send_roster(world.main, world.kiosk) >= 1  # sent by its own office's main laptop
    result = printing.verify(world.kiosk, from_p)
    assert result.valid and result.key_source == "roster", result.reasons
