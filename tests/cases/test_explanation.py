"""One explanation renderer (issue 15): the nota dinas, the LHP's analysis and ``netra case
recommend`` give the recommendation's explanation in the same words, from
``domain.explanation``."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from desktop.domain.explanation import explanation_lines, step_line
from desktop.services.context import AppContext
from tests.cases.conftest import Driver
from tests.cases.test_pdf import pdf_text

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_step_line_reads_every_stored_form() -> None:
    assert step_line({"rule": "R3", "text": "Naik satu tingkat.", "legal_basis": "Pasal 16"}) == (
        "R3: Naik satu tingkat. (dasar hukum: Pasal 16)"
    )
    assert step_line({"rule": "R1", "text": "Tanpa dasar.", "legal_basis": ""}) == (
        "R1: Tanpa dasar."
    )
    assert step_line({"id": "R2", "detail": "Bentuk lama."}) == "R2: Bentuk lama."
    assert step_line({"title": "Judul saja"}) == "Judul saja"
    assert step_line("Kalimat yang sudah jadi.") == "Kalimat yang sudah jadi."
    assert explanation_lines({}) == [] and explanation_lines({"explanation": None}) == []


def test_cli_and_nota_dinas_say_the_same(
    cli: Any, ctx: AppContext, drive: Driver, people: dict[str, str], tmp_path: Path
) -> None:
    case = drive(people["pns"], ["D2", "E4"])
    ctx.close()  # the CLI opens its own context on the same folder
    res = cli("case", "recommend", case["number"], "--json")
    assert res.code == 0, res.err
    lines = explanation_lines(res.json()["output"])
    assert len(lines) >= 3 and all("dasar hukum" in line for line in lines[:1])

    text = cli("case", "recommend", case["number"])
    assert text.code == 0, text.err
    listed = [line[4:] for line in text.out.splitlines() if line.startswith("  - ")]
    assert listed == lines

    out = tmp_path / "nota.pdf"
    assert (
        cli("case", "pdf", case["number"], "--out", str(out), "--kind", "recommendation").code == 0
    )
    nota = pdf_text(out.read_bytes(), tmp_path)
    for line in lines:
        assert " ".join(line.split()) in nota, line


def test_no_second_renderer() -> None:
    """Nothing outside the domain formats an explanation step by itself: every module that
    reads a step's ``legal_basis`` next to its ``rule`` is the domain renderer (or the engine
    that writes them, or ``netra rules check``, which prints the engine's steps in detail)."""
    allowed = {"domain/explanation.py", "domain/sanctions.py", "cli/rules.py"}
    for path in DESKTOP.rglob("*.py"):
        rel = str(path.relative_to(DESKTOP))
        if rel in allowed or rel.startswith("ui/"):
            continue
        keys = {
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        assert not {"rule", "legal_basis"} <= keys, rel
