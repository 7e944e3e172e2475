"""Primary keys: random (version 4) UUIDs, one at a time or in a batch for bulk inserts."""

from __future__ import annotations

import uuid

import pytest

from desktop.store import base


def test_batch_ids_are_valid_unique_version_4_uuids() -> None:
    ids = base.new_ids(3000)
    assert len(set(ids)) == 3000
    for text in ids[:300]:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == text


def test_single_ids_are_version_4_and_never_repeat() -> None:
    made = {base.new_id() for _ in range(2000)} | set(base.new_ids(2000))
    assert len(made) == 4000
    assert {uuid.UUID(i).version for i in made} == {4}


def test_batch_size_is_bounded() -> None:
    with pytest.raises(ValueError):
        base.new_ids(0)
