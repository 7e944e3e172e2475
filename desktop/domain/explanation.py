"""The recommendation's explanation as sentences a non-lawyer can follow: the one renderer the
nota dinas (PDF), the case page, the LHP's analysis and ``netra case recommend`` all use.

Pure. It reads the explanation as stored with a recommendation (``Recommendation.to_json()``,
kept in the case's record): a list of steps ``{rule, text, legal_basis, ...}``; older stored
forms (a plain sentence, or ``{id, detail}`` / ``{title}``) read the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

StoredStep = str | Mapping[str, Any]


def step_line(step: StoredStep) -> str:
    """One step: ``"R3: <what the rule did> (dasar hukum: <basis>)"``."""
    if isinstance(step, str):
        return step
    text = step.get("text") or step.get("detail") or step.get("title") or ""
    rule = step.get("rule") or step.get("id") or ""
    basis = step.get("legal_basis") or ""
    line = f"{rule}: {text}" if rule else str(text)
    return f"{line} (dasar hukum: {basis})" if basis else line


def step_lines(steps: Iterable[StoredStep]) -> list[str]:
    return [step_line(step) for step in steps]


def explanation_lines(output: Mapping[str, Any]) -> list[str]:
    """The explanation of a recommendation's output (its JSON), one sentence per step."""
    return step_lines(output.get("explanation") or [])


__all__ = ["StoredStep", "explanation_lines", "step_line", "step_lines"]
