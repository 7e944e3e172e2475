"""The examination of a case under PP 94/2021 (or PP 42/2004 for ethics) and its national path.

Between the recommendation and the decision an office has to produce: the tim pemeriksa (or
the Majelis Kode Etik), the written summonses (kept by ``case schedule``, see
:mod:`case_deadlines`), the record of a missed examination, the Berita Acara Pemeriksaan signed
on screen by the examiner(s) and the examined person (or the refusal to sign), the Laporan Hasil
Pemeriksaan; after the decision the tanda terima. Each is an append-only ``CaseExamEntry`` (a
newer entry of a kind supersedes the older one); BAP signatures are ``CaseSignature`` rows sealed
like a pact's signature record (raw strokes, their hash, the rendered PNG as a blob).

The national path (REFERENCE.md §7, §11): Bawaslu register number and letter, SBT complaint
number, the BKN (formerly KASN) recommendation letter and the Kanreg BKN; the recommending body
is read from the rulebook per period; the PPK's follow-up deadline is a setting whose default
comes from the rulebook and stays flagged UNCONFIRMED.

This package's ``__init__`` is the examination's API; the modules, lowest first:
``base`` (the entries and the checks every command starts with), ``team`` (tim pemeriksa and
Majelis Kode Etik), ``summons`` (summonses and absence), ``bap``, ``lhp``, ``references`` (the
national path and the follow-up deadline), ``delivery`` (tanda terima and objections),
``classification`` (catch-all codes), ``suspension`` (pembebasan sementara) and ``state`` (the
whole examination in one read, with its documents from :mod:`case_exam_docs`).
"""

from __future__ import annotations

from desktop.services.cases.exam.bap import bap_json, record_bap, signatures_of
from desktop.services.cases.exam.base import EXAM_PERMISSION, entries, latest, required_body
from desktop.services.cases.exam.classification import classifications_of, classify
from desktop.services.cases.exam.delivery import (
    OBJECTION_KINDS,
    RECEIPT_METHODS,
    objection_json,
    record_objection,
    record_receipt,
)
from desktop.services.cases.exam.lhp import MIN_CONCLUSION, record_lhp
from desktop.services.cases.exam.references import (
    FOLLOW_UP_SETTING,
    REFERENCE_KEYS,
    REFERENCE_LABELS_ID,
    SIASN_WARNING,
    follow_up_days,
    follow_up_setting_in,
    references_json,
    set_follow_up_days,
    set_references,
)
from desktop.services.cases.exam.state import exam_state
from desktop.services.cases.exam.summons import (
    absence_count,
    check_new_schedule,
    current_schedule,
    record_absence,
    schedules,
    without_examination,
)
from desktop.services.cases.exam.suspension import (
    MIN_SUSPENSION_REASON,
    SUSPENSION_BASIS,
    SUSPENSION_LEVELS,
    lift,
    lift_on_decision,
    likely_level,
    suspend,
    suspension_entry,
    suspension_json,
)
from desktop.services.cases.exam.team import (
    MKE_ROLES,
    ROLE_LABELS_ID,
    ROLES,
    TEAM_ROLES,
    Member,
    parse_member,
    set_team,
    team_of,
)

__all__ = [
    "EXAM_PERMISSION",
    "FOLLOW_UP_SETTING",
    "MIN_CONCLUSION",
    "MIN_SUSPENSION_REASON",
    "MKE_ROLES",
    "OBJECTION_KINDS",
    "RECEIPT_METHODS",
    "REFERENCE_KEYS",
    "REFERENCE_LABELS_ID",
    "ROLES",
    "ROLE_LABELS_ID",
    "SIASN_WARNING",
    "SUSPENSION_BASIS",
    "SUSPENSION_LEVELS",
    "TEAM_ROLES",
    "Member",
    "absence_count",
    "bap_json",
    "check_new_schedule",
    "classifications_of",
    "classify",
    "current_schedule",
    "entries",
    "exam_state",
    "follow_up_days",
    "follow_up_setting_in",
    "latest",
    "lift",
    "lift_on_decision",
    "likely_level",
    "objection_json",
    "parse_member",
    "record_absence",
    "record_bap",
    "record_lhp",
    "record_objection",
    "record_receipt",
    "references_json",
    "required_body",
    "schedules",
    "set_follow_up_days",
    "set_references",
    "set_team",
    "signatures_of",
    "suspend",
    "suspension_entry",
    "suspension_json",
    "team_of",
    "without_examination",
]
