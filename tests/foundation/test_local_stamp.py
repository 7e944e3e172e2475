"""One way to show a time: the office's zone, Indonesian dot, minute truncated like the PDFs."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.office import local_stamp


def test_office_zone_dot_and_truncation() -> None:
    moment = datetime(2024, 9, 30, 7, 57, 59, tzinfo=UTC)
    assert local_stamp(moment, "Asia/Jayapura") == "30-09-2024 16.57 WIT"
    assert local_stamp(moment, "Asia/Makassar") == "30-09-2024 15.57 WITA"
    assert local_stamp(moment, "Asia/Jayapura", label=False) == "30-09-2024 16.57"


def test_without_a_known_zone_it_is_utc() -> None:
    moment = datetime(2024, 9, 30, 7, 5, tzinfo=UTC)
    assert local_stamp(moment, None) == "30-09-2024 07.05 UTC"
    assert local_stamp(moment, "Mars/Olympus") == "30-09-2024 07.05 UTC"
