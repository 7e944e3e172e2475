"""Limits on what a spreadsheet import will read, checked before anything large is allocated.

A roster is at most a few hundred thousand people in a few dozen columns; a file that claims
more is damaged or hostile (one cell at XFD1048576 makes the native reader allocate the whole
sheet and abort the process; a span or index of a hundred million expands to gigabytes). Such
a file is refused with :class:`SheetTooLarge` (a :class:`NetraError`: exit 2 in the CLI, a
message in the GUI) naming the limit, in well under ten seconds and 500 MB.

``.xlsx`` workbooks are checked before python-calamine sees them: the zip's member count and
inflated size, then every worksheet's XML streamed once (inflated size verified against the
zip's own figure) for the cell furthest down and right, which bounds the block the reader
allocates (:func:`check_xlsx`).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from desktop.domain.errors import NetraError

MAX_ROWS = 250_000  # rows of one sheet (the benchmark's roster has 100,000)
MAX_COLUMNS = 702  # columns A..ZZ (Excel 97-2003 had 256)
MAX_CELLS = 6_000_000  # rows x columns of the block a sheet spans
MAX_MERGED_AREA = 1_000_000  # cells of one merged block or span that is filled cell by cell
MAX_FIELD_CHARS = 131_072  # one CSV field (Excel itself holds at most 32,767 per cell)
MAX_TEXT_BYTES = 32 * 1024 * 1024  # a CSV, HTML or XML 2003 file
MAX_ZIP_MEMBERS = 2_000  # files inside an .xlsx/.ods (a normal workbook has 10 to 50)
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024  # everything inside an .xlsx/.ods, inflated

_WHAT = {
    "rows": ("baris", "rows"),
    "columns": ("kolom", "columns"),
    "cells": ("sel (baris x kolom)", "cells (rows x columns)"),
    "merged": ("sel dalam satu gabungan sel", "cells in one merged block"),
    "field": ("karakter dalam satu sel", "characters in one cell"),
    "bytes": ("byte", "bytes"),
    "members": ("berkas di dalam arsip", "files inside the archive"),
    "unzipped": ("byte setelah dibuka (isi arsip)", "bytes once unpacked"),
}


class SheetTooLarge(NetraError):
    """The file goes past one of the limits above; nothing is read or stored."""

    def __init__(self, what: str, limit: int, found: int | None = None, name: str = "") -> None:
        word_id, word_en = _WHAT[what]
        seen_id = f" ({found:,} ditemukan)".replace(",", ".") if found is not None else ""
        seen_en = f" ({found:,} found)" if found is not None else ""
        label = f"Berkas {name}" if name else "Berkas"
        super().__init__(
            "file_too_large",
            f"{label} tidak dibaca: lebih dari {limit:,}".replace(",", ".")
            + f" {word_id}{seen_id}. Berkas seperti ini rusak atau bukan daftar pegawai; "
            "simpan ulang hanya lembar daftar pegawai lalu impor lagi.",
            f"{'File ' + name if name else 'The file'} was not read: more than {limit:,} "
            f"{word_en}{seen_en}. Save only the roster sheet again and import that.",
            limit=what,
            maximum=limit,
            **({"found": found} if found is not None else {}),
        )
        self.what, self.limit, self.found = what, limit, found

    def for_file(self, path: Path) -> SheetTooLarge:
        return SheetTooLarge(self.what, self.limit, self.found, path.name)


def check_size(what: str, found: int, limit: int) -> None:
    if found > limit:
        raise SheetTooLarge(what, limit, found)


def check_grid(rows: int, columns: int) -> None:
    """A block of ``rows`` x ``columns`` cells may be allocated."""
    check_size("rows", rows, MAX_ROWS)
    check_size("columns", columns, MAX_COLUMNS)
    check_size("cells", rows * columns, MAX_CELLS)


def number(digits: str | bytes) -> int:
    """A row number or index as written (a 5,000-digit one counts as merely too large)."""
    return int(digits) if len(digits) < 12 else 10**12


def column_number(letters: bytes) -> int:
    if len(letters) > 8:
        return 26**8
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


# ---------------------------------------------------------------- xlsx / ods archives
def check_archive(book: zipfile.ZipFile) -> None:
    members = book.infolist()
    check_size("members", len(members), MAX_ZIP_MEMBERS)
    check_size("unzipped", sum(m.file_size for m in members), MAX_UNZIPPED_BYTES)


# In one pass over a worksheet's XML, only the cells that matter for the bound match: a column
# of two letters or more (AA..), a row of six digits or more (100000..), or a cell whose position
# is implicit (no ``r`` as its first attribute: then its place is counted, which the careful
# parse below does). Ordinary cells (A1..Z99999) do not match, so the scan costs little more
# than inflating the XML.
_CELLS = re.compile(rb'<c(?: r="(?:([A-Z]{2,})\d+|[A-Z](\d{6,}))"|(?! r="[A-Z]+\d+")[\s/>])')
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:(?:worksheet|sheetData)\b")
_CHUNK = 1 << 22


def check_xlsx(path: Path) -> None:
    """Refuse an .xlsx/.xlsm (or an .ods: archive limits only) whose sheets would make the
    reader allocate past the limits. Raises :class:`SheetTooLarge`, or ``zipfile.BadZipFile``
    / ``ValueError`` for a damaged archive."""
    with zipfile.ZipFile(path) as book:
        check_archive(book)
        for member in book.infolist():
            name = member.filename
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                _check_worksheet(book, member)
            elif name == "content.xml":  # .ods: stream it so its inflated size is verified
                _drain(book, member)


def _drain(book: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    with book.open(member) as stream:  # reads at most file_size bytes; CRC checked at the end
        while stream.read(_CHUNK):
            pass


def _check_worksheet(book: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    max_row, max_col, careful = 99_999, 26, False  # bounds while nothing larger is seen
    carry = b""
    with book.open(member) as stream:
        first = True
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk and not carry:
                break
            data = carry + chunk
            if chunk:
                cut = data.rfind(b"<")  # a tag that starts here is scanned with the next chunk
                data, carry = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
            else:
                carry = b""
            if first and _PREFIXED.search(data):
                careful = True
            first = False
            for letters, digits in _CELLS.findall(data):
                if letters:
                    if len(letters) > 2:
                        raise SheetTooLarge("columns", MAX_COLUMNS, column_number(letters))
                    max_col = max(max_col, column_number(letters))
                elif digits:
                    row = number(digits)
                    if row > MAX_ROWS:
                        raise SheetTooLarge("rows", MAX_ROWS, row)
                    max_row = max(max_row, row)
                else:
                    careful = True
    if careful or max_row * max_col > MAX_CELLS:  # implicit places, or a wide sheet
        _check_worksheet_carefully(book, member)


def _check_worksheet_carefully(book: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Every row and cell, positions counted as a reader does when ``r`` is missing: a row
    without ``r`` follows the one before, a cell without ``r`` the cell before it."""
    max_row = max_col = row_no = col_no = 0
    with book.open(member) as stream:
        for event, elem in ElementTree.iterparse(stream, events=("start", "end")):
            tag = elem.tag.rsplit("}", 1)[-1]
            if event == "end":
                if tag == "row":
                    elem.clear()  # keeps memory flat on a long sheet
                continue
            if tag == "row":
                given = elem.get("r")
                row_no = (
                    number(given) if given and given.isascii() and given.isdigit() else row_no + 1
                )
                col_no = 0  # an empty row (only a height or a style) spans nothing
            elif tag == "c":
                ref = (elem.get("r") or "").encode("ascii", "replace")
                match = re.fullmatch(rb"([A-Z]+)(\d+)", ref)
                if match:
                    col_no, row = column_number(match[1]), number(match[2])
                else:
                    col_no, row = col_no + 1, row_no
                check_size("rows", row, MAX_ROWS)
                max_row = max(max_row, row)
                check_size("columns", col_no, MAX_COLUMNS)
                max_col = max(max_col, col_no)
    check_grid(max_row, max_col)
