"""Backups, restores and the pre-upgrade backup under Windows' rules, emulated on Linux.

- ``os.fsync`` calls ``FlushFileBuffers``, which needs a handle opened for writing: a
  read-only handle gives EBADF (emulated with ``fcntl``'s access mode).
- Data folders and install paths may hold a space, ``%``, ``#`` and non-ASCII letters.
- A restore killed at any moment leaves the old database-and-keys pair or the new one.
- A backup that inflates far beyond its size is refused before it is unpacked.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sqlite3
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.domain.canonical import sha256_hex
from desktop.domain.errors import NetraError
from desktop.paths import DB_FILENAME
from desktop.services import backup, identity, office
from desktop.services.context import Actor, AppContext
from desktop.store import backup as store_backup
from desktop.store import migrate
from desktop.store.engine import make_engine
from tests.conftest import ADMIN, PASSWORD, TEST_SETUP, CliRunner

fcntl = pytest.importorskip("fcntl")  # the emulation reads a descriptor's access mode

PASS = "frasa-cadangan-1"
ODD_NAME = "Data Kantor 100% #2 Ängå"


def windows_fsync(real: Callable[[int], None]) -> Callable[[int], None]:
    def fsync(fd: int) -> None:
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        real(fd)

    return fsync


@pytest.fixture
def win_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", windows_fsync(os.fsync))


def test_emulation_refuses_read_only_handles(tmp_path: Path, win_fsync: None) -> None:
    target = tmp_path / "x.bin"
    target.write_bytes(b"x")
    with target.open("rb") as fh, pytest.raises(OSError) as err:
        os.fsync(fh.fileno())
    assert err.value.errno == errno.EBADF
    with target.open("r+b") as fh:
        os.fsync(fh.fileno())


def test_backup_create_and_restore_with_windows_fsync(
    ctx: AppContext,
    cli: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    win_fsync: None,
) -> None:
    monkeypatch.setenv("NETRA_BACKUP_PASSPHRASE", PASS)
    out = tmp_path / "cadangan.netrabak"
    res = cli("backup", "create", "--out", str(out), "--json")
    assert res.code == 0, res.err
    res = cli("backup", "restore", str(out), "--json")
    assert res.code == 0, res.err
    assert Path(str(res.json()["safety_copy"])).exists()  # type: ignore[index]


def test_pre_upgrade_backup_with_windows_fsync_in_an_odd_folder(
    tmp_path: Path, win_fsync: None
) -> None:
    folder = tmp_path / ODD_NAME
    folder.mkdir()
    engine = make_engine(f"sqlite:///{folder / DB_FILENAME}")
    try:
        migrate.upgrade(engine, "0001")
        result = migrate.upgrade(engine, backup_dir=folder / "backups")
        assert result.from_revision == "0001"
        assert result.to_revision == migrate.head_revision()
        assert result.backup is not None and result.backup.parent == folder / "backups"
        conn = sqlite3.connect(result.backup)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        finally:
            conn.close()
    finally:
        engine.dispose()


def test_backup_of_a_data_folder_with_hash_and_percent(tmp_path: Path) -> None:
    folder = tmp_path / ODD_NAME
    ctx = AppContext.open(folder)
    try:
        office.initialise(ctx, TEST_SETUP, ADMIN, PASSWORD, "Admin Uji")
        copy = tmp_path / "salinan.sqlite3"
        store_backup.backup_sqlite(ctx.engine, copy)
        assert store_backup.check_sqlite_file(copy) == []
        assert store_backup.check_sqlite_file(folder / DB_FILENAME) == []
        # Nothing was created beside the folder by a URI cut at the '#'.
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([ODD_NAME, "salinan.sqlite3"])
    finally:
        ctx.close()


def test_schema_created_from_an_install_path_with_space_percent_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen Netra installed under such a folder: its ``db/`` is found through _MEIPASS."""
    install = tmp_path / "Program Files" / "Netra 100% #1 Ünïcode"
    shutil.copytree(
        Path(migrate.__file__).resolve().parents[2] / "db",
        install / "db",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(install), raising=False)
    assert migrate.alembic_config().get_main_option("script_location") == str(install / "db")
    folder = tmp_path / ODD_NAME
    folder.mkdir()
    engine = make_engine(f"sqlite:///{folder / DB_FILENAME}")
    try:
        result = migrate.upgrade(engine)
        assert result.to_revision == migrate.shipped_head()
        assert migrate.current_revision(engine) == migrate.shipped_head()
    finally:
        engine.dispose()
    assert store_backup.check_sqlite_file(folder / DB_FILENAME) == []


# ---------------------------------------------------------------------- restore as one unit
def _other_office_backup(tmp_path: Path) -> tuple[Path, str]:
    """A backup of a second office (its own key pair) and that office's signing key."""
    other = AppContext.open(tmp_path / "kantor-lain")
    try:
        office.initialise(other, TEST_SETUP, ADMIN, PASSWORD, "Admin Lain")
        other.actor = Actor(ADMIN, "admin")
        out = tmp_path / "kantor-lain.netrabak"
        backup.create(other, out, PASS)
        return out, identity.load(other.keys_dir).signing_public_hex
    finally:
        other.close()


def _pair(data_dir: Path) -> tuple[str, str]:
    """(signing key named by the database, signing key in the key files) after a fresh start."""
    ctx = AppContext.open(data_dir)
    try:
        with ctx.read() as session:
            in_db = ctx.office(session).signing_public_key
        return in_db, identity.load(ctx.keys_dir).signing_public_hex
    finally:
        ctx.close()


class Killed(BaseException):
    """The process died here: no ``except Exception`` and no clean-up runs."""


@pytest.fixture
def killer(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[int], list[str]]]:
    """``arm(n)``: the n-th file-system change (rename, replace, delete) from now kills."""
    state = {"left": -1}
    done: list[str] = []

    def wrap(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def step(*args: object, **kwargs: object) -> object:
            if state["left"] == 0:
                raise Killed(name)
            if state["left"] > 0:
                state["left"] -= 1
                done.append(f"{name} {args[0]}")
            return real(*args, **kwargs)

        return step

    for name in ("replace", "rename", "unlink", "remove", "rmdir"):
        monkeypatch.setattr(os, name, wrap(name, getattr(os, name)))

    def arm(n: int) -> list[str]:
        state["left"] = n
        done.clear()
        return done

    yield arm
    state["left"] = -1


def test_restore_killed_at_every_step_leaves_a_matching_pair(
    template_dir: Path, tmp_path: Path, killer: Callable[[int], list[str]]
) -> None:
    source, new_key = _other_office_backup(tmp_path)
    n = 0
    completed = False
    outcomes: set[str] = set()
    while not completed:
        data = tmp_path / f"run{n}" / "data"
        shutil.copytree(template_dir, data)
        old_key = identity.load(data / "keys").signing_public_hex
        ctx = AppContext.open(data)
        ctx.actor = Actor(ADMIN, "admin")
        killer(n)
        try:
            backup.restore(ctx, source, PASS)
            completed = True
        except Killed:
            pass
        finally:
            killer(-1)
            ctx.engine.dispose()
        in_db, in_files = _pair(data)
        assert in_db == in_files, f"killed at step {n}: database and keys from different backups"
        assert in_db in (old_key, new_key)
        outcomes.add("new" if in_db == new_key else "old")
        assert not (data / ".restore-staging").exists()
        assert not (data / (DB_FILENAME + ".restore-journal")).exists()
        n += 1
        assert n < 200
    assert outcomes == {"old", "new"}  # kills before and after the commit point were tried
    assert n > 5


def test_restore_killed_after_commit_is_completed_at_the_next_start(
    ctx: AppContext, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, new_key = _other_office_backup(tmp_path)
    real_apply = store_backup._apply

    def die_before_moving(db: Path, doc: dict[str, object]) -> None:
        raise Killed("after the journal was written")

    monkeypatch.setattr(store_backup, "_apply", die_before_moving)
    with pytest.raises(Killed):
        backup.restore(ctx, source, PASS)
    ctx.engine.dispose()
    assert (data_dir / (DB_FILENAME + ".restore-journal")).exists()
    monkeypatch.setattr(store_backup, "_apply", real_apply)
    assert _pair(data_dir) == (new_key, new_key)
    assert not (data_dir / ".restore-staging").exists()


def test_restore_refuses_keys_that_are_not_the_databases(ctx: AppContext, tmp_path: Path) -> None:
    """A backup whose key files belong to another office is refused, nothing changed."""
    source, _ = _other_office_backup(tmp_path)
    manifest, files = backup.read_backup(source, PASS)
    mine = (ctx.keys_dir / identity.SIGNING_KEY_FILE).read_bytes()
    files[f"keys/{identity.SIGNING_KEY_FILE}"] = mine
    forged = _encrypt(tmp_path / "campur.netrabak", manifest, files)
    before = identity.load(ctx.keys_dir).signing_public_hex
    with pytest.raises(NetraError) as err:
        backup.restore(ctx, forged, PASS)
    assert err.value.code == "backup_invalid"
    assert "bukan kunci basis datanya" in err.value.message_id
    assert identity.load(ctx.keys_dir).signing_public_hex == before
    assert not (ctx.data_dir / ".restore-staging").exists()


# ---------------------------------------------------------------------- size cap
def _encrypt(out: Path, manifest: dict[str, object], files: dict[str, bytes]) -> Path:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    manifest = dict(manifest, files={name: sha256_hex(data) for name, data in files.items()})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in files.items():
            zf.writestr(name, data)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = backup.MAGIC + bytes([backup.FORMAT]) + salt + nonce
    out.write_bytes(header + AESGCM(backup._key(PASS, salt)).encrypt(nonce, buf.getvalue(), header))
    return out


def _bomb(ctx: AppContext, tmp_path: Path, size: int) -> Path:
    """A real backup of this office whose database member is followed by ``size`` zeros."""
    out = tmp_path / "asli.netrabak"
    backup.create(ctx, out, PASS)
    manifest, files = backup.read_backup(out, PASS)
    files[DB_FILENAME] = files[DB_FILENAME] + bytes(size)
    return _encrypt(tmp_path / "bom.netrabak", manifest, files)


def test_restore_refuses_a_backup_that_inflates_past_the_cap(
    ctx: AppContext, cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = _bomb(ctx, tmp_path, 64 * 1024 * 1024)
    assert bomb.stat().st_size < 1024 * 1024  # under 1 MB on disk, over 64 MB unpacked
    monkeypatch.setattr(backup, "MAX_RESTORE_BYTES", 16 * 1024 * 1024)
    monkeypatch.setenv("NETRA_BACKUP_PASSPHRASE", PASS)
    before = (ctx.data_dir / DB_FILENAME).stat().st_mtime_ns
    res = cli("backup", "restore", str(bomb))
    assert res.code == 2
    assert "mengembang menjadi" in res.err and "Traceback" not in res.err
    assert (ctx.data_dir / DB_FILENAME).stat().st_mtime_ns == before
    assert not (ctx.data_dir / ".restore-staging").exists()
    res = cli("backup", "restore", str(bomb), "--json")
    assert res.code == 2
    assert res.json()["error"] == "backup_too_large"  # type: ignore[index]


def test_restore_cap_follows_the_free_space(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = _bomb(ctx, tmp_path, 8 * 1024 * 1024)
    monkeypatch.setattr(backup, "free_space", lambda _folder: backup.RESTORE_MARGIN + 1024)
    with pytest.raises(NetraError) as err:
        backup.restore(ctx, bomb, PASS)
    assert err.value.code == "backup_too_large"
    assert "ruang kosong" in err.value.message_id


# ---------------------------------------------------------------------- DPAPI-wrapped keys
def test_backup_carries_unwrapped_keys_and_restore_wraps_them(
    ctx: AppContext, tmp_path: Path, win_fsync: None
) -> None:
    """On Windows the key files are DPAPI-wrapped for one account; the backup holds the plain
    keys (it must open on a new laptop) and the restore wraps them again for this account."""
    from desktop import winsec
    from tests.foundation.win_fake import FakeWindows

    fake = FakeWindows()
    with winsec.use(fake.api()):
        before = identity.load(ctx.keys_dir)  # keys from before wrapping are wrapped on load
        assert all(winsec.is_wrapped((ctx.keys_dir / n).read_bytes()) for n in identity.KEY_FILES)
        out = tmp_path / "cadangan.netrabak"
        backup.create(ctx, out, PASS)
        _manifest, files = backup.read_backup(out, PASS)
        for name in identity.KEY_FILES:
            assert files[f"keys/{name}"].startswith(b"-----BEGIN PRIVATE KEY-----")
        backup.restore(ctx, out, PASS)
        for name in identity.KEY_FILES:
            assert winsec.is_wrapped((ctx.keys_dir / name).read_bytes())
        assert identity.load(ctx.keys_dir).fingerprint == before.fingerprint
    assert fake.live_allocations() == 0


def test_padded_database_is_refused_before_it_is_unpacked(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Within the cap, a database padded with zeros is refused from its first megabyte: its
    SQLite header gives a size that is not the member's."""
    bomb = _bomb(ctx, tmp_path, 64 * 1024 * 1024)
    written: list[int] = []
    real_open = os.fdopen

    def counting_fdopen(fd: int, mode: str = "r", *args: object, **kwargs: object) -> object:
        fh = real_open(fd, mode, *args, **kwargs)  # type: ignore[call-overload]
        if "w" in mode:
            real_write = fh.write

            def write(data: bytes) -> int:
                written.append(len(data))
                return int(real_write(data))

            fh.write = write
        return fh

    monkeypatch.setattr(os, "fdopen", counting_fdopen)  # the os module backup.py uses
    with pytest.raises(NetraError) as err:
        backup.restore(ctx, bomb, PASS)
    assert "tidak cocok dengan kepalanya" in err.value.message_id
    assert sum(written) == 0
    assert not (ctx.data_dir / ".restore-staging").exists()


@pytest.mark.parametrize("name", ["Data %41", "Kantor #2 100%", "Ünit @x:y"])
def test_sqlite_url_keeps_odd_folder_names(tmp_path: Path, name: str) -> None:
    """SQLAlchemy un-quotes %XX and cuts at '?': the URL must name exactly this folder."""
    from sqlalchemy.engine import make_url

    from desktop import paths

    folder = tmp_path / name
    url = paths.sqlite_url(folder)
    assert make_url(url).database == (folder / paths.DB_FILENAME).as_posix()
