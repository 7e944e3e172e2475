"""Local user accounts: create, log in (with lock-out), change password, list."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import NetraError
from desktop.domain.passwords import check_password, hash_password, password_problem
from desktop.domain.roles import ROLES
from desktop.services import audit
from desktop.services.changes import Area
from desktop.services.context import Actor, AppContext
from desktop.store.base import utcnow
from desktop.store.models import UserAccount

MAX_FAILED = 5
LOCK_MINUTES = 15


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None

    def to_json(self) -> dict[str, object]:
        return {
            "username": self.username,
            "full_name": self.full_name,
            "role": self.role,
            "active": self.active,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
            "last_login_at": self.last_login_at.isoformat() if self.last_login_at else None,
        }


#: What an account command changed (the admin page lists the accounts).
USER_CHANGES: frozenset[Area] = frozenset({Area.USERS})


@dataclass(frozen=True)
class UserSaved(UserInfo):
    """:func:`add_user`: the new account; ``changes`` (not in :meth:`to_json`) for the GUI."""

    changes: frozenset[Area] = field(default=USER_CHANGES, compare=False)


@dataclass(frozen=True)
class PasswordChanged:
    """:func:`change_password`: whose password was replaced."""

    username: str
    changes: frozenset[Area] = field(default=USER_CHANGES, compare=False)

    def to_json(self) -> dict[str, object]:
        """``netra user passwd --json`` (the keys are a contract)."""
        return {"username": self.username, "changed": True}


def _info(u: UserAccount) -> UserInfo:
    return UserInfo(u.username, u.full_name, u.role, u.active, u.locked_until, u.last_login_at)


def _validate_new(username: str, role: str, password: str) -> None:
    if not username or not username.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise NetraError(
            "username_invalid",
            "Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung.",
            "A username may contain only letters, digits, dots, underscores or hyphens.",
        )
    if role not in ROLES:
        raise NetraError(
            "role_invalid",
            f"Peran tidak dikenal: {role}. Pilihan: {', '.join(ROLES)}.",
            f"Unknown role: {role}. Choose one of: {', '.join(ROLES)}.",
        )
    problem = password_problem(password)
    if problem:
        raise NetraError("password_weak", problem, "The password is too weak or too short.")


def create_user_in(
    ctx: AppContext,
    session: Session,
    username: str,
    password: str,
    role: str,
    full_name: str = "",
) -> UserAccount:
    _validate_new(username, role, password)
    if session.scalar(select(UserAccount.id).where(UserAccount.username == username)):
        raise NetraError(
            "username_taken",
            f"Nama pengguna '{username}' sudah dipakai.",
            f"Username '{username}' is already taken.",
        )
    user = UserAccount(
        username=username, full_name=full_name, role=role, password_hash=hash_password(password)
    )
    session.add(user)
    session.flush()
    audit.record(
        ctx, session, "user.create", "user_account", user.id, {"username": username, "role": role}
    )
    return user


def add_user(
    ctx: AppContext, username: str, password: str, role: str, full_name: str = ""
) -> UserSaved:
    ctx.require("users.manage")
    with ctx.tx() as session:
        u = create_user_in(ctx, session, username, password, role, full_name)
        return UserSaved(u.username, u.full_name, u.role, u.active, u.locked_until, u.last_login_at)


def list_users(ctx: AppContext) -> list[UserInfo]:
    ctx.require("view")
    with ctx.read() as session:
        rows = session.scalars(select(UserAccount).order_by(UserAccount.username)).all()
        return [_info(u) for u in rows]


def _refuse_login() -> NetraError:
    return NetraError(
        "login_failed",
        "Nama pengguna atau kata sandi salah.",
        "Wrong username or password.",
    )


def login(ctx: AppContext, username: str, password: str) -> Actor:
    """Check a password; lock the account for a while after repeated failures."""
    with ctx.tx() as session:
        user = session.scalars(select(UserAccount).where(UserAccount.username == username)).first()
        if user is None or not user.active:
            # Same work as a real check so timing does not reveal which usernames exist.
            check_password(password, hash_password("x" * 8))
            raise _refuse_login()
        now = utcnow()
        if user.locked_until and user.locked_until > now:
            minutes = int((user.locked_until - now).total_seconds() // 60) + 1
            raise NetraError(
                "account_locked",
                f"Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.",
                f"Account locked after too many failed attempts. Try again in {minutes} minutes.",
            )
        if not check_password(password, user.password_hash):
            user.failed_attempts += 1
            if user.failed_attempts >= MAX_FAILED:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_attempts = 0
                audit.record(
                    ctx,
                    session,
                    "user.locked",
                    "user_account",
                    user.id,
                    actor=Actor(username, user.role),
                )
            session.commit()
            raise _refuse_login()
        user.failed_attempts = 0
        user.locked_until = None
        user.last_login_at = now
        actor = Actor(user.username, user.role)
        ctx.actor = actor
        audit.record(ctx, session, "user.login", "user_account", user.id, actor=actor)
        return actor


def logout(ctx: AppContext) -> None:
    """End the session of the user logged in (the GUI's log out / switch user)."""
    actor = ctx.actor
    if actor is None:
        return
    with ctx.tx() as session:
        user = session.scalars(
            select(UserAccount).where(UserAccount.username == actor.username)
        ).first()
        audit.record(ctx, session, "user.logout", "user_account", user.id if user else "")
    ctx.actor = None


def change_password(ctx: AppContext, username: str, old: str | None, new: str) -> PasswordChanged:
    """Users change their own password (old one required); an admin may reset anyone's."""
    actor = ctx.require("view")
    problem = password_problem(new)
    if problem:
        raise NetraError("password_weak", problem, "The password is too weak or too short.")
    with ctx.tx() as session:
        user = session.scalars(select(UserAccount).where(UserAccount.username == username)).first()
        if user is None:
            raise NetraError(
                "user_unknown", f"Pengguna '{username}' tidak ada.", f"No user '{username}'."
            )
        if actor.username == username and actor.role != "admin":
            if old is None or not check_password(old, user.password_hash):
                raise NetraError(
                    "password_wrong", "Kata sandi lama salah.", "The old password is wrong."
                )
        elif actor.username != username:
            ctx.require("users.manage")
        user.password_hash = hash_password(new)
        user.password_changed_at = utcnow()
        user.failed_attempts = 0
        user.locked_until = None
        user.updated_at = utcnow()
        audit.record(ctx, session, "user.passwd", "user_account", user.id)
    return PasswordChanged(username)
