"""Verifying printed codes against keys and the database (service and CLI)."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from desktop.domain import verification as v
from desktop.services import printing
from desktop.services.context import AppContext
from desktop.store.models import SignatureRecord, SyncPeer
from tests.conftest import CliRunner
from tests.printing.conftest import World, as_dict, qr_code, void


def _flip(code: str, index: int = 30) -> str:
    return code[:index] + ("C" if code[index] != "C" else "D") + code[index + 1 :]


def test_valid_code_and_cli(ctx: AppContext, world: World, cli: CliRunner) -> None:
    code = qr_code(ctx, world.records[0])
    result = printing.verify(ctx, code)
    assert result.valid and result.status == "valid" and result.signature_checked
    assert result.name.startswith("Yohanis") and result.event.startswith("Apel")
    assert result.signed_at_local == "30-09-2024 09.14 WIT"
    res = cli("pact", "verify", code, "--json")
    assert res.code == 0, res.err
    assert as_dict(res.json())["valid"] is True
    res = cli("pact", "verify", code)
    assert res.code == 0 and res.out.startswith("SAH")


def test_one_changed_character_fails(ctx: AppContext, world: World, cli: CliRunner) -> None:
    code = qr_code(ctx, world.records[0])
    for index in (8, 30, 100, len(code) - 3):
        assert not printing.verify(ctx, _flip(code, index)).valid
    res = cli("pact", "verify", _flip(code), "--json")
    assert res.code == 1
    assert as_dict(res.json())["valid"] is False
    res = cli("pact", "verify", "bukan kode")
    assert res.code == 1 and "TIDAK SAH" in res.out


def test_voided_record_fails(ctx: AppContext, world: World, cli: CliRunner) -> None:
    code = qr_code(ctx, world.records[0])
    void(ctx, world.records[0], "tanda tangan salah orang")
    result = printing.verify(ctx, code)
    assert not result.valid and result.status == "voided"
    assert "salah orang" in result.reasons[0]
    assert cli("pact", "verify", code).code == 1


def test_record_changed_in_database_fails(ctx: AppContext, world: World, cli: CliRunner) -> None:
    code = qr_code(ctx, world.records[1])
    with ctx.tx() as session:
        session.execute(
            text(
                "UPDATE signature_record SET identity_json = "
                "replace(identity_json, 'Maria', 'Mario') WHERE id = :id"
            ),
            {"id": world.records[1]},
        )
    result = printing.verify(ctx, code)
    assert not result.valid and result.status == "record_mismatch"
    assert cli("pact", "verify", code, "--json").code == 1


def test_other_office_key_through_sync_peer(ctx: AppContext, world: World) -> None:
    other = Ed25519PrivateKey.generate()
    public = (
        other.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )
    with ctx.read() as session:
        rec = session.get(SignatureRecord, world.records[0])
        assert rec is not None
        # A record of that office (not held here): a record of OURS signed by another
        # office is refused (tests/printing/test_qr_binding.py).
        p = v.make_payload(
            "0d5e8c52-5b1f-4a53-9c4e-7f0e2a6b9d11",
            "198503152010011002",
            rec.created_at,
            rec.template_sha256,
            rec.sha256,
            "81.08.01",
        )
    code = v.encode(v.with_signature(p, other.sign(v.message(p))))
    assert printing.verify(ctx, code).status == "unknown_office"
    with ctx.tx() as session:
        session.add(
            SyncPeer(
                office_code="81.08.01",
                name="Kecamatan Moa Lakor",
                role="office",
                signing_public_key=public,
                box_public_key="00" * 32,
                fingerprint="x",
            )
        )
    assert printing.verify(ctx, code).status == "valid_signature_only"
    # The same payload signed with our own key but claiming the other office: refused.
    from desktop.services import identity

    forged = v.encode(v.with_signature(p, identity.load(ctx.keys_dir).signing.sign(v.message(p))))
    assert printing.verify(ctx, forged).status == "bad_signature"
    with ctx.tx() as session:
        session.execute(text("UPDATE sync_peer SET status = 'revoked'"))
    assert not printing.verify(ctx, code).valid


def test_signature_only_when_record_is_elsewhere(ctx: AppContext, world: World) -> None:
    code = qr_code(ctx, world.records[0])
    with ctx.tx() as session:
        session.execute(text("PRAGMA foreign_keys=OFF"))
    with ctx.tx() as session:
        session.execute(
            text("DELETE FROM signature_record WHERE id = :id"), {"id": world.records[0]}
        )
    result = printing.verify(ctx, code)
    assert result.valid and result.status == "valid_signature_only"


def test_short_code_looks_up_the_database(ctx: AppContext, world: World) -> None:
    code = qr_code(ctx, world.records[0])
    short = v.short_code(v.parse(code))
    result = printing.verify(ctx, short)
    assert result.valid and result.status == "valid_database_only"
    assert not result.signature_checked
