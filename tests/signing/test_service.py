"""Signing rules: once per template version and election, refusals, voids, roles, progress."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.documents.signature_image import render_png
from desktop.domain import strokes
from desktop.domain.errors import NetraError, PermissionDenied
from desktop.services import signing
from desktop.services.context import Actor, AppContext
from desktop.services.signing import setup as signing_setup
from desktop.store.base import utcnow
from desktop.store.models import Blob, PactTemplate, SignatureRecord
from tests.signing.conftest import Setup, strokes_for

CAMAT = "197003121995031004"
SEKCAM = "198405172009022003"


def test_sign_stores_evidence(ctx: AppContext, setup: Setup) -> None:
    emp = setup.roster.employees[CAMAT]
    data = strokes_for(1)
    result = signing.sign(ctx, setup.event_id, emp, data)
    assert len(result.sha256) == 64 and result.warnings == []
    with ctx.read() as session:
        rec = session.get(SignatureRecord, result.id)
        assert rec is not None
        ident = json.loads(rec.identity_json)
        assert ident["nip"] == CAMAT and ident["golongan"] == "IV/a"
        assert ident["unit_name"] == "Kantor Kecamatan Wetar"
        assert rec.operator == "admin" and rec.kind == "signed"
        template = session.get(PactTemplate, rec.template_id)
        assert template is not None and rec.template_sha256 == template.sha256
        assert rec.strokes_sha256 == strokes.parse(data).sha256()
        blob = session.get(Blob, rec.image_sha256)
        assert blob is not None and blob.mime == "image/png"
        # the stored image is exactly what the stored strokes render to
        assert blob.data == render_png(strokes.parse(json.loads(rec.strokes_json or "")))
        assert Image.open(io.BytesIO(blob.data)).mode == "RGBA"


def test_double_signing_refused_showing_existing(ctx: AppContext, setup: Setup) -> None:
    emp = setup.roster.employees[CAMAT]
    first = signing.sign(ctx, setup.event_id, emp, strokes_for(1))
    with pytest.raises(NetraError) as err:
        signing.sign(ctx, setup.event_id, emp, strokes_for(2))
    assert err.value.code == "already_signed"
    assert err.value.details["record"]["id"] == first.id
    assert "sudah menandatangani" in err.value.message_id
    # another event of the same election and template: still refused
    other = signing_setup.create_event(
        ctx,
        name="Apel susulan",
        election_id=setup.election_id,
        template_code="pakta-netralitas-asn",
        event_date=__import__("datetime").date(2024, 10, 7),
        place="Ilwaki",
    )
    with pytest.raises(NetraError):
        signing.sign(ctx, other.id, emp, strokes_for(3))
    view = signing.pact_for(ctx, other.id, emp)
    assert view.existing is not None and view.existing.id == first.id


def test_blank_and_small_signatures_refused(ctx: AppContext, setup: Setup) -> None:
    emp = setup.roster.employees[CAMAT]
    for data, code in (
        ({"width": 900, "height": 300, "strokes": []}, "signature_blank"),
        ({"width": 900, "height": 300, "strokes": [[[5, 5, 0, 0.5]]]}, "signature_dot"),
    ):
        with pytest.raises(NetraError) as err:
            signing.sign(ctx, setup.event_id, emp, data)
        assert err.value.code == code
    assert signing.list_records(ctx, setup.event_id) == []


def test_refuse_then_sign_and_void(ctx: AppContext, setup: Setup) -> None:
    emp = setup.roster.employees[SEKCAM]
    with pytest.raises(NetraError) as err:
        signing.refuse(ctx, setup.event_id, emp, " ")
    assert err.value.code == "reason_required"
    refusal = signing.refuse(ctx, setup.event_id, emp, "Tidak bersedia")
    assert signing.people(ctx, setup.event_id, "lewerissa")[0].status == "refused"
    signed = signing.sign(ctx, setup.event_id, emp, strokes_for(4))  # changed their mind
    assert signing.people(ctx, setup.event_id, SEKCAM)[0].status == "signed"
    with pytest.raises(NetraError) as err:
        signing.refuse(ctx, setup.event_id, emp, "Berubah pikiran")
    assert err.value.code == "already_signed"
    void = signing.void(ctx, signed.id, "Tanda tangan tertukar dengan pegawai lain")
    records = {r.id: r for r in signing.list_records(ctx, setup.event_id)}
    assert records[signed.id].voided and records[void.id].supersedes_id == signed.id
    assert records[refusal.id].kind == "refused"
    with pytest.raises(NetraError) as err:
        signing.void(ctx, signed.id, "lagi")
    assert err.value.code == "already_void"
    # after the void the person is back to "refused" (the earlier refusal) and may sign again
    assert signing.people(ctx, setup.event_id, SEKCAM)[0].status == "refused"
    again = signing.sign(ctx, setup.event_id, emp, strokes_for(5))
    assert again.id != signed.id
    with ctx.read() as session:  # nothing was deleted or changed
        assert len(session.scalars(select(SignatureRecord)).all()) == 4


def test_roles_enforced(ctx: AppContext, setup: Setup) -> None:
    emp = setup.roster.employees[CAMAT]
    ctx.actor = Actor("operator1", "operator")
    signed = signing.sign(ctx, setup.event_id, emp, strokes_for(1))
    with pytest.raises(PermissionDenied):
        signing.void(ctx, signed.id, "salah orang")
    with pytest.raises(PermissionDenied):
        signing_setup.create_version(
            ctx, {"code": "x", "audience": "asn", "title": "X", "commitments": ["a"]}
        )
    ctx.actor = Actor("peninjau", "viewer")
    with pytest.raises(PermissionDenied):
        signing.sign(ctx, setup.event_id, setup.roster.employees[SEKCAM], strokes_for(2))
    with pytest.raises(PermissionDenied):
        signing.refuse(ctx, setup.event_id, setup.roster.employees[SEKCAM], "tidak mau")
    with pytest.raises(PermissionDenied):
        signing_setup.add_election(ctx, "Pemilu 2029", __import__("datetime").date(2029, 2, 14))
    assert signing.signed_count(ctx, setup.event_id) == (1, 6)  # viewing is allowed
    ctx.actor = Actor("verifikator", "verifier")
    with pytest.raises(PermissionDenied):
        signing.sign(ctx, setup.event_id, setup.roster.employees[SEKCAM], strokes_for(2))


def test_non_asn_signs_the_non_asn_variant(ctx: AppContext, setup: Setup) -> None:
    emp = setup.roster.employees["Petrus Matruty"]
    view = signing.pact_for(ctx, setup.event_id, emp)
    assert view.text.title == "PAKTA INTEGRITAS NETRALITAS PEGAWAI NON ASN"
    assert view.text.identity_fields[1][0] == "NIK"
    result = signing.sign(ctx, setup.event_id, emp, strokes_for(6))
    with ctx.read() as session:
        rec = session.get(SignatureRecord, result.id)
        tpl = session.get(PactTemplate, rec.template_id if rec else "")
        assert tpl is not None and tpl.code == "pakta-netralitas-non-asn"


def test_progress_per_unit_and_search(ctx: AppContext, setup: Setup) -> None:
    emp = setup.roster.employees
    signing.sign(ctx, setup.event_id, emp[CAMAT], strokes_for(1))
    signing.sign(ctx, setup.event_id, emp["198811062011012005"], strokes_for(2))
    signing.refuse(ctx, setup.event_id, emp["199108232019031002"], "Tidak bersedia")
    rows = {r.unit_code: r for r in signing.progress(ctx, setup.event_id)}
    assert (rows[""].total, rows[""].signed, rows[""].refused, rows[""].unsigned) == (6, 2, 1, 3)
    assert (rows["KEC"].signed, rows["KEC"].refused, rows["KEC"].unsigned) == (1, 1, 2)
    assert (rows["PKM"].signed, rows["PKM"].unsigned) == (1, 1)  # sub-unit of KEC is covered
    assert [p.name for p in signing.people(ctx, setup.event_id, "yak sahet")] == [
        "Yakomina Sahetapy"
    ]
    assert len(signing.people(ctx, setup.event_id, "1992")) == 1  # part of a NIP
    printed = f"NIP. {CAMAT[:8]} {CAMAT[8:14]} {CAMAT[14]} {CAMAT[15:]}"  # as on a decree
    assert [p.nip for p in signing.people(ctx, setup.event_id, printed)] == [CAMAT]
    assert {p.status for p in signing.people(ctx, setup.event_id, status="unsigned")} == {
        "unsigned"
    }


def test_clock_behind_last_record_is_warned(
    ctx: AppContext, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    emp = setup.roster.employees
    first = signing.sign(ctx, setup.event_id, emp[CAMAT], strokes_for(1))
    assert first.warnings == []
    real = utcnow
    monkeypatch.setattr(signing, "utcnow", lambda: real() - timedelta(days=3))
    late = signing.sign(ctx, setup.event_id, emp[SEKCAM], strokes_for(2))
    assert late.warnings and "Jam komputer tertinggal" in late.warnings[0]


def test_unknown_event_and_person(ctx: AppContext, setup: Setup) -> None:
    with pytest.raises(NetraError) as err:
        signing.sign(ctx, "tidak-ada", setup.roster.employees[CAMAT], strokes_for(1))
    assert err.value.code == "event_unknown"
    with pytest.raises(NetraError) as err:
        signing.find_employee(ctx, nip="000000000000000000")
    assert err.value.code == "employee_unknown"
