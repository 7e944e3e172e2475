"""build/netra.nsi compiled by makensis (Debian's nsis) through build/build_nsis.py.

The installer is built from a small fake dist/Netra (two real Windows programs and an
_internal folder) under a path with a space and a non-ASCII letter, then read back with
pefile: a Windows program, the one version, no administrator rights asked. makensis runs with
-WX, so a warning in the script fails here too. Where makensis is missing the tests skip,
except in CI (CI=true), which installs it (scripts/install-system-deps.sh).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "build" / "netra.nsi"
BUILD_NSIS = (sys.executable, str(ROOT / "build" / "build_nsis.py"))


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


build_nsis = _load("build_nsis")


@pytest.fixture(scope="module")
def makensis() -> str:
    found = build_nsis.find_makensis()
    if found is None:
        reason = "makensis not installed (Debian package nsis: scripts/install-system-deps.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI installs it, so its absence is a CI setup error")
        pytest.skip(reason)
    return str(found)


def _windows_program() -> Path:
    import pip

    return Path(pip.__file__).parent / "_vendor" / "distlib" / "w64.exe"


@pytest.fixture
def fake_dist(tmp_path: Path) -> Path:
    dist = tmp_path / "Netra Dévé" / "Netra"
    (dist / "_internal" / "PySide6" / "plugins").mkdir(parents=True)
    for exe in ("Netra.exe", "netra-console.exe"):
        shutil.copy(_windows_program(), dist / exe)
    (dist / "_internal" / "PySide6" / "plugins" / "qwindows.dll").write_bytes(b"MZ" + bytes(64))
    (dist / "_internal" / "base_library.zip").write_bytes(os.urandom(4096))
    return dist


def test_installer_builds_from_a_dist_folder_and_is_a_windows_program(
    makensis: str, fake_dist: Path, tmp_path: Path
) -> None:
    import pefile

    from desktop import __version__

    out = tmp_path / "keluaran ñ" / f"Netra-{__version__}-setup.exe"
    assert build_nsis.build(fake_dist, out) == out.resolve()
    assert out.stat().st_size > 100_000  # the NSIS stub alone is ~50 KB; the files are in
    pe = pefile.PE(str(out))
    try:
        # A 32-bit stub on purpose: it must start on 32-bit Windows to say it is not supported.
        assert pe.FILE_HEADER.Machine == pefile.MACHINE_TYPE["IMAGE_FILE_MACHINE_I386"]
        strings: dict[str, str] = {}
        for info in pe.FileInfo[0]:
            for table in getattr(info, "StringTable", []):
                strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
                assert table.LangID.decode().lower().startswith("0421")  # Indonesian
        assert strings["ProductVersion"] == __version__ == strings["FileVersion"]
        assert strings["ProductName"] == "Netra"
        manifest = _manifest(pe)
    finally:
        pe.close()
    assert re.search(r'requestedExecutionLevel level="asInvoker"', manifest), manifest


def _manifest(pe: object) -> str:
    for entry in pe.DIRECTORY_ENTRY_RESOURCE.entries:  # type: ignore[attr-defined]
        if entry.id == 24:  # RT_MANIFEST
            data = entry.directory.entries[0].directory.entries[0].data.struct
            return str(pe.get_data(data.OffsetToData, data.Size).decode("utf-8"))  # type: ignore[attr-defined]
    raise AssertionError("installer has no manifest")


def test_cli_builds_the_default_name_and_reports_the_size(
    makensis: str, fake_dist: Path, tmp_path: Path
) -> None:
    out = tmp_path / "Netra-setup.exe"
    proc = subprocess.run(
        [*BUILD_NSIS, "--dist", str(fake_dist), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert '"installer"' in proc.stdout.splitlines()[-1] and out.is_file()


def test_the_script_refuses_to_build_without_the_version_source(
    makensis: str, tmp_path: Path
) -> None:
    proc = subprocess.run(
        [makensis, "-V2", f"-DOUTFILE={tmp_path / 'x.exe'}", str(SCRIPT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode != 0 and "VERSION is not defined" in proc.stdout + proc.stderr
    assert not (tmp_path / "x.exe").exists()


def test_a_folder_the_uninstaller_would_not_clean_is_refused(fake_dist: Path) -> None:
    (fake_dist / "catatan.txt").write_text("x")
    with pytest.raises(build_nsis.NsisFailed, match=r"catatan\.txt.*uninstaller"):
        build_nsis.build(fake_dist, fake_dist.parent / "x.exe")
    with pytest.raises(build_nsis.NsisFailed, match="not a PyInstaller"):
        build_nsis.build(fake_dist / "_internal", fake_dist.parent / "x.exe")


def test_script_is_per_user_keeps_the_data_folder_and_refuses_32_bit() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))
    assert re.search(r"^RequestExecutionLevel user$", code, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\Netra"$', code, re.M)
    assert '!insertmacro MUI_LANGUAGE "Indonesian"' in code
    assert "${IfNot} ${RunningX64}" in code and "Windows 64-bit" in code
    assert "HKCU" in code and "WriteRegStr HKLM" not in code
    assert 'UNINST_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Netra"' in code
    uninstall = code[code.index('Section "Uninstall"') :]
    # Removes only what it installed: never the whole folder, never the data folder.
    assert not re.search(r'RMDir /r "\$INSTDIR"', uninstall)
    assert "RMDir /r" in uninstall and "$INSTDIR\\_internal" in uninstall
    assert not re.search(r"(RMDir|Delete)[^\n]*LOCALAPPDATA\\netra", code)
    assert "tidak dihapus" in uninstall.lower()
    assert "TIDAK dihapus" in code  # said on the uninstaller's confirm page too
