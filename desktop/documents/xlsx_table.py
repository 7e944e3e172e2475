"""Tables as an ``.xlsx`` workbook (one sheet, or several: :func:`build_workbook`), written directly (no spreadsheet library).

A roster export is a single sheet of text and numbers: an optional title, a header row, the
rows. openpyxl's write-only mode wrote 100,000 such rows in about 31 s on an office laptop
(XlsxWriter: 15 s); this writer builds the few fixed parts of the format and the sheet XML
itself in about 1.2 s. Every text cell is an inline string, so nothing a cell holds can become
a formula (``=HYPERLINK(...)`` stays text). The header row is bold and frozen, and columns get
a width from their content. The result is read back in tests with both python-calamine and
openpyxl.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
# Characters XML 1.0 does not allow (Excel refuses the file if one is in a cell).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_CT}.worksheet+xml"/>'
        for n in range(1, sheets + 1)
    )
    return (
        _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
        f'{overrides}<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/></Types>'
    )


_ROOT_RELS = (
    _HEAD + f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
    f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def _workbook_rels(sheets: int) -> str:
    """Sheet n is rId n; the styles come after them."""
    parts = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, sheets + 1)
    )
    return (
        _HEAD + f'<Relationships xmlns="{_PKG_REL}">{parts}'
        f'<Relationship Id="rId{sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )


# Style 0: normal; style 1: bold (the header and the title).
_STYLES = (
    _HEAD + f'<styleSheet xmlns="{_MAIN}"><fonts count="2"><font><sz val="11"/>'
    '<name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
    'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/>'
    '<bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" '
    'fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" '
    'fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" '
    'borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle '
    'name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


def sheet_name(name: str) -> str:
    """A name Excel accepts: none of []:*?/\\, at most 31 characters, not empty."""
    return " ".join(_SHEET_NAME_BAD.sub(" ", name).split())[:31] or "Sheet1"


def _text(value: object) -> str:
    text = str(value)
    if not text.isprintable():  # cheap test first: tabs, new lines and stray control bytes
        text = _NOT_XML.sub("", text)
    return escape(text[:MAX_CELL_TEXT])


def _cell(value: object, ref: str, style: str = "") -> str:
    """One cell, with its reference ("B7"): readers may do without, Excel is safer with it.
    An empty cell is left out."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float) and value == value and abs(value) != float("inf"):
        return f'<c r="{ref}"{style}><v>{value!r}</v></c>'
    return (
        f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{_text(value)}</t></is></c>'
    )


def column_letters(count: int) -> list[str]:
    """'A', 'B', ..., 'Z', 'AA', ... for the first ``count`` columns."""
    out = []
    for n in range(1, count + 1):
        letters = ""
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(65 + rest) + letters
        out.append(letters)
    return out


def _width(values: Iterable[object]) -> float:
    longest = max((len(str(v)) for v in values if v not in (None, "")), default=6)
    return float(min(max(longest, 6), 60) + 2)


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its tab name, an optional title row, a header, the rows."""

    name: str
    header: Sequence[str]
    rows: Iterable[Sequence[Any]]
    title: str | None = None


def build(
    name: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    title: str | None = None,
) -> tuple[bytes, int]:
    """A one-sheet workbook's bytes and the number of data rows written."""
    data, counts = build_workbook([Sheet(name, header, rows, title)])
    return data, counts[0]


def unique_names(names: Sequence[str]) -> list[str]:
    """Valid sheet names, made distinct as Excel requires (case does not count):
    a repeated name gets " (2)", " (3)"... within the 31 characters."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        base = sheet_name(raw)
        candidate, n = base, 1
        while candidate.casefold() in seen:
            n += 1
            suffix = f" ({n})"
            candidate = base[: 31 - len(suffix)] + suffix
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


def build_workbook(sheets: Sequence[Sheet]) -> tuple[bytes, list[int]]:
    """A workbook of one or more sheets, in order; returns its bytes and the number of data
    rows of each sheet. Each sheet is streamed into the archive in chunks, so 100,000 rows
    never sit in memory as one XML string."""
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    names = unique_names([s.name for s in sheets])
    listing = "".join(
        f'<sheet name={quoteattr(name)} sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(names, 1)
    )
    workbook = (
        _HEAD + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{listing}</sheets></workbook>'
    )
    counts: list[int] = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", _content_types(len(sheets)))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets)))
        archive.writestr("xl/styles.xml", _STYLES)
        for n, sheet in enumerate(sheets, 1):
            with archive.open(f"xl/worksheets/sheet{n}.xml", "w", force_zip64=True) as part:
                counts.append(_write_sheet(part, sheet))
    return buffer.getvalue(), counts


def _write_sheet(out: IO[bytes], sheet: Sheet) -> int:
    bold = ' s="1"'
    row_no = 0
    letters = column_letters(max(len(sheet.header), 1))

    def row_xml(values: Sequence[Any], style: str = "") -> str:
        nonlocal row_no
        row_no += 1
        if len(values) > len(letters):
            letters.extend(column_letters(len(values))[len(letters) :])
        cells = "".join(
            _cell(v, f"{c}{row_no}", style) for c, v in zip(letters, values, strict=False)
        )
        return f'<row r="{row_no}">{cells}</row>'

    remaining = iter(sheet.rows)
    first = list(islice(remaining, 200))  # the sample the column widths are taken from
    sample: list[Sequence[Any]] = [sheet.header, *first]
    top = [row_xml([sheet.title], bold), row_xml([])] if sheet.title else []
    top.append(row_xml(sheet.header, bold))
    frozen = len(top)  # title, blank row and header stay in view
    width = max(len(r) for r in sample)
    cols = "".join(
        f'<col min="{c + 1}" max="{c + 1}" width="{_width(r[c] for r in sample if c < len(r))}"'
        ' customWidth="1"/>'
        for c in range(width)
    )
    opening = (
        _HEAD + f'<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
        f'<pane ySplit="{frozen}" topLeftCell="A{frozen + 1}" activePane="bottomLeft" '
        'state="frozen"/></sheetView></sheetViews>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + "<sheetData>"
        + "".join(top)
    )
    count = 0
    out.write(opening.encode("utf-8", "replace"))
    for chunk in _chunks(chain(first, remaining), 2000):
        out.write("".join(map(row_xml, chunk)).encode("utf-8", "replace"))
        count += len(chunk)
    out.write(b"</sheetData></worksheet>")
    return count


def _chunks(rows: Iterable[Sequence[Any]], size: int) -> Iterator[list[Sequence[Any]]]:
    source = iter(rows)
    while chunk := list(islice(source, size)):
        yield chunk
