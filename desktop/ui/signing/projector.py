"""The pledge (ikrar netralitas) on the projector, read aloud together at the apel while the
kiosk runs on the laptop.

With a second screen the window opens full screen there (the screen the main window is not
on); with one screen it is an ordinary window the operator can drag to the projector and
maximise. It opens without taking the keyboard from the kiosk; F9 there closes it again.
F11 toggles full screen, Esc closes (once the projector window is clicked). The type is as large as fits the window:
the whole pledge stays on one screen, the office and the event on top.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.pact import TemplateBody

MAX_PX, MIN_PX = 72, 14
BACKGROUND, TEXT, MUTED = "#0f2a4d", "#ffffff", "#c9d6ea"


def pledge_html(body: TemplateBody) -> str:
    """The pledge as rich text: title, subtitle, the opening words, the numbered points and
    the closing paragraph."""
    e = html.escape
    parts = [f"<p align='center' style='font-weight:700'>{e(body.title)}</p>"]
    if body.subtitle:
        parts.append(f"<p align='center' style='font-weight:700'>{e(body.subtitle)}</p>")
    if body.intro:
        parts.append(f"<p>{e(body.intro)}</p>")
    items = "".join(f"<li style='margin-bottom:6px'>{e(c)}</li>" for c in body.commitments)
    if items:
        parts.append(f"<ol style='margin-left:0'>{items}</ol>")
    for para in (body.consequence, body.closing):
        if para:
            parts.append(f"<p>{e(para)}</p>")
    return "".join(parts)


def other_screen(current: QScreen | None) -> QScreen | None:
    """A screen other than ``current`` (the projector), or None with a single screen."""
    screens = QGuiApplication.screens()
    others = [s for s in screens if s is not current]
    return others[0] if len(screens) > 1 and others else None


class ProjectorWindow(QWidget):
    """A top-level window showing ``body`` under ``heading`` (office, event)."""

    def __init__(
        self, body: TemplateBody, office: str, event: str = "", owner: QWidget | None = None
    ) -> None:
        # A window of its own, owned by ``owner`` (deleted with it), closed with its window.
        super().__init__(owner, Qt.WindowType.Window)
        if owner is not None:
            owner.window().installEventFilter(self)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Pledge — projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The kiosk keeps the keyboard: the projector opens without taking the focus (F9 on
        # the laptop closes it again; F11 and Esc work once it is clicked).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setStyleSheet(
            f"#projector {{ background: {BACKGROUND}; }}"
            f"#projector QLabel {{ color: {MUTED}; background: transparent; }}"
            f"#projector QTextBrowser {{ color: {TEXT}; background: {BACKGROUND}; border: 0; }}"
        )
        self.html = pledge_html(body)
        self.office_label = QLabel(office.upper())
        self.event_label = QLabel(event)
        self.hint = QLabel(self.tr("F11: full screen · Esc or F9 on the laptop: close"))
        for label in (self.office_label, self.event_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.text = QTextBrowser()
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 24, 48, 12)
        lay.addWidget(self.office_label)
        lay.addWidget(self.event_label)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.hint)
        for keys, slot in (("F11", self.toggle_full_screen), ("Esc", self.close)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.point_size = 0
        self._refit = QTimer(self)  # once the layout has given the text area its new size
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)
        self._heading_fonts()
        self._fit()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_on(self, main_screen: QScreen | None) -> None:
        """Full screen on the other screen if there is one, else a window on this one."""
        target = other_screen(main_screen)
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
            return
        screen = main_screen or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(int(area.width() * 0.8), int(area.height() * 0.8))
            self.move(area.center() - self.rect().center())
        self.show()

    # ------------------------------------------------------------------ type size
    def _fit(self) -> None:
        """The largest type with which the whole pledge fits the text area."""
        width = max(200, self.text.viewport().width() - 8)
        height = max(150, self.text.viewport().height() - 8)
        size = MIN_PX
        for px in range(MAX_PX, MIN_PX - 1, -2):
            doc = QTextDocument()
            font = QFont(self.font())
            font.setPixelSize(px)
            doc.setDefaultFont(font)
            doc.setHtml(self.html)
            doc.setTextWidth(width)
            if doc.size().height() <= height:
                size = px
                break
        font = QFont(self.font())
        font.setPixelSize(size)
        self.text.setFont(font)
        self.text.document().setDefaultFont(font)
        self.text.setHtml(self.html)
        self.point_size = size

    def _heading_fonts(self) -> None:
        unit = max(12, self.height() // 28)
        head = QFont(self.font())
        head.setPixelSize(unit)
        head.setBold(True)
        self.office_label.setFont(head)
        sub = QFont(self.font())
        sub.setPixelSize(max(12, int(unit * 0.8)))
        self.event_label.setFont(sub)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is not self:
            self.close()  # the main window closes (quit, log out): the projector too
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._heading_fonts()
        self._refit.start()
