"""Roles and what each may do. Enforced in services, not only by hiding buttons."""

from __future__ import annotations

ROLES = ("admin", "operator", "verifier", "viewer")

ROLE_LABELS_ID = {
    "admin": "Administrator",
    "operator": "Operator",
    "verifier": "Verifikator",
    "viewer": "Peninjau",
}

_ALL = frozenset(ROLES)
_WRITE = frozenset({"admin", "operator"})

PERMISSIONS: dict[str, frozenset[str]] = {
    "view": _ALL,
    "users.manage": frozenset({"admin"}),
    "office.configure": frozenset({"admin"}),
    "backup.create": frozenset({"admin"}),
    "backup.restore": frozenset({"admin"}),
    "audit.verify": frozenset({"admin", "verifier"}),
    "roster.edit": _WRITE,
    "roster.import": _WRITE,
    "roster.export": _ALL,
    "template.manage": frozenset({"admin"}),
    "event.manage": _WRITE,
    "pact.sign": _WRITE,
    "pact.refuse": _WRITE,
    "pact.void": frozenset({"admin"}),
    "pact.print": _ALL,
    "pact.verify": _ALL,
    "case.intake": frozenset({"admin", "operator"}),
    "case.check": frozenset({"admin", "verifier"}),
    "case.recommend": frozenset({"admin", "verifier"}),
    "case.decide": frozenset({"admin"}),
    "rulebook.load": frozenset({"admin"}),
    "calendar.edit": frozenset({"admin"}),
    "sync.export": _WRITE,
    "sync.import": _WRITE,
    "sync.enroll": frozenset({"admin"}),
    "sync.resolve": frozenset({"admin"}),
}


def allowed(role: str | None, action: str) -> bool:
    if role is None:
        return False
    return role in PERMISSIONS.get(action, frozenset())
