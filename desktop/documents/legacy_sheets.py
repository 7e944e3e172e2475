"""The ".xls" files that are not Excel 97-2003 workbooks, as office systems export them.

Many local personnel systems (SIMPEG instances, PHP report pages) export an HTML table or an
"XML Spreadsheet 2003" document and give it an ``.xls`` name so that Excel opens it; others
write tab-separated text. Excel shows such a file like any workbook, so staff cannot tell the
difference; Netra must read it too. :func:`sniff` tells the kinds apart by their first bytes,
whatever the file is called, and the readers here turn the two markup kinds into the same
rows of cells the real workbook readers give (spanned cells filled with the span's value, as
``spreadsheets`` fills merged cells).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree

from desktop.documents import sheet_limits as limits

ZIP = "zip"  # .xlsx, .xlsm, .ods (and one renamed to .xls or .csv)
OLE = "ole"  # Excel 97-2003 .xls
HTML = "html"
XML_2003 = "xml2003"
TEXT = "text"
# A span taller than this and more than one column wide is layout (a signature or caption
# box), not data: only its first cell keeps the value (spreadsheets._fill_merged too).
LAYOUT_ROWS = 4


def is_layout(rows: int, columns: int) -> bool:
    """A merged block or span of this size is layout, not a value for each of its cells."""
    return rows > LAYOUT_ROWS and columns > 1


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_2003_NS = "urn:schemas-microsoft-com:office:spreadsheet"


def sniff(head: bytes) -> str:
    """The kind of a file from its first few kilobytes."""
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    if head.startswith(_OLE_MAGIC):
        return OLE
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<?xml") and _XML_2003_NS.encode() in head:
        return XML_2003
    if text.startswith(b"<") and (b"<table" in text or b"<html" in text[:512]):
        return HTML
    return TEXT


# ---------------------------------------------------------------- HTML tables
@dataclass
class _Cell:
    text: list[str] = field(default_factory=list)
    colspan: int = 1
    rowspan: int = 1


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip()), 1000))
    except ValueError:
        return 1


class _TableParser(HTMLParser):
    """Rows of cells of every table in the page, in document order. Forgiving, as report pages
    need: a missing ``</td>`` or ``</tr>`` is closed by the next cell or row."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[_Cell]] = []
        self._row: list[_Cell] | None = None
        self._cell: _Cell | None = None
        self._skip = 0  # inside <script> or <style>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            values = dict(attrs)
            self._cell = _Cell([], _span(values.get("colspan")), _span(values.get("rowspan")))
        elif tag in ("br", "p", "div") and self._cell is not None:
            self._cell.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag in ("tr", "table"):
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:
            self._cell.text.append(data)

    def close(self) -> None:
        super().close()
        self._end_row()

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append(self._cell)
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None:
            self.rows.append(self._row)
        self._row = None


def read_html_rows(text: str) -> list[list[Any]]:
    """The cells of the tables in an HTML page, rows and column spans laid out on a grid."""
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    grid: list[list[Any]] = []
    below: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, value to show)
    total = 0
    for cells in parser.rows:
        limits.check_size("rows", len(grid) + 1, limits.MAX_ROWS)
        row: list[Any] = []
        queue = deque(cells)
        column = 0
        while queue or any(c >= column for c in below):
            limits.check_size("columns", column + 1, limits.MAX_COLUMNS)
            if column in below:
                left, value = below.pop(column)
                row.append(value)
                if left > 1:
                    below[column] = (left - 1, value)
                column += 1
                continue
            if not queue:
                row.append("")
                column += 1
                continue
            cell = queue.popleft()
            value = " ".join("".join(cell.text).split())
            layout = is_layout(cell.rowspan, cell.colspan)
            for offset in range(cell.colspan):  # spans filled as spreadsheets._fill_merged does
                row.append("" if layout and offset else value)
                if cell.rowspan > 1:
                    below[column + offset] = (cell.rowspan - 1, "" if layout else value)
            column += cell.colspan
        total += len(row)
        limits.check_size("cells", total, limits.MAX_CELLS)
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    limits.check_grid(len(grid), width)
    return [r + [""] * (width - len(r)) for r in grid]


# ---------------------------------------------------------------- XML Spreadsheet 2003
def _q(name: str) -> str:
    return f"{{{_XML_2003_NS}}}{name}"


def _value(data: ElementTree.Element | None) -> Any:
    if data is None:
        return ""
    text = "".join(data.itertext())
    kind = data.get(_q("Type"), "String")
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text.rstrip("Z")[:19])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() == "1"
    return text


def _position(element: ElementTree.Element, name: str, default: int) -> int:
    """An ``ss:Index``/``ss:MergeDown``/``ss:MergeAcross`` value; ValueError when it is not a
    number (the caller calls the file damaged)."""
    text = element.get(_q(name))
    if text is None:
        return default
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"{name}={text[:20]!r}")
    return limits.number(text)


def read_xml_2003(data: bytes) -> list[tuple[str, list[list[Any]]]]:
    """The worksheets of an XML Spreadsheet 2003 document: (name, rows of cells).

    Indexes and merged blocks are checked against :mod:`sheet_limits` before anything is laid
    out; cells are kept sparse until the sheet's grid is known to fit."""
    root = ElementTree.fromstring(data)
    sheets: list[tuple[str, list[list[Any]]]] = []
    for number, sheet in enumerate(root.iter(_q("Worksheet")), 1):
        name = sheet.get(_q("Name")) or f"Sheet{number}"
        table = sheet.find(_q("Table"))
        rows: dict[int, dict[int, Any]] = {}
        row_no = height = width = filled = 0
        for row in table.iter(_q("Row")) if table is not None else ():
            row_no = _position(row, "Index", row_no + 1)
            limits.check_size("rows", row_no, limits.MAX_ROWS)
            col_no = 0
            for cell in row.iter(_q("Cell")):
                col_no = _position(cell, "Index", col_no + 1)
                value = _value(cell.find(_q("Data")))
                across = _position(cell, "MergeAcross", 0)
                down = _position(cell, "MergeDown", 0)
                limits.check_size("rows", row_no + down, limits.MAX_ROWS)
                limits.check_size("columns", col_no + across, limits.MAX_COLUMNS)
                height, width = max(height, row_no + down), max(width, col_no + across)
                block = (down + 1) * (across + 1)
                if is_layout(down + 1, across + 1) or block > limits.MAX_MERGED_AREA:
                    # only its first cell holds the value; the block's size counts in the grid
                    rows.setdefault(row_no, {}).setdefault(col_no, value)
                    filled += 1
                else:
                    filled += block
                    limits.check_size("cells", filled, limits.MAX_CELLS)
                    for r in range(row_no, row_no + down + 1):
                        for c in range(col_no, col_no + across + 1):
                            rows.setdefault(r, {}).setdefault(c, value)
                col_no += across
        limits.check_grid(height, width)
        grid = [
            [rows.get(r, {}).get(c, "") for c in range(1, width + 1)] for r in range(1, height + 1)
        ]
        sheets.append((name, grid))
    return sheets
