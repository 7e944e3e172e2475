"""Smoke test of an installed frozen Netra, as support staff would use it on an office laptop.

    python build/windows_smoke.py --app "C:\\Program Files Test\\Netra Dévé"
    python build/windows_smoke.py --app dist/Netra            # the Linux build, same checks

Written for the Windows workflow (.github/workflows/windows.yml), which copies dist/Netra to a
path with a space and a non-ASCII letter and runs this there; it runs on Linux against the Linux
build too. The data folders sit under a path with a space, a non-ASCII letter, ``#`` and ``%``
(SQLite URIs and Alembic's configparser both trip on those). The frozen programs get a clean
environment without PYTHONUTF8/PYTHONIOENCODING, so a redirected stdout is encoded as Windows
encodes it (the ANSI code page): the app itself must make it UTF-8.

Steps (each must pass, with no unexpected stderr):
1. ``netra-console self-test --json``;
2. the committed revision-0001 database (tests/fixtures/netra-0001) upgrades in place, with a
   pre-upgrade backup, and its audit chains verify;
3. ``backup create`` then ``backup restore``: a person added after the backup is gone again;
4. Windows only: ``roster export`` onto a file another program holds open without sharing
   write access (as Excel does) exits 2 with "sedang dibuka" and leaves the file untouched;
5. ``roster list --json`` redirected to a file, with a person named "Nguyễn Văn André": the file
   is UTF-8 JSON holding that name exactly;
6. ``Netra --smoke`` (offscreen): the main window shows.

Exit 0 and one JSON summary line when all pass; exit 1 with the failing step otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

from build_installer import BuildFailed, clean_env, run_frozen, unexpected_stderr  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "netra-0001"
EXE = ".exe" if os.name == "nt" else ""
ADMIN = {"NETRA_USER": "admin", "NETRA_PASSWORD": "netra-demo"}
PASSPHRASE = "uji-jendela-123"
UNICODE_NAME = "Nguyễn Văn André"
# Variables that would hide the encoding defects step 5 is there to catch.
ENCODING_OVERRIDES = ("PYTHONUTF8", "PYTHONIOENCODING", "PYTHONLEGACYWINDOWSSTDIO")


class Smoke:
    def __init__(self, app: Path, work: Path) -> None:
        self.app = app
        self.console = app / f"netra-console{EXE}"
        self.gui = app / f"Netra{EXE}"
        self.work = work
        home = work / "Pengguna Dévé"
        self.env = clean_env(home)
        for key in ENCODING_OVERRIDES:
            self.env.pop(key, None)
        self.cwd = home
        self.results: dict[str, object] = {}

    # ------------------------------------------------------------ running the programs
    def run(
        self, args: list[str], data: Path | None = None, *, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.console)]
        if data is not None:
            cmd += ["--data-dir", str(data)]
        env = dict(self.env, **(extra_env or {}))
        proc, _secs = run_frozen([*cmd, *args], env, self.cwd)
        return proc

    def ok(
        self, args: list[str], data: Path | None = None, *, extra_env: dict[str, str] | None = None
    ) -> str:
        proc = self.run(args, data, extra_env=extra_env)
        bad = unexpected_stderr(proc.stderr)
        if proc.returncode != 0 or bad:
            raise BuildFailed(
                f"netra-console {' '.join(args)}: exit {proc.returncode}\n--- stdout\n"
                f"{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-4000:]}"
            )
        return proc.stdout

    def data_dir(self, name: str) -> Path:
        # A space, a non-ASCII letter, '#' (cuts a file: URI) and '%' (configparser).
        return self.work / f"Data Kantor Dévé #{name} 100%"

    # ------------------------------------------------------------ the steps
    def self_test(self) -> None:
        report = json.loads(self.ok(["self-test", "--json"]))
        if not report.get("ok"):
            raise BuildFailed(f"self-test failed: {json.dumps(report, ensure_ascii=False)[:3000]}")
        self.results["self_test_steps"] = [s["name"] for s in report["steps"]]

    def upgrade_fixture(self, fixture: Path = FIXTURE) -> None:
        data = self.data_dir("0001")
        shutil.copytree(fixture, data)
        self.ok(["audit", "verify"], data, extra_env=ADMIN)  # opening it upgrades it
        backups = sorted((data / "backups").glob("pre-upgrade-*.sqlite3"))
        if len(backups) != 1:
            raise BuildFailed(f"upgrade of {fixture.name}: expected one pre-upgrade backup")
        listing = json.loads(
            self.ok(["roster", "list", "--json", "--limit", "5"], data, extra_env=ADMIN)
        )
        self.results["upgraded_fixture"] = {"backup": backups[0].name, "people": listing["total"]}

    def demo(self) -> Path:
        data = self.data_dir("contoh")
        self.ok(["demo"], data)
        return data

    def _people(self, data: Path, search: str) -> list[dict[str, object]]:
        out = self.ok(["roster", "list", "--json", "--search", search], data, extra_env=ADMIN)
        found = json.loads(out)
        return list(found["items"])

    def _add_person(self, data: Path, name: str) -> None:
        units = json.loads(self.ok(["roster", "unit", "list", "--json"], data, extra_env=ADMIN))
        units = units if isinstance(units, list) else units.get("units", [])
        code = str(units[0]["code"])
        self.ok(
            ["roster", "add", "--name", name, "--unit", code, "--category", "NON_ASN"],
            data,
            extra_env=ADMIN,
        )

    def backup_restore(self, data: Path) -> None:
        env = dict(ADMIN, NETRA_BACKUP_PASSPHRASE=PASSPHRASE)
        folder = self.work / "Cadangan Dévé"
        made = json.loads(
            self.ok(["backup", "create", "--out", str(folder), "--json"], data, extra_env=env)
        )
        archive = Path(str(made["path"]))
        self._add_person(data, "Ditambahkan Setelah Cadangan")
        if not self._people(data, "Setelah Cadangan"):
            raise BuildFailed("the person added after the backup is not listed")
        self.ok(["backup", "restore", str(archive), "--json"], data, extra_env=env)
        if self._people(data, "Setelah Cadangan"):
            raise BuildFailed("backup restore left the person added after the backup")
        self.results["backup"] = {"bytes": archive.stat().st_size}

    def export_onto_open_file(self, data: Path) -> None:
        if os.name != "nt":
            self.results["export_onto_open_file"] = "skipped: Windows sharing rules only"
            return
        folder = self.work / "Ekspor Dévé"
        folder.mkdir()
        target = folder / "pegawai terbuka.xlsx"
        self.ok(["roster", "export", str(target)], data, extra_env=ADMIN)
        before = target.read_bytes()
        with hold_open_like_excel(target):
            proc = self.run(["roster", "export", str(target)], data, extra_env=ADMIN)
            left = sorted(p.name for p in folder.iterdir())
        if proc.returncode != 2 or "sedang dibuka" not in proc.stderr:
            raise BuildFailed(
                "roster export onto a file held open: expected exit 2 and 'sedang dibuka', got "
                f"exit {proc.returncode}\n--- stderr\n{proc.stderr[-3000:]}"
            )
        if "Traceback" in proc.stderr:
            raise BuildFailed(f"traceback on a held-open file:\n{proc.stderr[-3000:]}")
        if target.read_bytes() != before or left != [target.name]:
            raise BuildFailed(f"a failed export changed the folder: {left}")
        self.results["export_onto_open_file"] = proc.stderr.strip().splitlines()[-1]

    def utf8_listing(self, data: Path) -> None:
        self._add_person(data, UNICODE_NAME)
        out = self.work / "daftar pegawai.json"
        env = dict(self.env, **ADMIN)
        cmd = [str(self.console), "--data-dir", str(data), "roster", "list", "--json"]
        with out.open("wb") as fh:  # a redirect, as `netra-console roster list --json > f`
            proc = subprocess.run(
                [*cmd, "--search", "Nguy"],
                stdout=fh,
                stderr=subprocess.PIPE,
                env=env,
                cwd=self.cwd,
                timeout=300,
                check=False,
            )
        stderr = proc.stderr.decode("utf-8", "replace")
        if proc.returncode != 0 or unexpected_stderr(stderr):
            raise BuildFailed(
                f"roster list --json > file: exit {proc.returncode}\n{stderr[-3000:]}"
            )
        raw = out.read_bytes()
        try:
            listing = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BuildFailed(f"redirected JSON is not UTF-8 JSON ({exc}): {raw[:200]!r}") from exc
        if UNICODE_NAME not in json.dumps(listing, ensure_ascii=False):
            raise BuildFailed(
                f"{UNICODE_NAME!r} missing from the redirected listing: {raw[:300]!r}"
            )
        self.results["utf8_listing_bytes"] = len(raw)

    def gui_smoke(self, data: Path) -> None:
        env = dict(self.env, QT_QPA_PLATFORM="offscreen", **ADMIN)
        proc, secs = run_frozen(
            [str(self.gui), "--data-dir", str(data), "--smoke"], env, self.cwd, timeout=180
        )
        bad = unexpected_stderr(proc.stderr)
        if proc.returncode != 0 or bad or not proc.stdout.strip():
            raise BuildFailed(
                f"Netra --smoke: exit {proc.returncode}\n--- stdout\n{proc.stdout[-2000:]}"
                f"\n--- stderr\n{proc.stderr[-3000:]}"
            )
        shown = json.loads(proc.stdout.strip().splitlines()[-1])
        self.results["gui_shown_ms"] = shown["shown_ms"]
        self.results["gui_process_s"] = round(secs, 2)

    def all(self) -> dict[str, object]:
        for exe in (self.console, self.gui):
            if not exe.is_file():
                raise BuildFailed(f"{exe} does not exist")
        steps = [
            ("self-test", self.self_test),
            ("upgrade 0001", self.upgrade_fixture),
        ]
        for name, step in steps:
            self._timed(name, step)
        data = self._timed("demo", self.demo)
        self._timed("backup create/restore", lambda: self.backup_restore(data))
        self._timed("export onto an open file", lambda: self.export_onto_open_file(data))
        self._timed("UTF-8 JSON listing", lambda: self.utf8_listing(data))
        self._timed("Netra --smoke", lambda: self.gui_smoke(data))
        return self.results

    def _timed(self, name: str, step: object) -> Path:
        start = time.perf_counter()
        result = step()  # type: ignore[operator]
        print(f"ok  {name} ({time.perf_counter() - start:.1f} s)", flush=True)
        return result  # type: ignore[no-any-return]


@contextlib.contextmanager
def hold_open_like_excel(path: Path) -> Iterator[None]:
    """Hold ``path`` open the way Excel holds a workbook: others may read, not write or delete
    (no FILE_SHARE_WRITE, no FILE_SHARE_DELETE), so replacing it fails with a sharing
    violation. Windows only."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    create = kernel32.CreateFileW
    create.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.LPVOID,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.HANDLE,
    ]
    create.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    generic_read, file_share_read, open_existing, normal = 0x80000000, 0x1, 3, 0x80
    handle = create(str(path), generic_read, file_share_read, None, open_existing, normal, None)
    if handle in (None, wintypes.HANDLE(-1).value):
        raise OSError(ctypes.get_last_error(), f"cannot hold {path} open")  # type: ignore[attr-defined]
    try:
        yield
    finally:
        kernel32.CloseHandle(handle)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # this script's own output; not the app's
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, required=True, help="the installed Netra folder")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args(argv)
    app = args.app.resolve()
    with tempfile.TemporaryDirectory(prefix="netra smoke ") as tmp:
        work = args.work.resolve() if args.work else Path(tmp) / "Kerja Dévé"
        work.mkdir(parents=True, exist_ok=True)
        try:
            results = Smoke(app, work).all()
        except (BuildFailed, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
            print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
            return 1
    print(json.dumps({"windows_smoke": results}, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
