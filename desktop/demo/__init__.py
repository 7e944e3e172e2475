"""A realistic demo office so a newcomer sees Netra working at once (``netra demo``).

The office is Kecamatan Moa Lakor in Kabupaten Maluku Barat Daya (capital Tiakur). Each
feature adds its demo data through one function listed in :func:`_contributors`.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desktop.domain.office import OfficeSetup
from desktop.services import accounts, office
from desktop.services.context import Actor, AppContext

DEMO_PASSWORD = "netra-demo"
DEMO_SEED = 20240930

DEMO_SETUP = OfficeSetup(
    code="81.08.01",
    name="Kecamatan Moa Lakor",
    kabupaten_code="81.08",
    kabupaten_name="Maluku Barat Daya",
    role="office",
    timezone="Asia/Jayapura",
    paper="a4",
    place="Tiakur",
    letterhead=[
        "PEMERINTAH KABUPATEN MALUKU BARAT DAYA",
        "KECAMATAN MOA LAKOR",
        "Jl. Tiakur Raya No. 1, Tiakur, Pulau Moa, Maluku 97442",
    ],
)

Contributor = Callable[[AppContext, random.Random, int], dict[str, Any]]


def _contributors() -> list[Contributor]:
    found: list[Contributor] = []
    from desktop.demo.roster import demo_roster  # first: the others need staff

    found.append(demo_roster)
    from desktop.demo.signing import demo_signing  # after the roster

    found.append(demo_signing)
    from desktop.demo.cases import demo_cases  # after roster and signing

    found.append(demo_cases)
    return found


def demo_setup(code: str | None = None, name: str | None = None) -> OfficeSetup:
    """The demo office, or a demo-like office with another code and name (a second or third
    kecamatan for trying a kabupaten hub with several offices)."""
    if not code or code == DEMO_SETUP.code:
        return replace(DEMO_SETUP, name=name or DEMO_SETUP.name)
    label = name or f"Kecamatan {code}"
    return replace(
        DEMO_SETUP,
        code=code,
        name=label,
        letterhead=[DEMO_SETUP.letterhead[0], label.upper(), f"Kantor {label}"],
    )


def populate(
    ctx: AppContext,
    employees: int = 120,
    *,
    office_code: str | None = None,
    office_name: str | None = None,
) -> dict[str, Any]:
    """Set up the demo office in an empty data folder (or top it up if it is the demo).

    With ``office_code`` the office gets that code (its units below it) and other people:
    the random seed follows the code, so two demo offices have different staff and NIPs.
    """
    setup = demo_setup(office_code, office_name)
    seed = (
        DEMO_SEED if setup.code == DEMO_SETUP.code else DEMO_SEED + zlib.crc32(setup.code.encode())
    )
    rng = random.Random(seed)
    summary: dict[str, Any] = {"data_dir": str(ctx.data_dir), "password": DEMO_PASSWORD}
    if not ctx.is_initialised():
        info = office.initialise(ctx, setup, "admin", DEMO_PASSWORD, "Admin Kecamatan")
        ctx.actor = Actor("admin", "admin")
        for username, role, name in (
            ("operator", "operator", "Operator Apel"),
            ("verifikator", "verifier", "Tim Verifikasi Satgas"),
            ("camat", "viewer", f"Camat {setup.name.removeprefix('Kecamatan ')}"),
        ):
            accounts.add_user(ctx, username, DEMO_PASSWORD, role, name)
        summary["office"] = info.to_json()
    else:
        accounts.login(ctx, "admin", DEMO_PASSWORD)
        summary["office"] = office.get_info(ctx).to_json()
    summary["users"] = ["admin", "operator", "verifikator", "camat"]
    for contribute in _contributors():
        summary.update(contribute(ctx, rng, employees))
    return summary


def describe(summary: dict[str, Any]) -> str:
    lines = [
        f"Kantor contoh siap di {summary['data_dir']}",
        f"  {summary['office']['code']} {summary['office']['name']}",
        f"  Pengguna: {', '.join(summary['users'])} (kata sandi: {summary['password']})",
    ]
    for key, value in summary.items():
        if key not in {"data_dir", "office", "users", "password"}:
            lines.append(f"  {key}: {value}")
    return "\n".join(lines)
