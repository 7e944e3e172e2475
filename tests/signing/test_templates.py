"""Shipped templates, canonical text hashing, versions and filling the identity block."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.domain.errors import NetraError
from desktop.domain.pact import Identity, TemplateBody, fill
from desktop.resources import resource_path
from desktop.services import reference, signing
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup
from tests.signing.conftest import Setup, strokes_for


def _load(name: str) -> dict[str, Any]:
    return json.loads(resource_path("templates", name).read_text(encoding="utf-8"))


def test_shipped_templates_are_valid() -> None:
    bodies = {b.code: b for b in reference.shipped_templates()}
    assert set(bodies) == {
        "ikrar-netralitas-2024",
        "pakta-netralitas-asn",
        "pakta-netralitas-non-asn",
    }
    ikrar = bodies["ikrar-netralitas-2024"]
    assert len(ikrar.commitments) == 4 and "politik uang" in ikrar.commitments[3]
    asn = bodies["pakta-netralitas-asn"]
    assert asn.opening == "Saya yang bertanda tangan di bawah ini:"
    assert [label for _k, label in asn.identity_fields] == [
        "Nama",
        "NIP / NI PPPK",
        "Pangkat/Golongan",
        "Jabatan",
        "Unit Kerja",
    ]
    assert asn.witness_heading == "Mengetahui" and "sanksi" in asn.consequence
    assert asn.non_asn_variant == "pakta-netralitas-non-asn"
    assert ("nik", "NIK") in bodies["pakta-netralitas-non-asn"].identity_fields


def test_hash_is_over_canonical_text() -> None:
    data = _load("pakta-netralitas-asn.json")
    body = TemplateBody.from_json(data)
    same = TemplateBody.from_json(
        {**data, "version": 7, "title": "  PAKTA INTEGRITAS   NETRALITAS APARATUR SIPIL NEGARA"}
    )
    assert same.sha256() == body.sha256()  # version and spacing are not the text
    changed = TemplateBody.from_json(
        {**data, "commitments": [*data["commitments"][:-1], "Menolak politik uang."]}
    )
    assert changed.sha256() != body.sha256()
    assert len(body.sha256()) == 64


@pytest.mark.parametrize(
    "patch",
    [
        {"audience": "semua"},
        {"commitments": []},
        {"title": ""},
        {"kind": "surat"},
        {"identity_fields": [{"key": "alamat", "label": "Alamat"}]},
        {"version": 0},
    ],
)
def test_invalid_templates_refused(patch: dict[str, Any]) -> None:
    with pytest.raises(NetraError) as err:
        TemplateBody.from_json({**_load("pakta-netralitas-asn.json"), **patch})
    assert err.value.code == "template_invalid"


def test_fill_identity_block() -> None:
    body = TemplateBody.from_json(_load("pakta-netralitas-asn.json"))
    pns = Identity(
        "1",
        "Maria Lewerissa, S.Sos.",
        "PNS",
        nip="198405172009022003",
        golongan="III/c",
        jabatan="Sekretaris Camat",
        unit_name="Kecamatan Wetar",
    )
    text = fill(body, pns, place="Ilwaki", when=__import__("datetime").date(2024, 9, 30))
    assert text.identity_fields == [
        ("Nama", "Maria Lewerissa, S.Sos."),
        ("NIP", "198405172009022003"),
        ("Pangkat/Golongan", "Penata (III/c)"),
        ("Jabatan", "Sekretaris Camat"),
        ("Unit Kerja", "Kecamatan Wetar"),
    ]
    assert text.place_date == "Ilwaki, 30 September 2024"
    assert text.signer_id_line == "NIP 198405172009022003"
    pppk = Identity("2", "Selfina", "PPPK", nip="199202142022212001", golongan="VII")
    filled = fill(body, pppk)
    assert filled.identity_fields[1] == ("NI PPPK", "199202142022212001")
    assert filled.identity_fields[2] == ("Pangkat/Golongan", "Golongan VII")


def test_new_version_and_no_edit_once_signed(ctx: AppContext, setup: Setup) -> None:
    templates = {t.code: t for t in signing_setup.list_templates(ctx)}
    asn = templates["pakta-netralitas-asn"]
    body = signing_setup.template_body(ctx, asn.id).to_json()
    with pytest.raises(NetraError) as err:
        signing_setup.create_version(ctx, body)
    assert err.value.code == "template_unchanged"
    signing.sign(ctx, setup.event_id, setup.roster.employees["197003121995031004"], strokes_for(1))
    edited = {**body, "subtitle": "PADA PEMILU TAHUN 2029"}
    with pytest.raises(NetraError) as err:
        signing_setup.edit_unsigned(ctx, asn.id, edited)
    assert err.value.code == "template_in_use"
    v2 = signing_setup.create_version(ctx, edited)
    assert (v2.code, v2.version) == ("pakta-netralitas-asn", 2)
    assert v2.sha256 != asn.sha256
    # the signed version is untouched and still listed with its signature
    after = {(t.code, t.version): t for t in signing_setup.list_templates(ctx)}
    assert after[("pakta-netralitas-asn", 1)].sha256 == asn.sha256
    assert after[("pakta-netralitas-asn", 1)].signatures == 1
    # an unsigned version may still be corrected
    fixed = signing_setup.edit_unsigned(ctx, v2.id, {**edited, "subtitle": "PEMILU 2029"})
    assert fixed.sha256 != v2.sha256


def test_preview_validates(ctx: AppContext) -> None:
    text = signing_setup.preview(_load("pakta-netralitas-non-asn.json"))
    assert text.identity_fields[1][0] == "NIK"
    with pytest.raises(NetraError):
        signing_setup.preview({**_load("pakta-netralitas-asn.json"), "commitments": []})
