"""The document information every PDF Netra writes carries: title, author (the office),
subject, the real creation date and "Netra x.y" as creator and producer.

ReportLab leaves "anonymous", "unspecified" and its own name there, and in its *invariant*
mode (which Netra uses so the same data gives the same bytes: the file identifier comes from
a digest of the content instead of the clock) it also dates every file 1 January 2000. Here
the invariant mode stays, and the creation date is the moment the caller gives (the print
time in the office's zone), so a file is still reproducible from its inputs, or now.

Use :func:`apply` on a canvas right after creating it, or from a platypus page callback
(``onFirstPage``) for documents built with ``SimpleDocTemplate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas

from desktop import __version__

PRODUCER = f"Netra {__version__}"


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str  # the office (or hub) that issues the document
    subject: str = ""
    created: datetime | None = None  # timezone-aware; None: now
    keywords: str = ""


class _Stamp(TimeStamp):  # type: ignore[misc]  # reportlab ships no type hints
    """A ReportLab time stamp at a given moment, keeping that moment's UTC offset."""

    def __init__(self, moment: datetime) -> None:
        super().__init__(invariant=True)
        if moment.tzinfo is None:
            moment = moment.astimezone()  # a naive time is the machine's local time
        offset = moment.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        self.t = moment.timestamp()
        self.lt = moment.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        sign = -1 if minutes < 0 else 1
        self.dhh = sign * (abs(minutes) // 60)
        self.dmm = abs(minutes) % 60
        self.tzname = moment.tzname() or "UTC"


def apply(canvas: Canvas, meta: PdfMeta) -> None:
    """Set the document information of ``canvas``'s PDF (idempotent)."""
    canvas.setTitle(meta.title)
    canvas.setAuthor(meta.author)
    canvas.setSubject(meta.subject or meta.title)
    canvas.setKeywords(meta.keywords)
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    moment = meta.created or datetime.now(UTC).astimezone()
    canvas._doc._timeStamp = _Stamp(moment)


__all__ = ["PRODUCER", "PdfMeta", "apply"]
