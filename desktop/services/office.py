"""Office setup (the first run), its settings, and the reference data it starts with."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.canonical import sha256_hex
from desktop.domain.errors import NetraError
from desktop.domain.office import OfficeSetup
from desktop.services import audit, identity, reference, rules
from desktop.services.accounts import create_user_in
from desktop.services.changes import Area
from desktop.services.context import Actor, AppContext
from desktop.store.base import utcnow
from desktop.store.models import Blob, Office

if TYPE_CHECKING:
    from desktop.documents.letterhead import Letterhead

LOGO_MAX_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str
    kabupaten_code: str
    kabupaten_name: str
    role: str
    timezone: str
    paper: str
    place: str
    letterhead: list[str]
    has_logo: bool
    fingerprint: str
    installation_id: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class OfficeSaved(OfficeInfo):
    """:func:`update_settings`: the office as saved; ``changes`` (not in :meth:`to_json`)
    tells the GUI the office's settings changed (letterhead, name, time zone)."""

    changes: frozenset[Area] = field(default=frozenset({Area.OFFICE}), compare=False)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        del out["changes"]
        return out


def info_from(office: Office) -> OfficeInfo:
    return OfficeInfo(
        code=office.code,
        name=office.name,
        kabupaten_code=office.kabupaten_code,
        kabupaten_name=office.kabupaten_name,
        role=office.role,
        timezone=office.timezone,
        paper=office.paper,
        place=office.place,
        letterhead=json.loads(office.letterhead_json),
        has_logo=office.logo_sha256 is not None,
        fingerprint=identity.fingerprint(office.signing_public_key, office.box_public_key),
        installation_id=office.installation_id,
    )


def store_blob(session: Session, data: bytes, mime: str) -> str:
    sha = sha256_hex(data)
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(data), mime=mime, data=data))
    return sha


def letterhead(session: Session, office: Office, *, name_if_blank: bool = False) -> Letterhead:
    """The office's kop surat for its PDFs (the one builder): the stored lines and the logo.
    ``name_if_blank``: an office without letterhead lines is headed by its name in capitals."""
    from desktop.documents.letterhead import Letterhead  # ReportLab loads only to print

    logo = session.get(Blob, office.logo_sha256) if office.logo_sha256 else None
    return Letterhead.stored(
        office.letterhead_json,
        logo.data if logo else None,
        default_line=office.name.upper() if name_if_blank else None,
    )


def _check_logo(logo: bytes | None) -> str | None:
    if logo is None:
        return None
    if len(logo) > LOGO_MAX_BYTES:
        raise NetraError(
            "logo_too_large",
            "Logo terlalu besar (maksimal 2 MB).",
            "The logo is too large (2 MB at most).",
        )
    if logo.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if logo.startswith(b"\xff\xd8"):
        return "image/jpeg"
    raise NetraError(
        "logo_format",
        "Logo harus berupa gambar PNG atau JPEG.",
        "The logo must be a PNG or JPEG image.",
    )


def initialise(
    ctx: AppContext,
    setup: OfficeSetup,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    logo: bytes | None = None,
) -> OfficeInfo:
    """Create the office identity, its key pairs, the first administrator and reference data."""
    if ctx.is_initialised():
        raise NetraError(
            "already_initialised",
            f"Folder data {ctx.data_dir} sudah berisi kantor yang disiapkan.",
            f"The data folder {ctx.data_dir} already holds a configured office.",
        )
    setup = setup.normalised()
    problems = setup.problems()
    if problems:
        raise NetraError(
            "setup_invalid", " ".join(problems), "; ".join(problems), problems=problems
        )
    logo_mime = _check_logo(logo)
    keys = identity.generate(ctx.keys_dir)
    admin = Actor(admin_username, "admin")
    with ctx.tx() as session:
        office = Office(
            code=setup.code,
            name=setup.name,
            kabupaten_code=setup.kabupaten_code,
            kabupaten_name=setup.kabupaten_name,
            role=setup.role,
            timezone=setup.timezone,
            paper=setup.paper,
            place=setup.place or setup.name,
            letterhead_json=json.dumps(
                setup.letterhead or setup.default_letterhead(), ensure_ascii=False
            ),
            signing_public_key=keys.signing_public_hex,
            box_public_key=keys.box_public_hex,
            hlc_last=0,
        )
        if logo is not None and logo_mime is not None:
            office.logo_sha256 = store_blob(session, logo, logo_mime)
        session.add(office)
        session.flush()
        with ctx.acting_as(admin):
            create_user_in(ctx, session, admin_username, admin_password, "admin", admin_full_name)
            audit.record(
                ctx,
                session,
                "office.init",
                "office",
                setup.code,
                {"role": setup.role, "fingerprint": keys.fingerprint},
            )
            reference.seed_templates(ctx, session)
            rules.seed(ctx, session)
        return info_from(office)


# ---------------------------------------------------------------- the office's day
def office_zone(session: Session) -> ZoneInfo:
    """The office's time zone (WIB, WITA or WIT: pacts, letters and recaps are dated in it);
    UTC when the office is not set up or its zone is unknown."""
    name = session.scalars(select(Office.timezone)).first()
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def office_now(session: Session) -> datetime:
    """Now on the office's wall clock (aware, in :func:`office_zone`), whatever zone the
    machine's own clock is set to."""
    return utcnow().astimezone(office_zone(session))


def office_today(source: Session | AppContext) -> date:
    """Today in the office's zone: the one "today" that deadlines, "not in the future" checks
    and printed dates use, so a laptop set to WIB (or UTC) in a WIT office agrees with the
    office's calendar around midnight. Pass the service's open session (no extra
    transaction); an :class:`AppContext` (the GUI, once per dialog) opens a read of its own."""
    if isinstance(source, Session):
        return office_now(source).date()
    source.require("view")
    with source.read() as session:
        return office_now(session).date()


def get_info(ctx: AppContext) -> OfficeInfo:
    with ctx.read() as session:
        return info_from(ctx.office(session))


def update_settings(
    ctx: AppContext,
    *,
    name: str | None = None,
    timezone: str | None = None,
    paper: str | None = None,
    place: str | None = None,
    letterhead: list[str] | None = None,
    logo: bytes | None = None,
) -> OfficeSaved:
    ctx.require("office.configure")
    with ctx.tx() as session:
        office = ctx.office(session)
        candidate = OfficeSetup(
            code=office.code,
            name=name if name is not None else office.name,
            kabupaten_code=office.kabupaten_code,
            kabupaten_name=office.kabupaten_name,
            role=office.role,
            timezone=timezone or office.timezone,
            paper=paper or office.paper,
            place=place if place is not None else office.place,
            letterhead=letterhead if letterhead is not None else json.loads(office.letterhead_json),
        ).normalised()
        problems = candidate.problems()
        if problems:
            raise NetraError("setup_invalid", " ".join(problems), "; ".join(problems))
        office.name, office.timezone, office.paper = (
            candidate.name,
            candidate.timezone,
            candidate.paper,
        )
        office.place = candidate.place
        office.letterhead_json = json.dumps(candidate.letterhead, ensure_ascii=False)
        mime = _check_logo(logo)
        if logo is not None and mime is not None:
            office.logo_sha256 = store_blob(session, logo, mime)
        office.updated_at = utcnow()
        audit.record(
            ctx,
            session,
            "office.update",
            "office",
            office.code,
            {"timezone": office.timezone, "paper": office.paper},
        )
        return OfficeSaved(**asdict(info_from(office)))
