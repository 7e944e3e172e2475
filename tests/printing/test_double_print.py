"""A person who signed on two laptops (issue 17) gets one printed pact and one recap row:
the signature that counts as signing counts it (the earliest not voided,
``signing_people.double_flags``), until and after the operator voids the later one.

The double signing is made by the real route (as ``tests/signing/test_double_signing.py``):
the office's kiosk signs the camat, the hub's own kiosk signs him again before the office's
package arrives, and the package then brings the office's record to the hub.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import pytest

from desktop.services import devices, printing, signing, sync
from desktop.services.context import AppContext
from tests.signing.conftest import Setup, make_event, make_roster, strokes_for
from tests.sync.helpers import HUB, enrol, make_install

WETAR = "81.08.06"
CAMAT = "197003121995031004"
CAMAT_PRINTED = "19700312 199503 1 004"
SEKCAM = "198405172009022003"


@dataclass
class Double:
    hub: AppContext
    office: AppContext
    setup: Setup
    earlier: str  # the camat's signature on the office's kiosk
    later: str  # and again on the hub's kiosk


def _ship(office: AppContext, hub: AppContext, stick: Path) -> None:
    [package] = sync.export(office, stick)
    outcome = sync.import_file(hub, package.path)
    assert outcome.status == "applied", (outcome.reason, outcome.message)


@pytest.fixture
def double(tmp_path: Path) -> Iterator[Double]:
    hub = make_install(tmp_path / "hub", HUB[0], HUB[1], "hub")
    office = make_install(tmp_path / "office", WETAR, "Kecamatan Wetar")
    setup = make_event(office, make_roster(office))
    devices.set_name(office, "Kiosk 1")
    devices.set_name(hub, "Kiosk BKPSDM")
    stick = tmp_path / "usb"
    stick.mkdir()
    enrol(hub, office, stick)
    _ship(office, hub, stick)  # the roster and the event reach the hub
    camat = setup.roster.employees[CAMAT]
    first = signing.sign(office, setup.event_id, camat, strokes_for(1))
    second = signing.sign(hub, setup.event_id, camat, strokes_for(2))  # cannot see the first
    signing.sign(office, setup.event_id, setup.roster.employees[SEKCAM], strokes_for(3))
    _ship(office, hub, stick)
    try:
        yield Double(hub, office, setup, first.id, second.id)
    finally:
        hub.close()
        office.close()


def _printed(ctx: AppContext, sel: printing.Selection) -> list[str]:
    """The signature records whose pacts the selection prints, in print order."""
    with ctx.read() as session:
        return [item.record.id for item in printing.gather(session, sel).items]


def _camat_records(ctx: AppContext, sel: printing.Selection, camat: str) -> list[str]:
    with ctx.read() as session:
        items = printing.gather(session, sel).items
        return [i.record.id for i in items if i.record.employee_id == camat]


def _pages(pdf: bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def test_one_pact_per_person_until_the_later_record_is_voided(double: Double) -> None:
    """The regression: both of the camat's pacts were printed (3 pages for 2 people), and
    the recap listed him twice."""
    hub, event = double.hub, double.setup.event_id
    camat = double.setup.roster.employees[CAMAT]
    [flag] = signing.double_signings(hub, event)  # the hub sees the double signing
    assert (flag.kept.id, flag.later.id) == (double.earlier, double.later)
    by_event = printing.Selection(event_id=event)
    assert _camat_records(hub, by_event, camat) == [double.earlier]  # the one in force
    pdf, result = printing.build(hub, by_event)
    assert (result.pages, result.signed) == (2, 2)
    assert sum(CAMAT_PRINTED in page for page in _pages(pdf)) == 1  # one page is his
    # the recap counts as the signing page counts: camat and sekcam signed, once each
    recap_pdf, recap = printing.build(hub, by_event, recap=True)
    whole = signing.progress(hub, event)[0]
    assert (recap.signed, whole.signed, whole.double_signings) == (2, 2, 1)
    assert recap.signed + recap.not_signed + recap.refused == whole.total
    assert "\n".join(_pages(recap_pdf)).count(CAMAT_PRINTED) == 1  # one row
    # by person (every election) and by unit, likewise
    for sel in (
        printing.Selection(nip=f"NIP. {CAMAT_PRINTED}"),
        printing.Selection(unit_code="KEC"),
        printing.Selection(everything=True),
    ):
        assert _camat_records(hub, sel, camat) == [double.earlier], sel
    assert printing.build(hub, printing.Selection(nip=CAMAT))[1].pages == 1
    # the operator voids the later record: nothing changes on paper
    signing.void(hub, double.later, "Tanda tangan ganda di kiosk BKPSDM")
    assert signing.double_signings(hub, event) == []
    assert _camat_records(hub, by_event, camat) == [double.earlier]
    assert printing.build(hub, by_event)[1].pages == 2


def test_voiding_the_earlier_record_prints_the_later(double: Double) -> None:
    """When the operator voids the earlier record instead (it was the wrong one), the later
    signature is the one in force, and the one printed."""
    hub, event = double.hub, double.setup.event_id
    camat = double.setup.roster.employees[CAMAT]
    signing.void(hub, double.earlier, "Salah orang di kiosk 1")
    assert signing.double_signings(hub, event) == []
    assert _camat_records(hub, printing.Selection(event_id=event), camat) == [double.later]
    [person] = [p for p in signing.people(hub, event) if p.employee_id == camat]
    assert person.record_id == double.later


def test_the_office_prints_its_own_record_once(double: Double) -> None:
    """The office has not seen the hub's kiosk record (no answer yet): one pact, as before."""
    camat = double.setup.roster.employees[CAMAT]
    office = double.office
    sel = printing.Selection(event_id=double.setup.event_id)
    assert _camat_records(office, sel, camat) == [double.earlier]
    assert len(_printed(office, sel)) == 2
