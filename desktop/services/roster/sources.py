"""Where an employee field's current value came from: an import of a file, or the app.

A re-import must not undo what the office changed in the app after it imported its
spreadsheet (a transfer, a deactivation, an edit). Every change made in the app records the
fields it set as ``kind="app"`` rows of ``employee_field_source``; an import that changes a
field records ``kind="import"`` with the import (``roster_import_file``: file SHA-256, name,
time). A person an import created has no rows at all: every field came from that import,
found by the shared timestamp (``employee.created_at == roster_import_file.imported_at``).

The rule an import follows (``roster_import``): a field whose source is an app edit keeps
its value unless the user chooses the sheet's (per person, or for all); once the sheet and
the app agree, or the user took the sheet's value, the field follows the sheet again.

Both tables are installation-local (not synced): which files this office imported, and
which fields its own users changed, is this installation's knowledge. Edits that arrive
through sync do not change the rows (the next import treats them as before).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Table, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain.office import TIMEZONES
from desktop.services.context import AppContext
from desktop.store.base import utcnow
from desktop.store.models import Employee, Office
from desktop.store.models.roster import EmployeeFieldSource, RosterImportFile

#: Employee fields whose source is remembered: what an import can set, plus ``active``
#: (an import never deactivates; it can reactivate a person only when the user says so).
TRACKED: tuple[str, ...] = (
    "name",
    "category",
    "golongan",
    "jabatan",
    "jabatan_kind",
    "unit_id",
    "birth_date",
    "sex",
    "nik",
    "active",
)

SOURCE = cast(Table, EmployeeFieldSource.__table__)


@dataclass(frozen=True)
class AppEdit:
    """An app edit that set a field: what it was, when, by whom."""

    action: str  # add | edit | transfer | deactivate | reactivate
    at: datetime
    actor: str
    at_text: str = ""  # in the office's zone: "03-12-2026 19.12 WIT"

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "at": self.at.isoformat(timespec="seconds"),
            "by": self.actor,
        }


@dataclass(frozen=True)
class FieldSource:
    """Where one field's value came from, for display."""

    field: str
    kind: str  # app | import | unknown
    action: str = ""
    at: datetime | None = None
    actor: str = ""
    file_name: str = ""
    file_sha256: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "kind": self.kind,
            "action": self.action,
            "at": self.at.isoformat(timespec="seconds") if self.at else None,
            "by": self.actor,
            "file": self.file_name,
            "file_sha256": self.file_sha256,
        }


def record_app_edit(
    ctx: AppContext, session: Session, employee_id: str, fields: Iterable[str], action: str
) -> None:
    """Remember that an edit in the app (``action``) set ``fields`` of one employee now."""
    tracked = [f for f in dict.fromkeys(fields) if f in TRACKED]
    if not tracked:
        return
    actor = ctx.actor.username if ctx.actor else ""
    now = utcnow()
    session.flush()
    session.execute(
        delete(EmployeeFieldSource).where(
            EmployeeFieldSource.employee_id == employee_id,
            EmployeeFieldSource.field.in_(tracked),
        )
    )
    session.execute(
        insert(EmployeeFieldSource),
        [
            {
                "employee_id": employee_id,
                "field": f,
                "kind": "app",
                "action": action,
                "import_id": None,
                "actor": actor,
                "at": now,
            }
            for f in tracked
        ],
    )


def app_edits(session: Session) -> dict[str, dict[str, AppEdit]]:
    """Every field whose current value an app edit set: employee id -> field -> edit."""
    out: dict[str, dict[str, AppEdit]] = {}
    clock = local_clock(session)
    rows = session.execute(
        select(
            EmployeeFieldSource.employee_id,
            EmployeeFieldSource.field,
            EmployeeFieldSource.action,
            EmployeeFieldSource.at,
            EmployeeFieldSource.actor,
        ).where(EmployeeFieldSource.kind == "app")
    )
    for emp_id, fld, action, at, actor in rows:
        out.setdefault(emp_id, {})[fld] = AppEdit(action, at, actor, clock(at))
    return out


def local_clock(session: Session) -> Callable[[datetime], str]:
    """A formatter of UTC times in the office's zone, as pacts write them (09.15 WIT)."""
    office = session.scalars(select(Office)).first()
    name = office.timezone if office else "UTC"
    try:
        zone: tzinfo = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        zone, name = UTC, "UTC"
    label = TIMEZONES.get(name, name)

    def clock(when: datetime) -> str:
        return f"{when.astimezone(zone):%d-%m-%Y %H.%M} {label}"

    return clock


def previous_import(session: Session, sha256: str) -> RosterImportFile | None:
    """The last committed import of the file with this content, if any."""
    if not sha256:
        return None
    return session.scalars(
        select(RosterImportFile)
        .where(RosterImportFile.sha256 == sha256)
        .order_by(RosterImportFile.imported_at.desc())
        .limit(1)
    ).first()


def record_import(
    ctx: AppContext,
    session: Session,
    *,
    sha256: str,
    file_name: str,
    sheet: str,
    at: datetime,
    fields: Iterable[tuple[str, str]],
) -> str:
    """Remember a committed import, and that it set ``fields`` ((employee id, field) pairs
    of people it updated; the people it created need no rows). Returns the import's id."""
    row = RosterImportFile(
        sha256=sha256,
        file_name=file_name[:255],
        sheet=sheet[:200],
        imported_at=at,
        actor=ctx.actor.username if ctx.actor else "",
    )
    session.add(row)
    session.flush()
    pairs = list(fields)
    if not pairs:
        return row.id
    conn = session.connection()
    if conn.dialect.name == "sqlite":  # one statement a row, on the driver (bulk updates)
        stamp = at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        conn.connection.cursor().executemany(
            "INSERT OR REPLACE INTO employee_field_source "
            "(employee_id, field, kind, action, import_id, actor, at) "
            "VALUES (?, ?, 'import', 'import', ?, ?, ?)",
            [(emp_id, fld, row.id, row.actor, stamp) for emp_id, fld in pairs],
        )
        return row.id
    conn.execute(
        delete(SOURCE).where(
            SOURCE.c.employee_id == bindparam("e"), SOURCE.c.field == bindparam("f")
        ),
        [{"e": emp_id, "f": fld} for emp_id, fld in pairs],
    )
    conn.execute(
        insert(SOURCE),
        [
            {
                "employee_id": emp_id,
                "field": fld,
                "kind": "import",
                "action": "import",
                "import_id": row.id,
                "actor": row.actor,
                "at": at,
            }
            for emp_id, fld in pairs
        ],
    )
    return row.id


def sources(ctx: AppContext, employee_id: str) -> list[FieldSource]:
    """Where each tracked field of one employee came from (for display)."""
    ctx.require("view")
    with ctx.read() as session:
        emp = session.get(Employee, employee_id)
        rows = {
            s.field: s
            for s in session.scalars(
                select(EmployeeFieldSource).where(EmployeeFieldSource.employee_id == employee_id)
            )
        }
        files = {
            f.id: f
            for f in session.scalars(
                select(RosterImportFile).where(
                    RosterImportFile.id.in_({s.import_id for s in rows.values() if s.import_id})
                )
            )
        }
        creator = None
        if emp is not None:
            creator = session.scalars(
                select(RosterImportFile).where(RosterImportFile.imported_at == emp.created_at)
            ).first()
        out = []
        for fld in TRACKED:
            src = rows.get(fld)
            if src is not None:
                file = files.get(src.import_id or "")
                out.append(
                    FieldSource(
                        fld,
                        src.kind,
                        src.action,
                        src.at,
                        src.actor,
                        file.file_name if file else "",
                        file.sha256 if file else "",
                    )
                )
            elif creator is not None:
                out.append(
                    FieldSource(
                        fld,
                        "import",
                        "import",
                        creator.imported_at,
                        creator.actor,
                        creator.file_name,
                        creator.sha256,
                    )
                )
            else:
                out.append(FieldSource(fld, "unknown"))
        return out
