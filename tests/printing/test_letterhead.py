"""One letterhead (issue 15): every PDF draws the kop surat with ``documents.letterhead`` and
every service builds it from the office's settings with ``services.office.letterhead``."""

from __future__ import annotations

import ast
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import (
    case_exam_pdf,
    case_pdf,
    fonts,
    hub_recap_pdf,
    letterhead,
    pact_pdf,
    recap_pdf,
)
from desktop.services import office as office_service
from desktop.services.context import AppContext

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
PDF_MODULES = (pact_pdf, recap_pdf, hub_recap_pdf, case_pdf, case_exam_pdf)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 70), "red").save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("module", PDF_MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_every_pdf_module_draws_the_one_letterhead(module: object) -> None:
    source = Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8")
    imported = {
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module == "desktop.documents.letterhead"
        for alias in node.names
    }
    calls = {
        node.func.id
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    if module is hub_recap_pdf:  # its pages are the signing recap's sheet (recap_pdf._Sheet)
        assert issubclass(hub_recap_pdf._Page, recap_pdf._Sheet)
    else:
        assert "draw_letterhead" in calls
    assert "draw_letterhead" in imported or module is hub_recap_pdf
    assert getattr(module, "draw_letterhead", letterhead.draw_letterhead) is (
        letterhead.draw_letterhead
    )
    assert getattr(module, "Letterhead", letterhead.Letterhead) is letterhead.Letterhead


def test_no_second_letterhead_anywhere() -> None:
    """No other module defines a kop (a Letterhead class or a draw function), and only the
    office service reads the stored letterhead lines (for the kop and the settings page)."""
    for path in DESKTOP.rglob("*.py"):
        if path.name == "letterhead.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef | ast.FunctionDef):
                assert node.name not in {"Letterhead", "draw_letterhead"}, path
    readers = sorted(
        str(p.relative_to(DESKTOP))
        for p in (DESKTOP / "services").rglob("*.py")
        if "letterhead_json" in p.read_text(encoding="utf-8")
    )
    assert readers == ["services/office.py"]


def test_stored_letterhead() -> None:
    head = letterhead.Letterhead.stored('["PEMERINTAH", "Jalan 1"]', b"png")
    assert head == letterhead.Letterhead(("PEMERINTAH", "Jalan 1"), b"png")
    assert letterhead.Letterhead.stored(None, None).lines == ()
    assert letterhead.Letterhead.stored("[]", None, default_line="HUB").lines == ("HUB",)
    assert letterhead.Letterhead.stored('["A"]', None, default_line="HUB").lines == ("A",)


def test_office_letterhead_from_settings(ctx: AppContext) -> None:
    logo = _png()
    office_service.update_settings(
        ctx, letterhead=["PEMERINTAH KABUPATEN", "Jalan Baru"], logo=logo
    )
    with ctx.read() as session:
        office = ctx.office(session)
        head = office_service.letterhead(session, office)
        assert head.lines == ("PEMERINTAH KABUPATEN", "Jalan Baru") and head.logo == logo
        office.letterhead_json = json.dumps([])
        assert office_service.letterhead(session, office).lines == ()
        assert office_service.letterhead(session, office, name_if_blank=True).lines == (
            office.name.upper(),
        )
        session.rollback()
    # drawn: the rule sits below the logo (26 mm under the top margin)
    fonts.register()
    c = Canvas(io.BytesIO(), pagesize=pact_pdf.PAPERS["a4"])
    y = letterhead.draw_letterhead(c, head, *pact_pdf.PAPERS["a4"])
    assert y == pytest.approx(pact_pdf.PAPERS["a4"][1] - letterhead.TOP - 26 * 72 / 25.4 - 3)
