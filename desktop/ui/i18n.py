"""Install Qt translators: Indonesian by default, English (the source language) on request.

Each GUI module has its own ``resources/i18n/id/<module>.qm``; all of them are loaded.
PySide6 ships no Indonesian ``qtbase`` translation, so Netra carries its own
``resources/i18n/id/qtbase.ts`` for the Qt texts it shows (dialog buttons, the Linux file and
print dialogs, the text-field context menu); it is loaded like the app's own, after Qt's
``qtbase_<lang>.qm`` should a Qt build ever ship one, so Netra's wording wins. From a source
checkout a missing or stale ``.qm`` is compiled from its ``.ts`` first (the frozen build ships
compiled files).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT = "id"

_current = DEFAULT
_installed: list[QTranslator] = []


def current_language() -> str:
    return _current


def _lrelease() -> str | None:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    return shutil.which(str(exe)) or shutil.which("pyside6-lrelease")


def _refresh_compiled(folder: Path) -> None:
    """Source checkout only: compile ``.ts`` files whose ``.qm`` is missing or older."""
    if getattr(sys, "frozen", False):
        return
    stale = [
        ts
        for ts in folder.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    tool = _lrelease() if stale else None
    for ts in stale:
        if tool is None:
            log.warning("no pyside6-lrelease: %s stays untranslated", ts.name)
            continue
        try:
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
                timeout=30,
            )
        except (OSError, subprocess.SubprocessError):
            log.warning("could not compile %s", ts.name, exc_info=True)


def translation_files(lang: str) -> list[Path]:
    if lang == "en":
        return []
    folder = resource_path("i18n", lang)
    if not folder.is_dir():
        return []
    _refresh_compiled(folder)
    return sorted(folder.glob("*.qm"))


def install(lang: str | None = None) -> list[QTranslator]:
    """(Re)install the translators for ``lang`` on the running application."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    lang = lang if lang in LANGUAGES else DEFAULT
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = lang
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    # Qt's own first: a translator installed later is asked first, so Netra's files win.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    for path in translation_files(lang):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load translation %s", path)
    return list(_installed)
