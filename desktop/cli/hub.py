"""``netra hub``: the kabupaten hub's coverage per office and unit, and its recap documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import EXIT_OK, Cli, Groups, UsageError, add_json, set_handler
from desktop.services.sync import hub_coverage


def _when(value: str | None) -> str:
    return value[:16].replace("T", " ") + " UTC" if value else "belum pernah"


def _coverage_text(cov: hub_coverage.Coverage) -> str:
    e = cov.election
    lines = [
        f"{e.name} (pemungutan suara {e.voting_date:%d-%m-%Y}), hub {cov.hub_code} {cov.hub_name}",
        f"{'KANTOR':<12} {'NAMA':<34} {'PEGAWAI':>7} {'ASN':>6} {'NON':>5} {'SUDAH':>6} "
        f"{'TOLAK':>5} {'BELUM':>6} {'%':>6}  KIRIMAN TERAKHIR",
    ]
    for o in cov.offices:
        c = o.counts
        flag = "  TIDAK MELAPOR" if o.stale else ""
        lines.append(
            f"{o.office:<12} {o.name[:34]:<34} {c.employees:>7} {c.asn:>6} {c.non_asn:>5} "
            f"{c.signed:>6} {c.refused:>5} {c.unsigned:>6} {c.percent:>5.1f}%  "
            f"{_when(o.last_package_at.isoformat() if o.last_package_at else None)}{flag}"
        )
    t = cov.totals
    lines.append(
        f"{'JUMLAH':<12} {'':<34} {t.employees:>7} {t.asn:>6} {t.non_asn:>5} {t.signed:>6} "
        f"{t.refused:>5} {t.unsigned:>6} {t.percent:>5.1f}%"
    )
    if cov.not_reporting:
        lines.append(
            f"Tidak mengirim paket lebih dari {cov.stale_days} hari atau belum pernah: "
            + ", ".join(f"{o.office} {o.name}" for o in cov.not_reporting)
        )
    return "\n".join(lines)


def _coverage(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    if a.stale_days is not None:
        hub_coverage.set_stale_days(ctx, a.stale_days)
    cov = hub_coverage.coverage(ctx, a.election)
    cli.emit(cov.to_json(), lambda: _coverage_text(cov))
    return EXIT_OK


def _unsigned(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    election = a.election or hub_coverage.coverage(ctx).election.id
    found = hub_coverage.people(ctx, election, a.office, unit_code=a.unit, status=a.status)
    cli.emit(
        [p.to_json() for p in found],
        lambda: (
            "\n".join(
                f"{p.unit_code:<16} {(p.nip or '-'):<18} {p.name[:40]:<40} {p.category:<8} {p.status}"
                for p in found
            )
            or "Tidak ada pegawai."
        ),
    )
    return EXIT_OK


def _out(path: str) -> Path:
    out = Path(path)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(
            f"Berkas keluaran '{path}' harus berakhiran .pdf atau .xlsx.",
            "The output file must end in .pdf or .xlsx.",
        )
    return out


def _recap(cli: Cli) -> int:
    from desktop.services.sync import hub_recap

    ctx = cli.context()
    result = hub_recap.election_recap(ctx, cli.args.election, _out(cli.args.out))
    cli.emit(result.to_json(), result.describe())
    return EXIT_OK


def _case_recap(cli: Cli) -> int:
    from desktop.services.sync import hub_recap

    ctx = cli.context()
    result = hub_recap.case_recap(ctx, _out(cli.args.out), office=cli.args.office)
    cli.emit(result.to_json(), result.describe())
    return EXIT_OK


def _days(text: str) -> int:
    try:
        return int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' bukan jumlah hari") from exc


def register(groups: Groups) -> None:
    g = groups.group("hub", "hub kabupaten: cakupan penandatanganan per kantor dan rekap")
    p = g.add_parser(
        "coverage",
        help="cakupan penandatanganan pakta per kantor dan unit untuk satu pemilihan",
    )
    p.add_argument("--election", metavar="ID", help="pemilihan (bawaan: yang terbaru)")
    p.add_argument(
        "--stale-days",
        type=_days,
        metavar="N",
        help="simpan batas hari tanpa kiriman paket sebelum kantor dianggap tidak melapor "
        f"(bawaan {hub_coverage.STALE_DAYS_DEFAULT})",
    )
    add_json(p)
    set_handler(p, _coverage)

    p = g.add_parser("people", help="pegawai satu kantor (atau unit) beserta status pakta")
    p.add_argument("--office", required=True, metavar="KODE", help="kode kantor, mis. 81.08.06")
    p.add_argument("--unit", metavar="KODE", help="kode unit kerja")
    p.add_argument("--election", metavar="ID", help="pemilihan (bawaan: yang terbaru)")
    p.add_argument("--status", choices=("signed", "refused", "unsigned"), help="hanya status ini")
    add_json(p)
    set_handler(p, _unsigned)

    p = g.add_parser(
        "recap", help="rekap pemilihan untuk Bupati/BKN: PDF (kop BKPSDM, grafik) atau .xlsx"
    )
    p.add_argument("--election", required=True, metavar="ID", help="pemilihan")
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="berkas keluaran")
    add_json(p)
    set_handler(p, _recap)

    p = g.add_parser("case-recap", help="rekap semua laporan dari semua kantor: PDF atau .xlsx")
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="berkas keluaran")
    p.add_argument("--office", metavar="KODE", help="hanya laporan satu kantor")
    add_json(p)
    set_handler(p, _case_recap)
