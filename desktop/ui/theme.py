"""Look and feel: one restrained palette (navy sidebar, white content, one gold accent)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path

NAVY = "#14315c"
NAVY_DARK = "#0e2445"
NAVY_LIGHT = "#1f4479"
ACCENT = "#c9a227"
TEXT = "#1d2733"
MUTED = "#5b6776"
BORDER = "#d6dde6"
SURFACE = "#f4f6f9"
DANGER = "#b42318"
OK = "#1f7a46"

STYLE = f"""
QMainWindow, QDialog, QWizard {{ background: #ffffff; }}
QWidget {{ color: {TEXT}; }}
QStackedWidget#content, QWidget#pageBody {{ background: #ffffff; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QFrame#wizardSide {{ background: {NAVY}; }}
QFrame#wizardSide QLabel {{ color: #9fb3cc; border-left: 3px solid transparent;
    padding-left: 6px; }}
QFrame#wizardSide QLabel#wizardSideTitle {{ color: #ffffff; font-size: 13pt; font-weight: 600;
    border: none; padding-left: 0; }}
QFrame#wizardSide QLabel[state="current"] {{ color: #ffffff; font-weight: 600;
    border-left: 3px solid {ACCENT}; padding-left: 6px; }}
QFrame#wizardSide QLabel[state="done"] {{ color: #dbe4f0; }}
QFrame#loginHeader {{ background: {NAVY}; border-bottom: 3px solid {ACCENT}; }}
QFrame#loginHeader QLabel {{ color: #ffffff; }}
QListWidget#nav {{
    background: {NAVY}; border: none; color: #dbe4f0; outline: 0;
    padding-top: 6px; font-size: 10.5pt;
}}
QListWidget#nav::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#nav::item:hover {{ background: {NAVY_LIGHT}; }}
QListWidget#nav::item:selected {{
    background: {NAVY_DARK}; color: #ffffff; border-left: 4px solid {ACCENT};
}}
QWidget#sidebar {{ background: {NAVY}; }}
QFileDialog QWidget#sidebar {{ background: #ffffff; }}
QLabel#brand {{ color: #ffffff; font-size: 15pt; font-weight: 600; }}
QLabel#brandSub {{ color: #9fb3cc; font-size: 8.5pt; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: {NAVY}; }}
QLabel#pageSubtitle {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {NAVY}; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#error {{ color: {DANGER}; }}
QLabel#ok {{ color: {OK}; }}
QFrame#card {{
    background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px;
}}
QLabel#cardValue {{ font-size: 22pt; font-weight: 600; color: {NAVY}; }}
QLabel#cardLabel {{ color: {MUTED}; }}
QFrame#banner {{ background: {NAVY}; border-radius: 6px; }}
QFrame#banner QLabel {{ color: #ffffff; }}
QPushButton {{
    padding: 6px 14px; border: 1px solid {BORDER}; border-radius: 4px; background: #ffffff;
}}
QPushButton:hover {{ background: {SURFACE}; }}
QPushButton:default, QPushButton#primary {{
    background: {NAVY}; color: #ffffff; border: 1px solid {NAVY};
}}
QPushButton:default:hover, QPushButton#primary:hover {{ background: {NAVY_LIGHT}; }}
QPushButton:disabled, QPushButton:default:disabled, QPushButton#primary:disabled {{
    color: #8a96a3; background: #e9edf2; border: 1px dashed #b9c3ce;
}}
QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QDateEdit {{
    padding: 5px 6px; border: 1px solid {BORDER}; border-radius: 4px; background: #ffffff;
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 1px solid {NAVY_LIGHT}; }}
QTableView {{
    border: 1px solid {BORDER}; gridline-color: #e8edf2; selection-background-color: #dce7f5;
    selection-color: {TEXT}; alternate-background-color: #f8fafc;
}}
QHeaderView::section {{
    background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER}; padding: 6px;
    font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 4px; top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; border: 1px solid transparent; }}
QTabBar::tab:selected {{ border: 1px solid {BORDER}; border-bottom: 2px solid {ACCENT};
    background: #ffffff; font-weight: 600; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QMenuBar {{ background: #ffffff; border-bottom: 1px solid {BORDER}; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 3px; background: #ffffff;
    max-height: 10px; }}
QProgressBar::chunk {{ background: {ACCENT}; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(STYLE)
    app.setWindowIcon(app_icon())


def svg_pixmap(path: str, size: int, ratio: float = 1.0) -> QPixmap:
    renderer = QSvgRenderer(str(resource_path("icons", path)))
    pixmap = QPixmap(QSize(int(size * ratio), int(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(path: str) -> QIcon:
    """An icon from ``resources/icons`` (SVG, rendered crisp at any size)."""
    full = resource_path("icons", path)
    if not full.exists():
        full = resource_path("icons", "nav", "page.svg")
    return QIcon(str(full))


def app_icon() -> QIcon:
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(svg_pixmap("netra.svg", size))
    return result
