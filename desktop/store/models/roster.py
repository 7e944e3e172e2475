"""Work units and employees: the roster, synced between offices and the hub."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, SyncedMixin, UTCDateTime, new_id


class Unit(SyncedMixin, Base):
    """Unit kerja: kabupaten → OPD/kecamatan → kelurahan/desa, sekolah, puskesmas (a tree)."""

    __tablename__ = "unit"

    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # kabupaten | opd | kecamatan | kelurahan | desa | sekolah | puskesmas | lainnya
    kind: Mapped[str] = mapped_column(String(16), default="lainnya")
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("unit.id", ondelete="RESTRICT"), default=None, index=True
    )


class Employee(SyncedMixin, Base):
    """Pegawai: ASN (PNS, CPNS, PPPK) or non-ASN (honorer, tenaga kontrak)."""

    __tablename__ = "employee"

    nip: Mapped[str | None] = mapped_column(String(18), unique=True, default=None)
    name: Mapped[str] = mapped_column(String(200))  # with academic titles, as typed
    # Lower-cased, accent- and punctuation-folded name for search as you type.
    name_key: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(8))  # PNS | CPNS | PPPK | NON_ASN
    golongan: Mapped[str | None] = mapped_column(String(8), default=None)  # "III/a", "IX"
    jabatan: Mapped[str] = mapped_column(String(300), default="")
    jabatan_kind: Mapped[str | None] = mapped_column(String(12), default=None)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str | None] = mapped_column(String(1), default=None)  # "L" | "P"
    nik: Mapped[str | None] = mapped_column(String(16), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # mutasi | pensiun | meninggal | berhenti
    inactive_reason: Mapped[str | None] = mapped_column(String(16), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_employee_unit_name", "unit_id", "name_key"),
        # Search as you type: live rows by status, then the folded name. The count of a
        # LIKE '%term%' scans this narrow index instead of the table, and the first page
        # (ORDER BY name_key LIMIT 200) walks it in order.
        Index("ix_employee_search", "deleted_at", "active", "name_key"),
        # Hub coverage: live people per office, unit and category read from the index alone,
        # and the same columns found by id when signature records are joined to them.
        Index("ix_employee_coverage", "deleted_at", "active", "origin", "unit_id", "category"),
        Index(
            "ix_employee_id_coverage", "id", "deleted_at", "active", "origin", "unit_id", "category"
        ),
    )


class RosterImportFile(Base):
    """One committed roster import: which file (its SHA-256 and name), when, by whom.

    Installation-local (not a synced model): which spreadsheets this office imported is the
    office's own bookkeeping, like the sync ledger. Employees an import created carry its
    ``imported_at`` as their ``created_at`` (one timestamp per import), so their fields'
    source is known without a row per person."""

    __tablename__ = "roster_import_file"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sheet: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(64), default="")


class EmployeeFieldSource(Base):
    """Where an employee field's current value came from, when it is not the import that
    created the person: an edit in the app (``kind`` "app": add, edit, transfer, deactivate,
    reactivate) or a later import that changed it (``kind`` "import", ``import_id``).

    Installation-local, like :class:`RosterImportFile`: a re-import keeps what the app
    changed after the file was imported. No foreign key to ``employee``: rows are never
    deleted there (tombstones), and a bookkeeping row must never block anything."""

    __tablename__ = "employee_field_source"

    employee_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # app | import
    action: Mapped[str] = mapped_column(String(16), default="")
    import_id: Mapped[str | None] = mapped_column(String(36), default=None)
    actor: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_employee_field_source_kind", "kind", "employee_id"),)
