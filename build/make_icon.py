"""Regenerate ``resources/icons/netra.ico`` from ``resources/icons/netra.svg``.

    python build/make_icon.py            # writes resources/icons/netra.ico
    python build/make_icon.py OUT.ico    # writes elsewhere (the tests compare the two)

Each size is rendered from the SVG on its own by Qt's ``QSvgRenderer`` (offscreen, no display
needed), not scaled down from one large bitmap, so the 16 and 24 px frames stay sharp. Pillow then
writes them into one Windows icon. The ``.ico`` is committed: the Windows build uses it for both
executables (``installer.spec``) and the NSIS installer (``build/netra.nsi``); the app's window
icon comes from the SVG itself (``desktop/ui/theme.py``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "netra.svg"
ICO = ROOT / "resources" / "icons" / "netra.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, svg: Path = SVG) -> Image.Image:
    """One square RGBA frame of ``svg`` at ``size`` pixels (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icon: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    # RGBA8888 is byte-ordered R, G, B, A: exactly Pillow's "RGBA" raw layout.
    data = bytes(image.constBits())[: size * size * 4]
    return Image.frombytes("RGBA", (size, size), data)


def make_icon(out: Path = ICO, svg: Path = SVG) -> Path:
    frames = [render(size, svg) for size in SIZES]
    largest = frames[-1]
    out.parent.mkdir(parents=True, exist_ok=True)
    # Pillow takes each size from append_images when one matches exactly, else it would
    # downscale the first image; every size here is rendered on its own.
    largest.save(
        out,
        format="ICO",
        sizes=[(s, s) for s in SIZES],
        append_images=frames[:-1],
    )
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ICO
    print(make_icon(target))
