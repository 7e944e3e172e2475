"""Hybrid logical clock: revisions that order edits across offices whose clocks disagree.

A revision is one integer: ``(wall-clock milliseconds << 16) | counter``. It never goes
backwards on one installation, even when the laptop's clock is set back, and it moves past
any revision seen from another office (``observe``). Ties between offices are broken by the
office code, so every hub orders the same two edits the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(millis: int, counter: int) -> int:
    return (millis << COUNTER_BITS) | counter


def unpack(revision: int) -> tuple[int, int]:
    return revision >> COUNTER_BITS, revision & COUNTER_MASK


@dataclass
class HybridClock:
    last: int = 0
    now_ms: Callable[[], int] = field(default=lambda: time.time_ns() // 1_000_000)

    def tick(self) -> int:
        wall = self.now_ms()
        last_ms, last_counter = unpack(self.last)
        if wall > last_ms:
            self.last = pack(wall, 0)
        else:
            self.last = pack(last_ms, last_counter + 1)
        return self.last

    def observe(self, remote: int) -> None:
        """Move past a revision received from elsewhere."""
        self.last = max(self.last, remote)


def newer(rev_a: int, origin_a: str, rev_b: int, origin_b: str) -> bool:
    """True when edit A wins over edit B (higher revision; office code breaks a tie)."""
    return (rev_a, origin_a) > (rev_b, origin_b)
