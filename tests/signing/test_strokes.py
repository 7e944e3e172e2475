"""Point format parsing, refusal rules and the signature_pad smoothing (pure domain)."""

from __future__ import annotations

import itertools
import math
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import handwriting, strokes
from desktop.domain.errors import NetraError
from desktop.domain.strokes import Curve, Dot, InkOptions, Point, StrokeSmoother


def sig(points: list[list[list[float]]], w: float = 900, h: float = 300) -> dict[str, Any]:
    return {"width": w, "height": h, "strokes": points}


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"width": 900, "height": 300},
        {"width": 900, "height": 300, "strokes": "x"},
        {"width": 0, "height": 300, "strokes": []},
        {"width": 900, "height": 300, "strokes": [[]]},
        {"width": 900, "height": 300, "strokes": [[[1, 2, 3]]]},
        {"width": 900, "height": 300, "strokes": [[[1, 2, 3, 1.5]]]},
        {"width": 900, "height": 300, "strokes": [[[1, 2, 3, "0.5"]]]},
        {"width": 900, "height": 300, "strokes": [[[1, 2, 3, True]]]},
        {"width": 900, "height": 300, "strokes": [[[float("nan"), 2, 3, 0.5]]]},
        {"width": 900, "height": 300, "strokes": [[[1, 2, 10, 0.5], [3, 4, 5, 0.5]]]},
        {"width": 900, "height": 300, "strokes": [[[5000, 2, 10, 0.5]]]},
        {"width": 900, "height": 300, "strokes": [], "colour": "blue"},
        {"width": 900, "height": 300, "strokes": [], "schema": 2},
    ],
)
def test_parse_refuses_malformed(data: Any) -> None:
    with pytest.raises(NetraError) as err:
        strokes.parse(data)
    assert err.value.code == "strokes_invalid"
    assert "tidak sah" in err.value.message_id


def test_parse_round_trip_and_hash_is_stable() -> None:
    data = handwriting.signature(random.Random(3))
    a = strokes.parse(data)
    b = strokes.parse(strokes.parse(data).to_json())
    assert a.canonical() == b.canonical()
    assert a.sha256() == b.sha256()
    assert a.sha256() != strokes.parse(handwriting.signature(random.Random(4))).sha256()


def test_blank_dot_and_tiny_scribble_refused() -> None:
    with pytest.raises(NetraError) as err:
        strokes.check_enough(strokes.parse(sig([])))
    assert err.value.code == "signature_blank"
    dot = sig([[[100, 100, 0, 0.5], [101, 101, 10, 0.5]]])
    with pytest.raises(NetraError) as err:
        strokes.check_enough(strokes.parse(dot))
    assert err.value.code == "signature_dot"
    tiny = sig([[[100 + i * 3, 100 + (i % 2) * 8, i * 10, 0.5] for i in range(12)]])
    with pytest.raises(NetraError) as err:
        strokes.check_enough(strokes.parse(tiny))
    assert err.value.code == "signature_too_small"
    assert "terlalu kecil" in err.value.message_id
    # A long straight line is big enough in extent but the rule on ink length still applies.
    line = sig([[[100, 150, 0, 0.5], [200, 150, 100, 0.5]]])
    with pytest.raises(NetraError):
        strokes.check_enough(strokes.parse(line))


def test_real_signatures_pass() -> None:
    for seed in range(20):
        stats = strokes.check_enough(strokes.parse(handwriting.signature(random.Random(seed))))
        assert stats.length > 240


def _curves(points: list[Point], options: InkOptions = strokes.DEFAULT_INK) -> list[Curve]:
    return [s for s in strokes.stroke_segments(points, options) if isinstance(s, Curve)]


def test_smoothing_is_continuous_and_passes_through_kept_points() -> None:
    pts = [Point(100 + 20 * i, 150 + 30 * math.sin(i / 2), 10 * i, 0.5) for i in range(20)]
    segs = strokes.stroke_segments(pts)
    assert isinstance(segs[0], Dot)
    curves = [s for s in segs if isinstance(s, Curve)]
    for a, b in itertools.pairwise(curves):
        assert a.end == b.start  # the curve is one continuous line
    assert curves[0].start == (pts[0].x, pts[0].y)
    assert curves[-1].end == (pts[-1].x, pts[-1].y)  # reaches the pen-up point
    kept = {(p.x, p.y) for p in pts}
    assert all(c.start in kept and c.end in kept for c in curves)


def test_min_distance_skips_close_points_but_keeps_pen_up() -> None:
    dense = [Point(100 + 0.5 * i, 150, i, 0.5) for i in range(100)]  # 0.5 units apart
    curves = _curves(dense)
    assert len(curves) < 15
    assert curves[-1].end == (dense[-1].x, dense[-1].y)


def test_faster_strokes_are_thinner_and_pressure_thickens() -> None:
    def mean_width(dt: float, pressure: float) -> float:
        pts = [Point(100 + 10 * i, 150, dt * i, pressure) for i in range(30)]
        cs = _curves(pts)[5:-2]
        return sum(c.end_width for c in cs) / len(cs)

    assert mean_width(2, 0.5) < mean_width(40, 0.5)  # 5 units/ms vs 0.25 units/ms
    assert mean_width(10, 0.9) > mean_width(10, 0.5) > mean_width(10, 0.1)
    opts = InkOptions()
    for c in _curves([Point(10 * i, 5 * i, i, 1.0) for i in range(40)]):
        assert opts.min_width * 0.5 <= c.end_width <= opts.max_width * 1.5


def test_velocity_filter_smooths_a_sudden_jump() -> None:
    pts = [Point(100 + 10 * i, 150, 10 * i, 0.5) for i in range(10)]
    pts += [Point(200 + 10 * i, 150, 91 + i, 0.5) for i in range(1, 6)]  # suddenly 10x faster
    widths = [c.end_width for c in _curves(pts)]
    drops = [a - b for a, b in itertools.pairwise(widths)]
    assert max(drops) < widths[7] - min(widths)  # no single step goes all the way down


def test_incremental_smoother_equals_batch() -> None:
    data = strokes.parse(handwriting.signature(random.Random(11), hz=500))
    batch = strokes.segments(data)
    live: list[strokes.Segment] = []
    for stroke in data.strokes:
        sm = StrokeSmoother()
        for p in stroke:
            live.extend(sm.add(p))
        live.extend(sm.finish())
    assert live == batch


def test_dabs_follow_signature_pad() -> None:
    curve = Curve((0, 0), (10, 0), (20, 0), (30, 0), 1.0, 3.0)
    dabs = list(strokes.dabs(curve, 1.0, max_width=2.0))
    assert len(dabs) == math.ceil(curve.length()) * 2
    assert dabs[0][2] == 1.0 and max(r for *_xy, r in dabs) == 2.0  # clamped, no ink drops


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 900), st.floats(0, 300), st.floats(0, 1)), min_size=1, max_size=60
    )
)
def test_any_valid_stroke_smooths_without_error(raw: list[tuple[float, float, float]]) -> None:
    data = sig([[[x, y, i * 4, p] for i, (x, y, p) in enumerate(raw)]])
    parsed = strokes.parse(data)
    for seg in strokes.segments(parsed):
        if isinstance(seg, Curve):
            assert all(math.isfinite(v) for v in (*seg.c1, *seg.c2, seg.end_width))
