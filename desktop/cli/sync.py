"""``netra sync ...``: enrolment, export, import, status, conflicts (USB sync with the hub)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_CHECK_FAILED,
    EXIT_OK,
    Cli,
    Groups,
    add_json,
    set_handler,
)
from desktop.services import anchor as sync_anchor
from desktop.services import sync
from desktop.services.sync import folder as sync_folder


def _enroll_request(cli: Cli) -> int:
    info = sync.write_request(cli.context(), Path(cli.args.out))
    cli.emit(
        info.to_json(),
        f"Permintaan pendaftaran kantor {info.office} ditulis ke {info.path}.\n"
        f"Sidik jari (bacakan ke operator kabupaten): {info.fingerprint}",
    )
    return EXIT_OK


def _enroll(cli: Cli) -> int:
    ctx = cli.context()
    who = sync.read_request(Path(cli.args.file))
    if cli.args.fingerprint is None and not cli.args.yes:
        cli.error(f"kantor {who['code']} {who['name']}, sidik jari {who['fingerprint']}")
    result = sync.enrol(
        ctx,
        Path(cli.args.file),
        Path(cli.args.out),
        cli.args.fingerprint,
        confirmed=cli.args.yes,
        additional=cli.args.additional_device,
        replace=cli.args.replace_device,
        kiosk=cli.args.kiosk,
    )
    what = {
        "additional": "sebagai laptop tambahan",
        "kiosk": "sebagai kiosk laptop utama ini",
        "replace": f"sebagai pengganti perangkat {str(result.replaced)[:8]}",
        "same": "ulang (laptop yang sama)",
    }.get(result.mode, "")
    cli.emit(
        result.to_json(),
        f"Kantor {who['code']} {who['name']} terdaftar {what} (sidik jari "
        f"{who['fingerprint']}, perangkat {result.device_id[:8]}).\n"
        f"Jawaban pendaftaran: {result.answer_path}",
    )
    return EXIT_OK


def _enroll_accept(cli: Cli) -> int:
    info = sync.accept(cli.context(), Path(cli.args.answer), replace_main=cli.args.replace_main)
    if info.role == "main":
        text = (
            f"Terdaftar sebagai kiosk laptop utama kantor {info.hub} (perangkat "
            f"{info.device or 'laptop awal'}). Sidik jari laptop utama: {info.fingerprint}"
        )
    else:
        text = f"Terdaftar di {info.hub} {info.hub_name}. Sidik jari kabupaten: {info.fingerprint}"
    cli.emit(info.to_json(), text)
    return EXIT_OK


def _describe_export(results: list[sync.ExportResult]) -> str:
    lines = []
    for r in results:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(r.counts.items()) if v) or "kosong"
        who = f"{r.peer} perangkat {r.device}" if r.device else r.peer
        lines.append(f"{r.path}\n  untuk {who}, urutan {r.seq}, {r.size} bita: {counts}")
    return "\n".join(lines)


def _export(cli: Cli) -> int:
    results = sync.export(
        cli.context(), Path(cli.args.out), full=cli.args.full, office=cli.args.office
    )
    data: Any = [r.to_json() for r in results]
    cli.emit({"packages": data}, lambda: _describe_export(results))
    return EXIT_OK


def _import(cli: Cli) -> int:
    ctx = cli.context()
    outcomes = sync.import_files(ctx, [Path(f) for f in cli.args.files])
    cli.emit(
        {"results": [o.to_json() for o in outcomes]},
        lambda: "\n".join(o.summary() for o in outcomes),
    )
    bad = [o for o in outcomes if o.status == "rejected"]
    for o in bad:
        cli.error(f"{Path(o.file).name} ditolak ({o.reason}): {o.message}")
    # A signed package refused for what it claims (authority, chain heads, a disguised
    # evidence file) is a refused action: 2. A damaged or foreign file: a failed check, 1.
    if any(o.reason in sync.ALERT_REASONS for o in bad):
        return EXIT_BAD_INPUT
    return EXIT_CHECK_FAILED if bad else EXIT_OK


def _review(cli: Cli) -> int:
    outcome = sync.review(cli.context(), Path(cli.args.file))
    cli.emit(outcome.to_json(), outcome.summary())
    return EXIT_CHECK_FAILED if outcome.status == "rejected" else EXIT_OK


def _describe_status(st: sync.SyncStatus) -> str:
    lines = [
        f"{st.office} {st.name} ({st.role}), sidik jari {st.fingerprint}",
        f"Konflik terbuka: {st.open_conflicts}",
    ]
    for r in st.refusals:
        lines.append(
            f"PERINGATAN: paket {r.file} dari {r.office} (urutan {r.seq}) ditolak "
            f"({r.reason}): {r.message}"
        )
    for p in st.peers:
        gaps = ", ".join(map(str, p.gaps)) or "-"
        device = (
            f" / {p.device_name or p.device or 'laptop awal'}"
            if p.role in ("office", "kiosk", "main")
            else ""
        )
        lines.append(
            f"- {p.office} {p.name}{device} [{p.role}, {p.status}]: paket terakhir "
            f"{p.last_package or '-'} (urutan {p.sequence}), celah: {gaps}, konflik: "
            f"{p.pending_conflicts}, data kita belum diakui: {p.pending_records}"
        )
    return "\n".join(lines)


def _status(cli: Cli) -> int:
    st = sync.status(cli.context())
    cli.emit(st.to_json(), lambda: _describe_status(st))
    return EXIT_OK


def _conflicts(cli: Cli) -> int:
    items = sync.conflicts(cli.context(), include_resolved=cli.args.all)

    def text() -> str:
        if not items:
            return "Tidak ada konflik terbuka."
        return "\n".join(
            f"{c.id[:8]} {c.kind:<9} {c.entity} {c.entity_id[:8]} dari "
            f"{c.incoming_origin}: sementara dipakai versi "
            f"{'di sini' if c.provisional_winner == 'local' else 'masuk'} — {c.reason}"
            for c in items
        )

    cli.emit({"conflicts": [c.to_json() for c in items]}, text)
    return EXIT_OK


def _resolve(cli: Cli) -> int:
    c = sync.resolve(cli.context(), cli.args.id, cli.args.keep)
    cli.emit(
        c.to_json(),
        f"Konflik {c.id[:8]} diselesaikan: dipakai versi "
        f"{'di sini' if c.resolution == 'local' else 'masuk'}.",
    )
    return EXIT_OK


def _refusals(cli: Cli) -> int:
    items = sync.refusals(cli.context(), include_acknowledged=cli.args.all)

    def text() -> str:
        if not items:
            return "Tidak ada paket yang ditolak."
        return "\n".join(
            f"{r.id[:8]} {r.detected_local} {r.office} urutan {r.seq} "
            f"{r.file}: {r.reason} — {r.message}"
            + (f" (dilihat {r.acknowledged_by})" if r.acknowledged_at else "")
            for r in items
        )

    cli.emit({"refusals": [r.to_json() for r in items]}, text)
    return EXIT_OK


def _refusal_seen(cli: Cli) -> int:
    r = sync.acknowledge_refusal(cli.context(), cli.args.id)
    cli.emit(r.to_json(), f"Peringatan paket {r.file} dari {r.office} ditandai sudah dilihat.")
    return EXIT_OK


def _checkpoint(cli: Cli) -> int:
    ctx = cli.context()
    if cli.args.check:
        result = sync_anchor.checkpoint_problems(ctx, Path(cli.args.check))

        def text() -> str:
            head = f"Titik periksa {result['created_at']} (SHA-256 {result['sha256']})"
            if result["ok"]:
                return f"{head}: semua rantai masih cocok."
            return "\n".join(
                [f"{head}: TIDAK COCOK"]
                + [f"- {p['chain']}: {p['message']}" for p in result["problems"]]
            )

        cli.emit(result, text)
        return EXIT_OK if result["ok"] else EXIT_CHECK_FAILED
    info = sync_anchor.write_checkpoint(ctx, Path(cli.args.out))
    cli.emit(
        info.to_json(),
        f"Titik periksa rantai bukti {info.office} ditulis ke {info.path}.\n"
        f"SHA-256: {info.sha256}\n"
        "Catat kode ini di atas kertas (atau kirim ke kabupaten) dan simpan berkasnya di "
        "luar laptop ini.",
    )
    return EXIT_OK


def _revoke(cli: Cli) -> int:
    info = sync.revoke(cli.context(), cli.args.code)
    cli.emit(info.to_json(), f"Pendaftaran {info.office} dicabut.")
    return EXIT_OK


def _folder(cli: Cli) -> int:
    ctx = cli.context()
    if cli.args.set is not None:
        sync_folder.configure(ctx, cli.args.set or None)
    if cli.args.watch:
        return _watch(cli, ctx)
    result = sync_folder.run_once(ctx) if cli.args.run else sync_folder.describe(ctx)
    cli.emit(result.to_json(), lambda: sync_folder.text(result))
    return EXIT_OK


def _watch(cli: Cli, ctx: Any) -> int:
    """Run the folder sync again and again (every few seconds between a kiosk and its main
    laptop) until Ctrl+C or ``--rounds``; one line (or JSON document) per pass that did
    something."""
    import time

    done = 0
    try:
        while cli.args.rounds is None or done < cli.args.rounds:
            result = sync_folder.run_once(ctx)
            done += 1
            if result.exported or result.imported or result.error:
                cli.emit(result.to_json(), sync_folder.text(result))
            if cli.args.rounds is None or done < cli.args.rounds:
                time.sleep(sync_folder.interval_seconds(ctx))
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def register(groups: Groups) -> None:
    sub = groups.group("sync", "sinkronisasi lewat flashdisk dengan kabupaten")

    def cmd(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        add_json(p)
        return p

    p = cmd("enroll-request", "kantor: tulis permintaan pendaftaran")
    p.add_argument("--out", required=True, help="berkas permintaan yang ditulis")
    set_handler(p, _enroll_request)
    p = cmd("enroll", "hub: daftarkan kantor dari berkas permintaannya")
    p.add_argument("file", help="berkas permintaan dari kantor")
    p.add_argument("--out", required=True, help="berkas jawaban yang ditulis")
    p.add_argument("--fingerprint", help="sidik jari yang dibacakan kantor (dibandingkan)")
    p.add_argument("--yes", action="store_true", help="sidik jari sudah dibandingkan")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--additional-device",
        action="store_true",
        help="kantor sudah punya perangkat: ini laptop tambahan (mis. kiosk kedua)",
    )
    which.add_argument(
        "--replace-device", metavar="ID", help="kantor sudah punya perangkat: ini penggantinya"
    )
    which.add_argument(
        "--kiosk",
        action="store_true",
        help="laptop utama kantor: daftarkan laptop kantor yang sama sebagai kiosk di sini "
        "(di hub: laptop berkode kabupaten ini menjadi kiosk kabupaten; laptop kantor: sama "
        "dengan --additional-device)",
    )
    set_handler(p, _enroll)
    p = cmd("enroll-accept", "kantor: terima jawaban pendaftaran dari hub")
    p.add_argument("answer", help="berkas jawaban dari kabupaten (atau dari laptop utama)")
    p.add_argument(
        "--replace-main",
        action="store_true",
        help="kiosk: laptop utama kantor diganti; jawaban ini dari laptop utama yang baru",
    )
    set_handler(p, _enroll_accept)
    p = cmd(
        "export",
        "tulis paket (kantor -> hub dan kiosk <-> laptop utama, atau jawaban hub -> kantor)",
    )
    p.add_argument("--out", required=True, help="folder tujuan (mis. flashdisk)")
    p.add_argument("--full", action="store_true", help="semua data, bukan hanya yang baru")
    p.add_argument("--office", help="hub: hanya untuk kantor ini")
    set_handler(p, _export)
    p = cmd("import", "impor satu atau beberapa paket")
    p.add_argument("files", nargs="+", help="berkas .netrasync")
    set_handler(p, _import)
    p = cmd("review", "tampilkan apa yang akan diubah paket tanpa menerapkannya")
    p.add_argument("file")
    set_handler(p, _review)
    set_handler(cmd("status", "status per kantor: paket terakhir, urutan, celah, konflik"), _status)
    p = cmd("conflicts", "daftar konflik dan peringatan")
    p.add_argument("--all", action="store_true", help="termasuk yang sudah diselesaikan")
    set_handler(p, _conflicts)
    p = cmd("resolve", "selesaikan satu konflik")
    p.add_argument("id", help="id konflik (boleh awalannya)")
    p.add_argument("--keep", required=True, choices=("local", "incoming"))
    set_handler(p, _resolve)
    p = cmd("refusals", "paket yang ditolak karena isinya (peringatan)")
    p.add_argument("--all", action="store_true", help="termasuk yang sudah dilihat")
    set_handler(p, _refusals)
    p = cmd("refusal-seen", "tandai peringatan paket ditolak sudah dilihat")
    p.add_argument("id", help="id peringatan (boleh awalannya)")
    set_handler(p, _refusal_seen)
    p = cmd("checkpoint", "tulis titik periksa rantai bukti yang ditandatangani (atau periksa)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--out", help="berkas titik periksa yang ditulis")
    which.add_argument("--check", help="periksa rantai sekarang terhadap berkas ini")
    set_handler(p, _checkpoint)
    p = cmd("revoke", "hub: cabut pendaftaran kantor")
    p.add_argument("code")
    set_handler(p, _revoke)
    p = cmd("folder", "folder sinkronisasi otomatis (share jaringan / folder awan)")
    p.add_argument("--set", help="atur folder ('' untuk mematikan)")
    p.add_argument("--run", action="store_true", help="jalankan sekali sekarang")
    p.add_argument(
        "--watch",
        action="store_true",
        help="jalankan terus (tiap beberapa detik antara kiosk dan laptop utama) sampai Ctrl+C",
    )
    p.add_argument("--rounds", type=int, help="dengan --watch: berhenti setelah N putaran")
    set_handler(p, _folder)
