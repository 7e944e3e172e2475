"""Reading JSON a user or another laptop handed us: one place for what ``json.loads`` leaves out.

``json.loads`` raises ``RecursionError`` (not ``ValueError``) on input nested past the
interpreter's limit (``[[[[…`` in a 200 kB file): a hostile or broken file would then end in
a traceback. :func:`loads` reports it as a ``json.JSONDecodeError`` like any other malformed
JSON, so every caller's existing handling (message, exit 2) covers it.
"""

from __future__ import annotations

import json
from typing import Any

TOO_DEEP = "JSON bersarang terlalu dalam"


def loads(text: str | bytes, **kwargs: Any) -> Any:
    """``json.loads`` whose every failure on bad input is a ``json.JSONDecodeError``."""
    try:
        return json.loads(text, **kwargs)
    except RecursionError:
        doc = text if isinstance(text, str) else text.decode("utf-8", "replace")
        raise json.JSONDecodeError(TOO_DEEP, doc[:100], 0) from None
