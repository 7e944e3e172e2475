"""GUI-free crash and log handling (Electrum's ``base_crash_reporter``, qutebrowser's KnownError).

Errors are sorted into three kinds: a refusal the user can fix (:class:`NetraError`), a known
problem of the computer (disk full, read-only folder, database locked by another program),
and everything else, which is a bug: its traceback is saved to a report file in ``logs/``.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sys
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from desktop import __version__, oserrors
from desktop.domain.errors import NetraError

LOG_NAME = "netra.log"
LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 5

USER, KNOWN, BUG = "user", "known", "bug"


@dataclass(frozen=True)
class Diagnosis:
    kind: str  # user | known | bug
    code: str
    message_id: str
    message_en: str

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id


def _known(exc: BaseException) -> Diagnosis | None:
    """A known problem of the computer: one classifier for the CLI and the GUI
    (:mod:`desktop.oserrors`, which reads a Windows error code before the errno)."""
    known = oserrors.classify_one(exc)
    if known is None:
        return None
    return Diagnosis(KNOWN, known.code, known.message_id, known.message_en)


def classify(exc: BaseException) -> Diagnosis:
    for item in oserrors.chain(exc):
        if isinstance(item, NetraError):
            return Diagnosis(USER, item.code, item.message_id, item.message_en)
        known = _known(item)
        if known is not None:
            return known
    return Diagnosis(
        BUG,
        "bug",
        "Terjadi kesalahan tak terduga. Rincian teknisnya sudah disimpan; data yang sudah "
        "tersimpan tetap aman.",
        "An unexpected error occurred. The technical details were saved; data already saved "
        "is safe.",
    )


def bug_message(report: Path | None, lang: str = "id") -> str:
    """The plain sentence shown for a bug, naming where the report is."""
    base = classify(RuntimeError()).message(lang)
    if report is None:
        return base
    if lang == "en":
        return f"{base}\nPlease send this file to the kabupaten administrator:\n{report}"
    return f"{base}\nMohon kirimkan berkas ini kepada admin kabupaten:\n{report}"


def format_report(exc: BaseException, tb: str | None = None, **context: Any) -> str:
    """A plain-text crash report: versions, time, context and the traceback."""
    trace = tb or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    lines = [
        "Netra crash report",
        f"time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"netra: {__version__}",
        f"python: {sys.version.split()[0]} ({platform.platform()})",
        f"frozen: {bool(getattr(sys, 'frozen', False))}",
    ]
    lines += [f"{key}: {value}" for key, value in sorted(context.items())]
    lines += ["", trace.rstrip(), ""]
    return "\n".join(lines)


def save_report(log_dir: Path, text: str) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = log_dir / f"crash-{stamp}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """A rotating ``netra.log`` in ``log_dir`` on the root logger (idempotent)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == path.resolve()
        ):
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def enable_faulthandler(log_dir: Path) -> IO[str] | None:
    """Write hard-crash tracebacks (segfaults, aborts) to ``logs/faulthandler.log``."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        stream = (log_dir / "faulthandler.log").open("a", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(file=stream, all_threads=True)
    return stream
