"""A realistic demo office so a newcomer sees Netra working at once (``netra demo``).

The office is Kecamatan Moa Lakor in Kabupaten Maluku Barat Daya (capital Tiakur). Each
feature adds its demo data through one function listed in :func:`_contributors`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
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
    from desktop.services.roster_demo import demo_roster  # first: the others need staff

    found.append(demo_roster)
    from desktop.services.signing_demo import demo_signing  # after the roster

    found.append(demo_signing)
    from desktop.services.cases_demo import demo_cases  # after roster and signing

    found.append(demo_cases)
    return found


def populate(ctx: AppContext, employees: int = 120) -> dict[str, Any]:
    """Set up the demo office in an empty data folder (or top it up if it is the demo)."""
    rng = random.Random(DEMO_SEED)
    summary: dict[str, Any] = {"data_dir": str(ctx.data_dir), "password": DEMO_PASSWORD}
    if not ctx.is_initialised():
        info = office.initialise(ctx, DEMO_SETUP, "admin", DEMO_PASSWORD, "Admin Kecamatan")
        ctx.actor = Actor("admin", "admin")
        for username, role, name in (
            ("operator", "operator", "Operator Apel"),
            ("verifikator", "verifier", "Tim Verifikasi Satgas"),
            ("camat", "viewer", "Camat Moa Lakor"),
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
