"""Typed GUI settings in an INI file in the data folder (Picard's options, Electrum's ConfigVar).

Every key is declared once below with its type and default; reading or writing anything
else raises :class:`UndeclaredSetting`, and :meth:`Settings.undeclared` lists keys found in
the file that nobody declared (a typo or a leftover). ``VERSION`` numbers the layout;
``_UPGRADES[n]`` turns a version ``n - 1`` file into version ``n`` when it is opened.

Office-wide settings (time zone, paper, letterhead) live in the database, not here: this
file only remembers what belongs to this computer's window (language, geometry, last user).
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

T = TypeVar("T", str, int, bool, bytes)

FILENAME = "netra-gui.ini"
VERSION = 2
VERSION_KEY = "meta/version"


class UndeclaredSetting(KeyError):
    """A key that is not declared in this module."""


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type[T]
    default: T


KEYS: dict[str, Key[Any]] = {}


def declare(name: str, kind: type[T], default: T) -> Key[T]:
    if name in KEYS:
        raise ValueError(f"setting {name} declared twice")
    key = Key(name, kind, default)
    KEYS[name] = key
    return key


LANGUAGE = declare("ui/language", str, "id")
GEOMETRY = declare("window/geometry", bytes, b"")
WINDOW_STATE = declare("window/state", bytes, b"")
LAST_PAGE = declare("window/last_page", str, "home")
LAST_USER = declare("login/last_user", str, "")
WIZARD_SHOWN = declare("setup/wizard_seen", bool, False)


def _to_v2(q: QSettings) -> None:
    """Version 1 kept the language at the top level as ``language``."""
    if q.contains("language"):
        q.setValue(LANGUAGE.name, q.value("language"))
        q.remove("language")


_UPGRADES: dict[int, Callable[[QSettings], None]] = {2: _to_v2}


def _decode(key: Key[Any], raw: object) -> Any:
    kind: type[Any] = key.type
    try:
        if kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in {"1", "true", "yes"}
            return bool(raw)
        if kind is int:
            return int(str(raw))
        if kind is bytes:
            return base64.b64decode(str(raw), validate=True)
        return str(raw)
    except (ValueError, TypeError):
        log.warning("setting %s has an unreadable value %r; using the default", key.name, raw)
        return key.default


def _encode(key: Key[Any], value: Any) -> object:
    if key.type is bytes:
        return base64.b64encode(value).decode("ascii")
    return value


class Settings:
    """The window's settings for one data folder."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.q = QSettings(str(path), QSettings.Format.IniFormat)
        self.upgrade()

    @classmethod
    def in_folder(cls, data_dir: Path) -> Settings:
        return cls(data_dir / FILENAME)

    # ------------------------------------------------------------------ versions
    @property
    def version(self) -> int:
        raw = self.q.value(VERSION_KEY, 0)
        try:
            return int(str(raw))
        except ValueError:
            return 0

    def upgrade(self) -> None:
        current = self.version
        if current == 0 and not self.q.allKeys():
            current = VERSION  # a new file starts at the newest layout
        for target in range(max(current, 1) + 1, VERSION + 1):
            log.info("upgrading GUI settings to version %d", target)
            _UPGRADES[target](self.q)
        self.q.setValue(VERSION_KEY, VERSION)
        self.q.sync()

    # ------------------------------------------------------------------ access
    @staticmethod
    def _declared(key: Key[T] | str) -> Key[Any]:
        name = key if isinstance(key, str) else key.name
        found = KEYS.get(name)
        if found is None:
            raise UndeclaredSetting(name)
        return found

    def get(self, key: Key[T]) -> T:
        declared = self._declared(key)
        if not self.q.contains(declared.name):
            return cast(T, declared.default)
        return cast(T, _decode(declared, self.q.value(declared.name)))

    def set(self, key: Key[T], value: T) -> None:
        declared = self._declared(key)
        if not isinstance(value, declared.type):
            raise TypeError(f"setting {declared.name} takes {declared.type.__name__}")
        self.q.setValue(declared.name, _encode(declared, value))

    def sync(self) -> None:
        self.q.sync()

    def undeclared(self) -> list[str]:
        """Keys present in the file that are not declared (should be empty)."""
        return sorted(k for k in self.q.allKeys() if k != VERSION_KEY and k not in KEYS)
