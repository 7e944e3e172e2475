"""``netra event kit`` and ``netra event kit-import``: one event carried to the other kiosks
(issue 17, docs/event-kit.md). Registered into the ``event`` group of desktop/cli/signing.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.cli.base import EXIT_OK, Cli, Groups, add_json, set_handler
from desktop.services.sync import event_kit

STATUS = {
    "imported": "Kit acara diimpor",
    "updated": "Kit acara diimpor; acara diperbarui",
    "unchanged": "Kit acara dibaca; semua datanya sudah ada (tidak ada yang berubah)",
    "duplicate": "Kit acara ini sudah pernah diimpor; tidak ada yang diubah",
}


def _day(iso: str) -> str:
    try:
        return f"{date.fromisoformat(iso):%d-%m-%Y}"
    except ValueError:
        return iso


def _kit(cli: Cli) -> int:
    a = cli.args
    res = event_kit.write_kit(cli.context(), a.event, Path(a.out))
    signer = res.signer
    cli.emit(
        res.to_json(),
        f"Kit acara ditulis: {res.path}\n"
        f"Acara: {res.event_name} ({_day(res.event_date)}), {res.people} orang, "
        f"{res.counts.get('unit', 0)} unit kerja.\n"
        f"Ditandatangani {signer['name']} ({signer['code']}), "
        f"{event_kit.laptop_label(signer)}.\n"
        f"Sidik jari: {signer['fingerprint']}\n"
        "Bacakan sidik jari ini kepada operator kios yang belum mengenal laptop ini.",
    )
    return EXIT_OK


def _kit_import(cli: Cli) -> int:
    a = cli.args
    res = event_kit.import_kit(cli.context(), Path(a.file), a.fingerprint)

    def text() -> str:
        signer = res.signer
        lines = [
            f"{STATUS.get(res.status, res.status)}: {res.event_name} ({_day(res.event_date)}), "
            f"{res.people} orang.",
            f"Dari {signer['name']} ({signer['code']}), {event_kit.laptop_label(signer)}.",
            f"Id acara: {res.event_id}",
        ]
        if res.trusted_now:
            lines.append("Sidik jari cocok: kit berikutnya dari laptop itu diterima langsung.")
        if res.conflicts or res.duplicates or res.held:
            lines.append(
                f"Perhatian: {res.conflicts} konflik, {res.duplicates} data ganda, {res.held} "
                "tertahan; periksa di halaman Sinkronisasi (netra sync conflicts)."
            )
        return "\n".join(lines)

    cli.emit(res.to_json(), text)
    return EXIT_OK


def register(groups: Groups) -> None:
    evt = groups.group("event", "acara penandatanganan (apel)")
    p = evt.add_parser(
        "kit",
        help="tulis kit acara bertanda tangan (acara, pemilihan, templat, saksi, pegawai) "
        "untuk laptop kios lain",
    )
    p.add_argument("--event", required=True, help="id acara")
    p.add_argument("--out", required=True, help=f"berkas kit (.{event_kit.EXTENSION})")
    add_json(p)
    set_handler(p, _kit)
    p = evt.add_parser(
        "kit-import",
        help="impor kit acara dari laptop utama kantor ini atau dari kabupaten",
    )
    p.add_argument("file", help="berkas kit acara")
    p.add_argument(
        "--fingerprint",
        help='sidik jari penanda tangan, dibaca dari layarnya ("XXXX XXXX ..."), bila '
        "laptop ini belum mengenalnya",
    )
    add_json(p)
    set_handler(p, _kit_import)
