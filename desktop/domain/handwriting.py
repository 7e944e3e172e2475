"""Procedural, handwriting-like signatures for demo data, tests, benchmarks and the self-test.

Each signature is a tall looped capital, a cursive body of loops and arches (a slanted
prolate cycloid whose letter heights, widths and speeds vary), and often an underline
flourish, sampled like a pen at ``hz`` with smoothly varying pressure. Every person gets
a different one from the random generator; the same seed gives the same signature.
"""

from __future__ import annotations

import itertools
import math
import random
from typing import Any


def _stroke(
    rng: random.Random, pts: list[tuple[float, float]], t0: float, hz: float, pressure: bool
) -> tuple[list[list[float]], float]:
    out: list[list[float]] = []
    dt = 1000.0 / hz
    phase = rng.uniform(0, math.tau)
    t = t0
    n = len(pts)
    for i, (x, y) in enumerate(pts):
        if pressure:
            ramp = min(1.0, i / 6, (n - 1 - i) / 6 + 0.2)
            p = max(0.05, min(1.0, (0.45 + 0.2 * math.sin(phase + i / 9)) * ramp + 0.1))
        else:
            p = 0.5
        out.append([round(x, 1), round(y, 1), round(t, 1), round(p, 3)])
        t += dt
    return out, t


def _resample(
    path: list[tuple[float, float]], speed: float, hz: float
) -> list[tuple[float, float]]:
    """Points along ``path`` spaced as a pen moving at ``speed`` units/ms sampled at ``hz``."""
    base_step = speed * 1000.0 / hz
    out = [path[0]]
    travelled = 0.0
    pos = base_step
    for (ax, ay), (bx, by) in itertools.pairwise(path):
        seg = math.hypot(bx - ax, by - ay)
        while pos <= seg:
            f = pos / seg
            out.append((ax + (bx - ax) * f, ay + (by - ay) * f))
            # A hand slows down in the turns and speeds up in between: vary the step.
            pos += base_step * (0.45 + 0.9 * abs(math.sin((travelled + pos) / 22.0)))
        pos -= seg
        travelled += seg
    out.append(path[-1])
    return out


def signature(
    rng: random.Random,
    width: float = 900,
    height: float = 300,
    hz: float = 200,
    pressure: bool = True,
) -> dict[str, Any]:
    """A signature in the point format of :mod:`desktop.domain.strokes`."""
    base = height * rng.uniform(0.58, 0.68)
    x = width * rng.uniform(0.12, 0.22)
    slant = rng.uniform(0.15, 0.45)
    letter_h = height * rng.uniform(0.13, 0.2)
    strokes: list[list[list[float]]] = []
    t = 1000.0 * rng.uniform(0, 5)

    # Capital: a tall loop rising from the baseline and back, then into the body.
    cap_h = height * rng.uniform(0.38, 0.5)
    cap_w = width * rng.uniform(0.08, 0.13)
    cap: list[tuple[float, float]] = []
    bowl = rng.uniform(0.45, 0.7)  # a "P"/"D"-like capital: a stem, then a bowl
    for i in range(20):  # the stem, written upwards
        f = i / 19
        cy = base - cap_h * f
        cap.append((x + cap_w * 0.1 * math.sin(math.pi * f) - slant * (cy - base), cy))
    for i in range(1, 40):  # the bowl, round to the right and back to the stem
        a = math.pi * i / 39
        cy = base - cap_h + cap_h * bowl * (1 - math.cos(a)) / 2
        cap.append((x + cap_w * 1.3 * math.sin(a) - slant * (cy - base), cy))
    points, t = _stroke(rng, _resample(cap, rng.uniform(0.6, 1.1), hz), t, hz, pressure)
    strokes.append(points)
    t += rng.uniform(80, 250)

    # Body: letters as loops/arches of a prolate cycloid.
    x += cap_w * rng.uniform(0.8, 1.2)
    body: list[tuple[float, float]] = []
    letters = rng.randint(5, 9)
    for _ in range(letters):
        tall = rng.random() < 0.25
        h = letter_h * (rng.uniform(1.8, 2.4) if tall else rng.uniform(0.8, 1.2))
        w = width * rng.uniform(0.035, 0.06)
        loop = rng.uniform(0.2, 0.9) * w
        for i in range(24):
            th = math.tau * i / 24
            px = x + w * th / math.tau - loop * math.sin(th)
            py = base - h * (1 - math.cos(th)) / 2
            body.append((px - slant * (py - base), py + rng.uniform(-0.6, 0.6)))
        x += w
    body.append((x + width * 0.03, base - letter_h * 0.3))
    points, t = _stroke(rng, _resample(body, rng.uniform(0.7, 1.4), hz), t, hz, pressure)
    strokes.append(points)

    if rng.random() < 0.7:  # underline flourish, back from the right
        t += rng.uniform(100, 300)
        x_end = min(x + width * 0.05, width * 0.95)
        x_start = width * rng.uniform(0.1, 0.25)
        sweep = []
        for i in range(40):
            f = i / 39
            sweep.append(
                (
                    x_end - (x_end - x_start) * f,
                    base
                    + height * (0.08 + 0.06 * math.sin(math.pi * f) + rng.uniform(-0.003, 0.003)),
                )
            )
        points, t = _stroke(rng, _resample(sweep, rng.uniform(1.2, 2.2), hz), t, hz, pressure)
        strokes.append(points)
    for stroke in strokes:
        for p in stroke:
            p[0] = round(min(max(p[0], 2.0), width - 2.0), 1)
            p[1] = round(min(max(p[1], 2.0), height - 2.0), 1)
    return {"width": width, "height": height, "strokes": strokes}
