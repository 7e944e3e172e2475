"""Qt translations: one Indonesian ``.ts`` per GUI module, compiled to ``.qm`` at build time.

    python build/translations.py update [FILE.py ...]   # refresh .ts from the sources (lupdate)
    python build/translations.py fill TS MAPPING.json   # put {"English": "Indonesian"} in TS
    python build/translations.py check                  # list unfinished/missing translations
    python build/translations.py compile                # .ts -> .qm (lrelease), default target

Source strings are English (``self.tr("...")``); Indonesian is the default UI language.
The ``.qm`` files are generated, never committed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "ui"
TS_DIR = ROOT / "resources" / "i18n" / "id"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    found = shutil.which(str(exe)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def ts_path(source: Path) -> Path:
    rel = source.resolve().relative_to(ROOT / "desktop").with_suffix("")
    return TS_DIR / (".".join(rel.parts) + ".ts")


def ui_sources() -> list[Path]:
    """GUI modules with user-facing strings: ``self.tr(...)`` or ``QCoreApplication.translate``."""
    return sorted(
        p
        for p in UI.rglob("*.py")
        if any(call in p.read_text(encoding="utf-8") for call in ("tr(", "translate("))
    )


def lupdate(source: Path, ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            _tool("lupdate"),
            str(source),
            "-ts",
            str(ts),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "id",
            "-silent",
        ],
        check=True,
        cwd=ROOT,
    )


def messages(ts: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished) for every message in a .ts."""
    out: list[tuple[str, str, str | None]] = []
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            text = (tr.text or "") if tr is not None else ""
            if tr is not None and tr.find("numerusform") is not None:
                text = "".join(n.text or "" for n in tr.iter("numerusform"))
            out.append((name, src, text if done and text else None))
    return out


def update(files: list[str]) -> None:
    sources = [Path(f) for f in files] if files else ui_sources()
    for src in sources:
        lupdate(src, ts_path(src))
        print(f"updated {ts_path(src).relative_to(ROOT)}")


def fill(ts: Path, mapping_file: Path) -> None:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    filled = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None or src not in mapping:
            continue
        tr.text = mapping[src]
        tr.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {filled} translations set")


def missing() -> list[str]:
    """Every user-facing string in the GUI that has no finished Indonesian translation."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for src in ui_sources():
            fresh = Path(tmp) / ts_path(src).name
            lupdate(src, fresh)
            committed = ts_path(src)
            done = {(c, s) for c, s, t in messages(committed) if t} if committed.exists() else set()
            for c, s, _ in messages(fresh):
                if (c, s) not in done:
                    problems.append(f"{src.relative_to(ROOT)}: [{c}] {s!r}")
    # Qt's own texts (qtbase.ts, written by hand from Qt's contexts): every message finished.
    for ts in sorted(TS_DIR.glob("qt*.ts")):
        problems += [f"{ts.relative_to(ROOT)}: [{c}] {s!r}" for c, s, t in messages(ts) if not t]
    return problems


def compile_all() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            cwd=ROOT,
        )


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "compile"
    if cmd == "update":
        update(argv[1:])
    elif cmd == "fill":
        fill(Path(argv[1]), Path(argv[2]))
    elif cmd == "check":
        problems = missing()
        print("\n".join(problems) or "all GUI strings are translated")
        return 1 if problems else 0
    elif cmd == "compile":
        compile_all()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
