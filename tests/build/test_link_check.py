"""build_installer.check_links on PE files: a DLL the bundle filter drops, or one that resolves
nowhere, while a shipped program or DLL imports it, fails the build.

The PE files are real Windows executables that every venv carries (pip's vendored distlib
launchers, which import KERNEL32, USER32 and SHLWAPI), read with pefile as on Windows.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


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


build_installer = _load("build_installer")


def _windows_launcher() -> Path:
    import pip

    launcher = Path(pip.__file__).parent / "_vendor" / "distlib" / "w64.exe"
    if not launcher.is_file():
        pytest.skip(f"no Windows launcher in this pip ({launcher})")
    return launcher


@pytest.fixture
def fake_dist(tmp_path: Path) -> Path:
    """A Windows-shaped one-folder app: two programs and a DLL in _internal/."""
    app = tmp_path / "Netra"
    (app / "_internal" / "PySide6").mkdir(parents=True)
    launcher = _windows_launcher()
    shutil.copy(launcher, app / "Netra.exe")
    shutil.copy(launcher, app / "_internal" / "PySide6" / "Qt6Widgets.dll")
    (app / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (app / "_internal" / "MZ-looking.txt").write_bytes(b"MZ but not a program")
    return app


def test_pe_imports_are_read_from_real_windows_executables() -> None:
    direct, delayed = build_installer.pe_imports(_windows_launcher())
    assert {name.lower() for name in direct} >= {"kernel32.dll", "shlwapi.dll"}
    assert delayed == []


def test_real_bundle_rules_pass_a_bundle_that_needs_only_system_dlls(fake_dist: Path) -> None:
    assert build_installer.check_links(fake_dist) == []


def test_a_dll_the_filter_dropped_but_a_shipped_one_imports_fails(fake_dist: Path) -> None:
    def keep(name: str) -> bool:  # as if the filter dropped SHLWAPI.dll
        return name.lower() != "shlwapi.dll"

    problems = build_installer.check_links(fake_dist, keep=keep)
    assert sorted(problems) == [
        "Netra.exe needs dropped SHLWAPI.dll",
        f"_internal{_sep()}PySide6{_sep()}Qt6Widgets.dll needs dropped SHLWAPI.dll",
    ]


def _sep() -> str:
    return "\\" if sys.platform == "win32" else "/"


def test_on_windows_every_import_must_be_bundled_or_a_system_dll(
    fake_dist: Path, tmp_path: Path
) -> None:
    system32 = tmp_path / "Windows" / "System32"
    system32.mkdir(parents=True)
    for name in ("kernel32.dll", "USER32.dll"):  # Windows matches names without case
        (system32 / name).write_bytes(b"")
    problems = build_installer.check_links(fake_dist, system_dir=system32)
    assert sorted(problems) == [
        "Netra.exe needs SHLWAPI.dll, found nowhere",
        f"_internal{_sep()}PySide6{_sep()}Qt6Widgets.dll needs SHLWAPI.dll, found nowhere",
    ]
    # Shipped beside the programs, it resolves.
    (fake_dist / "_internal" / "shlwapi.dll").write_bytes(b"")
    assert build_installer.check_links(fake_dist, system_dir=system32) == []


def test_a_broken_dll_is_reported(fake_dist: Path) -> None:
    (fake_dist / "_internal" / "broken.dll").write_bytes(b"MZ" + bytes(30))
    problems = build_installer.check_links(fake_dist)
    assert len(problems) == 1 and problems[0].startswith(f"_internal{_sep()}broken.dll is not")
