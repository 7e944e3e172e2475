"""``netra pact print`` and ``netra pact verify`` (the ``pact`` group is shared with signing)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import EXIT_CHECK_FAILED, EXIT_OK, Cli, Groups, add_json, set_handler
from desktop.services import printing, roster


def _print(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    person = a.nip or a.person
    employee_id = roster.find_person(ctx, person, active_only=True).id if person else None
    sel = printing.Selection(
        event_id=a.event, unit_code=a.unit, employee_id=employee_id, everything=a.all
    )
    result = printing.print_to_file(ctx, sel, Path(a.out), paper=a.paper, recap=a.recap)
    what = "daftar penandatanganan" if result.recap else "pakta"
    cli.emit(
        result.to_json(),
        f"{result.pages} halaman {what} ({result.paper.upper()}) ditulis ke {result.out}: "
        f"{result.signed} telah menandatangani, {result.not_signed} belum, "
        f"{result.refused} menolak ({result.bytes // 1024} KB, {result.seconds:.1f} detik).",
    )
    return EXIT_OK


def _verify(cli: Cli) -> int:
    ctx = cli.context()
    result = printing.verify(ctx, cli.args.text)
    cli.emit(result.to_json(), result.describe)
    if not result.valid:
        cli.error(result.reasons[0] if result.reasons else "kode tidak sah")
        return EXIT_CHECK_FAILED
    return EXIT_OK


def register(groups: Groups) -> None:
    pact = groups.group("pact", "pakta integritas: tanda tangan, cetak, verifikasi")
    p = pact.add_parser(
        "print",
        help="cetak pakta bertanda tangan (satu halaman per pakta) "
        "atau daftar penandatanganan (--recap) ke satu PDF",
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF keluaran")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="ID", help="semua pakta satu acara penandatanganan")
    which.add_argument(
        "--unit", metavar="CODE", help="pakta pegawai satu unit kerja (dan sub-unit)"
    )
    which.add_argument(
        "--nip",
        metavar="NIP",
        help='pakta satu pegawai (NIP seperti tercetak: "19750427 199904 1 001")',
    )
    which.add_argument(
        "--person",
        metavar="TEKS",
        help="pakta satu pegawai: id (roster list --json), NIP, NIK, atau nama (pegawai non-ASN)",
    )
    which.add_argument("--all", action="store_true", help="semua pakta")
    p.add_argument(
        "--paper",
        choices=("a4", "f4"),
        type=str.lower,
        help="ukuran kertas (bawaan: pengaturan kantor)",
    )
    p.add_argument(
        "--recap",
        action="store_true",
        help="cetak daftar penandatanganan (rekap) alih-alih halaman pakta",
    )
    add_json(p)
    set_handler(p, _print)

    v = pact.add_parser(
        "verify",
        help="periksa kode QR atau kode pendek pada pakta tercetak",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Keluar 0 bila sah; 1 bila tanda tangan tidak cocok, rekaman "
        "berbeda dengan basis data, atau pakta telah dibatalkan.",
    )
    v.add_argument("text", metavar="TEXT", help="teks kode QR (NETRA1...) atau kode pendek")
    add_json(v)
    set_handler(v, _verify)
