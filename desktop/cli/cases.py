"""``netra case ...``: violation reports from intake to decision and follow-up."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.base import EXIT_OK, Cli, Groups, UsageError, add_json, set_handler
from desktop.domain import sanctions, workflow
from desktop.domain.case_view import FollowUpSetting
from desktop.domain.explanation import explanation_lines
from desktop.services import cases
from desktop.services.cases import deadlines as case_deadlines
from desktop.services.cases import documents as case_documents
from desktop.services.cases import evidence as case_evidence
from desktop.services.cases import exam as case_exam
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.office import office_today


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"tanggal '{text}' tidak sah: gunakan format TTTT-BB-HH, mis. 2024-10-07"
        ) from exc


def _today(cli: Cli) -> date | None:
    return getattr(cli.args, "today", None)


# ---------------------------------------------------------------------------- text output
def _case_line(c: dict[str, Any]) -> str:
    due = c["deadline"]
    flag = " TERLAMBAT" if due["overdue"] else ""
    due_text = f" tenggat {due['due']}" if due["due"] else ""
    codes = ",".join(c["proven_codes"] or c["alleged_codes"]) or "-"
    return (
        f"{c['number']:<20} {c['state_label']:<15} {c['received']}  "
        f"{(c['reported_name'] or '-')[:32]:<32} {codes:<10}{due_text}{flag}"
    )


def _show_text(c: dict[str, Any]) -> str:
    lines = [
        f"Laporan {c['number']} — {c['state_label']}",
        f"  Sumber: {workflow.SOURCE_LABELS_ID.get(c['source'], c['source'])}; pelapor: "
        f"{'anonim' if c['anonymous'] else c['reporter_name']}"
        + (f" ({c['reporter_contact']})" if c.get("reporter_contact") else ""),
        f"  Diterima: {c['received']}",
        f"  Terlapor: {c['reported_name']} ({c['reported_unit'] or '-'})"
        + (f", {c['employee']['category']}" if c["employee"] else ", belum ditautkan"),
        f"  Kejadian: {c['act_place'] or '-'}, {c['act_date'] or '-'}",
        f"  Uraian: {c['description']}",
        f"  Dugaan: {', '.join(c['alleged_codes']) or '-'}; terbukti: "
        f"{', '.join(c['proven_codes']) or '-'}",
    ]
    due = c["deadline"]
    if due["due"]:
        lines.append(
            f"  Tenggat: {due['label']} {due['due']}" + (" — TERLAMBAT" if due["overdue"] else "")
        )
    lines.append("  Riwayat:")
    for s in c["timeline"]:
        when = s["at"].strftime("%Y-%m-%d %H:%M") if hasattr(s["at"], "strftime") else s["at"]
        proven = f" [terbukti: {', '.join(s['proven_codes'])}]" if s["proven_codes"] else ""
        lines.append(f"    {when} {s['to_label']:<15} oleh {s['actor']}: {s['note']}{proven}")
    for e in c["evidence"]:
        lines.append(
            f"  Bukti: {e['filename']} ({e['mime']}, {e['size']:,} bita) sha256 {e['sha256'][:16]}…"
        )
    if c["recommendation"]:
        out = c["recommendation"]["output"]
        lines.append(
            f"  Rekomendasi: jalur {out.get('track')}, tingkat {out.get('level')}, "
            f"minimal {out.get('minimum_type')}, pilihan {out.get('allowed_types')}, "
            f"moral {out.get('moral')}"
        )
    if c["decision"]:
        d = c["decision"]
        lines.append(
            f"  Keputusan: {d['sanction_label']} — SK {d['sk_number']} "
            f"({d['sk_date']})"
            + (f", berlaku {d['effective_date']}" if d["effective_date"] else "")
            + (f" s.d. {d['end_date']}" if d["end_date"] else "")
        )
    if c["next_states"]:
        lines.append(f"  Tahap berikut: {', '.join(c['next_states'])}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- handlers
def _new(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    intake = cases.Intake(
        source=a.source,
        received=a.received or office_today(ctx),  # the office's day, not the laptop's
        description=a.description or "",
        reporter_name=a.reporter or "",
        reporter_contact=a.contact or "",
        anonymous=bool(a.anonymous),
        employee_id=a.employee_id,
        nip=a.nip,
        reported_name=a.reported_name or "",
        reported_unit=a.reported_unit or "",
        act_place=a.place or "",
        act_date=a.act_date,
        alleged_codes=workflow.parse_codes(a.code or []),
    )
    files = [Path(p) for p in a.evidence or []]
    for path in files:  # check every file before anything is written
        if not path.is_file():
            raise UsageError(
                f"Berkas bukti '{path}' tidak ditemukan.", f"Evidence file '{path}' not found."
            )
        case_evidence.check_file(path.name, path.read_bytes())
    change = cases.new_case(ctx, intake, files=files)
    result = cases.show(ctx, change.case_id).to_json()
    cli.emit(
        result,
        lambda: f"Laporan {result['number']} dicatat (tahap diterima).\n" + _show_text(result),
    )
    return EXIT_OK


def _follow_up_days(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    setting: FollowUpSetting
    if a.days is not None or a.rulebook:
        setting = case_exam.set_follow_up_days(ctx, None if a.rulebook else a.days)
    else:
        setting = cases.follow_up_setting(ctx)
    result = setting.to_json()
    counting = "hari kerja" if result["counting"] == "working" else "hari kalender"
    source = "pengaturan kantor ini" if result["from_setting"] else "aturan sanksi"

    def text() -> str:
        lines = [f"Tenggat tindak lanjut PPK: {result['days']} {counting} (menurut {source})."]
        return "\n".join(lines + [f"  ! {w}" for w in result["warnings"]])

    cli.emit(result, text)
    return EXIT_OK


def _advance(cli: Cli) -> int:
    a = cli.args
    proven = workflow.parse_codes(a.proven) if a.proven is not None else None
    ctx = cli.context()
    change = cases.advance(ctx, a.id, a.to, a.note or "", proven, delivered=a.delivered)
    result = cases.show(ctx, change.case_id).to_json()
    cli.emit(result, lambda: f"Laporan {result['number']} kini pada tahap {result['state_label']}.")
    return EXIT_OK


def _recommend(cli: Cli) -> int:
    rec = case_sanctions.recommend(cli.context(), cli.args.id).to_json()
    out = rec["output"]

    def text() -> str:
        lines = [
            f"Rekomendasi ({rec['rulebook']}, sha256 {rec['rulebook_sha256'][:16]}…):",
            f"  jalur {out.get('track')}, tingkat {out.get('level')}, jenis minimal "
            f"{out.get('minimum_type')}, pilihan {out.get('allowed_types')}, moral "
            f"{out.get('moral')}",
        ]
        lines += [f"  ! {w}" for w in out.get("warnings", [])]
        lines += [f"  - {line}" for line in explanation_lines(out)]
        return "\n".join(lines)

    cli.emit(rec, text)
    return EXIT_OK


def _decide(cli: Cli) -> int:
    a = cli.args
    result = case_sanctions.decide(
        cli.context(),
        a.id,
        a.type,
        a.sk_number,
        a.sk_date,
        decided_by=a.decided_by or "",
        justification=a.justification or "",
        delivered=a.delivered,
        moral=a.moral,
    ).to_json()

    def text() -> str:
        line = f"Keputusan dicatat: {result['sanction_label']} (SK {result['sk_number']})"
        if result["delivery_due"]:
            line += f"; paling lambat disampaikan {result['delivery_due']}"
        if result["effective_date"]:
            line += f"; berlaku {result['effective_date']}"
        if result["end_date"]:
            line += f" s.d. {result['end_date']}"
        return line + "."

    cli.emit(result, text)
    return EXIT_OK


def _show(cli: Cli) -> int:
    result = cases.show(cli.context(), cli.args.id, today=_today(cli)).to_json()
    cli.emit(result, lambda: _show_text(result))
    return EXIT_OK


def _list(cli: Cli) -> int:
    a = cli.args
    rows = cases.list_cases(
        cli.context(),
        state=a.state,
        overdue=a.overdue,
        unit=a.unit,
        code=a.code,
        today=_today(cli),
        office=a.office,
        category=a.category,
    )
    if a.counts:
        counts = cases.case_counts(rows)
        cli.emit(counts, lambda: _counts_text(counts))
        return EXIT_OK
    many = len({r["office"] for r in rows}) > 1
    cli.emit(
        rows,
        lambda: (
            "\n".join((f"{r['office']:<10} " if many else "") + _case_line(r) for r in rows)
            or "Tidak ada laporan."
        ),
    )
    return EXIT_OK


def _counts_text(counts: dict[str, Any]) -> str:
    lines = [f"Jumlah laporan: {counts['total']} ({counts['overdue']} melewati tenggat)"]
    for title, key in (
        ("Per tahap", "by_state"),
        ("Per kode", "by_code"),
        ("Per kantor", "by_office"),
    ):
        parts = ", ".join(f"{k}: {v}" for k, v in counts[key].items()) or "-"
        lines.append(f"{title}: {parts}")
    return "\n".join(lines)


def _schedule(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    change = case_deadlines.schedule_examination(
        ctx, a.id, a.summons, a.examination, a.note or "", time=a.time, place=a.place
    )
    result = cases.show(ctx, change.case_id).to_json()
    cli.emit(
        result,
        lambda: f"Laporan {result['number']}: panggilan {a.summons}, pemeriksaan {a.examination}.",
    )
    return EXIT_OK


def _link(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    change = cases.link_employee(ctx, a.id, employee_id=a.employee_id, nip=a.nip)
    result = cases.show(ctx, change.case_id).to_json()
    cli.emit(result, lambda: f"Laporan {result['number']} ditautkan ke {result['reported_name']}.")
    return EXIT_OK


def _evidence_add(cli: Cli) -> int:
    a = cli.args
    result = case_evidence.add(cli.context(), a.id, a.file, a.description or "").to_json()
    cli.emit(
        result,
        lambda: (
            f"Bukti {result['filename']} ({result['mime']}) disimpan, sha256 {result['sha256']}."
        ),
    )
    return EXIT_OK


def _pdf(cli: Cli) -> int:
    out = Path(cli.args.out)
    written = case_documents.write_pdf(cli.context(), cli.args.id, cli.args.kind, out)
    cli.emit(written.to_json(), f"PDF ditulis: {out} ({written.size:,} bita).")
    return EXIT_OK


# ---------------------------------------------------------------------------- parser
def register(groups: Groups) -> None:
    g = groups.group("case", "laporan dugaan pelanggaran netralitas")
    today_help = "hitung tenggat seolah hari ini tanggal ini (TTTT-BB-HH)"

    p = g.add_parser("new", help="catat laporan baru")
    p.add_argument("--source", required=True, choices=workflow.SOURCES)
    p.add_argument("--reporter", help="nama pelapor")
    p.add_argument("--anonymous", action="store_true", help="pelapor anonim")
    p.add_argument("--contact", help="kontak pelapor (rahasia: tidak pernah dicetak)")
    p.add_argument("--received", type=_date, help="tanggal diterima (bawaan: hari ini)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--nip", help="NIP terlapor dari daftar pegawai")
    who.add_argument("--employee-id", help="ID pegawai terlapor")
    who.add_argument("--reported-name", help="nama terlapor bila tidak ada di daftar pegawai")
    p.add_argument("--reported-unit", help="unit kerja terlapor (bila nama bebas)")
    p.add_argument("--place", help="tempat kejadian")
    p.add_argument("--act-date", type=_date, help="tanggal kejadian")
    p.add_argument("--description", required=True, help="uraian kejadian")
    p.add_argument("--code", action="append", help="kode dugaan pelanggaran (bisa diulang)")
    p.add_argument("--evidence", action="append", help="berkas bukti (bisa diulang)")
    add_json(p)
    set_handler(p, _new)

    p = g.add_parser("advance", help="pindahkan laporan ke tahap berikut")
    p.add_argument("id", help="ID atau nomor laporan")
    p.add_argument("--to", required=True, choices=workflow.STATES)
    p.add_argument("--proven", help="kode yang terbukti, mis. D2,E4")
    p.add_argument("--note", help="catatan")
    p.add_argument(
        "--delivered", type=_date, help="tanggal SK disampaikan (saat ke tahap tindak_lanjut)"
    )
    add_json(p)
    set_handler(p, _advance)

    p = g.add_parser("recommend", help="buat rekomendasi sanksi dengan mesin aturan")
    p.add_argument("id")
    add_json(p)
    set_handler(p, _recommend)

    p = g.add_parser("decide", help="catat keputusan (SK) pejabat berwenang")
    p.add_argument("id")
    p.add_argument("--type", required=True, choices=sanctions.ALL_TYPES)
    p.add_argument("--sk-number", required=True)
    p.add_argument("--sk-date", required=True, type=_date)
    p.add_argument("--justification", help="alasan tertulis bila di luar rentang rekomendasi")
    p.add_argument("--decided-by", help="pejabat yang memutuskan")
    p.add_argument("--delivered", type=_date, help="tanggal SK disampaikan")
    p.add_argument("--moral", choices=("tertutup", "terbuka"), help="sanksi moral pendamping")
    add_json(p)
    set_handler(p, _decide)

    p = g.add_parser("show", help="tampilkan laporan dan riwayatnya")
    p.add_argument("id")
    p.add_argument("--today", type=_date, help=today_help)
    add_json(p)
    set_handler(p, _show)

    p = g.add_parser("list", help="daftar laporan")
    p.add_argument("--state", choices=workflow.STATES)
    p.add_argument("--overdue", action="store_true", help="hanya yang melewati tenggat")
    p.add_argument("--unit", help="bagian nama unit kerja terlapor")
    p.add_argument("--code", help="kode pelanggaran")
    p.add_argument("--office", metavar="KODE", help="hanya laporan dari kantor ini (di hub)")
    p.add_argument(
        "--category",
        choices=("PNS", "CPNS", "PPPK", "NON_ASN"),
        type=str.upper,
        help="kategori pegawai terlapor",
    )
    p.add_argument(
        "--counts",
        action="store_true",
        help="hanya jumlah laporan per tahap, per kode dan per kantor",
    )
    p.add_argument("--today", type=_date, help=today_help)
    add_json(p)
    set_handler(p, _list)

    p = g.add_parser("schedule", help="catat tanggal panggilan dan pemeriksaan")
    p.add_argument("id")
    p.add_argument("--summons", required=True, type=_date, help="tanggal surat panggilan")
    p.add_argument("--examination", required=True, type=_date, help="tanggal pemeriksaan")
    p.add_argument("--time", help="pukul pemeriksaan, JJ.MM (dicetak di surat panggilan)")
    p.add_argument("--place", help="tempat pemeriksaan (bawaan: tempat kantor)")
    p.add_argument("--note")
    add_json(p)
    set_handler(p, _schedule)

    p = g.add_parser("link", help="tautkan terlapor ke daftar pegawai")
    p.add_argument("id")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--nip")
    who.add_argument("--employee-id")
    add_json(p)
    set_handler(p, _link)

    ev = g.add_parser("evidence", help="berkas bukti").add_subparsers(
        dest="evidence_command", metavar="COMMAND", required=True
    )
    p = ev.add_parser("add", help="tambahkan berkas bukti")
    p.add_argument("id")
    p.add_argument("file")
    p.add_argument("--description")
    add_json(p)
    set_handler(p, _evidence_add)

    p = g.add_parser(
        "follow-up-days",
        help="tenggat tindak lanjut PPK setelah rekomendasi BKN: lihat atau ubah (admin)",
    )
    days = p.add_mutually_exclusive_group()
    days.add_argument("days", nargs="?", type=int, help="jumlah hari (1-365)")
    days.add_argument(
        "--rulebook", action="store_true", help="kembali ke tenggat menurut aturan sanksi"
    )
    add_json(p)
    set_handler(p, _follow_up_days)

    p = g.add_parser("pdf", help="cetak ringkasan laporan atau nota dinas rekomendasi")
    p.add_argument("id")
    p.add_argument("--out", required=True)
    p.add_argument("--kind", choices=("summary", "recommendation"), default="summary")
    add_json(p)
    set_handler(p, _pdf)
