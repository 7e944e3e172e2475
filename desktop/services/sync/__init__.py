"""USB sync: the capability's public API (what the CLI, the GUI and other services call).

One concept per module below it:

- ``incoming.py``: importing a package (and reviewing one), in one transaction;
  ``sender.py`` (who sent it), ``set_aside.py`` (relayed kiosk rows the hub does not take),
  ``watermarks.py`` (what each side has received), ``authority.py`` (what the sender may
  say); the merge itself is ``desktop/sync/merge.py``.
- ``outcome.py``: what an import did, in Indonesian sentences.
- ``refusals.py``: packages refused for what they claim, kept as alerts.
- ``status.py``: the status read model; ``conflicts.py``: conflicts and their resolution.
- ``outgoing.py``: export; ``enrolment.py``: enrolment; ``folder.py``: the shared folder;
  ``event_kit.py``; ``hub_coverage.py`` and ``hub_recap.py`` (the hub's views).
"""

from __future__ import annotations

from desktop.services.sync.conflicts import Conflict, Resolved, conflicts, resolve
from desktop.services.sync.enrolment import (
    Accepted,
    EnrolResult,
    OfficeRevoked,
    RequestWritten,
    accept,
    enrol,
    read_request,
    revoke,
    write_request,
)
from desktop.services.sync.incoming import ARCHIVE, import_file, import_files, review
from desktop.services.sync.outcome import (
    IMPORT_CHANGES,
    TABLE_LABELS,
    ImportOutcome,
    describe_merge,
)
from desktop.services.sync.outgoing import ExportResult, export, export_to
from desktop.services.sync.refusals import (
    ALERT_REASONS,
    Refusal,
    RefusalSeen,
    acknowledge_refusal,
    refusals,
)
from desktop.services.sync.status import PeerStatus, SyncStatus, status

__all__ = [
    "ALERT_REASONS",
    "ARCHIVE",
    "IMPORT_CHANGES",
    "TABLE_LABELS",
    "Accepted",
    "Conflict",
    "EnrolResult",
    "ExportResult",
    "ImportOutcome",
    "OfficeRevoked",
    "PeerStatus",
    "Refusal",
    "RefusalSeen",
    "RequestWritten",
    "Resolved",
    "SyncStatus",
    "accept",
    "acknowledge_refusal",
    "conflicts",
    "describe_merge",
    "enrol",
    "export",
    "export_to",
    "import_file",
    "import_files",
    "read_request",
    "refusals",
    "resolve",
    "review",
    "revoke",
    "status",
    "write_request",
]
