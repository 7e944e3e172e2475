"""The sync merge checks an incoming evidence row by the same rule as ``audit verify``
(desktop/store/evidence.py), pen points included.

The row hash of a signature covers ``strokes_sha256``, not the pen points themselves
(``strokes_json``). The merge used to recompute only the row hash, so a signature whose points
were replaced in the sender's database, with the digest and the row hash left as they were
(nothing to recompute: neither covers the points), was a valid row to it and was applied: the
hub then held a signature drawing nobody made, and only its own ``audit verify`` noticed,
after the fact. It is now refused as a tamper alert, like any other altered evidence row.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from desktop.domain.canonical import sha256_hex
from desktop.services import audit, sync
from desktop.services.context import AppContext
from desktop.services.office import store_blob
from desktop.services.records import append_evidence, stamp_new
from desktop.store import evidence
from desktop.store.models import CaseFile, CaseSignature, CaseStep, SignatureRecord
from tests.sync.conftest import Net
from tests.sync.helpers import seed_office, sign, table_state

WETAR = "81.08.06"


def _points(seed: int) -> str:
    """A signature's pen points as Netra stores them (canonical JSON text)."""
    pts = [[10 * i + seed, 20 + (i * seed) % 7, 100 * i] for i in range(12)]
    return json.dumps({"strokes": [pts]}, separators=(",", ":"), sort_keys=True)


def _sign_with_points(office: AppContext) -> str:
    """One pact signature sealed as signing.sign seals it: points, their hash, the image."""
    seeded = seed_office(office, 1)
    [plain] = sign(office, seeded)  # only to reuse the seeded event and template
    with office.tx() as s:
        first = s.get(SignatureRecord, plain)
        assert first is not None
        points = _points(3)
        image = store_blob(s, b"PNG tanda tangan dengan coretan", "image/png")
        rec = append_evidence(
            office,
            s,
            SignatureRecord(
                kind="signed",
                employee_id=first.employee_id,
                event_id=first.event_id,
                election_id=first.election_id,
                template_id=first.template_id,
                template_sha256=first.template_sha256,
                identity_json=first.identity_json,
                strokes_json=points,
                strokes_sha256=sha256_hex(points.encode("utf-8")),
                image_sha256=image,
                operator="admin",
                supersedes_id=first.id,
                reason="",
            ),
        )
        return rec.id


def _case_signature_with_points(office: AppContext) -> str:
    with office.tx() as s:
        case = stamp_new(
            office,
            s,
            CaseFile(
                number="WTR/1/2026",
                source="masyarakat",
                received_date=date(2026, 10, 2),
                reported_name="X",
            ),
        )
        s.flush()
        append_evidence(office, s, CaseStep(case_id=case.id, to_state="diterima", actor="admin"))
        points = _points(5)
        image = store_blob(s, b"PNG paraf pemeriksa", "image/png")
        row = append_evidence(
            office,
            s,
            CaseSignature(
                case_id=case.id,
                entry_id="bap-entry",
                role="examiner",
                kind="signed",
                identity_json=json.dumps({"name": "Pemeriksa"}),
                strokes_json=points,
                strokes_sha256=sha256_hex(points.encode("utf-8")),
                image_sha256=image,
                operator="admin",
            ),
        )
        return row.id


def _behind_netras_back(office: AppContext, table: str, row_id: str, points: str | None) -> None:
    """Replace a row's pen points in the office database; its digest and hash stay."""
    with office.tx() as s:
        s.execute(
            text(f"UPDATE {table} SET strokes_json = :p WHERE id = :i"), {"p": points, "i": row_id}
        )


@pytest.mark.parametrize(
    ("table", "model", "make"),
    [
        ("signature_record", SignatureRecord, _sign_with_points),
        ("case_signature", CaseSignature, _case_signature_with_points),
    ],
)
@pytest.mark.parametrize(
    ("points", "reason"),
    [
        (_points(9), "coretan tanda tangan tidak cocok dengan hash-nya"),
        (None, "coretan tanda tangan hilang"),
    ],
    ids=["replaced", "removed"],
)
def test_signature_with_other_pen_points_is_a_tamper_alert(
    net: Net, table: str, model: type[Any], make: Any, points: str | None, reason: str
) -> None:
    office = net.offices[WETAR]
    row_id = make(office)
    genuine = table_state(office, model)[row_id]
    _behind_netras_back(office, table, row_id, points)
    altered = table_state(office, model)[row_id]
    # The gap: the row hash still verifies, since it covers the digest, not the points.
    assert evidence.row_hash(model, altered) == altered["sha256"] == genuine["sha256"]
    assert altered["strokes_sha256"] == genuine["strokes_sha256"]

    [package] = sync.export(office, net.usb())
    out = sync.import_file(net.hub, package.path)
    assert out.status == "applied", out.to_json()
    assert out.merge["tamper"] == 1
    alerts = [c for c in sync.conflicts(net.hub) if c.kind == "tamper"]
    assert [(a.entity, a.entity_id) for a in alerts] == [(table, row_id)]
    assert reason in alerts[0].reason
    assert row_id not in table_state(net.hub, model)
    # The altered row never reached the hub's chains; the hub's audit names the hole it
    # leaves in what it received from the office, with the tamper alert as its cause.
    report = audit.verify(net.hub)
    assert report.problems and all(reason in p.reason for p in report.problems), report.problems
    # The office's own audit names the same fault.
    office_report = audit.verify(office)
    assert any(p.row_id == row_id and reason in p.reason for p in office_report.problems)


def test_genuine_pen_points_are_applied(net: Net) -> None:
    office = net.offices[WETAR]
    sig_id = _sign_with_points(office)
    case_sig_id = _case_signature_with_points(office)
    [package] = sync.export(office, net.usb())
    out = sync.import_file(net.hub, package.path)
    assert out.status == "applied" and out.merge["tamper"] == 0, out.to_json()
    held = table_state(net.hub, SignatureRecord)[sig_id]
    assert held["strokes_json"] == table_state(office, SignatureRecord)[sig_id]["strokes_json"]
    assert case_sig_id in table_state(net.hub, CaseSignature)
    assert audit.verify(net.hub).ok


def test_check_row_compares_a_file_at_hand_with_its_name() -> None:
    """Where the bytes of a file the row names are at hand, they must hash to the name (the
    merge passes the package's files; a package's own check already refuses a misnamed file,
    so this one is a unit test of the rule)."""
    from datetime import UTC, datetime

    from desktop.domain.canonical import GENESIS

    image = b"PNG asli"
    points = _points(1)
    values: dict[str, Any] = {
        "id": "r1",
        "origin": WETAR,
        "device": "",
        "chain_seq": 1,
        "created_at": datetime(2026, 10, 1, tzinfo=UTC),
        "prev_sha256": GENESIS,
        "kind": "signed",
        "strokes_json": points,
        "strokes_sha256": sha256_hex(points.encode("utf-8")),
        "image_sha256": sha256_hex(image),
    }
    values["sha256"] = evidence.row_hash(SignatureRecord, values)
    assert (
        evidence.check_row(SignatureRecord, values, blob={values["image_sha256"]: image}.get) == []
    )
    other = {values["image_sha256"]: b"PNG lain"}
    assert evidence.check_row(SignatureRecord, values, blob=other.get) == [
        "gambar tanda tangan tidak cocok dengan hash-nya"
    ]
    assert evidence.check_row(SignatureRecord, values, prev_sha256="f" * 64) == [
        evidence.NOT_LINKED
    ]
    assert evidence.check_row(SignatureRecord, dict(values, operator="palsu")) == [
        evidence.HASH_MISMATCH
    ]
