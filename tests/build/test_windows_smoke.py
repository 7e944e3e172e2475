"""build/windows_smoke.py: the checks the Windows workflow runs on the installed frozen app.

The checks themselves are tested here with stand-in programs (small Python scripts in place of
netra-console), so a check that cannot fail would show: a listing written in the Windows code
page instead of UTF-8 must fail the UTF-8 step. The whole script then runs against the Linux
frozen build when a fresh one is in dist/Netra (`make installer`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import textwrap
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    os.name == "nt", reason="the stand-in programs are POSIX scripts; Windows runs the real app"
)


def _load(name: str) -> types.ModuleType:
    sys.path.insert(0, str(ROOT / "build"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "build" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "build"))
    return module


smoke = _load("windows_smoke")


def _fake_app(folder: Path, listing_encoding: str) -> Path:
    """netra-console stand-in: lists one person named ``smoke.UNICODE_NAME``, writing its JSON
    in ``listing_encoding`` as a Python without the UTF-8 fix would on Windows."""
    folder.mkdir(parents=True)
    console = folder / "netra-console"
    console.write_text(
        f"#!{sys.executable}\n"
        + textwrap.dedent(
            f"""
            import json, sys
            args = sys.argv[1:]
            if "list" in args and "unit" in args:
                print(json.dumps([{{"code": "81.08.01"}}]))
            elif "list" in args:
                doc = {{"total": 1, "items": [{{"name": {smoke.UNICODE_NAME!r}}}]}}
                text = json.dumps(doc, ensure_ascii=False) + "\\n"
                sys.stdout.buffer.write(text.encode({listing_encoding!r}, "replace"))
            """
        ),
        encoding="utf-8",
    )
    console.chmod(0o755)
    (folder / "Netra").write_bytes(console.read_bytes())
    (folder / "Netra").chmod(0o755)
    return folder


def test_a_utf8_listing_passes(tmp_path: Path) -> None:
    app = _fake_app(tmp_path / "Netra Dévé", "utf-8")
    run = smoke.Smoke(app, tmp_path / "kerja")
    run.utf8_listing(tmp_path / "data")
    assert run.results["utf8_listing_bytes"] > 0


def test_a_listing_in_the_windows_code_page_fails(tmp_path: Path) -> None:
    app = _fake_app(tmp_path / "Netra Dévé", "cp1252")
    run = smoke.Smoke(app, tmp_path / "kerja")
    with pytest.raises(smoke.BuildFailed, match="not UTF-8 JSON"):
        run.utf8_listing(tmp_path / "data")


def test_the_programs_get_no_encoding_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in smoke.ENCODING_OVERRIDES:
        monkeypatch.setenv(key, "utf-8" if key == "PYTHONIOENCODING" else "1")
    run = smoke.Smoke(tmp_path / "app", tmp_path / "kerja")
    assert not set(smoke.ENCODING_OVERRIDES) & set(run.env)
    assert "#" in run.data_dir("x").name and "%" in run.data_dir("x").name
    assert not run.data_dir("x").name.isascii()


def test_export_onto_an_open_file_is_a_windows_only_check(tmp_path: Path) -> None:
    run = smoke.Smoke(tmp_path / "app", tmp_path / "kerja")
    run.export_onto_open_file(tmp_path / "data")
    assert str(run.results["export_onto_open_file"]).startswith("skipped")


def _fresh_dist() -> Path:
    """dist/Netra when it is newer than the code; NETRA_FROZEN_APP names a build to use as it
    is (CI, right after `make installer`)."""
    chosen = os.environ.get("NETRA_FROZEN_APP")
    if chosen:
        return Path(chosen).resolve()
    app = ROOT / "dist" / "Netra"
    console = app / "netra-console"
    if not console.is_file():
        pytest.skip("no frozen build in dist/Netra (make installer)")
    built = console.stat().st_mtime
    newer = [p for p in (ROOT / "desktop").rglob("*.py") if p.stat().st_mtime > built]
    if newer:
        pytest.skip(f"dist/Netra is older than {newer[0].relative_to(ROOT)}: make installer")
    return app


@pytest.mark.slow
def test_the_whole_smoke_passes_on_the_linux_frozen_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _fresh_dist()
    work = tmp_path / "Kerja Dévé"
    code = smoke.main(["--app", str(app), "--work", str(work)])
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(out.strip().splitlines()[-1])["windows_smoke"]
    assert summary["upgraded_fixture"]["people"] > 0 and summary["gui_shown_ms"] > 0
    listing = json.loads((work / "daftar pegawai.json").read_text(encoding="utf-8"))
    assert smoke.UNICODE_NAME in json.dumps(listing, ensure_ascii=False)
