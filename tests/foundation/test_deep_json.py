"""A JSON file nested past the interpreter's limit (``[[[[…``) is malformed JSON like any
other: a clear message and exit 2, never a RecursionError traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain import jsontext
from desktop.domain.rulebook import RulebookInvalid, load_rulebook
from desktop.sync.format import PackageRejected, strict_json
from tests.conftest import CliRunner

DEEP = "[" * 100_000 + "]" * 100_000


def test_loads_turns_recursion_into_a_decode_error() -> None:
    with pytest.raises(json.JSONDecodeError, match="terlalu dalam"):
        jsontext.loads(DEEP)
    with pytest.raises(json.JSONDecodeError):
        jsontext.loads(DEEP.encode())
    assert jsontext.loads('{"a": [1]}') == {"a": [1]}


def test_package_parts_and_rulebooks_refuse_it() -> None:
    with pytest.raises(PackageRejected, match="terlalu dalam"):
        strict_json(DEEP.encode(), "manifest.json")
    with pytest.raises(RulebookInvalid):
        load_rulebook(DEEP)


@pytest.mark.parametrize(
    "argv",
    [
        ("pact", "sign", "--event", "x", "--nip", "197504271999041001", "--strokes", "{f}"),
        ("rules", "check", "--case", "{f}"),
        ("rules", "load", "{f}"),
    ],
)
def test_cli_reports_it_and_exits_2(cli: CliRunner, tmp_path: Path, argv: tuple[str, ...]) -> None:
    f = tmp_path / "dalam sekali #1.json"
    f.write_text(DEEP, encoding="utf-8")
    result = cli(*(a.replace("{f}", str(f)) for a in argv))
    assert result.code == 2, result
    assert "Traceback" not in result.err and "RecursionError" not in result.err
    assert result.err.strip()
