"""One table of error codes (issue 15): every code Netra raises is in ``domain.errors.CODES``,
the older spellings of one failure are aliases of its canonical code, and the CLI's ``--json``
error keeps the spelling a command always emitted (``error``) beside the canonical one
(``code``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from desktop.domain import errors
from desktop.domain.errors import ALIASES, CODES, EMPLOYEE_NOT_FOUND, UNIT_NOT_FOUND, NetraError

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
CODE = re.compile(r"[a-z][a-z0-9_]*")
# Calls whose first argument is the code of the NetraError they make: the classes, the
# subclasses' super().__init__, and the modules' one-line forwarding helper ``_bad`` (``bad``).
MAKERS = {"NetraError", "CheckFailed", "_bad", "bad", "super().__init__"}
# The table's named entries, raised as ``UNIT_NOT_FOUND.error(...)``; an alias a command keeps
# writing is passed as ``emitted="unit_unknown"`` (to ``.error`` or to a lookup that raises).
ENTRIES = {name: e.code for name, e in vars(errors).items() if isinstance(e, errors.ErrorCode)}


def raised_codes() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(DESKTOP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(DESKTOP)}:{node.lineno}"
            func = ast.unparse(node.func)
            named = func.rsplit(".", 2)[-2:]
            if len(named) == 2 and named[1] == "error" and named[0] in ENTRIES:
                found.setdefault(ENTRIES[named[0]], []).append(where)
            for kw in node.keywords:
                if kw.arg == "emitted" and isinstance(kw.value, ast.Constant):
                    found.setdefault(str(kw.value.value), []).append(where)
            if func not in MAKERS:
                continue
            first = node.args[0] if node.args else None
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and CODE.fullmatch(first.value)
            ):
                found.setdefault(first.value, []).append(where)
    return found


def test_every_code_raised_is_in_the_table() -> None:
    found = raised_codes()
    assert len(found) > 150  # the scan sees the codebase, not nothing
    missing = {code: where for code, where in found.items() if errors.canonical(code) not in CODES}
    assert missing == {}, "add these codes to desktop/domain/errors.py"
    # and the table lists no code that nothing raises any more
    dead = set(CODES) - {errors.canonical(code) for code in found}
    assert dead == set()


def test_aliases_resolve() -> None:
    assert ALIASES == {
        "unit_unknown": "unit_not_found",
        "employee_unknown": "employee_not_found",
        "nip_unknown": "employee_not_found",
        "person_unknown": "employee_not_found",
    }
    for alias, code in ALIASES.items():
        assert alias not in CODES and errors.entry(alias) is CODES[code]
        assert NetraError(alias, "x").canonical == code
    assert errors.canonical("case_not_found") == "case_not_found"
    for entry in CODES.values():
        assert CODE.fullmatch(entry.code) and entry.message_id and entry.message_en
    with pytest.raises(KeyError):
        errors.entry("no_such_code")


def test_table_entry_makes_the_error() -> None:
    err = UNIT_NOT_FOUND.error(unit="81.08.99")
    assert (
        err.code == "unit_not_found" and str(err) == "Unit kerja dengan kode '81.08.99' tidak ada."
    )
    assert err.message("en") == "No work unit with code '81.08.99'."
    old = EMPLOYEE_NOT_FOUND.error(emitted="nip_unknown", employee="1975")
    assert old.to_json() == {
        "error": "nip_unknown",
        "code": "employee_not_found",
        "message": "Pegawai '1975' tidak ditemukan.",
        "employee": "1975",
    }
    with pytest.raises(ValueError):
        UNIT_NOT_FOUND.error(emitted="employee_unknown", unit="x")


def test_cli_json_keeps_the_old_spelling_and_names_the_canonical(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = str(tmp_path / "x.pdf")
    res = cli("pact", "print", "--unit", "99.99.99", "--out", out, "--json")
    assert res.code == 2 and res.json()["error"] == "unit_unknown"  # as scripts compare it
    assert res.json()["code"] == "unit_not_found"
    res = cli("pact", "print", "--nip", "199001012099031009", "--out", out, "--json")
    assert res.code == 2 and res.json()["error"] == "person_unknown"
    assert res.json()["code"] == "employee_not_found"
    res = cli("roster", "list", "--unit", "99.99.99", "--json")
    assert res.code == 2 and res.json()["error"] == res.json()["code"] == "unit_not_found"
    res = cli("case", "show", "81.08.06/2024/9999", "--json")
    assert res.code == 2 and res.json()["error"] == res.json()["code"] == "case_not_found"
