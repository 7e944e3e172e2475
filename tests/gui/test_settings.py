"""Typed settings: declared keys only, typed values, upgrades from older layouts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from desktop.ui import settings as keys
from desktop.ui.settings import Key, Settings, UndeclaredSetting


def test_defaults_and_round_trip(qapp: object, tmp_path: Path) -> None:
    s = Settings(tmp_path / "gui.ini")
    assert s.get(keys.LANGUAGE) == "id"
    assert s.get(keys.WIZARD_SHOWN) is False
    s.set(keys.LANGUAGE, "en")
    s.set(keys.GEOMETRY, b"\x00\x01geometry")
    s.set(keys.WIZARD_SHOWN, True)
    s.sync()
    again = Settings(tmp_path / "gui.ini")
    assert again.get(keys.LANGUAGE) == "en"
    assert again.get(keys.GEOMETRY) == b"\x00\x01geometry"
    assert again.get(keys.WIZARD_SHOWN) is True
    assert again.version == keys.VERSION


def test_undeclared_keys_are_rejected(qapp: object, tmp_path: Path) -> None:
    s = Settings(tmp_path / "gui.ini")
    with pytest.raises(UndeclaredSetting):
        s.set(Key("window/colour", str, ""), "red")
    with pytest.raises(UndeclaredSetting):
        s.get(Key("nope", str, ""))
    with pytest.raises(TypeError):
        not_a_str: Any = 3  # the wrong type on purpose, past the type checker
        s.set(keys.LANGUAGE, not_a_str)


def test_stray_keys_in_the_file_are_reported(qapp: object, tmp_path: Path) -> None:
    raw = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    raw.setValue("meta/version", keys.VERSION)
    raw.setValue("window/colour", "red")
    raw.sync()
    assert Settings(tmp_path / "gui.ini").undeclared() == ["window/colour"]


def test_version_1_file_is_upgraded(qapp: object, tmp_path: Path) -> None:
    raw = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    raw.setValue("meta/version", 1)
    raw.setValue("language", "en")
    raw.sync()
    s = Settings(tmp_path / "gui.ini")
    assert s.version == keys.VERSION
    assert s.get(keys.LANGUAGE) == "en"
    assert s.undeclared() == []


def test_unreadable_value_falls_back_to_default(qapp: object, tmp_path: Path) -> None:
    raw = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    raw.setValue("meta/version", keys.VERSION)
    raw.setValue("window/geometry", "***not base64***")
    raw.sync()
    assert Settings(tmp_path / "gui.ini").get(keys.GEOMETRY) == b""
