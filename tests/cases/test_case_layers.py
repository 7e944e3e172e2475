"""The case services import each other in one direction only (issue 15): low-level record
access (``case_records``) at the bottom, the read model and commands (``cases``) above every
other case module, no import of a case module hidden inside a function. The same layering is
an import-linter contract in pyproject.toml (``lint-imports``); this test reads the sources
itself so it also fails where import-linter is not run."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "desktop" / "services"

#: Lower rank = lower layer; a module may import only case modules of a lower rank.
RANK = {
    "case_records": 0,
    "case_evidence": 1,
    "case_exam": 2,
    "case_exam_docs": 2,
    "case_deadlines": 3,
    "case_sanctions": 3,
    "cases": 4,
    "case_documents": 5,
    "cases_demo": 6,
}
#: Same-layer imports that stay (the examination paperwork and its state, not part of the
#: cases <-> deadlines/evidence/sanctions cycle): case_exam.exam_state lists the documents.
ALLOWED = {("case_exam_docs", "case_exam"), ("case_exam", "case_exam_docs")}


def _case_module(name: str | None) -> str | None:
    if not name or not name.startswith("desktop.services."):
        return None
    tail = name.removeprefix("desktop.services.").split(".")[0]
    return tail if tail in RANK else None


def case_imports(source: str) -> list[tuple[str, bool]]:
    """(imported case module, imported inside a function) for one module's source."""
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            local = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                found.extend((m, in_function) for a in child.names if (m := _case_module(a.name)))
            elif isinstance(child, ast.ImportFrom):
                module = _case_module(child.module)
                if module:
                    found.append((module, in_function))
                elif child.module == "desktop.services":
                    names = [a.name for a in child.names]
                    found.extend((n, in_function) for n in names if n in RANK)
            visit(child, local)

    visit(ast.parse(source), False)
    return found


def violations(read: dict[str, str]) -> list[str]:
    """What breaks the layering, given each case module's source."""
    out: list[str] = []
    for module, source in sorted(read.items()):
        for target, in_function in case_imports(source):
            if target == module or (module, target) in ALLOWED:
                continue
            if in_function:
                out.append(f"{module} imports {target} inside a function")
            if RANK[target] >= RANK[module]:
                out.append(f"{module} (layer {RANK[module]}) imports {target} "
                           f"(layer {RANK[target]})")  # fmt: skip
    return out


def _sources() -> dict[str, str]:
    return {name: (SERVICES / f"{name}.py").read_text(encoding="utf-8") for name in RANK}


def test_case_modules_import_downwards_only_and_at_the_top() -> None:
    assert violations(_sources()) == []


def test_the_checker_sees_the_old_cycle() -> None:
    # the shape the cycle had: a module-level import down, a function-local one back up
    old = _sources()
    old["case_deadlines"] += (
        "\n\ndef schedule_examination():\n    from desktop.services.cases import show\n"
    )
    old["case_evidence"] += "\n\ndef add_bytes():\n    from desktop.services import cases\n"
    assert violations(old) == [
        "case_deadlines imports cases inside a function",
        "case_deadlines (layer 3) imports cases (layer 4)",
        "case_evidence imports cases inside a function",
        "case_evidence (layer 1) imports cases (layer 4)",
    ]


def test_every_case_module_is_placed_in_a_layer() -> None:
    names = {p.stem for p in SERVICES.glob("case*.py")}
    assert names == set(RANK)
