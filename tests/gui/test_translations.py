"""Every user-facing GUI string has a finished Indonesian translation."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "netra_translations", ROOT / "build" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_gui_string_is_translated() -> None:
    missing = load_tool().missing()
    assert not missing, "untranslated GUI strings (run build/translations.py update/fill):\n" + (
        "\n".join(missing)
    )


def test_qt_own_texts_are_indonesian(qapp: object) -> None:
    """PySide6 ships no qtbase_id: Netra's resources/i18n/id/qtbase.ts covers the Qt texts
    users see (dialog buttons, file and print dialogs, the text-field context menu)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

    from desktop.ui import i18n

    tool = load_tool()
    qtbase = tool.TS_DIR / "qtbase.ts"
    entries = tool.messages(qtbase)
    assert len(entries) > 250 and all(t for _c, _s, t in entries)
    try:
        i18n.install("id")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Nama berkas:"
        assert QCoreApplication.translate("QPrintDialog", "&Print") == "&Cetak"
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        texts = {b.text() for b in box.buttons()}
        assert texts == {"Simpan", "Batal"}, texts
        for widget in (QLineEdit("teks"), QPlainTextEdit("teks")):
            menu = widget.createStandardContextMenu()
            labels = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
            assert "&Salin" in labels and "T&empel" in labels and "Pilih Semua" in labels, labels
            assert not {"&Copy", "&Paste", "Select All"} & set(labels)
            menu.deleteLater()
            widget.deleteLater()
        box.deleteLater()
    finally:
        i18n.install("en")  # other tests read the source (English) texts
        i18n._current = i18n.DEFAULT
