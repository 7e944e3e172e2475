"""Build the one-folder Netra app with PyInstaller, smoke-test it, and measure it.

    python build/build_installer.py               # compile .qm, PyInstaller, checks, smoke, sizes
    python build/build_installer.py --smoke-only  # re-run the checks and smoke test on dist/Netra
    python build/build_installer.py --clean       # also wipe PyInstaller's cache first

PyInstaller's scratch space is ``.pyinstaller/work`` and the result ``dist/Netra``: nothing is
written into the tracked ``build/`` folder. The smoke test runs the frozen programs in a clean
environment (temporary HOME and data folder, no PYTHONPATH, no venv, cwd outside the repo):

- ``netra-console self-test --json``: migrates a fresh database from the bundled Alembic
  scripts, seeds the demo office and exercises every subsystem's self-test step;
- ``netra-console demo``, then on that office ``pact print --all`` (a real PDF through the
  frozen ReportLab, fonts and QR codes), ``roster export``/``roster import --dry-run`` of an
  .xlsx (Netra's own writer, python-calamine), ``audit verify`` and ``backup create``
  (cryptography);
- ``Netra --smoke`` (offscreen) on the demo folder, once the GUI has that flag: shows the
  main window, prints ``{"shown_ms": N}`` and exits.

Any non-zero exit or unexpected stderr fails the build (the classic frozen-app crash: a missing
hidden import, data file or Alembic script). Then the folder size and its ``zip -ry`` size are
printed, human-readable and as one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

import bundle_rules  # noqa: E402

WORK = ROOT / ".pyinstaller" / "work"
DIST = ROOT / "dist"
APP = DIST / "Netra"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
CONSOLE = APP / f"netra-console{EXE_SUFFIX}"
GUI = APP / f"Netra{EXE_SUFFIX}"
INTERNAL = APP / "_internal"
MIB = 1024 * 1024

# stderr lines that are not a problem (regexes). Anything else fails the smoke test.
ALLOWED_STDERR = (
    # Qt's offscreen platform plugin has no OpenGL and says so once.
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^QStandardPaths: XDG_RUNTIME_DIR not set",
)


class BuildFailed(RuntimeError):
    pass


def compile_translations() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "build" / "translations.py"), "compile"], check=True, cwd=ROOT
    )


def run_pyinstaller(clean: bool) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--workpath",
        str(WORK),
        "--distpath",
        str(DIST),
    ]
    if clean:
        cmd.append("--clean")
    cmd.append(str(ROOT / "installer.spec"))
    print("+", " ".join(cmd), flush=True)
    start = time.monotonic()
    subprocess.run(cmd, check=True, cwd=ROOT)
    print(f"PyInstaller finished in {time.monotonic() - start:.0f} s", flush=True)


# ---------------------------------------------------------------- static checks of the bundle
def check_contents() -> list[str]:
    """What must be inside the folder, and what must not."""
    problems = []
    for exe in (CONSOLE, GUI):
        if not exe.exists():
            problems.append(f"missing executable {exe.relative_to(ROOT)}")
    for src, dest in bundle_rules.db_datas():
        if not (INTERNAL / dest / Path(src).name).is_file():
            problems.append(f"missing {dest}/{Path(src).name} (Alembic cannot migrate)")
    built_at = CONSOLE.stat().st_mtime if CONSOLE.exists() else 0.0
    for ts in sorted((ROOT / "resources" / "i18n").rglob("*.ts")):
        qm = INTERNAL / ts.with_suffix(".qm").relative_to(ROOT)
        if qm.is_file():
            continue
        if ts.stat().st_mtime > built_at:  # added after this build: stale bundle, say so
            print(f"warning: {ts.relative_to(ROOT)} is newer than dist/Netra: rebuild")
        else:
            problems.append(f"missing compiled translation {qm.relative_to(APP)}")
    shipped = [p.relative_to(INTERNAL).as_posix() for p in INTERNAL.rglob("*")]
    for package in bundle_rules.missing_native_libs(shipped):
        problems.append(f"{package} is imported but its native library is not bundled")
    for path in INTERNAL.rglob("*"):
        rel = path.relative_to(INTERNAL).as_posix()
        if rel.startswith(("resources/", "db/")):
            continue
        if not bundle_rules.keep(rel):
            problems.append(f"should have been filtered out: {rel}")
    return problems


def _needed(path: Path) -> list[str]:
    """DT_NEEDED entries of an ELF file (Linux only; empty if readelf is absent)."""
    try:
        out = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
    except FileNotFoundError:
        return []
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def pe_imports(path: Path) -> tuple[list[str], list[str]]:
    """DLL names a PE file (.exe/.dll/.pyd) imports: (load-time imports, delay-load imports).

    Needs ``pefile`` (the build extra; PyInstaller itself depends on it on Windows)."""
    import pefile  # type: ignore[import-untyped,unused-ignore]

    wanted = [
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"],
    ]
    pe = pefile.PE(str(path), fast_load=True)
    try:
        pe.parse_data_directories(directories=wanted)
        direct = [
            e.dll.decode("ascii", "replace") for e in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])
        ]
        delayed = [
            e.dll.decode("ascii", "replace")
            for e in getattr(pe, "DIRECTORY_ENTRY_DELAY_IMPORT", [])
        ]
    finally:
        pe.close()
    return direct, delayed


def _windows_system_dll(name: str, system_names: set[str]) -> bool:
    """An API set (resolved by the loader itself) or a DLL in ``%SystemRoot%\\System32``."""
    return bool(re.match(r"(api|ext)-ms-", name, re.IGNORECASE)) or name.lower() in system_names


def _have_pefile() -> bool:
    try:
        import pefile  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    except ImportError:
        return False
    return True


def check_links(
    app: Path | None = None,
    keep: Callable[[str], bool] = bundle_rules.keep,
    system_dir: Path | None = None,
) -> list[str]:
    """No shipped library may need one the bundle filter dropped.

    ELF files (Linux) are read with ``readelf -d``; PE files (.exe/.dll/.pyd, the Windows build)
    with ``pefile``, load-time and delay-load imports alike. On Windows (or when ``system_dir``
    is given) a load-time import must also resolve: bundled, an API set, or in System32; a
    missing DLL otherwise only shows on a user's laptop as "the code execution cannot proceed"."""
    app = APP if app is None else app
    if system_dir is None and sys.platform == "win32":
        system_dir = Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "System32"
    files = [p for p in sorted(app.rglob("*")) if p.is_file() and not p.is_symlink()]
    bundled = {p.name.lower() for p in app.rglob("*")}
    system_names = (
        {p.name.lower() for p in system_dir.iterdir()}
        if system_dir and system_dir.is_dir()
        else set()
    )
    readelf = sys.platform.startswith("linux") and shutil.which("readelf") is not None
    pefile_ok = _have_pefile()
    problems: list[str] = []
    skipped_pe = 0
    for path in files:
        with path.open("rb") as fh:
            head = fh.read(4)
        if head == b"\x7fELF":
            if not readelf:
                continue
            needed, optional = _needed(path), []
        elif head[:2] == b"MZ":
            if not pefile_ok:
                skipped_pe += 1
                continue
            try:
                needed, optional = pe_imports(path)
            except Exception as exc:  # pefile.PEFormatError: an "MZ" file that is no PE
                if path.suffix.lower() in (".exe", ".dll", ".pyd"):
                    problems.append(f"{path.relative_to(app)} is not a readable PE file: {exc}")
                continue
        else:
            continue
        for lib in needed + optional:
            if not keep(lib):
                problems.append(f"{path.relative_to(app)} needs dropped {lib}")
        if head[:2] == b"MZ" and system_dir is not None:
            for lib in needed:
                if lib.lower() not in bundled and not _windows_system_dll(lib, system_names):
                    problems.append(f"{path.relative_to(app)} needs {lib}, found nowhere")
    if skipped_pe:
        print(f"warning: {skipped_pe} PE file(s) not checked: install pefile ('.[build]')")
    return problems


# ---------------------------------------------------------------- smoke test
def clean_env(home: Path) -> dict[str, str]:
    env = {
        "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("PATH", ""),
        "HOME": str(home),
        "USERPROFILE": str(home),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "TMPDIR": str(home / "tmp"),
        "TEMP": str(home / "tmp"),
        "TMP": str(home / "tmp"),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(home / "run"),
        "NETRA_NO_ERR_WINDOWS": "1",
        # No system time-zone database, as on Windows: zoneinfo must use the bundled tzdata.
        "PYTHONTZPATH": str(home / "no-system-zoneinfo"),
    }
    for key in ("SYSTEMROOT", "WINDIR", "COMSPEC"):  # Windows cannot start without them
        if key in os.environ:
            env[key] = os.environ[key]
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def unexpected_stderr(text: str) -> list[str]:
    return [
        line
        for line in text.splitlines()
        if line.strip() and not any(re.search(p, line) for p in ALLOWED_STDERR)
    ]


def run_frozen(
    cmd: list[str], env: dict[str, str], cwd: Path, timeout: float = 300
) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd,
        env=env,
        cwd=cwd,
        capture_output=True,
        # Netra writes UTF-8 when its output is not a console; reading it with the locale's
        # code page (cp1252 on Windows) would garble names or fail on bytes cp1252 lacks.
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )
    return proc, time.perf_counter() - start


def _expect(proc: subprocess.CompletedProcess[str], what: str) -> None:
    bad = unexpected_stderr(proc.stderr)
    if proc.returncode != 0 or bad:
        raise BuildFailed(
            f"{what}: exit {proc.returncode}\n--- stdout\n{proc.stdout[-4000:]}"
            f"\n--- stderr\n{proc.stderr[-6000:]}"
        )


def gui_has_smoke_flag() -> bool:
    app = ROOT / "desktop" / "ui" / "app.py"
    return app.exists() and "--smoke" in app.read_text(encoding="utf-8")


def print_pdf(demo_dir: Path, env: dict[str, str], home: Path) -> str:
    """Render the demo office's signed pacts with the frozen ReportLab, fonts and barcodes.

    Exit 2 is a refusal (e.g. the demo has no signed pact yet): noted, not fatal. A crash or a
    file that is not a PDF fails the build."""
    out = home / "pakta.pdf"
    cmd = [str(CONSOLE), "--data-dir", str(demo_dir), "pact", "print", "--all", "--out", str(out)]
    proc, secs = run_frozen(cmd, dict(env, NETRA_USER="admin", NETRA_PASSWORD="netra-demo"), home)
    if proc.returncode == 2 and not out.exists():
        note = f"not printed: {proc.stderr.strip()[-200:]}"
        print(f"frozen pact print refused (exit 2): {proc.stderr.strip()[-200:]}")
        return note
    _expect(proc, "netra-console pact print --all")
    if not out.read_bytes().startswith(b"%PDF-"):
        raise BuildFailed(f"{out.name} is not a PDF")
    print(f"frozen pact print ok in {secs:.1f} s ({out.stat().st_size} bytes)")
    return f"{out.stat().st_size} bytes"


def support_commands(demo_dir: Path, env: dict[str, str], home: Path) -> list[str]:
    """What support staff run, on the demo office: spreadsheets both ways (Netra writes,
    python-calamine reads), the audit chains, an encrypted backup."""
    user_env = dict(
        env, NETRA_USER="admin", NETRA_PASSWORD="netra-demo", NETRA_BACKUP_PASSPHRASE="uji-beku-123"
    )
    sheet = home / "pegawai.xlsx"
    commands = [
        ["roster", "export", str(sheet)],
        ["roster", "import", str(sheet), "--dry-run", "--json"],
        ["audit", "verify"],
        ["backup", "create", "--out", str(home / "cadangan")],
    ]
    done = []
    for args in commands:
        proc, secs = run_frozen([str(CONSOLE), "--data-dir", str(demo_dir), *args], user_env, home)
        _expect(proc, "netra-console " + " ".join(args[:2]))
        done.append(" ".join(args[:2]))
        print(f"frozen `{' '.join(args[:2])}` ok in {secs:.1f} s")
    return done


def smoke_test() -> dict[str, object]:
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="netra-frozen-") as tmp:
        home = Path(tmp)
        env = clean_env(home)
        proc, secs = run_frozen([str(CONSOLE), "--version"], env, home)
        _expect(proc, "netra-console --version")
        results["version"] = proc.stdout.strip()

        proc, secs = run_frozen([str(CONSOLE), "self-test", "--json"], env, home)
        _expect(proc, "netra-console self-test --json")
        report = json.loads(proc.stdout)
        if not report.get("ok"):
            raise BuildFailed(f"self-test reported failure:\n{json.dumps(report, indent=1)}")
        results["self_test_s"] = round(secs, 2)
        steps = [str(s["name"]) for s in report["steps"]]
        results["self_test_steps"] = steps
        print(f"frozen self-test ok in {secs:.1f} s: {', '.join(steps)}")

        demo_dir = home / "demo"
        proc, _ = run_frozen([str(CONSOLE), "--data-dir", str(demo_dir), "demo"], env, home)
        _expect(proc, "netra-console demo")
        results["pdf"] = print_pdf(demo_dir, env, home)
        results["support_commands"] = support_commands(demo_dir, env, home)
        if gui_has_smoke_flag():
            gui_env = dict(
                env, QT_QPA_PLATFORM="offscreen", NETRA_USER="admin", NETRA_PASSWORD="netra-demo"
            )
            proc, secs = run_frozen(
                [str(GUI), "--data-dir", str(demo_dir), "--smoke"], gui_env, home, timeout=120
            )
            _expect(proc, "Netra --smoke")
            shown = json.loads(proc.stdout.strip().splitlines()[-1])
            results["gui_shown_ms"] = shown["shown_ms"]
            results["gui_process_s"] = round(secs, 2)
            print(f"frozen GUI shown in {shown['shown_ms']} ms (process {secs:.2f} s)")
        else:
            results["gui_smoke"] = "skipped: desktop/ui/app.py has no --smoke flag yet"
            print("GUI smoke skipped: desktop/ui/app.py has no --smoke flag yet")
    return results


# ---------------------------------------------------------------- sizes
def folder_size(folder: Path) -> int:
    """Bytes on disk as shipped: regular files, symlinks counted as links (not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def zipped_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="netra-zip-") as tmp:
        archive = Path(tmp) / f"{folder.name}.zip"
        if shutil.which("zip"):
            # -y keeps symlinks as links (the Linux Qt libraries use them), as users get it.
            subprocess.run(
                ["zip", "-ryq", str(archive), folder.name], cwd=folder.parent, check=True
            )
        else:
            shutil.make_archive(str(archive.with_suffix("")), "zip", folder.parent, folder.name)
        return archive.stat().st_size


def measure() -> dict[str, object]:
    size, zipped = folder_size(APP), zipped_size(APP)
    files = sum(1 for p in APP.rglob("*") if p.is_file())
    print(
        f"dist/Netra: {size / MIB:.1f} MiB ({size / 1e6:.1f} MB) in {files} files; "
        f"zipped (zip -ry): {zipped / MIB:.1f} MiB ({zipped / 1e6:.1f} MB)"
    )
    return {
        "folder_bytes": size,
        "zip_bytes": zipped,
        "files": files,
        "folder_mib": round(size / MIB, 1),
        "zip_mib": round(zipped / MIB, 1),
    }


def verify() -> dict[str, object]:
    if not CONSOLE.exists():
        raise BuildFailed(f"{CONSOLE.relative_to(ROOT)} does not exist: run `make installer`")
    problems = check_contents() + check_links()
    if problems:
        raise BuildFailed("bundle check failed:\n  " + "\n  ".join(problems))
    summary = smoke_test()
    summary.update(measure())
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-only", action="store_true", help="only check dist/Netra")
    parser.add_argument("--clean", action="store_true", help="wipe PyInstaller's cache first")
    args = parser.parse_args(argv)
    try:
        if not args.smoke_only:
            compile_translations()
            run_pyinstaller(args.clean)
        summary = verify()
    except (BuildFailed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"FROZEN BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    print(json.dumps({"frozen_build": summary}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
