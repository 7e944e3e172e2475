"""Primary keys: time-ordered UUIDs (RFC 9562 version 7), unique and increasing."""

from __future__ import annotations

import time
import uuid

import pytest

from desktop.store import base


def test_ids_are_version_7_uuids_carrying_the_time() -> None:
    before = time.time_ns() // 1_000_000
    ids = base.new_ids(3000)
    after = time.time_ns() // 1_000_000
    assert len(set(ids)) == 3000
    for text in ids[:300]:
        parsed = uuid.UUID(text)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == text
        assert before <= parsed.int >> 80 <= after + 1


def test_ids_increase_across_calls_and_single_ids() -> None:
    made = [*base.new_ids(500), base.new_id(), *base.new_ids(2), base.new_id()]
    made += [base.new_id() for _ in range(2000)]
    assert made == sorted(made) and len(set(made)) == len(made)


def test_ids_keep_increasing_when_the_clock_steps_back(monkeypatch: pytest.MonkeyPatch) -> None:
    first = base.new_ids(10)
    real = time.time_ns()
    monkeypatch.setattr(base.time, "time_ns", lambda: real - 3_600_000_000_000)  # one hour back
    later = [*base.new_ids(10), base.new_id()]
    assert later[0] > first[-1] and later == sorted(later)


def test_a_full_counter_moves_on_to_the_next_millisecond(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = time.time_ns() + 10_000_000_000  # later than any id made so far
    monkeypatch.setattr(base.time, "time_ns", lambda: frozen)
    first = base.new_id()
    monkeypatch.setattr(base._UUID7, "_counter", (1 << 26) - 3)  # nearly full this millisecond
    ids = [first, *base.new_ids(2), *base.new_ids(5)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert uuid.UUID(ids[-1]).int >> 80 == frozen // 1_000_000 + 1


def test_batch_size_is_bounded() -> None:
    with pytest.raises(ValueError):
        base.new_ids(0)
