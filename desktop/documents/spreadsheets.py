"""Reading the spreadsheets offices have and writing safe ones (no Qt, no database).

Reading: ``.xlsx``/``.xlsm``/``.xls``/``.ods`` through python-calamine (fast; a number cell
comes back as a float, which is how a NIP that Excel cut short shows itself), ``.csv`` with a
comma or semicolon, UTF-8 (with or without BOM) or Windows-1252. Merged cells are filled
from their top-left value so a merged header reads the same in every column it covers.

Writing: ``.xlsx`` (``xlsx_table``) and ``.csv`` (UTF-8 with BOM, which Excel opens correctly).
A cell that begins with ``=``, ``+``, ``-`` or ``@`` is stored as text so a crafted name
cannot become a formula in someone else's spreadsheet.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from desktop.documents import legacy_sheets as legacy
from desktop.documents import sheet_limits as limits
from desktop.documents import xlsx_table
from desktop.documents.sheet_limits import SheetTooLarge
from desktop.domain.errors import NetraError
from desktop.fileio import write_verified

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
READ_SUFFIXES = (*SPREADSHEET_SUFFIXES, ".csv", ".txt")
WRITE_SUFFIXES = (".xlsx", ".csv")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]  # rows[i] is spreadsheet row i + 1 (as Excel numbers it)
    sheet_names: list[str]

    def row_number(self, index: int) -> int:
        return index + 1


def unreadable(path: Path, why: str) -> NetraError:
    return NetraError(
        "file_unreadable",
        f"Berkas {path.name} tidak dapat dibaca: {why}",
        f"Cannot read {path.name}: {why}",
        path=str(path),
    )


def read_sheet(path: str | Path, sheet: str | None = None) -> Sheet:
    """The rows of one sheet (the first one with cells unless ``sheet`` names one).

    The kind of file is told from its first bytes, not its name: an ``.xls`` that is really
    an HTML table, an XML Spreadsheet 2003 or tab-separated text (as many personnel systems
    export them), or an ``.xlsx`` renamed to ``.xls``, reads like the real thing.

    A file past :mod:`sheet_limits` (rows, columns, cells, field size, archive size) is refused
    with :class:`SheetTooLarge` before it is laid out in memory."""
    path = Path(path)
    try:
        return _read_sheet(path, sheet)
    except SheetTooLarge as exc:
        raise exc.for_file(path) from None


def _read_sheet(path: Path, sheet: str | None) -> Sheet:
    if not path.is_file():
        raise unreadable(path, "berkas tidak ditemukan.")
    suffix = path.suffix.lower()
    if suffix not in READ_SUFFIXES:
        raise unreadable(path, "jenis berkas tidak dikenal (pakai .xlsx, .xls, .ods atau .csv).")
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise unreadable(path, f"berkas tidak dapat dibuka ({exc.strerror or exc}).") from exc
    kind = legacy.sniff(head)
    if kind == legacy.ZIP:
        try:
            limits.check_xlsx(path)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
            raise unreadable(path, "bukan lembar kerja yang sah (arsip rusak).") from exc
    elif kind == legacy.OLE:
        try:
            limits.check_xls(path)
        except (ValueError, OSError) as exc:
            raise unreadable(path, "bukan lembar kerja yang sah (berkas rusak).") from exc
    else:
        limits.check_size("bytes", path.stat().st_size, limits.MAX_TEXT_BYTES)
    if kind in (legacy.ZIP, legacy.OLE):
        return _read_calamine(path, sheet, by_content=_SUFFIX_KIND.get(suffix) != kind)
    if kind == legacy.XML_2003:
        return _read_xml_2003(path, sheet)
    if kind == legacy.HTML:
        text = decode_text(path.read_bytes())
        return Sheet(path.stem, legacy.read_html_rows(text), [path.stem])
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))  # Excel's "Unicode Text" export
    if suffix in _ZIP_ONLY or (
        suffix == ".xls" and ((b"\x00" in head and not utf16) or not head.strip())
    ):
        # .xlsx/.ods are always zip archives: text there is a broken or cut-off download.
        # An .xls may be text (tab- or comma-separated, as some systems export it).
        raise unreadable(path, "bukan lembar kerja yang sah.")
    return Sheet(path.stem, read_csv_rows(path.read_bytes(), path), [path.stem])


_ZIP_ONLY = (".xlsx", ".xlsm", ".ods")
_SUFFIX_KIND = {
    ".xlsx": legacy.ZIP,
    ".xlsm": legacy.ZIP,
    ".ods": legacy.ZIP,
    ".xls": legacy.OLE,
}


def _read_xml_2003(path: Path, sheet: str | None) -> Sheet:
    try:
        sheets = legacy.read_xml_2003(path.read_bytes())
    except (ElementTree.ParseError, ValueError) as exc:
        raise unreadable(path, "XML Spreadsheet rusak atau tidak lengkap.") from exc
    names = [name for name, _rows in sheets]
    if not sheets:
        raise unreadable(path, "tidak ada lembar kerja.")
    if sheet is not None:
        sheet = _sheet_named(path, sheet, names)
        return Sheet(sheet, dict(sheets)[sheet], names)
    name, rows = next(((n, r) for n, r in sheets if r), sheets[0])
    return Sheet(name, rows, names)


def _sheet_named(path: Path, sheet: str, names: list[str]) -> str:
    """The sheet ``--sheet`` means: its exact name, else the one that differs only in case or
    surrounding spaces ('pegawai' for 'Pegawai ')."""
    if sheet in names:
        return sheet
    loose = [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
    if len(loose) == 1:
        return loose[0]
    raise _sheet_not_found(path, sheet, names)


def _sheet_not_found(path: Path, sheet: str, names: list[str]) -> NetraError:
    return NetraError(
        "sheet_not_found",
        f"Lembar '{sheet}' tidak ada di {path.name}. Lembar yang ada: {', '.join(names)}.",
        f"Sheet '{sheet}' is not in {path.name}. Sheets: {', '.join(names)}.",
        sheets=names,
    )


def _read_calamine(path: Path, sheet: str | None, by_content: bool = False) -> Sheet:
    from python_calamine import CalamineWorkbook

    try:
        if by_content:  # a workbook under another name: calamine picks the format by content
            book = CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
        else:
            book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if not names:
            raise unreadable(path, "tidak ada lembar kerja.")
        if sheet is not None:
            sheet = _sheet_named(path, sheet, names)
        chosen, rows, merged = _load(book, [sheet] if sheet else names)
    except NetraError:
        raise
    except Exception as exc:
        raise unreadable(path, f"bukan lembar kerja yang sah ({exc.__class__.__name__}).") from exc
    _fill_merged(rows, merged)
    return Sheet(chosen, rows, names)


def _load(book: Any, candidates: list[str]) -> tuple[str, list[list[Any]], list[Any]]:
    """The first candidate sheet that has cells (chart sheets and empty sheets skipped),
    each sheet parsed once."""
    for name in candidates:
        try:
            data = book.get_sheet_by_name(name)
        except Exception:
            continue
        # the block the reader holds, before it becomes Python lists (an .xls or .ods with one
        # far cell; .xlsx files were bounded before they were opened)
        limits.check_grid(int(data.height), int(data.width))
        rows: list[list[Any]] = data.to_python(skip_empty_area=False)
        if rows or name == candidates[-1]:
            return name, rows, list(data.merged_cell_ranges or [])
    return candidates[0], [], []


MAX_MERGED_CELLS = limits.MAX_MERGED_AREA  # a larger "merge" is a formatting accident


def _fill_merged(rows: list[list[Any]], merged: Sequence[Any]) -> None:
    """Copy a merged block's top-left value into the block's other cells: a merged group
    header names each column under it, and a UNIT KERJA or JABATAN cell merged down a group
    of people applies to each of them (left empty, they would all land in the office's own
    unit). A block both tall and wide (a signature or caption box under the table) is layout
    and is left alone."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows) or (r1 - r0 + 1) * (c1 - c0 + 1) > MAX_MERGED_CELLS:
            continue
        if legacy.is_layout(r1 - r0 + 1, c1 - c0 + 1):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for rr in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[rr]
            for cc in range(c0, c1 + 1):
                if cc < len(row) and row[cc] == "":
                    row[cc] = value


def decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _first_lines(text: str, count: int) -> list[str]:
    """``text.splitlines()[:count]`` without splitting a 100,000-line file: a head that
    holds more than ``count`` lines has its first ``count`` lines complete."""
    size = 4096
    while True:
        lines = text[:size].splitlines()
        if len(lines) > count or size >= len(text):
            return lines[:count]
        size *= 4


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most rows of one same width.

    Counting delimiter characters is not enough: a semicolon file from an Indonesian Excel
    holds commas inside its cells ("Maria Lewier, S.Sos., M.Si", "Jl. Pattimura, No. 3"),
    often more of them than semicolons. Ties go to the semicolon, then the comma, then tab."""
    sample = [line for line in _first_lines(text, 40) if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in (";", ",", "\t"):
        widths = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        multi = [w for w in widths if w > 1]
        if not multi:
            continue
        width = max(set(multi), key=lambda w: (multi.count(w), w))
        score = (multi.count(width), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_rows(data: bytes, path: Path | None = None) -> list[list[Any]]:
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        raise unreadable(path or Path("data.csv"), "pengodean teks tidak dikenal.") from exc
    if "\x00" in text:
        raise unreadable(path or Path("data.csv"), "bukan berkas teks CSV.")
    try:
        delimiter = sniff_delimiter(text)
        rows = _csv_rows(text, delimiter)
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise SheetTooLarge("field", limits.MAX_FIELD_CHARS) from None
        raise unreadable(path or Path("data.csv"), f"CSV rusak ({exc}).") from exc
    if any("'" + start in text for start in FORMULA_STARTS):
        _unquote_formula_text(rows)
    return rows


def _csv_rows(text: str, delimiter: str) -> list[list[Any]]:
    """The rows, refused as soon as they pass the row, column or cell limits. A field over
    ``MAX_FIELD_CHARS`` stops the csv module (csv.Error)."""
    csv.field_size_limit(limits.MAX_FIELD_CHARS)
    rows: list[list[Any]] = []
    cells = 0
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):  # lists already
        if len(row) > limits.MAX_COLUMNS:
            raise SheetTooLarge("columns", limits.MAX_COLUMNS, len(row))
        cells += len(row)
        if len(rows) >= limits.MAX_ROWS:
            raise SheetTooLarge("rows", limits.MAX_ROWS)
        if cells > limits.MAX_CELLS:
            raise SheetTooLarge("cells", limits.MAX_CELLS)
        rows.append(row)
    return rows


def _unquote_formula_text(rows: list[list[Any]]) -> None:
    """Undo :func:`safe_cell`: a cell that an export wrote as ``'=...`` so that it stays text
    in a spreadsheet reads back as ``=...`` (the apostrophe is a marker, as in Excel), so an
    exported roster imports unchanged."""
    for row in rows:
        for i, cell in enumerate(row):
            if cell[:1] == "'" and cell[1:2] in FORMULA_STARTS:
                row[i] = cell[1:]


# ---------------------------------------------------------------- writing
def safe_cell(value: Any) -> Any:
    """Text that a spreadsheet would take as a formula gets a leading apostrophe-free
    quote: we prefix a single quote character that Excel shows as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    count = 0
    for row in rows:
        writer.writerow(["" if v is None else safe_cell(_plain(v)) for v in row])
        count += 1
    _write_bytes(Path(path), ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return count


def write_xlsx(
    path: str | Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    sheet_name: str = "Pegawai",
    title: str | None = None,
) -> int:
    """One sheet: ``title`` (bold, then a blank row), the bold frozen header, the rows. Text
    is always stored as text (a cell that starts with ``=`` is never a formula)."""
    data, count = xlsx_table.build(
        sheet_name, header, (list(map(_plain, row)) for row in rows), title
    )
    _write_bytes(Path(path), data)
    return count


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()[:10] if not hasattr(value, "hour") else value.isoformat()
    return value


def _write_bytes(path: Path, data: bytes) -> None:
    """Durably, never half-written, with a clear Indonesian reason on a full or pulled-out
    stick (exports usually go straight to the USB stick for the kabupaten)."""
    write_verified(path, data)
