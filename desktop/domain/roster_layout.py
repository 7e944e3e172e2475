"""How a roster sheet is laid out, and its rows read by that layout (pure: no SQL, no files).

Given the cells of a sheet (as ``documents.spreadsheets`` read them): which sheet of a
workbook holds the roster, which row is the header and which column is which field
(``roster.detect_header``), whether a mapping can be imported at all, and then which rows are
people and which are not: blank rows, total rows, unit headings ("KANTOR CAMAT WETAR", whose
unit the rows under them take), the header repeated on every printed page, the DUK layout
that prints a person's NIP on the row under the name, and a person listed twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.domain import nip as nipmod
from desktop.domain import roster as r
from desktop.domain import roster_rows as rows_mod
from desktop.domain.errors import NetraError
from desktop.domain.roster import HeaderGuess
from desktop.domain.roster_rows import Issue, ParsedRow

Cells = Sequence[list[Any]]

#: Employee columns an import may change, and the sheet fields that provide each of them.
UPDATABLE: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "category": ("category",),
    "golongan": ("golongan", "pangkat"),
    "jabatan": ("jabatan",),
    "jabatan_kind": ("jabatan_kind", "jabatan"),
    "unit_id": ("unit", "unit_code"),
    "birth_date": ("birth_date", "birth_place_date", "nip"),
    "sex": ("sex", "nip"),
    "nik": ("nik", "nip"),
}


def provided_columns(mapping: dict[str, int]) -> set[str]:
    """The employee columns (of :data:`UPDATABLE`) that a sheet with ``mapping`` provides."""
    return {col for col, sources in UPDATABLE.items() if any(s in mapping for s in sources)}


@dataclass(frozen=True)
class SheetChoice:
    """The sheet that holds the roster and its header as detected."""

    name: str
    guess: HeaderGuess


def choose_sheet(sheets: Iterable[tuple[str, Cells]]) -> SheetChoice | None:
    """The first of ``sheets`` (name, cells) with a header row, or None.

    ``sheets`` may be lazy: the sheets after the one found are not looked at (a workbook
    that opens with a cover or instructions sheet is read only as far as needed)."""
    for name, cells in sheets:
        guess = r.detect_header(cells)
        if guess is not None:
            return SheetChoice(name, guess)
    return None


def no_header(sheet: str, sheets: list[str]) -> NetraError:
    return NetraError(
        "no_header",
        f"Baris judul kolom tidak ditemukan di lembar '{sheet}'. Pastikan ada kolom "
        "NAMA dan setidaknya satu kolom lain (NIP, JABATAN, UNIT KERJA, ...).",
        f"No header row found in sheet '{sheet}' (need NAMA and one more column).",
        sheet=sheet,
        sheets=sheets,
    )


def check_mapping(mapping: dict[str, int]) -> None:
    """Refuse a mapping that cannot be imported (no name column)."""
    if not r.has_name(mapping):
        raise NetraError("no_name_column", "Kolom NAMA belum dipilih.", "No NAMA column mapped.")


@dataclass(frozen=True)
class SheetRows:
    """The data rows of a sheet, read by its layout."""

    rows: list[ParsedRow] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # blank, total, heading, header rows
    set_aside: list[Issue] = field(default_factory=list)  # the skipped rows that were not blank


def read_rows(
    cells: Cells, headers: Sequence[Any], mapping: dict[str, int], data_start: int, today: date
) -> SheetRows:
    """Turn the data rows (``cells`` from ``data_start``, 0-based) into records, rejections
    and rows set aside; row numbers are the sheet's own (1-based)."""
    check_mapping(mapping)
    out = SheetRows()
    seen: dict[tuple[str, ...] | str, int] = {}
    name_col = mapping.get("name", mapping.get("name_nip", 0))
    name_header = (
        " ".join(str(headers[name_col]).upper().split()) if name_col < len(headers) else ""
    )
    unit_keys: dict[str, str] = {}
    parse_row = rows_mod.RowParser(mapping, today)
    is_blank, is_total_row = r.is_blank, r.is_total_row
    people, warnings = out.rows, out.warnings
    kept, rejected, skipped = people.append, out.rejected.append, out.skipped.append
    set_aside = out.set_aside.append
    nip_col, no_col = mapping.get("nip"), mapping.get("no")
    section = ""  # the unit named by the last group heading row ("KANTOR CAMAT WETAR")
    last_key: tuple[str, ...] | str | None = None  # the upsert key of the last kept row
    for index in range(data_start, len(cells)):  # locals: 100,000 iterations
        row_cells = cells[index]
        number = index + 1
        name_cell = row_cells[name_col] if name_col < len(row_cells) else ""
        if (
            not any(row_cells) or not (name_cell.strip() if type(name_cell) is str else name_cell)
        ) and (is_blank(row_cells)):
            skipped(number)
            continue
        if is_total_row(row_cells):
            skipped(number)
            set_aside(Issue(number, "", "total_row", rows_mod.message("total_row")))
            section = ""
            continue
        nip_cell = row_cells[nip_col] if nip_col is not None and nip_col < len(row_cells) else ""
        if not (type(nip_cell) is str and nip_cell[:1].isdigit()):  # not a usual person row
            title = r.section_title(row_cells, no_col)
            if title:
                skipped(number)
                set_aside(
                    Issue(number, "", "section_row", rows_mod.message("section_row", unit=title))
                )
                section = title
                continue
        if (  # the header repeated on every printed page
            isinstance(name_cell, str)
            and name_cell.isupper()
            and " ".join(name_cell.split()) == name_header
        ):
            skipped(number)
            set_aside(Issue(number, "", "repeated_header", rows_mod.message("repeated_header")))
            continue
        if (
            type(name_cell) is str
            and (name_cell[:1].isdigit() or name_cell[:3].upper() == "NIP")
            and people
            and people[-1].row == number - 1
            and not people[-1].nip
            and not (nip_col is not None and nip_col < len(row_cells) and row_cells[nip_col] != "")
            and len(digits := nipmod.normalize(name_cell)) == 18
            and digits.isdigit()
        ):  # DUK printed two rows a person: the NIP under the name, in the NAMA column
            skipped(number)
            result = _with_nip(cells[index - 1], mapping, name_cell, number - 1, today)
            undo = people.pop()
            if last_key is not None:
                seen.pop(last_key, None)
            if undo.warnings:
                warnings[:] = [w for w in warnings if w not in undo.warnings]
        else:
            result = parse_row(row_cells, number)
        if isinstance(result, Issue):
            rejected(result)
            continue
        parsed = result
        if section and not parsed.unit_name and not parsed.unit_code:
            parsed.unit_name = section
        key: tuple[str, ...] | str | None = parsed.nip
        if not key:
            unit_text = parsed.unit_code or parsed.unit_name
            if unit_text not in unit_keys:
                unit_keys[unit_text] = r.name_key(unit_text)
            key = parsed.identity(unit_keys[unit_text])
        first = seen.get(key)
        if first is not None:
            rejected(
                Issue(
                    parsed.row,
                    parsed.nip or "",
                    "duplicate_in_file",
                    rows_mod.message("duplicate_in_file", first=first),
                )
            )
            continue
        seen[key] = parsed.row
        last_key = key
        kept(parsed)
        if parsed.warnings:
            warnings.extend(parsed.warnings)
    return out


def _with_nip(
    cells: Sequence[Any], mapping: dict[str, int], nip: object, number: int, today: date
) -> ParsedRow | Issue:
    """Row ``number`` parsed again with the NIP that the row below it held."""
    row = list(cells)
    col = mapping.get("nip")
    if col is None:
        mapping, col = {**mapping, "nip": len(row)}, len(row)
    row.extend([""] * (col + 1 - len(row)))
    row[col] = nip
    return rows_mod.parse_row(row, mapping, number, today)
