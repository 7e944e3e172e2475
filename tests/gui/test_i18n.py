"""Indonesian is the default interface language; English removes the translators."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui import i18n


@pytest.fixture
def restore_language(qapp: object) -> Iterator[None]:
    yield
    i18n.install("en")  # other tests read the source (English) texts
    i18n._current = i18n.DEFAULT


def test_indonesian_is_loaded_by_default(restore_language: None) -> None:
    installed = i18n.install()
    assert i18n.current_language() == "id"
    assert installed, "no Indonesian translation was loaded"
    assert QCoreApplication.translate("HomePage", "Home") == "Beranda"
    assert QCoreApplication.translate("MainWindow", "&Tools") == "&Alat"
    assert QCoreApplication.translate("tools", "About Netra") == "Tentang Netra"


def test_english_is_selectable(restore_language: None) -> None:
    i18n.install("id")
    assert i18n.install("en") == []
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("HomePage", "Home") == "Home"


def test_unknown_language_falls_back_to_indonesian(restore_language: None) -> None:
    i18n.install("fr")
    assert i18n.current_language() == "id"
