"""The case services import each other in one direction only (issue 15): low-level record
access (``cases.records``) at the bottom, the read model and commands (``cases``) above every
other case module, no import of a case module hidden inside a function. The same layering is
an import-linter contract in pyproject.toml (``lint-imports``); this test reads the sources
itself so it also fails where import-linter is not run."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = "desktop.services.cases"

#: Lower rank = lower layer; a module may import only case modules of a lower rank.
#: Short names: the modules of the ``desktop.services.cases`` package ("cases" is the
#: package itself: the commands and read model) and the demo cases above them.
RANK = {
    "model": 0,  # the command results (imports no case module)
    "records": 0,
    "evidence": 1,
    "exam": 2,
    "exam_docs": 2,
    "deadlines": 3,
    "sanctions": 3,
    "cases": 4,
    "documents": 5,
    "demo": 6,
}
PACKAGE = ROOT / "desktop" / "services" / "cases"
#: The examination and its documents are subpackages (issue 15: split by step and by kind of
#: document); each is one layer, its modules read together.
SUBPACKAGES = ("exam", "exam_docs")
FILES = {
    **{n: PACKAGE / f"{n}.py" for n in RANK},
    **{n: PACKAGE / n for n in SUBPACKAGES},
    "cases": PACKAGE / "__init__.py",
    "demo": ROOT / "desktop" / "demo" / "cases.py",
}
#: Same-layer imports that stay (the examination paperwork and its state, not part of the
#: cases <-> deadlines/evidence/sanctions cycle): exam.state lists the documents, the
#: documents read the examination's entries.
ALLOWED = {("exam_docs", "exam"), ("exam", "exam_docs")}


def _case_module(name: str | None) -> str | None:
    if name == CASES:
        return "cases"
    if name == "desktop.demo.cases":
        return "demo"
    if name and name.startswith(CASES + "."):
        tail = name.removeprefix(CASES + ".").split(".")[0]
        return tail if tail in RANK else None
    return None


def case_imports(source: str) -> list[tuple[str, bool]]:
    """(imported case module, imported inside a function) for one module's source."""
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            local = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                found.extend((m, in_function) for a in child.names if (m := _case_module(a.name)))
            elif isinstance(child, ast.ImportFrom):
                if child.module == CASES:  # "from desktop.services.cases import records"
                    subs = [a.name for a in child.names if a.name in RANK]
                    found.extend((n, in_function) for n in subs)
                    if len(subs) < len(child.names):  # names of the package itself
                        found.append(("cases", in_function))
                elif child.module == "desktop.services":
                    if any(a.name == "cases" for a in child.names):
                        found.append(("cases", in_function))
                elif module := _case_module(child.module):
                    found.append((module, in_function))
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


def _read(path: Path) -> str:
    """A module's source, or a subpackage's modules one after the other."""
    if path.is_dir():
        return "\n".join(p.read_text(encoding="utf-8") for p in sorted(path.rglob("*.py")))
    return path.read_text(encoding="utf-8")


def _sources() -> dict[str, str]:
    return {name: _read(FILES[name]) for name in RANK}


def test_case_modules_import_downwards_only_and_at_the_top() -> None:
    assert violations(_sources()) == []


def test_the_checker_sees_the_old_cycle() -> None:
    # the shape the cycle had: a module-level import down, a function-local one back up
    old = _sources()
    old["deadlines"] += (
        "\n\ndef schedule_examination():\n    from desktop.services.cases import show\n"
    )
    old["evidence"] += "\n\ndef add_bytes():\n    from desktop.services import cases\n"
    assert violations(old) == [
        "deadlines imports cases inside a function",
        "deadlines (layer 3) imports cases (layer 4)",
        "evidence imports cases inside a function",
        "evidence (layer 1) imports cases (layer 4)",
    ]


def test_every_case_module_is_placed_in_a_layer() -> None:
    names = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    packages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert packages == set(SUBPACKAGES)
    assert names | packages | {"cases", "demo"} == set(RANK)
    assert not names & packages


def test_a_subpackage_is_read_whole() -> None:
    # an upward import in any module of a subpackage is seen
    old = _sources()
    old["exam"] += "\nfrom desktop.services.cases import sanctions\n"
    assert violations(old) == ["exam (layer 2) imports sanctions (layer 3)"]
    assert ("exam_docs", False) in case_imports(_read(PACKAGE / "exam"))  # exam.state


def test_cases_import_nothing_of_printing() -> None:
    """Checking a printed case document's code is printing's (which may use cases); cases
    must not import printing at all, not even inside a function (issue 15)."""
    package = ROOT / "desktop" / "services" / "cases"
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [f"{node.module}.{a.name}" for a in node.names]
                if isinstance(node, ast.ImportFrom) and node.module
                else []
            )
            found += [
                f"{path.relative_to(ROOT)}: {n}"
                for n in names
                if n.startswith("desktop.services.printing") or n == "desktop.services.printing"
            ]
    assert found == []
