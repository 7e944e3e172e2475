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


# Two quick passes over a worksheet's XML find what bounds the block the reader allocates: a cell
# whose place is implicit (no ``r`` as its first attribute: then places are counted, which the
# careful parse below does), and the cells far out: a column of two letters or more (AA..) or a
# row of six digits or more (100000..). Ordinary cells (A1..Z99999) do not match, so the scan
# costs little more than inflating the XML (about 0.2 s for 100,000 rows of 8 columns).
_IMPLICIT = re.compile(rb'<c(?! r=")[\s/>]')
_FAR = re.compile(rb' r="(?:([A-Z]{2,})\d|[A-Z](\d{6,}))')
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
            careful = careful or _IMPLICIT.search(data) is not None
            for letters, digits in _FAR.findall(data):
                if letters:
                    if len(letters) > 2:
                        raise SheetTooLarge("columns", MAX_COLUMNS, column_number(letters))
                    max_col = max(max_col, column_number(letters))
                else:
                    row = number(digits)
                    if row > MAX_ROWS:
                        raise SheetTooLarge("rows", MAX_ROWS, row)
                    max_row = max(max_row, row)
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


# ---------------------------------------------------------------- Excel 97-2003 (.xls)
MAX_XLS_BYTES = 100 * 1024 * 1024  # an .xls holds at most 65,536 rows; real ones are far smaller
_BIFF_CELLS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6}  # value records
_BIFF_MULRK, _BIFF_BOF, _BIFF_EOF = 0x00BD, 0x0809, 0x000A
_END_OF_CHAIN = 0xFFFFFFFE


class _Damaged(ValueError):
    """The compound file's structure does not hold together (the reader says "damaged")."""


def check_xls(path: Path) -> None:
    """Refuse an Excel 97-2003 workbook whose sheets span more than the limits: the native
    reader lays each sheet out as one block (one value at IV65536 makes 16.7 million cells,
    over a gigabyte). The workbook stream is found in the OLE compound file and its cell
    records (row, column) read; ValueError when the container is damaged."""
    size = path.stat().st_size
    check_size("bytes", size, MAX_XLS_BYTES)
    stream = _ole_stream(path.read_bytes(), ("Workbook", "Book"))
    if stream is None:
        return  # no workbook stream: the reader refuses the file by itself
    max_row = max_col = -1
    pos = 0
    while pos + 4 <= len(stream):
        kind = int.from_bytes(stream[pos : pos + 2], "little")
        length = int.from_bytes(stream[pos + 2 : pos + 4], "little")
        body = stream[pos + 4 : pos + 4 + length]
        pos += 4 + length
        if kind == _BIFF_BOF:
            max_row = max_col = -1
        elif kind == _BIFF_EOF and max_row >= 0:
            check_grid(max_row + 1, max_col + 1)
        elif (kind in _BIFF_CELLS or kind == _BIFF_MULRK) and len(body) >= 6:
            max_row = max(max_row, int.from_bytes(body[0:2], "little"))
            last = body[-2:] if kind == _BIFF_MULRK else body[2:4]
            max_col = max(max_col, int.from_bytes(last, "little"))
    if max_row >= 0:
        check_grid(max_row + 1, max_col + 1)


def _ole_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The first of ``names`` in an OLE2 compound file (the container of .xls, .doc)."""
    if len(data) < 512:
        raise _Damaged("header")

    def u16(at: int) -> int:
        return int.from_bytes(data[at : at + 2], "little")

    def u32(at: int) -> int:
        return int.from_bytes(data[at : at + 4], "little")

    sector = 1 << u16(0x1E)
    mini = 1 << u16(0x20)
    if sector not in (512, 4096) or mini != 64:
        raise _Damaged("sector size")
    sectors = (len(data) - sector) // sector + 1

    def at(number: int) -> bytes:
        if number >= sectors:
            raise _Damaged("sector")
        start = (number + 1) * sector
        return data[start : start + sector]

    difat = [u32(0x4C + 4 * i) for i in range(109)]
    next_difat, steps = u32(0x44), 0
    while next_difat < _END_OF_CHAIN and steps <= sectors:
        block = at(next_difat)
        values = [int.from_bytes(block[i : i + 4], "little") for i in range(0, sector, 4)]
        difat.extend(values[:-1])
        next_difat, steps = values[-1], steps + 1
    fat: list[int] = []
    for number in difat[: u32(0x2C)]:
        block = at(number)
        fat.extend(int.from_bytes(block[i : i + 4], "little") for i in range(0, sector, 4))

    def chain(first: int, table: list[int], limit: int) -> list[int]:
        out: list[int] = []
        while first < _END_OF_CHAIN:
            if first >= len(table) or len(out) > limit:
                raise _Damaged("chain")
            out.append(first)
            first = table[first]
        return out

    directory = b"".join(at(n) for n in chain(u32(0x30), fat, sectors))
    entries = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
    if not entries:
        raise _Damaged("directory")
    root = entries[0]
    wanted = {name.casefold() for name in names}
    for entry in entries:
        length = min(int.from_bytes(entry[64:66], "little"), 64)
        name = entry[: max(length - 2, 0)].decode("utf-16-le", "replace")
        if entry[66] != 2 or name.casefold() not in wanted:
            continue
        first = int.from_bytes(entry[116:120], "little")
        size = int.from_bytes(entry[120:124], "little")
        if size >= u32(0x38):  # a regular stream
            body = b"".join(at(n) for n in chain(first, fat, sectors))
            return body[:size]
        # a small stream lives in the mini stream (the root entry's data), in 64-byte pieces
        mini_fat: list[int] = []
        for number in chain(u32(0x3C), fat, sectors):
            block = at(number)
            mini_fat.extend(int.from_bytes(block[i : i + 4], "little") for i in range(0, sector, 4))
        mini_data = b"".join(
            at(n) for n in chain(int.from_bytes(root[116:120], "little"), fat, sectors)
        )
        pieces = chain(first, mini_fat, len(mini_data) // mini + 1)
        return b"".join(mini_data[n * mini : (n + 1) * mini] for n in pieces)[:size]
    return None
