"""Foundation commands: init, demo, user, audit, backup, office, self-test."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop import demo
from desktop.cli.base import EXIT_CHECK_FAILED, EXIT_OK, Cli, Groups, add_json, set_handler
from desktop.demo import selftest
from desktop.domain.errors import NetraError
from desktop.domain.office import OfficeSetup
from desktop.domain.roles import ROLES
from desktop.paths import folder_risk, resolve_data_dir
from desktop.services import accounts, audit, backup, office


def _refuse_unsafe_folder(cli: Cli) -> None:
    """A data folder on FAT/exFAT (no permissions: the private keys open to anyone) or on a
    network share (SQLite is unsafe there) is refused before anything is written, unless
    ``--allow-unsafe-folder`` says the operator knows."""
    folder = resolve_data_dir(cli.args.data_dir)
    risk = folder_risk(folder)
    if risk is None or cli.args.allow_unsafe_folder:
        return
    raise NetraError(
        "data_folder_unsafe",
        f"{risk.message(folder)} Beri --data-dir lain, atau --allow-unsafe-folder bila "
        "Anda sungguh ingin memakai folder ini.",
        f"{risk.message_en(folder)} Pass another --data-dir, or --allow-unsafe-folder if you "
        "really want this folder.",
        kind=risk.kind,
        filesystem=risk.filesystem,
    )


def _init(cli: Cli) -> int:
    a = cli.args
    _refuse_unsafe_folder(cli)
    ctx = cli.context(login=False, require_init=False)
    logo = Path(a.logo).read_bytes() if a.logo else None
    setup = OfficeSetup(
        code=a.office_code,
        name=a.office_name,
        kabupaten_code=a.kabupaten_code,
        kabupaten_name=a.kabupaten_name,
        role=a.role,
        timezone=a.timezone,
        paper=a.paper,
        place=a.place or "",
        letterhead=a.letterhead or [],
    )
    password = cli.password(f"Kata sandi untuk {a.admin}: ")
    info = office.initialise(ctx, setup, a.admin, password, a.admin_name or "", logo)
    cli.emit(
        {"office": info.to_json(), "data_dir": str(ctx.data_dir)},
        f"Kantor {info.code} {info.name} ({info.role}) disiapkan di {ctx.data_dir}.\n"
        f"Sidik jari kunci: {info.fingerprint}",
    )
    return EXIT_OK


def _demo(cli: Cli) -> int:
    ctx = cli.context(login=False, require_init=False)
    summary = demo.populate(
        ctx,
        employees=cli.args.employees,
        office_code=cli.args.office_code,
        office_name=cli.args.office_name,
    )
    cli.emit(summary, lambda: demo.describe(summary))
    return EXIT_OK


def _user_add(cli: Cli) -> int:
    ctx = cli.context()
    password = cli.password(f"Kata sandi untuk {cli.args.username}: ", env="NETRA_NEW_PASSWORD")
    info = accounts.add_user(
        ctx, cli.args.username, password, cli.args.role, cli.args.full_name or ""
    )
    cli.emit(info.to_json(), f"Pengguna {info.username} ({info.role}) dibuat.")
    return EXIT_OK


def _user_passwd(cli: Cli) -> int:
    ctx = cli.context()
    new = cli.password("Kata sandi baru: ", env="NETRA_NEW_PASSWORD")
    old = os.environ.get("NETRA_PASSWORD")
    result = accounts.change_password(ctx, cli.args.username, old, new)
    cli.emit(result.to_json(), f"Kata sandi {result.username} diganti.")
    return EXIT_OK


def _user_list(cli: Cli) -> int:
    users = accounts.list_users(cli.context())
    cli.emit(
        [u.to_json() for u in users],
        lambda: "\n".join(
            f"{u.username:<16} {u.role:<9} {'aktif' if u.active else 'nonaktif'}  {u.full_name}"
            for u in users
        ),
    )
    return EXIT_OK


def _audit_verify(cli: Cli) -> int:
    report = audit.verify(cli.context())

    def text() -> str:
        counts = ", ".join(f"{k}: {v}" for k, v in report.checked.items())
        if report.ok:
            return f"Jejak audit utuh ({counts})."
        lines = [f"RUSAK: {p.describe()}" for p in report.problems[:20]]
        return "\n".join(
            [
                f"Jejak audit TIDAK utuh. Entri rusak pertama: {report.problems[0].describe()}",
                *lines,
            ]
        )

    cli.emit(report.to_json(), text)
    if not report.ok:
        cli.error(f"entri rusak pertama: {report.problems[0].describe()}")
        return EXIT_CHECK_FAILED
    return EXIT_OK


def _backup_create(cli: Cli) -> int:
    ctx = cli.context()
    passphrase = cli.password("Frasa sandi cadangan: ", env="NETRA_BACKUP_PASSPHRASE")
    result = backup.create(ctx, Path(cli.args.out) if cli.args.out else None, passphrase)
    cli.emit(result.to_json(), f"Cadangan ditulis: {result.path} ({result.size:,} bita).")
    return EXIT_OK


def _backup_restore(cli: Cli) -> int:
    ctx = cli.context()
    passphrase = cli.password("Frasa sandi cadangan: ", env="NETRA_BACKUP_PASSPHRASE")
    result = backup.restore(ctx, Path(cli.args.file), passphrase)
    cli.emit(
        result.to_json(), f"Dipulihkan dari {cli.args.file}. Salinan pengaman: {result.safety_copy}"
    )
    return EXIT_OK


def _office_show(cli: Cli) -> int:
    info = office.get_info(cli.context())
    cli.emit(info.to_json(), lambda: "\n".join(f"{k}: {v}" for k, v in info.to_json().items()))
    return EXIT_OK


def _self_test(cli: Cli) -> int:
    report = selftest.run()
    cli.emit(report.to_json(), report.describe)
    return EXIT_OK if report.ok else EXIT_CHECK_FAILED


def register(groups: Groups) -> None:
    top = groups.top

    p = top.add_parser("init", help="siapkan kantor baru (identitas, kunci, admin pertama)")
    p.add_argument("--office-code", required=True, help="kode wilayah Kemendagri, mis. 81.08.06")
    p.add_argument("--office-name", required=True)
    p.add_argument("--kabupaten-code", required=True)
    p.add_argument("--kabupaten-name", required=True)
    p.add_argument("--role", choices=("office", "hub"), required=True)
    p.add_argument("--timezone", default="Asia/Jayapura", help="WIB, WITA, WIT atau nama IANA")
    p.add_argument("--paper", choices=("a4", "f4"), default="a4")
    p.add_argument("--place", help="tempat yang dicetak sebelum tanggal, mis. Tiakur")
    p.add_argument("--letterhead", action="append", help="satu baris kop surat (boleh diulang)")
    p.add_argument("--logo", help="berkas PNG/JPEG logo kop surat")
    p.add_argument("--admin", required=True, help="nama pengguna administrator pertama")
    p.add_argument("--admin-name", help="nama lengkap administrator")
    p.add_argument(
        "--allow-unsafe-folder",
        action="store_true",
        help="tetap pakai folder data di FAT/exFAT (flashdisk) atau folder jaringan",
    )
    add_json(p)
    set_handler(p, _init)

    p = top.add_parser("demo", help="isi folder data dengan kantor contoh yang realistis")
    p.add_argument("--employees", type=int, default=120, help="jumlah pegawai contoh")
    p.add_argument(
        "--office-code",
        help="kode wilayah kantor contoh (bawaan 81.08.01); kode lain = pegawai lain, "
        "untuk mencoba hub kabupaten dengan beberapa kantor",
    )
    p.add_argument("--office-name", help="nama kantor contoh, mis. 'Kecamatan Wetar'")
    add_json(p)
    set_handler(p, _demo)

    users = groups.group("user", "akun pengguna")
    p = users.add_parser("add", help="tambah pengguna (kata sandi dari NETRA_NEW_PASSWORD)")
    p.add_argument("username")
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--full-name")
    add_json(p)
    set_handler(p, _user_add)
    p = users.add_parser("passwd", help="ganti kata sandi (baru dari NETRA_NEW_PASSWORD)")
    p.add_argument("username")
    add_json(p)
    set_handler(p, _user_passwd)
    p = users.add_parser("list", help="daftar pengguna")
    add_json(p)
    set_handler(p, _user_list)

    aud = groups.group("audit", "jejak audit")
    p = aud.add_parser("verify", help="periksa keutuhan jejak audit dan rantai bukti")
    add_json(p)
    set_handler(p, _audit_verify)

    bak = groups.group("backup", "cadangan terenkripsi")
    p = bak.add_parser("create", help="buat cadangan (frasa sandi dari NETRA_BACKUP_PASSPHRASE)")
    p.add_argument("--out", help="berkas atau folder tujuan")
    add_json(p)
    set_handler(p, _backup_create)
    p = bak.add_parser("restore", help="pulihkan dari berkas cadangan")
    p.add_argument("file")
    add_json(p)
    set_handler(p, _backup_restore)

    off = groups.group("office", "identitas kantor")
    p = off.add_parser("show", help="tampilkan identitas dan pengaturan kantor")
    add_json(p)
    set_handler(p, _office_show)

    p = top.add_parser("self-test", help="uji mandiri di folder sementara (migrasi, data, PDF...)")
    add_json(p)
    set_handler(p, _self_test)


__all__ = ["register"]
_ = argparse
