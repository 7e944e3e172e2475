"""Errors that carry a stable code, and a message in Indonesian (default) and English."""

from __future__ import annotations

from typing import Any


class NetraError(Exception):
    """A refusal or bad input that the user can fix. ``code`` is stable for scripts.

    ``exit_code`` follows the CLI contract: 2 bad input/refused action, 1 a failed check.
    """

    exit_code = 2

    def __init__(
        self, code: str, message_id: str, message_en: str | None = None, **details: Any
    ) -> None:
        super().__init__(message_id)
        self.code = code
        self.message_id = message_id
        self.message_en = message_en or message_id
        self.details = details

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id

    def to_json(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message_id, **self.details}


class CheckFailed(NetraError):
    """A verification that found tampering or an invalid item (CLI exit 1)."""

    exit_code = 1


class PermissionDenied(NetraError):
    def __init__(self, action: str, role: str | None) -> None:
        super().__init__(
            "permission_denied",
            f"Peran '{role or '-'}' tidak berwenang untuk tindakan ini: {action}.",
            f"Role '{role or '-'}' may not perform this action: {action}.",
            action=action,
        )
