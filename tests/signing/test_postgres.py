"""The signing services on a real PostgreSQL hub database (same models, no SQLite-only SQL)."""

from __future__ import annotations

import pytest

from desktop.domain.errors import NetraError
from desktop.services import audit, signing
from desktop.services.context import AppContext
from tests.signing.conftest import make_event, make_roster, strokes_for

pytestmark = pytest.mark.postgres


def test_sign_refuse_void_and_verify_on_postgres(pg_ctx: AppContext) -> None:
    setup = make_event(pg_ctx, make_roster(pg_ctx))
    emp = setup.roster.employees
    signed = signing.sign(pg_ctx, setup.event_id, emp["197003121995031004"], strokes_for(1))
    with pytest.raises(NetraError) as err:
        signing.sign(pg_ctx, setup.event_id, emp["197003121995031004"], strokes_for(2))
    assert err.value.code == "already_signed"
    signing.refuse(pg_ctx, setup.event_id, emp["198405172009022003"], "Tidak bersedia")
    signing.void(pg_ctx, signed.id, "Salah orang")
    whole = signing.progress(pg_ctx, setup.event_id)[0]
    assert (whole.signed, whole.refused, whole.total) == (0, 1, 6)
    assert [p.name for p in signing.people(pg_ctx, setup.event_id, "sahetapy")] == [
        "Yakomina Sahetapy"
    ]
    report = audit.verify(pg_ctx)
    assert report.ok, report.problems
    assert report.checked["signature_record"] == 3
