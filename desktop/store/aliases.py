"""Aliases of reference rows: one identity for a row seeded, or issued, under several ids.

Rows shipped with Netra get ids derived from what they are (``services/reference.py``); rows
stored under other ids (installations seeded before that rule, elections each office made for
the same Pilkada) are mapped onto the one this installation holds through ``sync_alias``.
Evidence rows are hash-sealed and keep the id they were signed with, so queries that join
evidence to reference rows resolve it with :func:`alias_map` / :func:`ids_for`; the sync merge
adds aliases (:func:`add_alias`) and maps elections (:func:`map_elections`).

Elections are issued by the kabupaten: :func:`map_elections` maps every election of the same
level and voting day onto one (the issuer's, else the oldest).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.store.models import CaseFile, Election, Office, SigningEvent, SyncPeer
from desktop.store.models.sync import SyncAlias


# ----------------------------------------------------------------------------- aliases
def alias_map(session: Session, entity: str) -> dict[str, str]:
    """Every other id of ``entity`` rows known here -> the id this installation holds."""
    return dict(
        session.execute(
            select(SyncAlias.incoming_id, SyncAlias.local_id).where(SyncAlias.entity == entity)
        ).all()
    )


def resolve(session: Session, entity: str, ident: str) -> str:
    """The id this installation holds for ``ident`` (itself when it is not an alias)."""
    found = session.scalar(
        select(SyncAlias.local_id).where(SyncAlias.entity == entity, SyncAlias.incoming_id == ident)
    )
    return found or ident


def ids_for(session: Session, entity: str, ident: str) -> list[str]:
    """``ident`` and every id mapped onto it: what evidence rows may carry for this row."""
    others = session.scalars(
        select(SyncAlias.incoming_id).where(SyncAlias.entity == entity, SyncAlias.local_id == ident)
    ).all()
    return [ident, *sorted(set(others) - {ident})]


def add_alias(session: Session, entity: str, other: str, local: str, origin: str) -> bool:
    """Map ``other`` onto ``local`` (kept flat: ids mapped onto ``other`` follow it).
    False when nothing changed."""
    if other == local:
        return False
    session.execute(
        update(SyncAlias)
        .where(SyncAlias.entity == entity, SyncAlias.local_id == other)
        .values(local_id=local),
        execution_options={"synchronize_session": False},
    )
    row = session.scalars(
        select(SyncAlias).where(SyncAlias.entity == entity, SyncAlias.incoming_id == other)
    ).first()
    if row is None:
        session.add(SyncAlias(entity=entity, incoming_id=other, local_id=local, origin=origin))
        session.flush()
        return True
    if row.local_id == local:
        return False
    row.local_id = local
    session.flush()
    return True


def hidden_ids(session: Session, entity: str) -> set[str]:
    """Rows of ``entity`` mapped onto another row here (kept, but not listed)."""
    return set(
        session.scalars(select(SyncAlias.incoming_id).where(SyncAlias.entity == entity)).all()
    )


# ----------------------------------------------------------------------------- elections
def issuer(session: Session) -> str | None:
    """Who issues elections and templates here: this laptop at a hub, its hub at an
    enrolled office, nobody at an office working alone."""
    office = session.execute(select(Office.code, Office.role)).first()
    if office is None:
        return None
    if office.role == "hub":
        return str(office.code)
    hub = session.scalar(select(SyncPeer.office_code).where(SyncPeer.role == "hub"))
    return str(hub) if hub else None


def map_elections(session: Session, issuer: str | None) -> dict[str, str]:
    """Map elections of the same level and voting day onto one: the issuer's (the kabupaten
    hub; at the hub itself, its own), else the oldest. Rows made by the chosen row's own
    office stay apart (an office may hold two on purpose). Signing events and cases that
    point at a mapped election point at the chosen one from now on; the mapped row stays,
    hidden from lists, and evidence that names it resolves through the alias.
    Returns {mapped id: chosen id} for the ids newly mapped."""
    rows = session.execute(
        select(
            Election.id,
            Election.origin,
            Election.level,
            Election.voting_date,
            Election.created_at,
        ).where(Election.deleted_at.is_(None))
    ).all()
    groups: dict[tuple[str, Any], list[Any]] = defaultdict(list)
    for row in rows:
        groups[(row.level, row.voting_date)].append(row)
    mapped: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda r: (r.origin != issuer, r.created_at, r.id))
        chosen = members[0]
        for other in members[1:]:
            if other.origin == chosen.origin:
                continue
            if add_alias(session, "election", other.id, chosen.id, other.origin):
                mapped[other.id] = chosen.id
    if mapped:
        _repoint_elections(session, mapped)
    return mapped


def _repoint_elections(session: Session, mapped: dict[str, str]) -> None:
    """References in versioned rows follow the mapping, without a new revision: it is how
    the merge translates them anyway (the same content a package would bring)."""
    for model in (SigningEvent, CaseFile):
        for old, new in mapped.items():
            session.execute(
                update(model).where(model.election_id == old).values(election_id=new),
                execution_options={"synchronize_session": False},
            )
