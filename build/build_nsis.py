"""Build the per-user Windows installer (build/netra.nsi) from a PyInstaller folder.

    python build/build_nsis.py                       # dist/Netra -> dist/Netra-<version>-setup.exe
    python build/build_nsis.py --dist DIR --out FILE # any folder (the tests use a small fake one)

On Windows this packs the Windows ``dist/Netra``; on Linux, Debian's ``nsis`` package builds the
same script from the Linux folder, which checks the script (not an installer anyone should run).
The version comes from ``desktop/__init__.py`` only and reaches NSIS as ``-D`` defines
(makensis takes ``-`` options on every platform, ``/`` only on Windows).

Exit 0 with the installer's path and size on stdout; exit 1 with a reason otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

import gen_versioninfo  # noqa: E402

SCRIPT = ROOT / "build" / "netra.nsi"
ICON = ROOT / "resources" / "icons" / "netra.ico"
DIST = ROOT / "dist" / "Netra"
# What the uninstaller removes: the dist folder may hold nothing else at its top level,
# or an uninstall would leave it behind.
TOP_LEVEL = {"_internal", "Netra", "Netra.exe", "netra-console", "netra-console.exe"}


class NsisFailed(RuntimeError):
    pass


def find_makensis() -> str | None:
    """makensis on PATH, or in NSIS's default Windows folders (Chocolatey, the runner image)."""
    found = shutil.which("makensis")
    if found:
        return found
    if os.name == "nt":
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
                return str(Path(base) / "NSIS" / "makensis.exe")
    return None


def default_out(version: str) -> Path:
    return ROOT / "dist" / f"Netra-{version}-setup.exe"


def check_dist(dist: Path) -> None:
    if not dist.is_dir():
        raise NsisFailed(f"{dist} does not exist: build it first (make installer)")
    names = {p.name for p in dist.iterdir()}
    gui = {"Netra.exe", "Netra"} & names
    if not gui or "_internal" not in names:
        raise NsisFailed(f"{dist} is not a PyInstaller one-folder Netra (no Netra[.exe]/_internal)")
    extra = sorted(names - TOP_LEVEL)
    if extra:
        raise NsisFailed(
            f"{dist} holds {', '.join(extra)} beside the programs; the uninstaller would leave "
            "them behind (netra.nsi removes _internal and the two programs only)"
        )


def command(makensis: str, dist: Path, out: Path, version: str) -> list[str]:
    four = ".".join(str(n) for n in gen_versioninfo.version_tuple(version))
    return [
        makensis,
        "-V2",  # warnings and errors only
        "-WX",  # a warning (an unused define, a missing language string) fails the build
        f"-DVERSION={version}",
        f"-DVERSION4={four}",
        f"-DDIST={dist}",
        f"-DICON={ICON}",
        f"-DOUTFILE={out}",
        str(SCRIPT),
    ]


def build(dist: Path = DIST, out: Path | None = None, version: str | None = None) -> Path:
    version = version or gen_versioninfo.app_version()
    out = (out or default_out(version)).resolve()
    dist = dist.resolve()
    check_dist(dist)
    makensis = find_makensis()
    if makensis is None:
        raise NsisFailed(
            "makensis not found: install NSIS (Debian: apt-get install nsis, i.e. "
            "scripts/install-system-deps.sh; Windows: choco install nsis)"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    cmd = command(makensis, dist, out, version)
    print("+", " ".join(f'"{c}"' if " " in c else c for c in cmd), flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace", check=False)
    if proc.returncode != 0 or not out.is_file():
        raise NsisFailed(f"makensis exit {proc.returncode}:\n{proc.stdout[-4000:]}{proc.stderr}")
    with out.open("rb") as fh:
        if fh.read(2) != b"MZ":
            raise NsisFailed(f"{out} is not a Windows program")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DIST, help="PyInstaller folder (dist/Netra)")
    parser.add_argument("--out", type=Path, help="installer path (dist/Netra-<ver>-setup.exe)")
    args = parser.parse_args(argv)
    try:
        out = build(args.dist, args.out)
    except NsisFailed as exc:
        print(f"INSTALLER BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    size = out.stat().st_size
    print(f"{out}: {size / 1024 / 1024:.1f} MiB ({size / 1e6:.1f} MB)")
    print(json.dumps({"installer": {"path": str(out), "bytes": size}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
