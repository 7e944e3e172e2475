"""The summons names the examination's time and place when the operator gives them (before,
the PDF always left "Pukul …… waktu setempat" to be filled in by hand); a wrong time is
refused with exit 2 and nothing is recorded."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop.services.cases.deadlines import examination_time
from tests.cases.test_exam_e2e import intake, ok, roster, to_recommendation
from tests.conftest import CliRunner

__all__ = ["roster"]  # the fixture, used by name


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_time_forms() -> None:
    assert examination_time("9:00") == "09.00" and examination_time(" 13.30 ") == "13.30"
    assert examination_time("") is None and examination_time(None) is None


def test_summons_prints_time_and_place(
    cli: CliRunner, roster: dict[str, str], tmp_path: Path
) -> None:
    c = intake(cli, "sedang", "D13", "2025-03-17")
    to_recommendation(cli, c, "D13")
    bad = cli("case", "schedule", c, "--summons", "2025-03-26", "--examination", "2025-04-15",
              "--time", "25.00", "--json")  # fmt: skip
    assert bad.code == 2 and "JJ.MM" in bad.out + bad.err
    assert ok(cli("case", "exam", c, "--json")).get("schedules", []) in ([], None)
    ok(cli("case", "schedule", c, "--summons", "2025-03-26", "--examination", "2025-04-15",
           "--time", "9:00", "--place", "Aula Kantor Camat Wetar"))  # fmt: skip
    pdf = tmp_path / "panggilan.pdf"
    ok(cli("case", "document", c, "--kind", "summons1", "--out", str(pdf), "--json"))
    text = " ".join(_text(pdf).split())
    assert "09.00 waktu setempat" in text and "Aula Kantor Camat Wetar" in text
    assert "Pukul : .............." not in text and "Pukul .............." not in text
