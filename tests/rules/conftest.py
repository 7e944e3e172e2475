"""Fixtures for the rulebook/engine tests: the shipped rulebook, parsed once."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop import resources
from desktop.domain.rulebook import Rulebook, load_rulebook


@pytest.fixture(scope="session")
def rulebook_text() -> str:
    return resources.read_text("rulebook", "netralitas-2022.json")


@pytest.fixture(scope="session")
def rb(rulebook_text: str) -> Rulebook:
    return load_rulebook(rulebook_text)


@pytest.fixture
def rulebook_data(rulebook_text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(rulebook_text)
    return data
