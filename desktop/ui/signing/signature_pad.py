"""The on-screen signature pad: mouse, pen (tablet events with pressure) and touch.

The raw points are the record (``docs/signature-format.md``). The pad has its own fixed
coordinate space (``PAD_WIDTH`` x ``PAD_HEIGHT`` units, 3:1) shown scaled to fit the widget,
so a resize or a rotation never loses or distorts the signature: the ink cache is simply
redrawn from the points. Each pointer event smooths the new point
(:class:`desktop.domain.strokes.StrokeSmoother`) and paints only the new segment onto a
cached ``QImage``, then asks Qt to repaint just that rectangle: the whole path is never
repainted per event, which is what keeps up with a 500 Hz pen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.strokes import (
    DEFAULT_INK,
    Curve,
    Dot,
    InkOptions,
    Point,
    Segment,
    StrokeSmoother,
    stroke_segments,
)

PAD_WIDTH = 900.0
PAD_HEIGHT = 300.0
INK = QColor(16, 24, 64)
GUIDE = QColor(150, 160, 180)
MOUSE_PRESSURE = 0.5


class SignaturePad(QWidget):
    """Emits ``changed(stroke_count)`` after each stroke, undo or clear."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, options: InkOptions = DEFAULT_INK) -> None:
        super().__init__(parent)
        self.options = options
        self._strokes: list[list[Point]] = []
        self._smoother: StrokeSmoother | None = None
        self._cache: QImage | None = None
        self._clock = QElapsedTimer()
        self._clock.start()
        self._t_base: float | None = None
        self._last_t = 0.0
        self._read_only = False
        self.guide_text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ------------------------------------------------------------------ data
    def is_empty(self) -> bool:
        return not any(self._strokes)

    def stroke_count(self) -> int:
        return len(self._strokes)

    def strokes_data(self) -> dict[str, Any]:
        """The signature in the point format (the raw points, never the smoothed ink)."""
        return {
            "width": int(PAD_WIDTH),
            "height": int(PAD_HEIGHT),
            "strokes": [
                [[round(p.x, 2), round(p.y, 2), round(p.t, 1), round(p.pressure, 3)] for p in s]
                for s in self._strokes
                if s
            ],
        }

    def load(self, data: dict[str, Any], read_only: bool = True) -> None:
        """Show stored strokes (e.g. an existing signature); scaled to this pad's space."""
        sx = PAD_WIDTH / float(data.get("width") or PAD_WIDTH)
        sy = PAD_HEIGHT / float(data.get("height") or PAD_HEIGHT)
        self._strokes = [
            [Point(x * sx, y * sy, t, p) for x, y, t, p in stroke]
            for stroke in data.get("strokes", [])
        ]
        self._read_only = read_only
        self._smoother = None
        self._redraw_all()
        self.changed.emit(len(self._strokes))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def clear(self) -> None:
        self._strokes.clear()
        self._smoother = None
        self._t_base = None
        self._read_only = False
        self._redraw_all()
        self.changed.emit(0)

    def undo(self) -> None:
        if self._smoother is not None:
            self._end_stroke()
        if self._strokes:
            self._strokes.pop()
            self._redraw_all()
            self.changed.emit(len(self._strokes))

    # ------------------------------------------------------------------ geometry
    def _frame(self) -> tuple[float, float, float]:
        """(scale, x offset, y offset) mapping pad units to widget pixels (letterboxed)."""
        w, h = max(1, self.width()), max(1, self.height())
        scale = min(w / PAD_WIDTH, h / PAD_HEIGHT)
        return scale, (w - PAD_WIDTH * scale) / 2, (h - PAD_HEIGHT * scale) / 2

    def _to_pad(self, pos: QPointF) -> tuple[float, float]:
        scale, ox, oy = self._frame()
        return (pos.x() - ox) / scale, (pos.y() - oy) / scale

    def sizeHint(self) -> Any:
        from PySide6.QtCore import QSize

        return QSize(900, 300)

    # ------------------------------------------------------------------ ink cache
    def _new_cache(self) -> QImage:
        ratio = self.devicePixelRatioF()
        image = QImage(
            max(1, round(self.width() * ratio)),
            max(1, round(self.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        return image

    def _redraw_all(self) -> None:
        self._cache = self._new_cache()
        painter = self._painter()
        for stroke in self._strokes:
            for seg in stroke_segments(stroke, self.options):
                self._paint_segment(painter, seg)
        painter.end()
        self.update()

    def _painter(self) -> QPainter:
        assert self._cache is not None
        painter = QPainter(self._cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scale, ox, oy = self._frame()
        painter.translate(ox, oy)
        painter.scale(scale, scale)
        return painter

    def _paint_segment(self, painter: QPainter, seg: Segment) -> QRectF:
        limit = self.options.max_width * 1.5
        if isinstance(seg, Dot):
            r = min(seg.radius, limit)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawEllipse(QPointF(seg.x, seg.y), r, r)
            return QRectF(seg.x - r, seg.y - r, 2 * r, 2 * r)
        assert isinstance(seg, Curve)
        path = QPainterPath(QPointF(*seg.start))
        path.cubicTo(QPointF(*seg.c1), QPointF(*seg.c2), QPointF(*seg.end))
        thick = seg.thickness(limit)
        pen = QPen(
            INK, thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        return path.controlPointRect().adjusted(-thick, -thick, thick, thick)

    def _paint_new(self, segments: list[Segment]) -> None:
        if not segments:
            return
        if self._cache is None:
            self._redraw_all()
        painter = self._painter()
        dirty = QRectF()
        for seg in segments:
            dirty = dirty.united(self._paint_segment(painter, seg))
        painter.end()
        scale, ox, oy = self._frame()
        self.update(
            QRectF(
                ox + dirty.x() * scale,
                oy + dirty.y() * scale,
                dirty.width() * scale,
                dirty.height() * scale,
            )
            .toAlignedRect()
            .adjusted(-2, -2, 2, 2)
        )

    # ------------------------------------------------------------------ strokes
    def _time(self, timestamp: int) -> float:
        """Milliseconds since the first point; never decreasing within the signature."""
        raw = float(timestamp) if timestamp > 0 else float(self._clock.elapsed())
        if self._t_base is None:
            self._t_base = raw
            self._last_t = 0.0
        t = max(raw - self._t_base, self._last_t)
        self._last_t = t
        return t

    def _begin_stroke(self, pos: QPointF, timestamp: int, pressure: float) -> None:
        if self._read_only:
            return
        self._smoother = StrokeSmoother(self.options)
        self._strokes.append([])
        self._add_point(pos, timestamp, pressure)

    def _add_point(self, pos: QPointF, timestamp: int, pressure: float) -> None:
        if self._smoother is None:
            return
        x, y = self._to_pad(pos)
        point = Point(x, y, self._time(timestamp), min(max(pressure, 0.0), 1.0))
        self._strokes[-1].append(point)
        self._paint_new(self._smoother.add(point))

    def _end_stroke(self) -> None:
        if self._smoother is None:
            return
        self._paint_new(self._smoother.finish())
        self._smoother = None
        if self._strokes and not self._strokes[-1]:
            self._strokes.pop()
        self.changed.emit(len(self._strokes))

    # ------------------------------------------------------------------ Qt events
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin_stroke(event.position(), event.timestamp(), MOUSE_PRESSURE)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._add_point(event.position(), event.timestamp(), MOUSE_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._add_point(event.position(), event.timestamp(), MOUSE_PRESSURE)
            self._end_stroke()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin_stroke(event.position(), event.timestamp(), event.pressure())
        elif kind == QEvent.Type.TabletMove and self._smoother is not None:
            self._add_point(event.position(), event.timestamp(), event.pressure())
        elif kind == QEvent.Type.TabletRelease:
            self._end_stroke()
        event.accept()  # no synthesized mouse events follow an accepted tablet event

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if not points:
            self._end_stroke()
            return
        primary = points[0]  # one finger writes; a resting palm's extra points are ignored
        pressure = primary.pressure() if 0 < primary.pressure() <= 1 else MOUSE_PRESSURE
        if event.type() == QEvent.Type.TouchBegin:
            self._begin_stroke(primary.position(), event.timestamp(), pressure)
        elif event.type() == QEvent.Type.TouchUpdate:
            self._add_point(primary.position(), event.timestamp(), pressure)
        else:
            self._end_stroke()
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw_all()  # the points are kept; the ink is redrawn at the new size

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#ffffff"))
        scale, ox, oy = self._frame()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Baseline guide: a line at two thirds of the height with a small cross.
        base = oy + PAD_HEIGHT * 0.72 * scale
        painter.setPen(QPen(GUIDE, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(ox + 30 * scale, base), QPointF(ox + (PAD_WIDTH - 30) * scale, base)
        )
        painter.setPen(QPen(GUIDE, 2))
        cx = ox + 40 * scale
        painter.drawLine(QPointF(cx - 8, base - 18), QPointF(cx + 8, base - 2))
        painter.drawLine(QPointF(cx - 8, base - 2), QPointF(cx + 8, base - 18))
        if self.guide_text and self.is_empty():
            painter.drawText(
                QRectF(ox, base + 8, PAD_WIDTH * scale, 30 * scale),
                Qt.AlignmentFlag.AlignHCenter,
                self.guide_text,
            )
        painter.setPen(QPen(QColor("#c9d1de"), 1))
        painter.drawRect(QRectF(ox + 0.5, oy + 0.5, PAD_WIDTH * scale - 1, PAD_HEIGHT * scale - 1))
        if self._cache is not None:
            painter.drawImage(QRectF(event.rect()), self._cache, self._source_rect(event))
        painter.end()

    def _source_rect(self, event: QPaintEvent) -> QRectF:
        ratio = self._cache.devicePixelRatio() if self._cache is not None else 1.0
        r = QRectF(event.rect())
        return QRectF(r.x() * ratio, r.y() * ratio, r.width() * ratio, r.height() * ratio)
