"""The signature PNG: deterministic bytes, transparent, anti-aliased, print resolution."""

from __future__ import annotations

import io
import random

from PIL import Image

from desktop.documents.signature_image import render_png, render_svg
from desktop.domain import handwriting, strokes


def _sig(seed: int) -> strokes.Signature:
    return strokes.parse(handwriting.signature(random.Random(seed)))


def test_same_strokes_give_identical_bytes() -> None:
    a, b = render_png(_sig(1)), render_png(strokes.parse(_sig(1).to_json()))
    assert a == b
    assert render_png(_sig(2)) != a


def test_png_is_transparent_antialiased_and_300_dpi() -> None:
    image = Image.open(io.BytesIO(render_png(_sig(5))))
    assert image.mode == "RGBA"
    assert round(image.info["dpi"][0]) == 300
    alpha = image.getchannel("A")
    assert alpha.getpixel((0, 0)) == 0  # background is transparent
    levels = set(alpha.tobytes())
    assert 255 in levels  # solid ink
    assert len(levels - {0, 255}) >= 8  # soft edges: partial alpha (3x3 supersampling)
    # Cropped to the ink at 2.5 px per pad unit: a signature ~400-700 units wide.
    assert 800 < image.width < 2200


def test_uncropped_keeps_canvas_proportions() -> None:
    image = Image.open(io.BytesIO(render_png(_sig(5), crop=False, scale=1.0)))
    assert image.size == (900, 300)


def test_ink_lies_where_the_points_are() -> None:
    data = {
        "width": 900,
        "height": 300,
        "strokes": [[[100 + 5 * i, 150, 20 * i, 0.5] for i in range(100)]],
    }
    image = Image.open(io.BytesIO(render_png(strokes.parse(data), crop=False, scale=1.0)))
    alpha = image.getchannel("A")
    ink = alpha.getpixel((300, 150))
    assert isinstance(ink, int) and ink > 200  # one band: a number per pixel
    assert alpha.getpixel((300, 170)) == 0
    assert alpha.getpixel((50, 150)) == 0


def test_svg_has_one_path_per_curve() -> None:
    sig = _sig(3)
    svg = render_svg(sig)
    curves = [s for s in strokes.segments(sig) if isinstance(s, strokes.Curve)]
    assert svg.startswith("<svg") and svg.count("<path") == len(curves)
