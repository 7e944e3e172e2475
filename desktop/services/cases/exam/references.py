"""The national path (REFERENCE.md §7, §11): Bawaslu register number and letter, SBT
complaint number, the BKN (formerly KASN) recommendation letter and the Kanreg BKN; the
recommending body per period from the rulebook; the PPK's follow-up deadline, a setting whose
default comes from the rulebook and stays flagged UNCONFIRMED.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import workdays
from desktop.domain.case_view import FollowUpSetting
from desktop.services import audit
from desktop.services.cases.exam.base import append_entry, entry_data, latest
from desktop.services.cases.model import FollowUpSaved, ReferencesSaved
from desktop.services.cases.records import (
    active_book,
    bad,
    find_case,
    latest_decision,
    office_calendar,
)
from desktop.services.context import AppContext
from desktop.services.office import office_today
from desktop.store.models import CaseFile

REFERENCE_KEYS = (
    "bawaslu",
    "bawaslu_letter",
    "sbt",
    "bkn_letter",
    "bkn_date",
    "kanreg",
)
REFERENCE_LABELS_ID = {
    "bawaslu": "Nomor register Bawaslu",
    "bawaslu_letter": "Surat rekomendasi Bawaslu",
    "sbt": "Nomor pengaduan SBT",
    "bkn_letter": "Nomor surat rekomendasi BKN/KASN",
    "bkn_date": "Tanggal surat rekomendasi BKN/KASN",
    "kanreg": "Kantor Regional BKN",
}
FOLLOW_UP_SETTING = "case.follow_up_days"
SIASN_WARNING = (
    "Bila PPK tidak menindaklanjuti rekomendasi sampai tenggat, BKN dapat memblokir data "
    "pegawai di SIASN (Peraturan BKN 1/2023)."
)


def _period_body(ctx: AppContext, session: Session, when: date) -> dict[str, Any] | None:
    """The recommending body in force on ``when`` (rulebook ``recommending_bodies``)."""

    book = active_book(ctx, session)
    for body in book.data.get("recommending_bodies") or []:
        start = date.fromisoformat(body["from"]) if body.get("from") else date.min
        end = date.fromisoformat(body["until"]) if body.get("until") else date.max
        if start <= when <= end:
            flags = [book.unconfirmed_text(u) for u in body.get("unconfirmed") or []]
            return {**body, "warnings": [f"BELUM DIKONFIRMASI: {t}" for t in flags]}
    return None


def set_references(ctx: AppContext, ref: str, **values: Any) -> ReferencesSaved:
    """Add or change external references (only the keys given change; ``""`` clears one)."""

    actor = ctx.require("case.check")
    unknown = set(values) - set(REFERENCE_KEYS)
    if unknown:
        raise bad(
            "bad_reference",
            f"Rujukan tidak dikenal: {', '.join(sorted(unknown))}.",
            "Unknown reference key.",
        )
    given = {k: v for k, v in values.items() if v is not None}
    if not given:
        raise bad(
            "reference_required",
            "Sebutkan sedikitnya satu rujukan (--bawaslu, --sbt, --bkn-letter, --bkn-date, ...).",
            "Give at least one reference.",
        )
    if isinstance(given.get("bkn_date"), date):
        given["bkn_date"] = given["bkn_date"].isoformat()
    with ctx.tx() as session:
        case = find_case(session, ref)
        previous = latest(session, case.id, "reference")
        data = {k: v for k, v in entry_data(previous).items() if k in REFERENCE_KEYS}
        for key, value in given.items():
            text = " ".join(str(value).split())
            if text:
                data[key] = text
            else:
                data.pop(key, None)
        if data.get("bkn_date"):
            try:
                when = date.fromisoformat(data["bkn_date"])
            except ValueError:
                raise bad(
                    "bad_date", "Tanggal surat BKN: format TTTT-BB-HH.", "bkn_date: YYYY-MM-DD."
                ) from None
            if when > office_today(session):
                raise bad(
                    "date_in_future",
                    "Tanggal surat BKN tidak boleh di masa depan.",
                    "The BKN letter date cannot be in the future.",
                )
        row = append_entry(ctx, session, case, actor, "reference", data, previous)
        audit.record(
            ctx, session, "case.reference", "case_file", case.id, {"entry_id": row.id, **data}
        )
        return ReferencesSaved(references_json(ctx, session, case))


def follow_up_days(ctx: AppContext, session: Session) -> tuple[int, str, list[str]]:
    """(days, counting, warnings) of the PPK's follow-up deadline: the setting when set, else
    the rulebook's ``follow_up`` period; flagged UNCONFIRMED either way."""

    book = active_book(ctx, session)
    rule = next((d for d in book.deadlines if d.key == "follow_up"), None)
    flags = [
        f"BELUM DIKONFIRMASI [{u}]: {book.unconfirmed_text(u)}"
        for u in (rule.unconfirmed if rule else ())
    ]
    setting = ctx.get_setting(session, FOLLOW_UP_SETTING, None)
    if isinstance(setting, int) and not isinstance(setting, bool) and 1 <= setting <= 365:
        return setting, rule.counting if rule else "calendar", flags
    if rule is None:
        return (
            14,
            "calendar",
            [
                "BELUM DIKONFIRMASI: tenggat tindak lanjut PPK tidak ada di aturan sanksi; "
                "dipakai 14 hari (REFERENCE §11)."
            ],
        )
    return rule.days, rule.counting, flags


def follow_up_setting_in(ctx: AppContext, session: Session) -> FollowUpSetting:
    """The PPK's follow-up deadline as it applies now, and whether this installation's
    setting (rather than the rulebook) gives it."""
    days, counting, warnings = follow_up_days(ctx, session)
    own = ctx.get_setting(session, FOLLOW_UP_SETTING, None)
    return FollowUpSetting(days, counting, tuple(warnings), own is not None)


def set_follow_up_days(ctx: AppContext, days: int | None) -> FollowUpSaved:
    """Change the PPK follow-up deadline setting (``None``: back to the rulebook's); the
    setting as it applies afterwards."""
    ctx.require("office.configure")
    if days is not None and not 1 <= days <= 365:
        raise bad("bad_days", "Tenggat tindak lanjut: 1 sampai 365 hari.", "1..365 days.")
    with ctx.tx() as session:
        ctx.set_setting(session, FOLLOW_UP_SETTING, days)
        audit.record(
            ctx, session, "case.follow_up_days", "setting", FOLLOW_UP_SETTING, {"days": days}
        )
        found = follow_up_setting_in(ctx, session)
    return FollowUpSaved(found.days, found.counting, found.warnings, found.from_setting)


def references_json(
    ctx: AppContext, session: Session, case: CaseFile, today: date | None = None
) -> dict[str, Any]:
    row = latest(session, case.id, "reference")
    data = {k: v for k, v in entry_data(row).items() if k in REFERENCE_KEYS}
    letter = date.fromisoformat(data["bkn_date"]) if data.get("bkn_date") else None
    body = _period_body(ctx, session, letter or case.received_date)
    out: dict[str, Any] = {
        **{k: data.get(k) for k in REFERENCE_KEYS},
        "recommending_body": body,
        "follow_up": None,
    }
    if letter is not None:
        days, counting, flags = follow_up_days(ctx, session)
        due = workdays.add_days(office_calendar(ctx, session), letter, days, counting)
        decided = latest_decision(session, case.id) is not None
        today = today or office_today(session)
        overdue = not decided and today > due
        out["follow_up"] = {
            "due": due.isoformat(),
            "days": days,
            "counting": counting,
            "done": decided,
            "overdue": overdue,
            "warnings": [*flags, SIASN_WARNING] if not decided else flags,
        }
    return out
