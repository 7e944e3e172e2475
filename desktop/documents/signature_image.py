"""A signature's stored strokes -> a transparent PNG at print resolution (and an SVG path).

Deterministic: the same strokes give byte-identical PNG files on every machine (integer
pixel maths in Pillow, no timestamps or text chunks, fixed compression). The ink is the
same segments the on-screen pad paints (:mod:`desktop.domain.strokes`: each Bézier curve a
round-capped stroke of its thickness, each dot a disc), drawn ``SUPERSAMPLE`` times larger
and box-filtered down, which anti-aliases the edges.
"""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw

from desktop.domain.strokes import (
    DEFAULT_INK,
    Curve,
    Dot,
    InkOptions,
    Signature,
    segments,
    stroke_segments,
)

#: Output pixels per pad unit. A 600-unit-wide signature becomes 1,200 px: printed 60 mm
#: wide that is about 500 dpi, so the ink stays crisp at 300 dpi in any pact layout.
SCALE = 2.0
SUPERSAMPLE = 3
PADDING = 8.0  # pad units of transparent margin around the ink when cropping
PRINT_DPI = 300


def ink_box(sig: Signature, options: InkOptions = DEFAULT_INK) -> tuple[float, float, float, float]:
    points = [p for s in sig.strokes for p in s]
    if not points:
        return 0.0, 0.0, sig.width, sig.height
    grow = options.max_width * 1.5 + PADDING
    return (
        min(p.x for p in points) - grow,
        min(p.y for p in points) - grow,
        max(p.x for p in points) + grow,
        max(p.y for p in points) + grow,
    )


def render_png(
    sig: Signature,
    *,
    scale: float = SCALE,
    crop: bool = True,
    options: InkOptions = DEFAULT_INK,
    color: tuple[int, int, int] = (16, 24, 64),
) -> bytes:
    """Transparent PNG of the ink; cropped to the ink (plus a margin) unless ``crop=False``."""
    x0, y0, x1, y1 = ink_box(sig, options) if crop else (0.0, 0.0, sig.width, sig.height)
    k = scale * SUPERSAMPLE
    width = max(1, math.ceil((x1 - x0) * scale)) * SUPERSAMPLE
    height = max(1, math.ceil((y1 - y0) * scale)) * SUPERSAMPLE
    mask = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(mask)
    limit = options.max_width * 1.5

    def disc(x: float, y: float, radius: float) -> None:
        cx, cy, rr = (x - x0) * k, (y - y0) * k, max(radius * k, 0.75)
        draw.ellipse((round(cx - rr), round(cy - rr), round(cx + rr), round(cy + rr)), fill=255)

    for stroke in sig.strokes:
        ribbon: list[tuple[float, float, float]] = []
        for seg in stroke_segments(stroke, options):
            if isinstance(seg, Dot):
                disc(seg.x, seg.y, min(seg.radius, limit))
            else:
                ribbon.extend(_curve_samples(seg, scale, limit))
        _fill_ribbon(draw, ribbon, x0, y0, k)
        if ribbon:
            disc(ribbon[0][0], ribbon[0][1], ribbon[0][2])
            disc(ribbon[-1][0], ribbon[-1][1], ribbon[-1][2])
    alpha = mask.reduce(SUPERSAMPLE)
    image = Image.new("RGBA", alpha.size, (*color, 0))
    image.putalpha(alpha)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=1, dpi=(PRINT_DPI, PRINT_DPI))
    return out.getvalue()


def _curve_samples(seg: Curve, scale: float, limit: float) -> list[tuple[float, float, float]]:
    """(x, y, radius) about every two output pixels; radius linear from start to end width."""
    pts = seg.flatten(scale / 2)  # a sample about every 4 output pixels
    n = len(pts) - 1
    a, b = min(seg.start_width, limit), min(seg.end_width, limit)
    return [(x, y, a + (b - a) * i / n) for i, (x, y) in enumerate(pts)]


def _fill_ribbon(
    draw: ImageDraw.ImageDraw,
    ribbon: list[tuple[float, float, float]],
    x0: float,
    y0: float,
    k: float,
) -> None:
    """Fill the stroke as quads between offset points that share their edges (no seams)."""
    if len(ribbon) < 2:
        return
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    n = len(ribbon)
    for i, (x, y, r) in enumerate(ribbon):
        ax, ay, _ = ribbon[max(i - 1, 0)]
        bx, by, _ = ribbon[min(i + 1, n - 1)]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / norm * r, dx / norm * r
        left.append((round((x + nx - x0) * k), round((y + ny - y0) * k)))
        right.append((round((x - nx - x0) * k), round((y - ny - y0) * k)))
    for i in range(n - 1):
        draw.polygon([left[i], left[i + 1], right[i + 1], right[i]], fill=255)


def _f(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def render_svg(sig: Signature, options: InkOptions = DEFAULT_INK, color: str = "#101840") -> str:
    """The same curves as SVG paths (one per curve, stroke width = mean of its two widths)."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(sig.width)}" '
        f'height="{_f(sig.height)}" viewBox="0 0 {_f(sig.width)} {_f(sig.height)}" '
        f'fill="none" stroke="{color}" stroke-linecap="round">'
    ]
    for seg in segments(sig, options):
        if isinstance(seg, Dot):
            parts.append(
                f'<circle cx="{_f(seg.x)}" cy="{_f(seg.y)}" r="{_f(seg.radius)}" '
                f'fill="{color}" stroke="none"/>'
            )
        elif isinstance(seg, Curve):
            width = seg.thickness(options.max_width * 1.5)
            parts.append(
                f'<path stroke-width="{_f(width)}" d="M{_f(seg.start[0])},{_f(seg.start[1])} '
                f"C{_f(seg.c1[0])},{_f(seg.c1[1])} {_f(seg.c2[0])},{_f(seg.c2[1])} "
                f'{_f(seg.end[0])},{_f(seg.end[1])}"/>'
            )
    parts.append("</svg>")
    return "\n".join(parts)
