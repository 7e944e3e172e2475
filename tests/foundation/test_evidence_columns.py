"""Every column of every evidence table is either sealed by the row hash or deliberately left
out of it with a reason (``EVIDENCE_COLUMNS``, read by desktop/store/evidence.py).

A column added to an evidence table without a decision fails here, as does a declaration
naming a column the table does not have, and a "hashed" column whose change does not change
the hash (or an excluded one whose change does)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.domain.canonical import GENESIS
from desktop.store import evidence
from desktop.store.base import Base, EvidenceMixin
from desktop.store.models import EVIDENCE_MODELS


def _evidence_models() -> list[type[Any]]:
    """Every mapped evidence model, found from the registry (not from a list to forget)."""
    found: list[type[Any]] = [
        m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, EvidenceMixin) and isinstance(m.local_table, Table)
    ]
    return sorted(found, key=lambda m: str(m.__tablename__))


def undeclared(model: type[Any]) -> list[str]:
    """What is wrong with ``model``'s declaration against its table's columns."""
    table: Table = model.__table__
    columns = {c.name for c in table.columns}
    try:
        hashed = set(evidence.hashed_columns(model))
        excluded = evidence.excluded_columns(model)
        declared = evidence.columns_of(model)
    except TypeError as exc:
        return [str(exc)]
    out = [
        f"{table.name}.{name}: neither hashed nor excluded with a reason"
        for name in sorted(columns - hashed - set(excluded))
    ]
    out += [
        f"{table.name}.{name}: both hashed and excluded"
        for name in sorted(hashed & excluded.keys())
    ]
    out += [
        f"{table.name}.{name}: declared but not a column"
        for name in sorted((hashed | excluded.keys()) - columns)
    ]
    out += [
        f"{table.name}.{name}: excluded without a reason"
        for name, why in excluded.items()
        if not why.strip()
    ]
    for text, digest in declared.digests.items():
        if text not in columns or digest not in columns:
            out.append(f"{table.name}: digest {text} -> {digest} names a missing column")
    out += [
        f"{table.name}.{name}: file column is not a column"
        for name in declared.files
        if name not in columns
    ]
    return out


def test_every_evidence_model_is_listed_and_declared() -> None:
    models = _evidence_models()
    assert len(models) >= 9
    assert set(models) == set(EVIDENCE_MODELS)


@pytest.mark.parametrize("model", _evidence_models(), ids=lambda m: m.__tablename__)
def test_every_column_is_hashed_or_deliberately_excluded(model: type[Any]) -> None:
    assert undeclared(model) == []


def _sample(column: Any, n: int) -> Any:
    """A valid value of ``column``'s type, different for each ``n``."""
    python_type = column.type.python_type
    if python_type is datetime:
        return datetime(2026, 10, 1, 8, n % 60, tzinfo=UTC)
    if python_type is date:
        return date(2026, 10, 1 + n % 28)
    if python_type is int:
        return 100 + n
    if python_type is bool:
        return n % 2 == 0
    return f"v{n}-{column.name}"


@pytest.mark.parametrize("model", _evidence_models(), ids=lambda m: m.__tablename__)
def test_hashed_columns_change_the_hash_and_excluded_ones_do_not(model: type[Any]) -> None:
    columns = list(model.__table__.columns)
    values = {c.name: _sample(c, i) for i, c in enumerate(columns)}
    values["prev_sha256"] = GENESIS
    base = evidence.row_hash(model, values)
    hashed = set(evidence.hashed_columns(model))
    for i, column in enumerate(columns):
        changed = dict(values, **{column.name: _sample(column, i + 7)})
        moved = evidence.row_hash(model, changed) != base
        if column.name in hashed:
            assert moved, f"{column.name} is declared hashed but does not change the hash"
        else:
            assert not moved, f"{column.name} is declared excluded but changes the hash"
    # The original laptop's device "" is outside the content; any other device is in it.
    assert evidence.row_hash(model, dict(values, device="")) != base


# ---------------------------------------------------------------------------- the test can fail
class _Scratch(DeclarativeBase):
    pass


class _Forgotten(EvidenceMixin, _Scratch):
    """A table given a new column nobody decided about."""

    __tablename__ = "scratch_forgotten"

    note: Mapped[str] = mapped_column(String(10))
    added_later: Mapped[str] = mapped_column(String(10))

    EVIDENCE_COLUMNS = evidence.EvidenceColumns(hashed=("note", "gone"), excluded={"x": " "})


class _Inherited(_Forgotten):
    """A subclass must declare its own columns, not inherit another table's (not mapped)."""

    __abstract__ = True


def test_the_check_names_each_kind_of_mistake() -> None:
    assert undeclared(_Forgotten) == [
        "scratch_forgotten.added_later: neither hashed nor excluded with a reason",
        "scratch_forgotten.gone: declared but not a column",
        "scratch_forgotten.x: declared but not a column",
        "scratch_forgotten.x: excluded without a reason",
    ]
    with pytest.raises(TypeError, match="declares no EVIDENCE_COLUMNS"):
        evidence.columns_of(_Inherited)


def test_a_declaration_cannot_contradict_itself() -> None:
    with pytest.raises(ValueError, match="both hashed and excluded"):
        evidence.EvidenceColumns(hashed=("a",), excluded={"a": "why"})
    with pytest.raises(ValueError, match="must be hashed"):
        evidence.EvidenceColumns(
            hashed=(), excluded={"t": "why"}, digests={"t": "d"}, digest_names={"t": "teks"}
        )
