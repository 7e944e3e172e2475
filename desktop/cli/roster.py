"""``netra roster``: import, export, list, and small edits (units, add, transfer, deactivate)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.base import EXIT_OK, Cli, Groups, UsageError, add_json, set_handler
from desktop.domain import roster as r
from desktop.services import roster
from desktop.services.roster import export as roster_export
from desktop.services.roster import importer as roster_import


def _import(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    result = roster_import.import_file(
        ctx,
        Path(a.file),
        sheet=a.sheet,
        unit_code=a.unit,
        dry_run=a.dry_run,
        prefer_sheet=a.prefer_sheet,
    )
    data = result.to_json()
    data.pop("dry_run")
    data.pop("sheet")
    data.pop("header_row")

    def text() -> str:
        head = "UJI COBA (tidak ada yang disimpan): " if a.dry_run else ""
        lines = [
            f"{head}lembar '{result.sheet}', judul kolom di baris {result.header_row}.",
            f"  baru: {result.created}, diperbarui: {result.updated}, "
            f"tidak berubah: {result.unchanged}, ditolak: {len(result.rejected)}, "
            f"peringatan: {len(result.warnings)}",
        ]
        if result.units_created:
            lines.append(
                "  unit kerja baru: "
                + ", ".join(f"{u['code']} ({u['name']})" for u in result.units_created)
            )
        if result.previous_import:
            prev = result.previous_import
            lines.append(
                f"  berkas ini sudah pernah diimpor ({prev['file']}, {prev['at_local']}, "
                f"{prev['by']})."
            )
        lines += [
            f"  berubah baris {c.row} {c.nip or c.name}: {r.COLUMN_LABELS[c.field]} "
            f"'{c.local_text}' -> '{c.sheet_text}'"
            + (" (menimpa perubahan di aplikasi)" if c.app_edit else "")
            for c in result.field_changes
        ]
        if result.kept_local:
            lines.append(
                f"  {len(result.kept_local)} nilai yang diubah di aplikasi dipertahankan "
                "(pakai --prefer-sheet untuk mengambil nilai lembar kerja):"
            )
        lines += [
            f"  dipertahankan baris {c.row} {c.nip or c.name}: {r.COLUMN_LABELS[c.field]} "
            f"'{c.local_text}' (aplikasi"
            + (
                f", {r.APP_EDIT_LABELS.get(c.app_edit.action, c.app_edit.action)} "
                f"{c.app_edit.at_text}"
                if c.app_edit
                else ""
            )
            + f"), lembar kerja '{c.sheet_text}'"
            for c in result.kept_local
        ]
        lines += [
            f"  DITOLAK baris {i.row} {i.nip}: [{i.code}] {i.message}" for i in result.rejected
        ]
        lines += [f"  peringatan baris {i.row} {i.nip}: {i.message}" for i in result.warnings]
        lines += [f"  dilewati baris {i.row}: {i.message}" for i in result.skipped]
        return "\n".join(lines)

    cli.emit(data, text)
    return EXIT_OK


def _export(cli: Cli) -> int:
    ctx = cli.context()
    q = roster.RosterQuery(
        status="all" if cli.args.all else "active", unit_ids=roster.unit_query(ctx, cli.args.unit)
    )
    count = roster_export.export(ctx, Path(cli.args.file), q)
    cli.emit(
        {"file": cli.args.file, "rows": count}, f"{count} pegawai diekspor ke {cli.args.file}."
    )
    return EXIT_OK


def _list(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    q = roster.RosterQuery(
        search=a.search or "",
        unit_ids=roster.unit_query(ctx, a.unit),
        categories=[a.category] if a.category else [],
        status=a.status,
    )
    page = roster.search(ctx, q, offset=0, limit=a.limit)
    items = [row.to_json() for row in page.rows]

    def text() -> str:
        lines = [
            f"{row.nip or '-':<18}  {row.name[:40]:<40}  {row.category:<7} "
            f"{row.golongan or '-':<6} {row.unit_name[:30]}"
            + ("" if row.active else "  (nonaktif)")
            for row in page.rows
        ]
        lines.append(f"{len(items)} dari {page.total} pegawai")
        return "\n".join(lines)

    cli.emit({"total": page.total, "items": items}, text)
    return EXIT_OK


def _unit_add(cli: Cli) -> int:
    a = cli.args
    info = roster.add_unit(cli.context(), a.code, a.name, a.kind, a.parent)
    cli.emit(info.to_json(), f"Unit {info.code} {info.name} ditambahkan.")
    return EXIT_OK


def _unit_list(cli: Cli) -> int:
    units = roster.list_units(cli.context(), with_counts=True)
    by_id = {u.id: u for u in units}

    def depth(u: roster.UnitInfo) -> int:
        d, p = 0, u.parent_id
        while p and p in by_id and d < 20:
            d, p = d + 1, by_id[p].parent_id
        return d

    cli.emit(
        [u.to_json() for u in units],
        lambda: "\n".join(
            f"{'  ' * depth(u)}{u.code}  {u.name} ({u.kind}, {u.employees} pegawai aktif)"
            for u in units
        ),
    )
    return EXIT_OK


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"Tanggal '{text}' harus berbentuk TTTT-BB-HH.") from exc


def _add(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    unit_id = roster.unit_for_code(ctx, a.unit).id
    data = roster.EmployeeInput(
        name=a.name,
        unit_id=unit_id,
        category=a.category,
        nip=a.nip,
        golongan=a.golongan,
        jabatan=a.jabatan or "",
        jabatan_kind=a.jabatan_kind,
        birth_date=_parse_date(a.birth),
        sex=a.sex,
        nik=a.nik,
    )
    saved = roster.add_employee(ctx, data)
    cli.emit(saved.to_json(), f"Pegawai {a.name} ditambahkan ({saved.id}).")
    return EXIT_OK


def _find_one(cli: Cli, key: str) -> str:
    """The id ``roster list --json`` prints, a NIP in any written form, a NIK, or a name."""
    return roster.find_person(cli.context(), key).id


def _transfer(cli: Cli) -> int:
    ctx = cli.context()
    emp_id = _find_one(cli, cli.args.employee)
    unit_id = roster.unit_for_code(ctx, cli.args.unit).id
    roster.transfer(ctx, emp_id, unit_id, cli.args.note or "")
    cli.emit({"id": emp_id, "unit": cli.args.unit}, f"Dipindahkan ke {cli.args.unit}.")
    return EXIT_OK


def _deactivate(cli: Cli) -> int:
    emp_id = _find_one(cli, cli.args.employee)
    roster.deactivate(cli.context(), emp_id, cli.args.reason, cli.args.note or "")
    cli.emit(
        {"id": emp_id, "reason": cli.args.reason}, f"Pegawai dinonaktifkan ({cli.args.reason})."
    )
    return EXIT_OK


def _parser(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    return p


def register(groups: Groups) -> None:
    sub = groups.group("roster", "daftar pegawai dan unit kerja")

    p = _parser(sub, "import", "impor pegawai dari .xlsx, .xls, .ods atau .csv")
    p.add_argument("file")
    p.add_argument("--sheet", help="nama lembar kerja (bawaan: lembar pertama yang berisi)")
    p.add_argument("--unit", help="kode unit untuk baris tanpa unit kerja / induk unit baru")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menyimpan")
    p.add_argument(
        "--prefer-sheet",
        action="store_true",
        help="ambil nilai lembar kerja juga untuk data yang diubah di aplikasi setelah "
        "impor sebelumnya (mutasi, nonaktif, ubah); bawaan: nilai aplikasi dipertahankan",
    )
    add_json(p)
    set_handler(p, _import)

    p = _parser(sub, "export", "ekspor pegawai ke .xlsx atau .csv (menurut akhiran berkas)")
    p.add_argument("file")
    p.add_argument("--unit", help="hanya unit ini dan unit di bawahnya")
    p.add_argument("--all", action="store_true", help="termasuk pegawai nonaktif")
    add_json(p)
    set_handler(p, _export)

    p = _parser(sub, "list", "cari dan tampilkan pegawai")
    p.add_argument("--search", help="sebagian nama atau NIP")
    p.add_argument("--unit", help="kode unit (termasuk unit di bawahnya)")
    p.add_argument("--category", choices=r.CATEGORIES)
    p.add_argument("--status", choices=("active", "inactive", "all"), default="all")
    p.add_argument("--limit", type=int, default=1000)
    add_json(p)
    set_handler(p, _list)

    p = _parser(sub, "add", "tambah satu pegawai")
    p.add_argument("--name", required=True)
    p.add_argument("--unit", required=True, help="kode unit kerja")
    p.add_argument("--category", choices=r.CATEGORIES, default="PNS")
    p.add_argument("--nip")
    p.add_argument("--golongan")
    p.add_argument("--jabatan")
    p.add_argument("--jabatan-kind", choices=r.JABATAN_KINDS)
    p.add_argument("--birth", help="tanggal lahir TTTT-BB-HH")
    p.add_argument("--sex", choices=("L", "P"))
    p.add_argument("--nik")
    add_json(p)
    set_handler(p, _add)

    p = _parser(sub, "transfer", "pindahkan pegawai ke unit lain (mutasi internal)")
    p.add_argument(
        "employee", help="id pegawai (dari roster list --json), NIP (bentuk apa pun), NIK atau nama"
    )
    p.add_argument("--unit", required=True)
    p.add_argument("--note")
    add_json(p)
    set_handler(p, _transfer)

    p = _parser(sub, "deactivate", "nonaktifkan pegawai dengan alasan")
    p.add_argument(
        "employee", help="id pegawai (dari roster list --json), NIP (bentuk apa pun), NIK atau nama"
    )
    p.add_argument("--reason", required=True, choices=r.INACTIVE_REASONS)
    p.add_argument("--note")
    add_json(p)
    set_handler(p, _deactivate)

    units = _parser(sub, "unit", "unit kerja").add_subparsers(
        dest="unit_command", metavar="COMMAND", required=True
    )
    p = units.add_parser("add", help="tambah unit kerja")
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--kind", choices=r.UNIT_KINDS, default="lainnya")
    p.add_argument("--parent", help="kode unit induk")
    add_json(p)
    set_handler(p, _unit_add)
    p = units.add_parser("list", help="pohon unit kerja")
    add_json(p)
    set_handler(p, _unit_list)
