"""Every mutating service names what it changed (issue 15): a typed result whose ``changes``
(a frozenset of :class:`Area`, left out of ``to_json``) the task runner reads with
:func:`changes_of`; a command that found nothing to change says so with no areas. The CLI
prints the same ``--json`` keys as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.services import accounts, backup, devices, office, roster
from desktop.services.changes import Area, Changes, changes_of
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup
from desktop.store import models
from tests.conftest import CliRunner

NIP = "198609262015051001"


def names(result: object, *areas: Area) -> None:
    """``result`` says it changed exactly ``areas``, the runner finds them, and its JSON
    (when it has one) does not carry them."""
    assert changes_of(result) == Changes.of(*areas)
    assert result.changes == frozenset(areas)  # type: ignore[attr-defined]
    to_json = getattr(result, "to_json", None)
    if to_json is not None:
        assert "changes" not in to_json()


def _units(ctx: AppContext) -> tuple[roster.UnitSaved, roster.UnitSaved]:
    kec = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    desa = roster.add_unit(ctx, "81.08.06.2001", "Desa Ilwaki", "desa", "81.08.06")
    return kec, desa


def test_unit_commands_name_the_roster(ctx: AppContext) -> None:
    kec, desa = _units(ctx)
    names(kec, Area.ROSTER)
    assert isinstance(kec, roster.UnitInfo)  # a unit, like list_units gives
    assert kec.to_json() == {
        "id": kec.id,
        "code": "81.08.06",
        "name": "Kecamatan Wetar",
        "kind": "kecamatan",
        "parent_id": None,
        "employees": 0,
    }
    edited = roster.edit_unit(ctx, desa.id, "Desa Ilwaki Baru", "desa", kec.id)
    names(edited, Area.ROSTER)
    assert edited.name == "Desa Ilwaki Baru"
    # a read is no change
    assert all(changes_of(u) is None for u in roster.list_units(ctx))


def test_employee_commands_name_the_roster_and_nothing_when_nothing_changed(
    ctx: AppContext,
) -> None:
    kec, desa = _units(ctx)
    data = roster.EmployeeInput(name="Yohanis Lewier", unit_id=kec.id, nip=NIP)
    added = roster.add_employee(ctx, data)
    names(added, Area.ROSTER)
    assert added.to_json() == {"id": added.id}
    assert roster.get_employee(ctx, added.id).data.name == "Yohanis Lewier"

    same = roster.edit_employee(ctx, added.id, roster.get_employee(ctx, added.id).data)
    assert same.id == added.id and same.changes == frozenset()
    assert not changes_of(same)  # the runner emits nothing for it
    data.jabatan = "Sekretaris Camat"
    names(roster.edit_employee(ctx, added.id, data), Area.ROSTER)

    names(roster.transfer(ctx, added.id, desa.id, "SK Bupati"), Area.ROSTER)
    assert not changes_of(roster.transfer(ctx, added.id, desa.id))  # already there
    assert not changes_of(roster.reactivate(ctx, added.id))  # still active
    names(roster.deactivate(ctx, added.id, "pensiun"), Area.ROSTER)
    names(roster.reactivate(ctx, added.id), Area.ROSTER)
    assert roster.get_employee(ctx, added.id).active


def _kiosk(ctx: AppContext) -> str:
    """A kiosk of this office, enrolled here (a main laptop revokes its kiosks)."""
    with ctx.tx() as session:
        peer = models.SyncPeer(
            office_code=ctx.office(session).code,
            device_code="k1",
            name="Kecamatan Wetar",
            role="kiosk",
            signing_public_key="a" * 64,
            box_public_key="b" * 64,
            fingerprint="c" * 64,
        )
        session.add(peer)
        session.flush()
        return peer.id


def test_device_commands_name_sync(ctx: AppContext) -> None:
    named = devices.set_name(ctx, "  Kiosk   Aula ")
    names(named, Area.SYNC)
    assert named.name == "Kiosk Aula" and set(named.to_json()) == {"office", "device", "name"}

    kiosk = _kiosk(ctx)
    revoked = devices.revoke_device(ctx, kiosk, "laptop hilang")
    names(revoked, Area.SYNC)
    assert (revoked.id, revoked.reason) == (kiosk, "laptop hilang")
    row = revoked.to_json()
    assert row["state"] == "revoked" and row["revoke_reason"] == "laptop hilang"
    with ctx.read() as session:  # the same row `device list --json` shows
        assert (
            row == devices.enrolled_device(session, devices.find_device(session, kiosk)).to_json()
        )


def test_account_and_office_commands(ctx: AppContext) -> None:
    user = accounts.add_user(ctx, "camat", "sandi-kuat-123", "viewer", "Camat Wetar")
    names(user, Area.USERS)
    listed = next(u for u in accounts.list_users(ctx) if u.username == "camat")
    assert user.to_json() == listed.to_json() and changes_of(listed) is None

    changed = accounts.change_password(ctx, "camat", None, "sandi-baru-456")
    names(changed, Area.USERS)
    assert changed.to_json() == {"username": "camat", "changed": True}

    saved = office.update_settings(ctx, place="Ilwaki")
    names(saved, Area.OFFICE)
    assert saved.place == "Ilwaki"
    assert saved.to_json() == office.get_info(ctx).to_json()


def test_event_setup_names_signing(ctx: AppContext) -> None:
    kec, _desa = _units(ctx)
    election = signing_setup.add_election(ctx, "Pilkada Serentak 2024", date(2024, 11, 27))
    names(election, Area.SIGNING)
    assert election.to_json() == {
        "id": election.id,
        "name": "Pilkada Serentak 2024",
        "level": "pilkada",
        "voting_date": "2024-11-27",
    }
    event = signing_setup.create_event(
        ctx,
        name="Apel Netralitas ASN",
        election_id=election.id,
        template_code="pakta-netralitas-asn",
        event_date=date(2024, 9, 30),
        place="Ilwaki",
        unit_codes=[kec.code],
        witnesses=[],
    )
    names(event, Area.SIGNING)
    assert event.to_json() == signing_setup.get_event(ctx, event.id).to_json()
    updated = signing_setup.update_event(
        ctx,
        event.id,
        name=event.name,
        event_date=event.event_date,
        place="Aula Kantor Camat",
        unit_codes=event.unit_codes,
        witnesses=event.witnesses,
    )
    names(updated, Area.SIGNING)
    assert updated.place == "Aula Kantor Camat"

    spare = signing_setup.add_election(ctx, "Pemilu 2029", date(2029, 2, 14), "pemilu")
    names(signing_setup.update_election(ctx, spare.id, "Pemilu 2029", date(2029, 2, 14), "pemilu"), Area.SIGNING)  # fmt: skip
    names(signing_setup.delete_election(ctx, spare.id), Area.SIGNING)


def test_restore_names_everything_and_keeps_its_json_keys(
    ctx: AppContext, cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backup.create(ctx, tmp_path / "cadangan.netrabak", "frasa-cadangan-1")
    result = backup.restore(ctx, made.path, "frasa-cadangan-1")
    names(result, Area.ALL)
    assert Path(result.safety_copy).exists() and result.new_device_pending
    assert result.to_json() == {
        "restored_from": str(made.path),
        "office_code": made.office_code,
        "safety_copy": result.safety_copy,
        "new_device_pending": True,
    }
    ctx.engine.dispose()

    monkeypatch.setenv("NETRA_BACKUP_PASSPHRASE", "frasa-cadangan-1")
    res = cli("backup", "restore", str(made.path), "--json")
    assert res.code == 0, res.err
    printed = res.json_object()
    assert list(printed) == ["restored_from", "office_code", "safety_copy", "new_device_pending"]
    assert printed["office_code"] == made.office_code and printed["new_device_pending"] is True


def test_cli_json_keys_are_unchanged(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    res = cli("roster", "unit", "add", "81.08.06", "Kecamatan Wetar", "--kind", "kecamatan", "--json")  # fmt: skip
    assert res.code == 0, res.err
    assert set(res.json_object()) == {"id", "code", "name", "kind", "parent_id", "employees"}
    res = cli("roster", "add", "--name", "Yohanis Lewier", "--unit", "81.08.06", "--nip", NIP, "--json")  # fmt: skip
    assert res.code == 0, res.err
    assert set(res.json_object()) == {"id"}
    res = cli("device", "name", "Kiosk Aula", "--json")
    assert res.code == 0, res.err
    assert res.json_object()["name"] == "Kiosk Aula"
    assert set(res.json_object()) == {"office", "device", "name"}
    monkeypatch.setenv("NETRA_NEW_PASSWORD", "sandi-baru-456789")
    res = cli("user", "passwd", "admin", "--json")
    assert res.code == 0, res.err
    assert res.json_object() == {"username": "admin", "changed": True}
