"""All mapped tables. Importing this module registers every model on ``Base.metadata``."""

from desktop.store.models.cases import (
    CaseDecision,
    CaseDocumentRecord,
    CaseEvidence,
    CaseExamEntry,
    CaseFile,
    CaseRecommendation,
    CaseSignature,
    CaseStep,
    Holiday,
    Rulebook,
)
from desktop.store.models.core import AuditEntry, Blob, Office, Setting, UserAccount
from desktop.store.models.roster import Employee, Unit
from desktop.store.models.signing import Election, PactTemplate, SignatureRecord, SigningEvent
from desktop.store.models.sync import SyncConflict, SyncLedger, SyncPeer

EVIDENCE_MODELS = (
    AuditEntry,
    SignatureRecord,
    CaseStep,
    CaseEvidence,
    CaseRecommendation,
    CaseDecision,
    CaseExamEntry,
    CaseSignature,
    CaseDocumentRecord,
)

__all__ = [
    "EVIDENCE_MODELS",
    "AuditEntry",
    "Blob",
    "CaseDecision",
    "CaseDocumentRecord",
    "CaseEvidence",
    "CaseExamEntry",
    "CaseFile",
    "CaseRecommendation",
    "CaseSignature",
    "CaseStep",
    "Election",
    "Employee",
    "Holiday",
    "Office",
    "PactTemplate",
    "Rulebook",
    "Setting",
    "SignatureRecord",
    "SigningEvent",
    "SyncConflict",
    "SyncLedger",
    "SyncPeer",
    "Unit",
    "UserAccount",
]
