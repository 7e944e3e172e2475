"""What importing one package did: the outcome the CLI prints and the GUI shows, in
Indonesian sentences with the tables named as a person knows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.services.changes import Area

#: What importing a package may change (see :mod:`desktop.services.changes`).
IMPORT_CHANGES = frozenset({Area.SYNC, Area.ROSTER, Area.SIGNING, Area.CASES})


@dataclass
class ImportOutcome:
    file: str
    status: str  # applied | duplicate | rejected | review
    reason: str = ""
    message: str = ""
    sender: str = ""
    sender_name: str = ""
    seq: int = 0
    kind: str = ""
    counts: dict[str, Any] = field(default_factory=dict)
    merge: dict[str, Any] = field(default_factory=dict)
    imported_at: str = ""
    # what the GUI reloads (not in to_json): a package may bring any of these
    changes: frozenset[Area] = field(default=IMPORT_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file, "status": self.status}
        if self.status == "rejected":
            out.update(reason=self.reason, message=self.message)
        else:
            out.update(sender=self.sender, seq=self.seq, kind=self.kind, counts=self.counts)
            if self.merge:
                out["merge"] = self.merge
            if self.status == "duplicate":
                out.update(message=self.message, imported_at=self.imported_at)
        return out

    def summary(self) -> str:
        """One Indonesian sentence: what this package adds and changes."""
        if self.status == "rejected":
            return f"{Path(self.file).name}: DITOLAK ({self.reason}) — {self.message}"
        if self.status == "duplicate":
            return f"{Path(self.file).name}: {self.message}"
        return f"{Path(self.file).name}: {describe_merge(self.sender_name, self.merge)}"


TABLE_LABELS = {
    "signature_record": "tanda tangan",
    "employee": "data pegawai",
    "unit": "unit kerja",
    "case_file": "laporan",
    "case_step": "langkah laporan",
    "case_evidence": "bukti",
    "case_decision": "keputusan",
    "signing_event": "acara penandatanganan",
    "rulebook": "aturan sanksi",
    "pact_template": "templat pakta",
    "election": "pemilihan",
    "holiday": "hari libur",
    "case_recommendation": "rekomendasi sanksi",
}


def describe_merge(sender: str, merge: dict[str, Any]) -> str:
    tables = merge.get("tables", {})
    added = {t: c["inserted"] for t, c in tables.items() if c.get("inserted")}
    changed = {t: c["updated"] for t, c in tables.items() if c.get("updated")}
    labels = TABLE_LABELS
    parts = [f"menambah {n} {labels.get(t, t)}" for t, n in added.items()]
    parts += [f"mengubah {n} {labels.get(t, t)}" for t, n in changed.items()]
    extra = [
        f"{merge.get(k, 0)} {label}"
        for k, label in (
            ("conflicts", "konflik"),
            ("tamper", "peringatan perubahan tidak sah"),
            ("held", "baris ditahan"),
            ("duplicate", "duplikat kunci"),
        )
        if merge.get(k)
    ]
    body = ", ".join(parts + extra) or "tidak ada perubahan baru"
    return f"berkas dari {sender} ini {body}"
