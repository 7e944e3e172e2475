"""Simulated pen, mouse and touch input for the signature pad (pytest-qt tests, benchmarks)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.signing.signature_pad import PAD_HEIGHT, PAD_WIDTH, SignaturePad

_PEN: QPointingDevice | None = None


def pen_device() -> QPointingDevice:
    global _PEN
    if _PEN is None:
        caps = QInputDevice.Capability.Position | QInputDevice.Capability.Pressure
        _PEN = QPointingDevice(
            "Simulated pen",
            4242,
            QInputDevice.DeviceType.Stylus,
            QPointingDevice.PointerType.Pen,
            caps,
            1,
            3,
        )
    return _PEN


def widget_pos(pad: SignaturePad, x: float, y: float) -> QPointF:
    w, h = pad.width(), pad.height()
    scale = min(w / PAD_WIDTH, h / PAD_HEIGHT)
    return QPointF(
        (w - PAD_WIDTH * scale) / 2 + x * scale, (h - PAD_HEIGHT * scale) / 2 + y * scale
    )


def tablet(pad: SignaturePad, kind: QEvent.Type, pos: QPointF, pressure: float, t: int) -> None:
    buttons = (
        Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    )
    ev = QTabletEvent(
        kind,
        pen_device(),
        pos,
        pad.mapToGlobal(pos),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        buttons,
    )
    ev.setTimestamp(t)
    QApplication.sendEvent(pad, ev)


def mouse(pad: SignaturePad, kind: QEvent.Type, pos: QPointF, t: int) -> None:
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    ev = QMouseEvent(
        kind, pos, pad.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    ev.setTimestamp(t)
    QApplication.sendEvent(pad, ev)


def draw(pad: SignaturePad, data: dict[str, Any], device: str = "pen", t0: int = 1000) -> int:
    """Replay ``data`` (point format, any canvas size) on the pad; returns events sent."""
    sx = PAD_WIDTH / data["width"]
    sy = PAD_HEIGHT / data["height"]
    sent = 0
    for stroke in data["strokes"]:
        for i, (x, y, t, p) in enumerate(stroke):
            pos = widget_pos(pad, x * sx, y * sy)
            ts = t0 + int(t)
            if device == "pen":
                kind = QEvent.Type.TabletPress if i == 0 else QEvent.Type.TabletMove
                tablet(pad, kind, pos, p, ts)
            else:
                kind = QEvent.Type.MouseButtonPress if i == 0 else QEvent.Type.MouseMove
                mouse(pad, kind, pos, ts)
            sent += 1
        last = stroke[-1]
        pos = widget_pos(pad, last[0] * sx, last[1] * sy)
        if device == "pen":
            tablet(pad, QEvent.Type.TabletRelease, pos, 0.0, t0 + int(last[2]) + 1)
        else:
            mouse(pad, QEvent.Type.MouseButtonRelease, pos, t0 + int(last[2]) + 1)
        sent += 1
    return sent
