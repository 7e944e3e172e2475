"""``netra rules check|show|load|local-load`` and ``netra calendar list|add|remove``.

``rules check`` and ``rules show`` need no login and no initialised office: without an office
they use the rulebook shipped with the program.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from desktop.cli.base import EXIT_OK, Cli, Groups, UsageError, add_json, set_handler
from desktop.domain import jsontext
from desktop.domain.errors import NetraError
from desktop.domain.rulebook import Rulebook
from desktop.domain.sanctions import Recommendation
from desktop.domain.workdays import HOLIDAY_KINDS, HolidayDay
from desktop.services import rules
from desktop.services.context import AppContext

KIND_LABELS = {"libur": "libur nasional", "cuti_bersama": "cuti bersama"}
TRACK_LABELS = {"discipline": "disiplin", "ethics": "kode etik", "contract": "perjanjian kerja"}


def _optional_context(cli: Cli) -> AppContext | None:
    """The office's context when one is set up; None (shipped data) otherwise."""
    try:
        ctx = cli.context(login=False, require_init=False)
        return ctx if ctx.is_initialised() else None
    except (NetraError, OSError, SQLAlchemyError):
        return None


def _read_input(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"Berkas tidak ditemukan: {path}", f"File not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            f"Berkas {path} tidak dapat dibaca: {exc}", f"Cannot read {path}: {exc}"
        ) from None


def _parse_json(text: str, path: str) -> Any:
    try:
        return jsontext.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{path} bukan JSON yang sah: {exc.msg} (baris {exc.lineno}, kolom {exc.colno}).",
            f"{path} is not valid JSON: {exc.msg}.",
        ) from None


def _type_text(rec: Recommendation) -> str:
    if rec.track == "contract":
        return "tidak ada hukuman disiplin PNS (jalur perjanjian kerja)"
    if rec.track == "ethics":
        return "tidak ada hukuman disiplin"
    names = "; ".join(f"{k}. {v}" for k, v in rec.sanction_names.items())
    return f"minimum jenis {rec.minimum_type}; pilihan: {names}"


def describe_recommendation(rec: Recommendation) -> str:
    lines = [
        f"Aturan      : {rec.rulebook.name} versi {rec.rulebook.version}",
        f"SHA-256     : {rec.rulebook.sha256}",
        *(
            [f"Lapisan lokal: {layer.label}, SHA-256 {layer.sha256}"]
            if (layer := rec.rulebook.layer_for(rec.case.category))
            else []
        ),
        f"Kategori    : {rec.case.category}   Kode: {', '.join(rec.case.violations)}",
        f"Jalur       : {TRACK_LABELS.get(rec.track, rec.track)}   Tingkat: {rec.level or '-'}"
        + (f"   Tingkat acuan PNS: {rec.reference_level}" if rec.reference_level else ""),
        f"Hukuman     : {_type_text(rec)}",
        f"Sanksi moral: {rec.moral_name or '-'}",
        f"Berwenang   : {rec.authority}",
        f"Proses      : {rec.process}",
        "Penjelasan:",
    ]
    for i, step in enumerate(rec.explanation, start=1):
        ref = " (acuan)" if step.reference_only else ""
        lines.append(f"  {i}. [{step.rule}{ref}] {step.title}: {step.text}")
        lines.append(f"     Dasar: {step.legal_basis}")
    if rec.warnings:
        lines.append("Peringatan:")
        lines.extend(f"  - {w}" for w in rec.warnings)
    return "\n".join(lines)


def _check(cli: Cli) -> int:
    text = _read_input(cli.args.case)
    data = _parse_json(text, cli.args.case)
    ctx = _optional_context(cli)
    rec = rules.check_case(ctx, data)
    cli.emit(rec.to_json(), lambda: describe_recommendation(rec))
    return EXIT_OK


def describe_rulebook(rb: Rulebook, versions: list[rules.RulebookInfo]) -> str:
    lines = [
        f"{rb.title}",
        f"Nama {rb.name}, versi {rb.version}, SHA-256 {rb.sha256}",
        "",
        "Kode pelanggaran:",
    ]
    for v in rb.violations.values():
        flag = " [belum dikonfirmasi: " + ", ".join(v.unconfirmed) + "]" if v.unconfirmed else ""
        track = TRACK_LABELS.get(v.track, v.track)
        lines.append(f"  {v.code:<4} {track:<10} {v.level:<7} {v.act}{flag}")
    lines.append("Jenis hukuman (dari yang teringan):")
    lines.extend(f"  {s.key!s:<5} {s.level:<7} {s.name}" for s in rb.sanction_types)
    lines.append("Sanksi moral: " + "; ".join(m.name for m in rb.moral_sanctions.values()))
    lines.append("Kategori: " + ", ".join(f"{c.key} ({c.label})" for c in rb.categories.values()))
    if versions:
        lines.append("Versi tersimpan:")
        lines.extend(
            f"  {'*' if v.active else ' '} {v.name} {v.version} {v.sha256[:16]}" for v in versions
        )
    return "\n".join(lines)


def describe_layers(layers: list[rules.LocalLayerInfo]) -> str:
    active = [x for x in layers if x.active]
    if not active:
        return "Lapisan lokal PPPK: tidak ada (pemetaan hukuman PPPK nasional)."
    a = active[0]
    lines = [
        f"Lapisan lokal PPPK: {a.name} versi {a.version} ({a.kabupaten}), "
        f"Perbup {a.perbup['number']} tanggal {a.perbup['date']}, SHA-256 {a.sha256[:16]}"
    ]
    lines.extend(
        f"  {'*' if x.active else ' '} {x.name} {x.version} {x.sha256[:16]}" for x in layers
    )
    return "\n".join(lines)


def _show(cli: Cli) -> int:
    ctx = _optional_context(cli)
    rb = rules.active_rulebook(ctx)
    versions = rules.list_rulebooks(ctx) if ctx is not None else []
    layers = rules.list_local_layers(ctx) if ctx is not None else []
    data = rb.to_json()
    data["stored_versions"] = [v.to_json() for v in versions]
    data["source"] = "office" if ctx is not None else "shipped"
    active = rules.active_local_layer(ctx)
    data["local_layer"] = (
        {**active.to_json(), "pppk": dict(active.data["pppk"])} if active is not None else None
    )
    data["local_layers"] = [x.to_json() for x in layers]
    cli.emit(data, lambda: describe_rulebook(rb, versions) + "\n" + describe_layers(layers))
    return EXIT_OK


def _load(cli: Cli) -> int:
    path = cli.args.file
    text = _read_input(path)
    ctx = cli.context()
    info = rules.load_new_rulebook(ctx, text)
    cli.emit(
        info.to_json(),
        f"Aturan {info.name} versi {info.version} dimuat dan aktif "
        f"(SHA-256 {info.sha256}). Versi lama tetap tersimpan.",
    )
    return EXIT_OK


def _local_load(cli: Cli) -> int:
    path = cli.args.file
    text = _read_input(path)
    ctx = cli.context()
    info = rules.load_local_layer_file(ctx, text)
    cli.emit(
        info.to_json(),
        f"Lapisan lokal PPPK {info.name} versi {info.version} (Perbup {info.perbup['number']} "
        f"tanggal {info.perbup['date']}) dimuat dan aktif (SHA-256 {info.sha256}). Kantor "
        "menerimanya bersama paket jawaban hub berikutnya; versi lama tetap tersimpan.",
    )
    return EXIT_OK


def _parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"Tanggal tidak sah: {value!r} (format YYYY-MM-DD).", f"Invalid date {value!r}."
        ) from None


def _holiday_json(h: HolidayDay) -> dict[str, Any]:
    return {
        "date": h.day.isoformat(),
        "name": h.name,
        "kind": h.kind,
        "weekday": h.day.isoweekday(),
    }


def _cal_list(cli: Cli) -> int:
    ctx = _optional_context(cli)
    days = rules.holidays(ctx, cli.args.year)
    cli.emit(
        [_holiday_json(h) for h in days],
        lambda: (
            "\n".join(
                f"{h.day.isoformat()}  {KIND_LABELS.get(h.kind, h.kind):<15} {h.name}" for h in days
            )
            or "Tidak ada hari libur tercatat."
        ),
    )
    return EXIT_OK


def _cal_add(cli: Cli) -> int:
    ctx = cli.context()
    h = rules.add_holiday(ctx, _parse_day(cli.args.date), cli.args.name, cli.args.kind)
    cli.emit(_holiday_json(h), f"Hari libur ditambahkan: {h.day.isoformat()} {h.name}.")
    return EXIT_OK


def _cal_remove(cli: Cli) -> int:
    ctx = cli.context()
    h = rules.remove_holiday(ctx, _parse_day(cli.args.date))
    cli.emit(_holiday_json(h), f"Hari libur dihapus: {h.day.isoformat()} {h.name}.")
    return EXIT_OK


def register(groups: Groups) -> None:
    grp = groups.group("rules", "aturan sanksi dan mesin rekomendasi")
    p = grp.add_parser("check", help="rekomendasi sanksi untuk satu kasus (berkas JSON)")
    p.add_argument(
        "--case",
        required=True,
        metavar="FILE.json",
        help='{"category": "PNS", "violations": ["D2"], "prior": [...]}; - = stdin',
    )
    add_json(p)
    set_handler(p, _check)
    p = grp.add_parser("show", help="tampilkan aturan sanksi yang aktif")
    add_json(p)
    set_handler(p, _show)
    p = grp.add_parser("load", help="muat versi aturan sanksi baru (admin)")
    p.add_argument("file", help="berkas aturan JSON dari BKPSDM")
    add_json(p)
    set_handler(p, _load)
    p = grp.add_parser(
        "local-load",
        help="muat lapisan lokal PPPK (Perbup kabupaten; admin, hanya di hub)",
    )
    p.add_argument("file", help="berkas lapisan lokal JSON (kind: pppk-lokal)")
    add_json(p)
    set_handler(p, _local_load)

    cal = groups.group("calendar", "kalender hari libur dan cuti bersama")
    p = cal.add_parser("list", help="daftar hari libur")
    p.add_argument("--year", type=int, help="hanya tahun ini")
    add_json(p)
    set_handler(p, _cal_list)
    p = cal.add_parser("add", help="tambah hari libur (admin)")
    p.add_argument("date", help="YYYY-MM-DD")
    p.add_argument("name", help="nama hari libur")
    p.add_argument("--kind", choices=HOLIDAY_KINDS, default="libur")
    add_json(p)
    set_handler(p, _cal_add)
    p = cal.add_parser("remove", help="hapus hari libur (admin)")
    p.add_argument("date", help="YYYY-MM-DD")
    add_json(p)
    set_handler(p, _cal_remove)
