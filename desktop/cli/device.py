"""``netra device ...``: the laptops (devices) of each office, enrolled at the hub."""

from __future__ import annotations

import argparse

from desktop.cli.base import EXIT_OK, Cli, Groups, add_json, set_handler
from desktop.services import devices

STATES = {"active": "aktif", "revoked": "DICABUT", "replaced": "diganti"}
ROLES = {"kiosk": " (kiosk)", "main": " (laptop utama)"}


def _line(d: devices.EnrolledDevice) -> str:
    state = STATES.get(d.state, d.state)
    extra = f" — {d.revoke_reason}" if d.revoke_reason else ""
    first = d.first_package or "-"
    last = d.last_package or "-"
    return (
        f"{d.id[:8]}  {d.office} {d.name}{ROLES.get(d.role, '')} "
        f"[{state}{extra}]\n"
        f"          sidik jari {d.fingerprint}; paket pertama {first}, terakhir {last}"
    )


def _list(cli: Cli) -> int:
    info = devices.list_devices(cli.context())

    def text() -> str:
        this = info.this_device
        head = f"Laptop ini: {this.office} {this.name} (sidik jari {this.fingerprint})"
        if info.role != "hub" and not info.devices:
            return head
        if not info.devices:
            return head + "\nBelum ada perangkat kantor yang terdaftar."
        return "\n".join([head, *(_line(d) for d in info.devices)])

    cli.emit(info.to_json(), text)
    return EXIT_OK


def _revoke(cli: Cli) -> int:
    d = devices.revoke_device(cli.context(), cli.args.id, cli.args.reason)
    cli.emit(
        d.to_json(),
        f"Perangkat {d.name} kantor {d.office} dicabut ({d.reason}). "
        "Paketnya berikutnya ditolak; perangkat lain kantor itu tetap bekerja.",
    )
    return EXIT_OK


def _name(cli: Cli) -> int:
    d = devices.set_name(cli.context(), cli.args.name)
    cli.emit(d.to_json(), f"Nama laptop ini: {d.name}.")
    return EXIT_OK


def register(groups: Groups) -> None:
    sub = groups.group("device", "perangkat (laptop) tiap kantor yang terdaftar di kabupaten")

    def cmd(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        add_json(p)
        return p

    set_handler(cmd("list", "daftar perangkat (hub: semua perangkat tiap kantor)"), _list)
    p = cmd(
        "revoke",
        "hub (atau laptop utama: kiosknya): cabut satu perangkat (hilang, dicuri) dengan alasan",
    )
    p.add_argument("id", help="id perangkat (boleh awalannya; lihat device list)")
    p.add_argument("--reason", required=True, help="alasan pencabutan")
    set_handler(p, _revoke)
    p = cmd("name", "beri nama laptop ini (mis. 'Kiosk 2')")
    p.add_argument("name")
    set_handler(p, _name)
