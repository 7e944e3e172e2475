"""What a mutating service call changed, named by area, so that the GUI can tell the pages.

A mutating service returns a typed result that carries ``changes: frozenset[Area]`` (a
dataclass field, left out of ``to_json`` and of equality; e.g. ``CaseChange``, ``Decided``,
``RestoreResult``): the service, not its caller, says what it changed, and GUI callers do not
name areas by hand. The task runner reads them with :func:`changes_of` and emits one
app-level "changed" signal; each page reloads when the areas it shows, or :attr:`Area.ALL`,
are among them. (``TaskRunner.run(changes=...)`` remains for work that is not one service
call.)
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Area(StrEnum):
    """A part of the data that pages show (no Qt: the services name them)."""

    ROSTER = "roster"  # units and employees
    SIGNING = "signing"  # events and pact records (signatures, voids)
    CASES = "cases"  # disciplinary cases
    SYNC = "sync"  # packages imported/exported, devices, conflicts
    USERS = "users"  # the app's accounts
    OFFICE = "office"  # the office's own settings (name, time zone, letterhead)
    ALL = "all"  # everything may have changed (a backup was restored): every page reloads


class Changes(frozenset[Area]):
    """A set of :class:`Area`; :meth:`touches` answers "does a page showing these reload"."""

    __slots__ = ()

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        return cls(areas)

    def touches(self, areas: Iterable[Area]) -> bool:
        """True when :attr:`Area.ALL` is here or any of ``areas`` is."""
        return Area.ALL in self or not self.isdisjoint(areas)

    def __repr__(self) -> str:
        return f"Changes({sorted(str(a) for a in self)!r})"


#: Every area but ALL (a page that shows a summary of everything).
EVERYTHING: frozenset[Area] = frozenset(a for a in Area if a is not Area.ALL)


def changes_of(result: object) -> Changes | None:
    """The areas a service result says it changed: its ``changes`` attribute when that is a
    set of :class:`Area` (other attributes of that name, e.g. an import's list of field
    changes, are not), else None."""
    found = getattr(result, "changes", None)
    if isinstance(found, frozenset | set) and all(isinstance(a, Area) for a in found):
        return Changes(found)
    return None
