"""Signing commands: templates, elections, events, and ``pact sign/refuse/void/list``.

The ``pact`` group is shared with the printing commands (``pact print/verify``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.base import EXIT_OK, Cli, Groups, UsageError, add_json, set_handler
from desktop.domain import jsontext
from desktop.services import signing
from desktop.services.signing import setup as signing_setup


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(
            f"Tanggal '{text}' harus berformat YYYY-MM-DD.", f"Date '{text}' must be YYYY-MM-DD."
        ) from exc


def _template_list(cli: Cli) -> int:
    items = signing_setup.list_templates(cli.context())
    data = [
        {
            "id": t.id,
            "code": t.code,
            "version": t.version,
            "title": t.title,
            "audience": t.audience,
            "kind": t.kind,
            "sha256": t.sha256,
            "signatures": t.signatures,
            "latest": t.latest,
        }
        for t in items
    ]
    cli.emit(
        data,
        lambda: (
            "\n".join(
                f"{t.code:<28} v{t.version:<3} {t.audience:<8} {t.sha256[:16]}  {t.title}"
                for t in items
            )
            or "Belum ada templat."
        ),
    )
    return EXIT_OK


def _template_add(cli: Cli) -> int:
    path = Path(cli.args.file)
    try:
        data = jsontext.loads(path.read_text(encoding="utf-8-sig"))  # Notepad/PowerShell BOM
    except (OSError, ValueError) as exc:
        raise UsageError(
            f"Berkas templat {path} tidak dapat dibaca sebagai JSON: {exc}",
            f"Cannot read template file {path}: {exc}",
        ) from exc
    info = signing_setup.create_version(cli.context(), data)
    cli.emit(
        info.to_json(),
        f"Templat {info.code} versi {info.version} dibuat (SHA-256 {info.sha256[:16]}...).",
    )
    return EXIT_OK


def _election_add(cli: Cli) -> int:
    a = cli.args
    info = signing_setup.add_election(cli.context(), a.name, _date(a.date), a.level)
    cli.emit(
        info.to_json(),
        f"Pemilihan dibuat: {info.name} ({info.level}, {info.voting_date:%d-%m-%Y}), id {info.id}",
    )
    return EXIT_OK


def _election_list(cli: Cli) -> int:
    items = signing_setup.list_elections(cli.context())
    cli.emit(
        [e.to_json() for e in items],
        lambda: (
            "\n".join(f"{e.id}  {e.voting_date}  {e.level:<8} {e.name}" for e in items)
            or "Belum ada pemilihan."
        ),
    )
    return EXIT_OK


def _event_create(cli: Cli) -> int:
    a = cli.args
    witnesses = [signing_setup.parse_witness(w) for w in a.witness or []]
    info = signing_setup.create_event(
        cli.context(),
        name=a.name,
        election_id=a.election,
        template_code=a.template,
        event_date=_date(a.date),
        place=a.place,
        unit_codes=a.unit or [],
        witnesses=witnesses,
        confirm_after_voting_day=a.after_voting_day,
    )
    cli.emit(
        info.to_json(),
        f"Acara dibuat: {info.name}, {info.event_date:%d-%m-%Y} di "
        f"{info.place} (templat {info.template_code} v{info.template_version}), "
        f"id {info.id}",
    )
    return EXIT_OK


def _event_edit(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    now = signing_setup.get_event(ctx, a.event)
    witnesses = (
        [signing_setup.parse_witness(w) for w in a.witness]
        if a.witness is not None
        else now.witnesses
    )
    if a.no_witness:
        witnesses = []
    info = signing_setup.update_event(
        ctx,
        now.id,
        name=a.name if a.name is not None else now.name,
        event_date=_date(a.date) if a.date is not None else now.event_date,
        place=a.place if a.place is not None else now.place,
        unit_codes=a.unit if a.unit is not None else now.unit_codes,
        witnesses=witnesses,
        election_id=a.election,
        template_code=a.template,
        date_reason=a.reason or "",
        confirm_after_voting_day=a.after_voting_day,
    )
    note = ""
    if info.event_date != now.event_date and info.records:
        note = f" Tanggal dikoreksi dari {now.event_date:%d-%m-%Y} (alasan dicatat di log audit)."
    cli.emit(
        info.to_json(),
        f"Acara diubah: {info.name}, {info.event_date:%d-%m-%Y} di {info.place}.{note}",
    )
    return EXIT_OK


def _days(e: signing_setup.EventInfo) -> str:
    """Where the pacts carry another date than the event's: the days they were signed on."""
    if not e.signed_on_other_days or e.first_signed is None or e.last_signed is None:
        return ""
    if e.first_signed == e.last_signed:
        return f" [pakta bertanggal {e.first_signed}]"
    return f" [pakta bertanggal {e.first_signed} s.d. {e.last_signed}]"


def _event_list(cli: Cli) -> int:
    items = signing_setup.list_events(cli.context())
    cli.emit(
        [e.to_json() for e in items],
        lambda: (
            "\n".join(f"{e.id}  {e.event_date}  {e.name} ({e.place}){_days(e)}" for e in items)
            or "Belum ada acara."
        ),
    )
    return EXIT_OK


def _event_progress(cli: Cli) -> int:
    rows = signing.progress(cli.context(), cli.args.event)

    def text() -> str:
        lines = [
            f"{r.unit_name:<40} {r.signed:>4} sudah  {r.unsigned:>4} belum  {r.refused:>4} menolak"
            f"  / {r.total}"
            for r in rows
        ]
        doubles = rows[0].double_signings if rows else 0
        if doubles:
            lines.append(
                f"Tanda tangan ganda: {doubles} (dihitung sekali; lihat "
                f"'netra pact doubles --event {cli.args.event}')"
            )
        return "\n".join(lines)

    cli.emit([r.to_json() for r in rows], text)
    return EXIT_OK


def _read_strokes(path_text: str) -> Any:
    path = Path(path_text)
    try:
        return jsontext.loads(path.read_text(encoding="utf-8-sig"))  # Notepad/PowerShell BOM
    except (OSError, ValueError) as exc:
        raise UsageError(
            f"Berkas coretan {path} tidak dapat dibaca sebagai JSON: {exc}",
            f"Cannot read strokes file {path}: {exc}",
        ) from exc


def _person(cli: Cli) -> str:
    a = cli.args
    return signing.find_employee(cli.context(), nip=a.nip, employee_id=a.employee_id)


def _pact_sign(cli: Cli) -> int:
    data = _read_strokes(cli.args.strokes)
    ctx = cli.context()
    result = signing.sign(ctx, cli.args.event, _person(cli), data)
    for warning in result.warnings:
        cli.error(f"peringatan: {warning}")
    cli.emit(result.to_json(), f"Tanda tangan tersimpan: {result.id} (SHA-256 {result.sha256})")
    return EXIT_OK


def _pact_refuse(cli: Cli) -> int:
    result = signing.refuse(cli.context(), cli.args.event, _person(cli), cli.args.reason)
    cli.emit(result.to_json(), f"Penolakan dicatat: {result.id}")
    return EXIT_OK


def _pact_void(cli: Cli) -> int:
    result = signing.void(cli.context(), cli.args.record, cli.args.reason)
    cli.emit(result.to_json(), f"Catatan {cli.args.record} dibatalkan oleh {result.id}")
    return EXIT_OK


def _pact_list(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    if a.unsigned:
        if not a.event:
            raise UsageError("--unsigned memerlukan --event.", "--unsigned needs --event.")
        people = signing.people(ctx, a.event, status="unsigned")
        cli.emit(
            [p.to_json() for p in people],
            lambda: (
                "\n".join(f"{p.nip or '-':<20} {p.name:<40} {p.unit_name}" for p in people)
                or "Semua sudah menandatangani."
            ),
        )
        return EXIT_OK
    records = signing.list_records(ctx, a.event)
    labels = {"signed": "TTD", "refused": "MENOLAK", "void": "BATAL"}
    cli.emit(
        [r.to_json() for r in records],
        lambda: (
            "\n".join(
                f"{r.local_time} {labels[r.kind]:<8}{' (dibatalkan)' if r.voided else ''}"
                f" {r.nip or '-':<20} {r.name}  {r.id}"
                for r in records
            )
            or "Belum ada catatan."
        ),
    )
    return EXIT_OK


def _pact_doubles(cli: Cli) -> int:
    items = signing.double_signings(cli.context(), cli.args.event)

    def side(r: signing.RecordInfo) -> str:
        here = " (laptop ini)" if r.this_device else ""
        return f"laptop {r.laptop}{here} {r.local_time}, catatan {r.id[:8]}, operator {r.operator}"

    cli.emit(
        [d.to_json() for d in items],
        lambda: (
            "\n".join(
                f"{d.nip or '-':<20} {d.name}\n"
                f"    berlaku : {side(d.kept)}\n"
                f"    ganda   : {side(d.later)} -> 'netra pact void {d.later.id} --reason ...'"
                for d in items
            )
            or "Tidak ada tanda tangan ganda."
        ),
    )
    return EXIT_OK


def _add_person(p: Any) -> None:
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--nip", help="NIP pegawai")
    who.add_argument("--employee-id", help="id pegawai")


def register(groups: Groups) -> None:
    tpl = groups.group("template", "templat pakta integritas / ikrar")
    p = tpl.add_parser("list", help="daftar templat dan versinya")
    add_json(p)
    set_handler(p, _template_list)
    p = tpl.add_parser("add", help="buat versi baru templat dari berkas JSON")
    p.add_argument("file")
    add_json(p)
    set_handler(p, _template_add)

    ele = groups.group("election", "pemilu / pilkada")
    p = ele.add_parser("add", help="tambah pemilihan")
    p.add_argument("--name", required=True)
    p.add_argument("--date", required=True, help="hari pemungutan suara, YYYY-MM-DD")
    p.add_argument("--level", choices=signing_setup.LEVELS, default="pilkada")
    add_json(p)
    set_handler(p, _election_add)
    p = ele.add_parser("list", help="daftar pemilihan")
    add_json(p)
    set_handler(p, _election_list)

    evt = groups.group("event", "acara penandatanganan (apel)")
    p = evt.add_parser("create", help="buat acara penandatanganan")
    p.add_argument("--name", required=True)
    p.add_argument("--election", required=True, help="id pemilihan")
    p.add_argument("--template", required=True, help="kode templat (versi terakhir dipakai)")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--place", required=True)
    p.add_argument("--unit", action="append", help="kode unit kerja yang ikut (boleh diulang)")
    p.add_argument("--witness", action="append", help='saksi "Nama|Jabatan[|NIP]" (boleh diulang)')
    p.add_argument(
        "--after-voting-day",
        action="store_true",
        help="konfirmasi tanggal acara sesudah hari pemungutan suara",
    )
    add_json(p)
    set_handler(p, _event_create)
    p = evt.add_parser(
        "edit",
        help="ubah acara (yang tidak disebut tetap); sesudah ada tanda tangan, pemilihan dan "
        "templat tetap, tanggal hanya dapat dikoreksi dengan --reason",
    )
    p.add_argument("event", help="id acara")
    p.add_argument("--name")
    p.add_argument("--election", help="id pemilihan (hanya sebelum ada tanda tangan)")
    p.add_argument("--template", help="kode templat (hanya sebelum ada tanda tangan)")
    p.add_argument("--date", help="YYYY-MM-DD")
    p.add_argument("--place")
    p.add_argument("--unit", action="append", help="kode unit kerja (mengganti daftar)")
    p.add_argument("--witness", action="append", help='saksi "Nama|Jabatan[|NIP]" (mengganti)')
    p.add_argument("--no-witness", action="store_true", help="hapus semua saksi")
    p.add_argument("--reason", help="alasan koreksi tanggal acara yang sudah ada tanda tangannya")
    p.add_argument(
        "--after-voting-day",
        action="store_true",
        help="konfirmasi tanggal acara sesudah hari pemungutan suara",
    )
    add_json(p)
    set_handler(p, _event_edit)
    p = evt.add_parser("list", help="daftar acara")
    add_json(p)
    set_handler(p, _event_list)
    p = evt.add_parser("progress", help="sudah / belum / menolak per unit")
    p.add_argument("--event", required=True)
    add_json(p)
    set_handler(p, _event_progress)

    pact = groups.group("pact", "pakta integritas")
    p = pact.add_parser("sign", help="simpan tanda tangan dari berkas coretan JSON")
    p.add_argument("--event", required=True)
    _add_person(p)
    p.add_argument("--strokes", required=True, help="berkas JSON format coretan")
    add_json(p)
    set_handler(p, _pact_sign)
    p = pact.add_parser("refuse", help="catat penolakan menandatangani")
    p.add_argument("--event", required=True)
    _add_person(p)
    p.add_argument("--reason", required=True)
    add_json(p)
    set_handler(p, _pact_refuse)
    p = pact.add_parser("void", help="batalkan catatan tanda tangan (admin)")
    p.add_argument("record", help="id catatan")
    p.add_argument("--reason", required=True)
    add_json(p)
    set_handler(p, _pact_void)
    p = pact.add_parser("list", help="daftar catatan tanda tangan")
    p.add_argument("--event")
    p.add_argument("--unsigned", action="store_true", help="pegawai yang belum menandatangani")
    add_json(p)
    set_handler(p, _pact_list)
    p = pact.add_parser(
        "doubles",
        help="tanda tangan ganda (orang yang menandatangani di dua laptop): yang kemudian "
        "perlu dibatalkan dengan alasan",
    )
    p.add_argument("--event", help="id acara (tanpa ini: semua acara)")
    add_json(p)
    set_handler(p, _pact_doubles)
