"""Handwritten signatures as raw pen points, their validation, and the smoothing that draws them.

The record of a signature is the raw points, never a picture (``docs/signature-format.md``)::

    {"width": W, "height": H, "strokes": [[[x, y, t_ms, pressure], ...], ...]}

``x``/``y`` are in pad units (the pad's logical pixels, origin top-left), ``t_ms`` is a
millisecond timestamp that never decreases within a stroke, ``pressure`` is 0..1 (a mouse
reports 0.5). :func:`parse` accepts exactly that shape and refuses anything else;
:func:`check_enough` refuses a blank pad, a dot or a tiny scribble with an Indonesian message.

:func:`curves` is the smoothing of szimek/signature_pad (after Square's "smoother signatures"):
points closer than ``min_distance`` to the previous kept point are skipped, the velocity is
filtered (``v = w·d/Δt + (1-w)·v_prev``), the width is ``max(max_width/(v+1), min_width)``
scaled by pen pressure, and cubic Bézier curves pass through the kept points with control
points from the length-weighted midpoints of the neighbouring segments.

Drawing: each :class:`Curve` is one round-capped stroke along the Bézier whose thickness is
:meth:`Curve.thickness` (the mean of its start and end widths, as a diameter); a
:class:`Dot` is a filled disc. Curves are short (at least ``min_distance``), so the width
still follows the speed stroke by stroke. The Qt pad and the PNG renderer both draw these
same segments this same way, so on-screen ink and printed ink are the same ink.
:func:`dabs` gives signature_pad's own painting (discs along the curve) for reference.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import NetraError

SCHEMA = 1
MAX_CANVAS = 10_000
MAX_POINTS = 50_000
MAX_STROKES = 500


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    t: float
    pressure: float

    def distance_to(self, other: Point) -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def velocity_from(self, other: Point) -> float:
        dt = self.t - other.t
        return self.distance_to(other) / dt if dt > 0 else 0.0


Stroke = tuple[Point, ...]


@dataclass(frozen=True)
class Signature:
    width: float
    height: float
    strokes: tuple[Stroke, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "width": _num(self.width),
            "height": _num(self.height),
            "strokes": [
                [[_num(p.x), _num(p.y), _num(p.t), _num(p.pressure, 3)] for p in s]
                for s in self.strokes
            ],
        }

    def canonical(self) -> str:
        """The stored text of the strokes (canonical JSON); its SHA-256 is the strokes hash."""
        return canonical_json(self.to_json()).decode("utf-8")

    def sha256(self) -> str:
        return sha256_hex(self.canonical().encode("utf-8"))

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)


def _num(value: float, digits: int = 2) -> float | int:
    """Integers stay integers so the canonical text is short and stable."""
    rounded = round(value, digits)
    return int(rounded) if rounded == int(rounded) else rounded


def _invalid(detail_id: str, detail_en: str) -> NetraError:
    return NetraError(
        "strokes_invalid",
        f"Data coretan tanda tangan tidak sah: {detail_id}",
        f"Invalid signature stroke data: {detail_en}",
    )


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _invalid(f"{what} harus berupa angka.", f"{what} must be a number.")
    number = float(value)
    if not math.isfinite(number):
        raise _invalid(f"{what} tidak terhingga.", f"{what} is not finite.")
    return number


def parse(data: Any) -> Signature:
    """Strictly read the point format; raise ``strokes_invalid`` naming the first problem."""
    if not isinstance(data, dict):
        raise _invalid("harus berupa objek JSON.", "must be a JSON object.")
    extra = set(data) - {"width", "height", "strokes", "schema"}
    if extra:
        raise _invalid(
            f"kunci tidak dikenal: {', '.join(sorted(extra))}.",
            f"unknown keys: {', '.join(sorted(extra))}.",
        )
    if "schema" in data and data["schema"] != SCHEMA:
        raise _invalid(
            f"versi skema {data['schema']!r} tidak didukung.",
            f"schema {data['schema']!r} is not supported.",
        )
    width = _number(data.get("width"), "width")
    height = _number(data.get("height"), "height")
    if not (1 <= width <= MAX_CANVAS and 1 <= height <= MAX_CANVAS):
        raise _invalid("ukuran bidang tanda tangan di luar batas.", "canvas size out of range.")
    raw = data.get("strokes")
    if not isinstance(raw, list):
        raise _invalid("'strokes' harus berupa daftar.", "'strokes' must be a list.")
    if len(raw) > MAX_STROKES:
        raise _invalid("terlalu banyak goresan.", "too many strokes.")
    strokes: list[Stroke] = []
    total = 0
    for i, stroke in enumerate(raw, 1):
        if not isinstance(stroke, list) or not stroke:
            raise _invalid(
                f"goresan ke-{i} kosong atau bukan daftar.", f"stroke {i} is empty or not a list."
            )
        total += len(stroke)
        if total > MAX_POINTS:
            raise _invalid("terlalu banyak titik.", "too many points.")
        strokes.append(_parse_stroke(stroke, i, width, height))
    return Signature(round(width, 2), round(height, 2), tuple(strokes))


def _parse_stroke(stroke: list[Any], index: int, width: float, height: float) -> Stroke:
    points: list[Point] = []
    for j, item in enumerate(stroke, 1):
        where = f"goresan {index} titik {j}"
        if not isinstance(item, list) or len(item) != 4:
            raise _invalid(
                f"{where} harus [x, y, t_ms, tekanan].",
                f"stroke {index} point {j} must be [x, y, t_ms, pressure].",
            )
        x, y, t, p = (_number(v, where) for v in item)
        if not (-width <= x <= 2 * width and -height <= y <= 2 * height):
            raise _invalid(
                f"{where} jauh di luar bidang.", f"stroke {index} point {j} is off the pad."
            )
        if not 0.0 <= p <= 1.0:
            raise _invalid(
                f"{where}: tekanan harus 0..1.", f"stroke {index} point {j}: pressure must be 0..1."
            )
        if t < 0 or (points and t < points[-1].t):
            raise _invalid(f"{where}: waktu mundur.", f"stroke {index} point {j}: time goes back.")
        # Stored precision (0.01 unit, 0.01 ms, pressure 0.001): what is parsed is exactly
        # what the canonical text holds, so the image drawn now equals a redraw later.
        points.append(Point(round(x, 2), round(y, 2), round(t, 2), round(p, 3)))
    return tuple(points)


# ---------------------------------------------------------------- enough ink?


@dataclass(frozen=True)
class SizeRules:
    """Minimum ink, as fractions of the pad height (the writing scale of any pad size)."""

    min_ink: float = 0.8  # total stroke length
    min_extent: float = 0.25  # larger side of the ink's bounding box
    dot_extent: float = 0.05  # below this (and little ink) it is a dot


@dataclass(frozen=True)
class InkStats:
    length: float
    box: tuple[float, float, float, float]  # x0, y0, x1, y1

    @property
    def extent(self) -> float:
        x0, y0, x1, y1 = self.box
        return max(x1 - x0, y1 - y0)


def ink_stats(sig: Signature) -> InkStats | None:
    points = [p for s in sig.strokes for p in s]
    if not points:
        return None
    length = sum(a.distance_to(b) for s in sig.strokes for a, b in itertools.pairwise(s))
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    return InkStats(length, (min(xs), min(ys), max(xs), max(ys)))


def check_enough(sig: Signature, rules: SizeRules = SizeRules()) -> InkStats:
    """Refuse a blank pad, a dot or a tiny scribble (``signature_blank/_dot/_too_small``)."""
    stats = ink_stats(sig)
    if stats is None:
        raise NetraError(
            "signature_blank",
            "Tanda tangan masih kosong. Silakan tanda tangan di dalam kotak.",
            "The signature is blank. Please sign inside the box.",
        )
    scale = sig.height
    if stats.extent < rules.dot_extent * scale and stats.length < rules.min_ink * scale / 4:
        raise NetraError(
            "signature_dot",
            "Tanda tangan hanya berupa titik. Silakan tanda tangan seperti biasa.",
            "The signature is only a dot. Please sign as you normally do.",
        )
    if stats.extent < rules.min_extent * scale or stats.length < rules.min_ink * scale:
        raise NetraError(
            "signature_too_small",
            "Tanda tangan terlalu kecil atau terlalu "
            "pendek. Hapus lalu tanda tangan lebih besar di dalam kotak.",
            "The signature is too small or too short. Clear it and sign larger inside the box.",
            length=round(stats.length, 1),
            extent=round(stats.extent, 1),
        )
    return stats


# ---------------------------------------------------------------- smoothing


@dataclass(frozen=True)
class InkOptions:
    """signature_pad options, in pad units (scaled so a 300-unit-high pad writes well)."""

    min_width: float = 0.9
    max_width: float = 3.2
    min_distance: float = 5.0
    velocity_filter_weight: float = 0.7
    pressure_weight: float = 1.0  # 0: ignore pressure; 1: width x (0.5 + pressure)

    @property
    def dot_size(self) -> float:
        return (self.min_width + self.max_width) / 2


DEFAULT_INK = InkOptions()


@dataclass(frozen=True)
class Curve:
    """A cubic Bézier from ``start`` to ``end`` whose radius goes ``start_width`` -> ``end_width``."""

    start: tuple[float, float]
    c1: tuple[float, float]
    c2: tuple[float, float]
    end: tuple[float, float]
    start_width: float
    end_width: float

    def at(self, t: float) -> tuple[float, float]:
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        return (
            a * self.start[0] + b * self.c1[0] + c * self.c2[0] + d * self.end[0],
            a * self.start[1] + b * self.c1[1] + c * self.c2[1] + d * self.end[1],
        )

    def thickness(self, limit: float) -> float:
        """Pen thickness (diameter) for drawing the whole curve as one stroke."""
        return min(self.start_width + self.end_width, 2 * limit)

    def flatten(self, scale: float = 1.0) -> list[tuple[float, float]]:
        """Points along the curve about every two output pixels at ``scale``."""
        steps = max(1, math.ceil(self.length() * scale / 2))
        return [self.at(i / steps) for i in range(steps + 1)]

    def length(self, steps: int = 10) -> float:
        total = 0.0
        px, py = self.start
        for i in range(1, steps + 1):
            x, y = self.at(i / steps)
            total += math.hypot(x - px, y - py)
            px, py = x, y
        return total


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    radius: float


Segment = Curve | Dot


def _control_points(
    s1: Point, s2: Point, s3: Point
) -> tuple[tuple[float, float], tuple[float, float]]:
    m1 = ((s1.x + s2.x) / 2, (s1.y + s2.y) / 2)
    m2 = ((s2.x + s3.x) / 2, (s2.y + s3.y) / 2)
    l1 = math.hypot(s1.x - s2.x, s1.y - s2.y)
    l2 = math.hypot(s2.x - s3.x, s2.y - s3.y)
    k = l2 / (l1 + l2) if l1 + l2 else 0.0
    cm = (m2[0] + (m1[0] - m2[0]) * k, m2[1] + (m1[1] - m2[1]) * k)
    tx, ty = s2.x - cm[0], s2.y - cm[1]
    return (m1[0] + tx, m1[1] + ty), (m2[0] + tx, m2[1] + ty)


@dataclass
class StrokeSmoother:
    """Incremental smoothing of one stroke: feed raw points, get segments to draw at once.

    The pad calls :meth:`add` per pointer event and :meth:`finish` on pen-up; the renderer
    does the same over the stored points, so both produce identical segments.
    """

    options: InkOptions = DEFAULT_INK
    _window: list[Point] = field(default_factory=list)
    _last: Point | None = None
    _last_raw: Point | None = None
    _velocity: float = 0.0
    _width: float = 0.0
    _count: int = 0

    def __post_init__(self) -> None:
        self._width = self.options.dot_size

    def add(self, point: Point) -> list[Segment]:
        self._last_raw = point
        if self._last is not None and point.distance_to(self._last) <= self.options.min_distance:
            return []
        first = self._last is None
        self._last = point
        self._count += 1
        curve = self._push(point)
        if first:
            return [Dot(point.x, point.y, self._pressure_width(self.options.dot_size, point))]
        return [curve] if curve is not None else []

    def finish(self) -> list[Segment]:
        """Close the stroke: reach the pen-up point and draw the last pending curve."""
        out: list[Segment] = []
        raw = self._last_raw
        if raw is not None and self._last is not None and raw.distance_to(self._last) > 0:
            self._last = raw
            curve = self._push(raw)
            if curve is not None:
                out.append(curve)
        if len(self._window) >= 2:
            # Repeat the last point so the final span (to the pen-up point) gets its curve.
            curve = self._push(self._window[-1])
            if curve is not None and curve.length() > 0:
                out.append(curve)
        self._window.clear()
        return out

    def _push(self, point: Point) -> Curve | None:
        window = self._window
        window.append(point)
        if len(window) < 3:
            return None
        if len(window) == 3:
            window.insert(0, window[0])
        p0, p1, p2, p3 = window[0], window[1], window[2], window[3]
        w = self.options.velocity_filter_weight
        velocity = w * p2.velocity_from(p1) + (1 - w) * self._velocity
        width = self._pressure_width(
            max(self.options.max_width / (velocity + 1), self.options.min_width), p2
        )
        c2 = _control_points(p0, p1, p2)[1]
        c3 = _control_points(p1, p2, p3)[0]
        curve = Curve((p1.x, p1.y), c2, c3, (p2.x, p2.y), self._width, width)
        self._velocity, self._width = velocity, width
        window.pop(0)
        return curve

    def _pressure_width(self, width: float, point: Point) -> float:
        factor = 1.0 + self.options.pressure_weight * (point.pressure - 0.5)
        return min(max(width * factor, self.options.min_width * 0.5), self.options.max_width * 1.5)


def stroke_segments(stroke: Sequence[Point], options: InkOptions = DEFAULT_INK) -> list[Segment]:
    smoother = StrokeSmoother(options)
    out: list[Segment] = []
    for point in stroke:
        out.extend(smoother.add(point))
    out.extend(smoother.finish())
    return out


def segments(sig: Signature, options: InkOptions = DEFAULT_INK) -> list[Segment]:
    """Every drawable segment of a signature, stroke after stroke."""
    out: list[Segment] = []
    for stroke in sig.strokes:
        out.extend(stroke_segments(stroke, options))
    return out


def dabs(
    segment: Segment, scale: float = 1.0, max_width: float | None = None
) -> Iterator[tuple[float, float, float]]:
    """Filled circles (x, y, radius), in pad units, that paint ``segment`` at ``scale``.

    Like signature_pad: ``ceil(length·scale)·2`` steps, radius from start to end width
    interpolated with ``t³``, clamped to ``max_width`` (no ink drops on fast strokes).
    """
    if isinstance(segment, Dot):
        yield segment.x, segment.y, segment.radius
        return
    limit = max_width if max_width is not None else max(segment.start_width, segment.end_width)
    steps = max(1, math.ceil(segment.length() * scale) * 2)
    delta = segment.end_width - segment.start_width
    for i in range(steps):
        t = i / steps
        x, y = segment.at(t)
        yield x, y, min(segment.start_width + t * t * t * delta, limit)


def all_dabs(
    segs: Iterable[Segment], scale: float = 1.0, options: InkOptions = DEFAULT_INK
) -> Iterator[tuple[float, float, float]]:
    for seg in segs:
        yield from dabs(seg, scale, options.max_width * 1.5)
