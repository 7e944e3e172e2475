"""Pact signing.

- ``signing.save``: saving one signature as the kiosk does (validate the strokes, render the
  PNG, hash, append the chained record and its audit entry, durable commit); median of 15.
  Baseline: recording a refusal in the same run (the same chained, audited, durable write
  without strokes or image). Target: at most 0.150 s.
- ``signing.pad``: feeding 2,000 pen events (a 500 Hz pen, so 4 s of writing) to the on-screen
  pad, letting Qt paint as it goes; events per second. Baseline: the naive pad that repaints the
  whole growing path on every event, measured on the first 300 events in the same run.
  Target: at least 2,500 events/s (5x real time).
- ``signing.event400``: an event of 400 signers signed one after the other; the last ten
  saves (median) against the first ten, with the 1st and the 400th save and CPU times as
  extra figures. Target: the end of the event within 2x its start.

Runnable alone: ``python -m benchmarks.bench_signing``.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from datetime import date
from typing import Any

from benchmarks.common import add_employees, load_average, office_dir, open_office, scenario

PEN_HZ = 500
PAD_EVENTS = 2000


def _event(ctx: Any) -> str:
    from desktop.services.signing import setup as signing_setup

    election = signing_setup.add_election(ctx, "Pilkada Serentak 2024", date(2024, 11, 27))
    event = signing_setup.create_event(
        ctx,
        name="Apel Netralitas ASN",
        election_id=election.id,
        template_code="pakta-netralitas-asn",
        event_date=date(2024, 9, 30),
        place="Ilwaki",
    )
    return event.id


def _hands(n: int) -> list[dict[str, Any]]:
    from desktop.domain import handwriting

    return [handwriting.signature(random.Random(i), hz=PEN_HZ) for i in range(n)]


def _people(ctx: Any, event_id: str) -> list[str]:
    from desktop.services import signing

    return [p.employee_id for p in signing.people(ctx, event_id)]


def bench_save() -> dict[str, Any]:
    from desktop.services import signing

    with office_dir(employees=40) as data, open_office(data) as ctx:
        event_id = _event(ctx)
        people = _people(ctx, event_id)
        hands = _hands(16)
        signing.sign(ctx, event_id, people[0], hands[0])  # warm-up
        saves, cpu = [], []
        for i in range(1, 16):
            start, start_cpu = time.perf_counter(), time.process_time()
            signing.sign(ctx, event_id, people[i], hands[i])
            saves.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        refusals = []
        for i in range(16, 31):
            start = time.perf_counter()
            signing.refuse(ctx, event_id, people[i], "Tidak bersedia")
            refusals.append(time.perf_counter() - start)
    return scenario("signing.save", round(statistics.median(saves), 4), "s",
                    round(statistics.median(refusals), 4), target=0.150,
                    worst=round(max(saves), 4), cpu_median=round(statistics.median(cpu), 4),
                    load=load_average())  # fmt: skip


def _feed(pad: Any, events: list[tuple[float, float, float, int, int]], app: Any) -> float:
    """Send pen events as a 500 Hz pen would (press, moves, release), painting as Qt does."""
    from PySide6.QtCore import QEvent, QPointF

    from tests.signing.pen import tablet

    kinds = {0: QEvent.Type.TabletPress, 1: QEvent.Type.TabletMove,
             2: QEvent.Type.TabletRelease}  # fmt: skip
    start = time.perf_counter()
    for i, (x, y, p, t, kind) in enumerate(events):
        tablet(pad, kinds[kind], QPointF(x, y), p, t)
        if i % 8 == 7:  # Qt paints between input events at about 60 Hz
            app.processEvents()
    app.processEvents()
    return time.perf_counter() - start


def _pen_events(n: int) -> list[tuple[float, float, float, int, int]]:
    out: list[tuple[float, float, float, int, int]] = []
    for hand in _hands(20):
        for stroke in hand["strokes"]:
            for j, (x, y, t, p) in enumerate(stroke):
                out.append((x, y, p, 1000 + int(t), 0 if j == 0 else 1))
            x, y, t, _p = stroke[-1]
            out.append((x, y, 0.0, 1001 + int(t), 2))
            if len(out) >= n:
                return out[:n]
    return out


def bench_pad() -> dict[str, Any]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.signing.signature_pad import SignaturePad

    app = QApplication.instance() or QApplication([])

    class NaivePad(SignaturePad):
        """Repaints the whole growing path on every event (what the pad avoids)."""

        def _paint_new(self, segments: list[Any]) -> None:
            self._redraw_all()
            self.repaint()

    events = _pen_events(PAD_EVENTS)
    pad = SignaturePad()
    pad.resize(900, 300)
    pad.show()
    app.processEvents()
    seconds = _feed(pad, events, app)
    naive = NaivePad()
    naive.resize(900, 300)
    naive.show()
    app.processEvents()
    base_events = events[:300]
    base_seconds = _feed(naive, base_events, app)
    pad.close()
    naive.close()
    rate = len(events) / seconds
    return scenario("signing.pad", round(rate), "events/s", round(len(base_events) / base_seconds),
                    target=PEN_HZ * 5, higher_is_better=True, events=len(events),
                    realtime_factor=round(rate / PEN_HZ, 1))  # fmt: skip


def bench_event400() -> dict[str, Any]:
    from desktop.services import signing

    with office_dir() as data, open_office(data) as ctx:
        add_employees(ctx, 400, units=10)
        event_id = _event(ctx)
        people = _people(ctx, event_id)
        hands = _hands(40)
        times, cpu = [], []
        for i, person in enumerate(people[:400]):
            start, start_cpu = time.perf_counter(), time.process_time()
            signing.sign(ctx, event_id, person, hands[i % 40])
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        signed, total = signing.signed_count(ctx, event_id)
    # One save is noisy on a shared machine: compare the medians of the first and last ten.
    first10, last10 = statistics.median(times[:10]), statistics.median(times[-10:])
    return scenario("signing.event400", round(last10, 4), "s", round(first10, 4),
                    target_ratio=2.0, first_save=round(times[0], 4),
                    save_400=round(times[-1], 4),
                    cpu_first10=round(statistics.median(cpu[:10]), 4),
                    cpu_last10=round(statistics.median(cpu[-10:]), 4), signed=signed,
                    total=total, load=load_average())  # fmt: skip


if __name__ == "__main__":
    print(json.dumps(bench_save()))
    print(json.dumps(bench_pad()))
    print(json.dumps(bench_event400()))
