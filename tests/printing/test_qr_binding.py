"""Issue 13: a QR code is bound to the office that made the record.

Office B re-signing office A's record with B's real key under B's own code, or a short code
naming B with A's record hash, must be "TIDAK SAH" at the hub that holds A's record; codes of
offices this installation knows only through the hub's roster of keys verify by signature."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from desktop.domain import verification as v
from desktop.services import identity, printing, sync
from desktop.services.context import AppContext
from desktop.services.printing import pact_verification
from desktop.store.models import SignatureRecord
from tests.conftest import CliRunner
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import seed_office, sign

A, B, C = "81.08.06", "81.08.01", "81.08.03"


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Net]:
    network = build_net(tmp_path / "net", [A, B, C])
    yield network
    network.close()


def _payload(ctx: AppContext, record_id: str, office: str) -> v.QrPayload:
    with ctx.read() as session:
        rec = session.get(SignatureRecord, record_id)
        assert rec is not None
        who = json.loads(rec.identity_json)
        return v.make_payload(
            rec.id, who.get("nip"), rec.created_at, rec.template_sha256, rec.sha256, office
        )


def _signed(p: v.QrPayload, ctx: AppContext) -> str:
    key = identity.load(ctx.keys_dir).signing
    return v.encode(v.with_signature(p, key.sign(v.message(p))))


def _a_at_hub(net: Net) -> list[str]:
    office = net.offices[A]
    ids = sign(office, seed_office(office, 2))
    [package] = sync.export(office, net.usb())
    sync.import_file(net.hub, package.path)
    return ids


def test_genuine_code_verifies_at_the_hub_naming_the_office(net: Net) -> None:
    ids = _a_at_hub(net)
    genuine = _signed(_payload(net.offices[A], ids[0], A), net.offices[A])
    result = printing.verify(net.hub, genuine)
    assert result.valid and result.status == "valid", result.reasons
    assert (result.signer_office, result.key_known, result.key_source) == (A, True, "enrolled")
    assert result.record_origin == A
    assert "kunci dikenal: kantor terdaftar" in result.describe()
    assert printing.verify(net.offices[A], genuine).key_source == "own"


def test_other_office_resigning_a_record_is_not_valid(net: Net, cli: CliRunner) -> None:
    ids = _a_at_hub(net)
    # Office B builds the payload of A's record under its own code and signs it with its own,
    # real, enrolled key: the signature itself is good.
    forged = _signed(_payload(net.hub, ids[0], B), net.offices[B])
    result = printing.verify(net.hub, forged)
    assert not result.valid and result.status == "wrong_office"
    assert result.signature_checked and result.key_known and result.signer_office == B
    assert result.record_origin == A
    assert B in result.reasons[0] and A in result.reasons[0]
    res = cli("pact", "verify", forged, data=net.hub.data_dir)
    assert res.code == 1 and res.out.startswith("TIDAK SAH"), (res.out, res.err)
    assert f"dibuat oleh kantor {A}" in res.out
    # The same forgery under A's code does not carry A's signature.
    claimed = v.encode(
        v.with_signature(
            _payload(net.hub, ids[0], A),
            identity.load(net.offices[B].keys_dir).signing.sign(
                v.message(_payload(net.hub, ids[0], A))
            ),
        )
    )
    assert printing.verify(net.hub, claimed).status == "bad_signature"


def test_forged_short_code_is_not_valid(net: Net, cli: CliRunner) -> None:
    ids = _a_at_hub(net)
    with net.hub.read() as session:
        rec = session.get(SignatureRecord, ids[1])
        assert rec is not None
        sha = rec.sha256
    genuine = printing.verify(net.hub, v.short_code_for(A, sha))
    assert genuine.valid and genuine.status == "valid_database_only"
    assert genuine.key_known and genuine.key_source == "enrolled"
    forged = v.short_code_for(B, sha)
    result = printing.verify(net.hub, forged)
    assert not result.valid and result.status == "wrong_office"
    assert B in result.reasons[0] and A in result.reasons[0]
    res = cli("pact", "verify", forged, "--json", data=net.hub.data_dir)
    assert res.code == 1
    doc = res.json()
    assert isinstance(doc, dict) and doc["status"] == "wrong_office" and doc["valid"] is False


def test_office_known_only_through_the_hubs_roster(net: Net) -> None:
    """Office C's code read at office A (which holds only the hub's key): unknown until the
    hub's roster of office keys is stored, then verified by signature, and refused if the
    roster marks C revoked. The roster cannot replace a key known first-hand."""
    office_a, office_c = net.offices[A], net.offices[C]
    ids = sign(office_c, seed_office(office_c, 1, nip_base=50))
    code = _signed(_payload(office_c, ids[0], C), office_c)
    first = printing.verify(office_a, code)
    assert first.status == "unknown_office" and not first.key_known
    assert "tidak dikenal" in first.describe()
    with office_c.read() as session:
        c_key = office_c.office(session).signing_public_key
    b_key = identity.load(net.offices[B].keys_dir)
    with office_a.tx() as session:
        kept = pact_verification.save_office_roster(
            office_a,
            session,
            "81.08",
            [
                {"code": C, "name": "Kecamatan Moa Lakor", "signing_key": c_key},
                # another office's key offered for A itself or for the hub: ignored
                {"code": A, "name": "palsu", "signing_key": b_key.signing_public_hex},
                {"code": "81.08", "name": "palsu", "signing_key": b_key.signing_public_hex},
                {"code": "bad code!", "signing_key": c_key},
                {"code": "81.08.09", "signing_key": "not-hex"},
            ],
        )
    assert kept == 1
    result = printing.verify(office_a, code)
    assert result.valid and result.status == "valid_signature_only"
    assert (result.key_source, result.signer_name) == ("roster", "Kecamatan Moa Lakor")
    assert "daftar kunci dari kabupaten" in result.describe()
    with office_a.read() as session:
        own = pact_verification.office_key(office_a, session, A)
        hub = pact_verification.office_key(office_a, session, "81.08")
    assert own is not None and own.source == "own"
    assert hub is not None and hub.source == "enrolled"
    with office_a.tx() as session:
        pact_verification.save_office_roster(
            office_a, session, "81.08", [{"code": C, "signing_key": c_key, "status": "revoked"}]
        )
    assert printing.verify(office_a, code).status == "revoked_office"


def test_verify_dialog_names_the_office_and_its_key(net: Net, qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.context import UiContext
    from desktop.ui.printing.verify_dialog import VerifyDialog
    from desktop.ui.tasks import TaskRunner

    ids = _a_at_hub(net)
    runner = TaskRunner()
    ui = UiContext(net.hub, runner)
    dialog = VerifyDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()

    def check(code: str) -> None:
        dialog.code.setText(code)
        dialog.check()
        qtbot.waitUntil(dialog.check_button.isEnabled, timeout=10_000)
        runner.wait()
        QCoreApplication.processEvents()

    check(_signed(_payload(net.offices[A], ids[0], A), net.offices[A]))
    assert "Tidak" not in dialog.verdict.text() and "Not" not in dialog.verdict.text()
    assert dialog.fields["signer_office"].text() == f"{A} Kecamatan Wetar"
    assert dialog.fields["key_known"].text() == "Known: enrolled office – signature checked"
    assert dialog.fields["record_origin"].text() == A

    check(_signed(_payload(net.hub, ids[0], B), net.offices[B]))
    assert "Not valid" in dialog.verdict.text()
    assert dialog.fields["signer_office"].text().startswith(B)
    assert dialog.fields["record_origin"].text() == A
    assert f"dibuat oleh kantor {A}" in dialog.reasons.text()

    stranger = Ed25519PrivateKey.generate()  # an office the hub never enrolled
    p = v.make_payload(str(uuid.uuid4()), "", datetime.now(UTC), "ab" * 32, "cd" * 32, "81.08.09")
    check(v.encode(v.with_signature(p, stranger.sign(v.message(p)))))
    assert dialog.fields["signer_office"].text() == "81.08.09"
    assert dialog.fields["key_known"].text().startswith("Not known on this computer")
    runner.wait()
