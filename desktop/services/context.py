"""The application context: data folder, database, office identity and the acting user."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.clock import HybridClock
from desktop.domain.errors import NetraError, PermissionDenied
from desktop.domain.roles import allowed
from desktop.paths import ensure_private_dir, resolve_data_dir, resolve_database_url
from desktop.store import migrate
from desktop.store.engine import make_engine, make_session_factory, read_session, transaction
from desktop.store.models import Office, Setting

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Actor:
    username: str
    role: str


SYSTEM = Actor("system", "admin")


@dataclass
class AppContext:
    """Everything a service needs. One per process; sessions are per action."""

    data_dir: Path
    engine: Engine
    factory: sessionmaker[Session]
    actor: Actor | None = None
    _clock: HybridClock | None = field(default=None, repr=False)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        database_url: str | None = None,
        *,
        upgrade: bool = True,
    ) -> AppContext:
        directory = ensure_private_dir(resolve_data_dir(data_dir))
        url = resolve_database_url(directory, database_url)
        engine = make_engine(url)
        ctx = cls(directory, engine, make_session_factory(engine))
        if upgrade:
            ctx.upgrade_schema()
        return ctx

    def upgrade_schema(self) -> migrate.UpgradeResult:
        return migrate.upgrade(self.engine, backup_dir=self.backup_dir)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    # ------------------------------------------------------------------ sessions
    @contextmanager
    def tx(self) -> Iterator[Session]:
        """One user action: commit on success, roll back on error."""
        with transaction(self.factory) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = read_session(self.factory)  # deferred: never waits for a writer
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    # ------------------------------------------------------------------ identity
    def office(self, session: Session) -> Office:
        office = session.scalars(select(Office)).first()
        if office is None:
            raise NetraError(
                "not_initialised",
                "Kantor belum disiapkan. Jalankan 'netra init' atau wizard penyiapan.",
                "The office is not set up yet. Run 'netra init' or the setup wizard.",
            )
        return office

    def is_initialised(self) -> bool:
        with self.read() as session:
            return session.scalars(select(Office.id)).first() is not None

    @contextmanager
    def acting_as(self, actor: Actor) -> Iterator[Actor]:
        """Run a block as ``actor`` (set-up, demo data, self-tests), then give the acting user
        back, also when the block fails. The only way code acts as someone other than the
        user logged in (:func:`desktop.services.accounts.login` sets that user)."""
        previous = self.actor
        self.actor = actor
        try:
            yield actor
        finally:
            self.actor = previous

    def require(self, action: str) -> Actor:
        actor = self.actor
        if actor is None or not allowed(actor.role, action):
            raise PermissionDenied(action, actor.role if actor else None)
        return actor

    # ------------------------------------------------------------------ revisions
    def next_revision(self, session: Session) -> int:
        """Tick the hybrid logical clock, persisted in the office row of this transaction."""
        office = self.office(session)
        if self._clock is None:
            self._clock = HybridClock()
        self._clock.observe(office.hlc_last or 0)
        revision = self._clock.tick()
        office.hlc_last = revision
        return revision

    def observe_revision(self, session: Session, revision: int) -> None:
        office = self.office(session)
        if revision > (office.hlc_last or 0):
            office.hlc_last = revision
        if self._clock is not None:
            self._clock.observe(revision)

    # ------------------------------------------------------------------ settings
    def get_setting(self, session: Session, key: str, default: Any = None) -> Any:
        row = session.get(Setting, key)
        return default if row is None else json.loads(row.value_json)

    def set_setting(self, session: Session, key: str, value: Any) -> None:
        row = session.get(Setting, key)
        payload = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if row is None:
            session.add(Setting(key=key, value_json=payload))
        else:
            row.value_json = payload
