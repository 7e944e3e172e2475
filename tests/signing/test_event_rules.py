"""Event rules (issue 14, point 5): a date after the voting day needs a confirmation; the
election, template and date of an event with signatures are fixed (the date only changes as a
correction with a reason, kept in the audit log); the pact shows the day it is signed on and
the event list says when that differs from the event's date."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from desktop.domain.errors import NetraError
from desktop.domain.pact import tanggal
from desktop.services import signing
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup
from desktop.store.models import AuditEntry, SignatureRecord
from tests.conftest import CliRunner
from tests.signing.conftest import Setup, strokes_for

CAMAT = "197003121995031004"
SEKCAM = "198405172009022003"


def _create(ctx: AppContext, setup: Setup, day: date, **kwargs: object) -> signing_setup.EventInfo:
    return signing_setup.create_event(
        ctx,
        name="Apel susulan",
        election_id=setup.election_id,
        template_code="pakta-netralitas-asn",
        event_date=day,
        place="Ilwaki",
        **kwargs,  # type: ignore[arg-type]
    )


def _edit(ctx: AppContext, event: signing_setup.EventInfo, **changes: object) -> object:
    values: dict[str, object] = {
        "name": event.name,
        "event_date": event.event_date,
        "place": event.place,
        "unit_codes": event.unit_codes,
        "witnesses": event.witnesses,
    }
    values.update(changes)
    return signing_setup.update_event(ctx, event.id, **values)  # type: ignore[arg-type]


def test_event_after_voting_day_needs_confirmation(ctx: AppContext, setup: Setup) -> None:
    with pytest.raises(NetraError) as err:
        _create(ctx, setup, date(2024, 11, 28))
    assert err.value.code == "event_after_voting_day"
    assert "sesudah hari pemungutan suara" in err.value.message_id
    assert "27-11-2024" in err.value.message_id
    assert len(signing_setup.list_events(ctx)) == 1  # nothing stored
    # the voting day itself is fine; after it with the confirmation too
    assert _create(ctx, setup, date(2024, 11, 27)).event_date == date(2024, 11, 27)
    late = _create(ctx, setup, date(2024, 11, 29), confirm_after_voting_day=True)
    assert late.voting_date == date(2024, 11, 27)
    # moving an event past the voting day asks the same
    first = signing_setup.get_event(ctx, setup.event_id)
    with pytest.raises(NetraError) as err:
        _edit(ctx, first, event_date=date(2024, 12, 1))
    assert err.value.code == "event_after_voting_day"


def test_election_template_fixed_once_signed(ctx: AppContext, setup: Setup) -> None:
    other = signing_setup.add_election(ctx, "Pemilu 2029", date(2029, 2, 14), "pemilu")
    event = signing_setup.get_event(ctx, setup.event_id)
    # before anyone signs, the election may still be corrected
    moved = _edit(ctx, event, election_id=other.id)
    assert isinstance(moved, signing_setup.EventInfo) and moved.election_id == other.id
    moved = _edit(ctx, moved, election_id=setup.election_id)
    assert isinstance(moved, signing_setup.EventInfo)
    signing.sign(ctx, setup.event_id, setup.roster.employees[CAMAT], strokes_for(1))
    event = signing_setup.get_event(ctx, setup.event_id)
    assert event.records == 1
    with pytest.raises(NetraError) as err:
        _edit(ctx, event, election_id=other.id)
    assert err.value.code == "event_has_signatures"
    assert "Buat acara baru" in err.value.message_id
    with pytest.raises(NetraError) as err:
        _edit(ctx, event, template_code="ikrar-netralitas-2024")
    assert err.value.code == "event_has_signatures"
    after = signing_setup.get_event(ctx, setup.event_id)
    assert (after.election_id, after.template_id) == (event.election_id, event.template_id)
    # other details still change freely
    renamed = _edit(ctx, event, name="Apel Ikrar Netralitas", place="Kantor Camat")
    assert isinstance(renamed, signing_setup.EventInfo) and renamed.place == "Kantor Camat"


def test_date_of_signed_event_changes_only_with_a_reason(ctx: AppContext, setup: Setup) -> None:
    record = signing.sign(ctx, setup.event_id, setup.roster.employees[CAMAT], strokes_for(1))
    event = signing_setup.get_event(ctx, setup.event_id)
    with pytest.raises(NetraError) as err:
        _edit(ctx, event, event_date=date(2024, 10, 1))
    assert err.value.code == "event_date_locked"
    assert "alasan" in err.value.message_id
    assert signing_setup.get_event(ctx, setup.event_id).event_date == date(2024, 9, 30)
    fixed = _edit(ctx, event, event_date=date(2024, 10, 1), date_reason="salah ketik tanggal")
    assert isinstance(fixed, signing_setup.EventInfo) and fixed.event_date == date(2024, 10, 1)
    with ctx.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "event.date_correct")
        ).one()
        detail = json.loads(entry.detail_json)
        assert detail["from"] == "2024-09-30" and detail["to"] == "2024-10-01"
        assert detail["reason"] == "salah ketik tanggal" and detail["records"] == 1
        # the signed record is untouched: its pact keeps the day it was signed on
        rec = session.get(SignatureRecord, record.id)
        assert rec is not None and rec.kind == "signed"


def test_pact_and_event_list_agree_on_the_date(ctx: AppContext, setup: Setup) -> None:
    """The pact on screen is dated the day it is signed (as printed), and the event says
    when its pacts carry other days than its own."""
    today = signing_setup.office_today(ctx)
    emp = setup.roster.employees[CAMAT]
    view = signing.pact_for(ctx, setup.event_id, emp)
    assert view.text.place_date.endswith(tanggal(today))
    event = signing_setup.get_event(ctx, setup.event_id)
    assert event.first_signed is None and not event.signed_on_other_days
    signing.sign(ctx, setup.event_id, emp, strokes_for(1))
    # a second signer whose record is dated on the event's day (22.00 WIT on 30-09)
    other = signing.sign(ctx, setup.event_id, setup.roster.employees[SEKCAM], strokes_for(2))
    with ctx.tx() as session:
        rec = session.get(SignatureRecord, other.id)
        assert rec is not None
        rec.created_at = datetime(2024, 9, 30, 13, 0, tzinfo=UTC)
    event = signing_setup.get_event(ctx, setup.event_id)
    assert event.first_signed == date(2024, 9, 30) and event.last_signed == today
    assert event.signed_on_other_days
    signed_view = signing.pact_for(ctx, setup.event_id, emp)
    assert signed_view.text.place_date == view.text.place_date


def test_cli_event_flags(cli: CliRunner, ctx: AppContext, setup: Setup) -> None:
    base = ["event", "create", "--name", "Apel", "--election", setup.election_id]
    base += ["--template", "pakta-netralitas-asn", "--place", "Ilwaki"]
    result = cli(*base, "--date", "2024-12-02")
    assert result.code == 2 and "sesudah hari pemungutan suara" in result.err
    assert "Traceback" not in result.err
    result = cli(*base, "--date", "2024-12-02", "--after-voting-day", "--json")
    assert result.code == 0, result.err
    created = result.json()
    assert isinstance(created, dict) and created["event_date"] == "2024-12-02"

    signing.sign(ctx, setup.event_id, setup.roster.employees[CAMAT], strokes_for(1))
    result = cli("event", "edit", setup.event_id, "--date", "2024-10-02")
    assert result.code == 2 and "alasan" in result.err
    result = cli("event", "edit", setup.event_id, "--election", created["election_id"])
    assert result.code == 0  # the same election: nothing changes
    result = cli("event", "edit", setup.event_id, "--template", "ikrar-netralitas-2024")
    assert result.code == 2 and "Buat acara baru" in result.err
    result = cli("event", "edit", setup.event_id, "--date", "2024-10-02", "--reason", "salah ketik")
    assert result.code == 0, result.err
    assert "dikoreksi dari 30-09-2024" in result.out
    listed = cli("event", "list")
    assert "pakta bertanggal" in listed.out
