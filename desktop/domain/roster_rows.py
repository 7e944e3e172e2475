"""One spreadsheet row -> one employee record, or a rejection with a reason code (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any

from desktop.domain import golongan as gol
from desktop.domain import nip as nipmod
from desktop.domain import roster as r

MESSAGES: dict[str, str] = {
    "missing_name": "Nama pegawai kosong.",
    "name_not_text": (
        "Kolom nama berisi '{value}', bukan nama orang; periksa susunan kolom (NAMA, NIP)."
    ),
    "duplicate_in_file": "NIP/pegawai yang sama sudah ada di baris {first} berkas ini.",
    "nip_missing": "Pegawai berstatus {category} wajib memiliki NIP / NI PPPK.",
    "missing_unit": "Unit kerja kosong dan tidak ada unit bawaan (--unit).",
    # rows set aside, not imported
    "total_row": "Baris jumlah/total; tidak diimpor.",
    "repeated_header": "Judul kolom yang berulang (halaman cetak berikutnya); tidak diimpor.",
    "section_row": (
        "Judul kelompok '{unit}'; tidak diimpor sebagai pegawai, dipakai sebagai unit kerja "
        "baris di bawahnya yang unit kerjanya kosong."
    ),
    # warnings
    "golongan_unknown": "Golongan '{value}' tidak dikenali; dikosongkan.",
    "birth_date_unknown": "Tanggal lahir '{value}' tidak dikenali; dikosongkan.",
    "nik_invalid": "NIK '{value}' bukan 16 angka; dikosongkan.",
    "category_unknown": "Status kepegawaian '{value}' tidak dikenali; ditentukan dari NIP.",
    "golongan_category": "Golongan {value} tidak sesuai untuk {category}.",
}

_MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "may": 5,
    "august": 8,
    "october": 10,
    "december": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "june": 6,
    "july": 7,
}
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_WORD_DATE = re.compile(r"^(\d{1,2})[\s\-/.]*([A-Za-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})$")
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")
_EXCEL_EPOCH = date(1899, 12, 30)


def message(code: str, **values: object) -> str:
    return MESSAGES[code].format(**values)


@dataclass
class Issue:
    row: int
    nip: str
    code: str
    message: str

    def to_json(self, key: str = "reason_code") -> dict[str, Any]:
        return {"row": self.row, "nip": self.nip, key: self.code, "message": self.message}


@dataclass(slots=True)
class ParsedRow:
    row: int  # 1-based, as the spreadsheet shows it
    nip: str | None
    name: str
    category: str
    golongan: str | None
    jabatan: str
    jabatan_kind: str | None
    unit_name: str
    unit_code: str
    birth_date: date | None
    sex: str | None
    nik: str | None
    notes: str
    warnings: list[Issue] = field(default_factory=list)

    def identity(self, unit_key: str) -> tuple[str, ...]:
        """Upsert key: the NIP, or (name, unit, birth date) for staff without one."""
        if self.nip:
            return ("nip", self.nip)
        born = self.birth_date.isoformat() if self.birth_date else ""
        return ("person", r.name_key(self.name), unit_key, born)


_MEMO: dict[object, str] = {}


def _memo_text(value: object) -> str:
    """cell_text for columns whose values repeat (unit, jabatan): computed once per value."""
    try:
        return _MEMO[value]
    except KeyError:
        text = cell_text(value)
        if len(_MEMO) > 50_000:
            _MEMO.clear()
        _MEMO[value] = text
        return text
    except TypeError:
        return cell_text(value)


def cell_text(value: object) -> str:
    if type(value) is str:
        return (
            " ".join(value.split())
            if (
                "  " in value
                or value[:1].isspace()
                or value[-1:].isspace()
                or "\n" in value
                or "\t" in value
            )
            else value
        )
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def parse_date(value: object) -> date | None:
    """Dates as spreadsheets give them: date cells, Excel serials, '26-09-1986',
    '1986-09-26', '26/9/86', '26 September 1986', '26 Sept. 1986', '26-Sep-86', '19860926'."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 80000:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return None
    text = cell_text(value).strip().rstrip(".")
    if not text:
        return None
    text = text.split(" 00:00")[0].split("T")[0]
    m = _NUMERIC_DATE.match(text)
    try:
        if m:
            a, b, c = (int(x) for x in m.groups())
            if len(m.group(1)) == 4:
                return date(a, b, c)
            year = c if len(m.group(3)) == 4 else (1900 + c if c > 30 else 2000 + c)
            return date(year, b, a)
        m = _WORD_DATE.match(text)
        if m and m.group(2).lower() in _MONTHS:
            year = int(m.group(3))
            if len(m.group(3)) == 2:  # '26-Sep-86', as Excel shows dd-mmm-yy
                year += 1900 if year > 30 else 2000
            return date(year, _MONTHS[m.group(2).lower()], int(m.group(1)))
        if len(text) == 8 and text.isdigit() and "1900" <= text[:4] <= "2099":
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))  # 19860926, as in a NIP
    except ValueError:
        return None
    return None


@lru_cache(maxsize=32768)
def _date_text(text: str) -> date | None:
    return parse_date(text)


def split_place_date(value: object) -> date | None:
    """'Tiakur, 26-09-1986' -> 1986-09-26."""
    text = cell_text(value)
    tail = text.rsplit(",", 1)[-1].strip() if "," in text else text
    return parse_date(tail)


def _nip_cell(raw: object) -> object:
    """Scientific notation text ('1,98609E+17') is a NIP that Excel already cut short."""
    if (
        isinstance(raw, str)
        and ("E" in raw or "e" in raw)
        and _SCIENTIFIC.match(raw.strip().replace(" ", ""))
    ):
        try:
            return float(raw.strip().replace(",", "."))
        except ValueError:
            return raw
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    return raw


def parse_row(
    cells: list[object], mapping: dict[str, int], row_number: int, today: date | None = None
) -> ParsedRow | Issue:
    width = len(cells)
    values = {f: cells[c] for f, c in mapping.items() if c < width and cells[c] != ""}
    combined = values.get("name_nip")
    if combined is not None:  # name and NIP stacked in one cell (DUK sheets)
        name_part, nip_part = r.split_name_nip(combined)
        if name_part and "name" not in values:
            values["name"] = name_part
        if nip_part and "nip" not in values:
            values["nip"] = nip_part
    g = values.get
    raw_nip = _nip_cell(g("nip"))
    shown_nip = (
        cell_text(raw_nip) if not isinstance(raw_nip, float) else nipmod.excel_digits(raw_nip)
    )
    front, back = g("title_front"), g("title_back")
    name = cell_text(g("name"))
    if front is not None or back is not None:
        name = r.compose_name(name, cell_text(front), cell_text(back))
    if not name:
        return Issue(row_number, shown_nip, "missing_name", message("missing_name"))
    if not any(c.isalpha() for c in name):  # a NIP or a number where the name should be
        return Issue(
            row_number, shown_nip, "name_not_text", message("name_not_text", value=name[:40])
        )
    warnings: list[Issue] = []

    def warn(code: str, text: str) -> None:
        warnings.append(Issue(row_number, shown_nip, code, text))

    explicit_raw = g("category")
    explicit = r.parse_category(explicit_raw)
    if explicit_raw is not None and explicit is None:
        warn("category_unknown", message("category_unknown", value=cell_text(explicit_raw)))
    birth_raw = g("birth_date")
    birth = (
        (_date_text(birth_raw) if isinstance(birth_raw, str) else parse_date(birth_raw))
        if birth_raw is not None
        else None
    )
    if birth_raw is not None and birth is None:
        warn("birth_date_unknown", message("birth_date_unknown", value=cell_text(birth_raw)))
    if birth is None and g("birth_place_date") is not None:
        birth = split_place_date(g("birth_place_date"))
    sex = r.parse_sex(g("sex"))
    nik_text = nipmod.normalize(g("nik")) if g("nik") is not None else ""
    nip: str | None = None
    if raw_nip is not None and shown_nip:
        candidate = (
            nipmod.normalize(raw_nip)
            if explicit == "NON_ASN" and not isinstance(raw_nip, float)
            else ""
        )
        if len(candidate) == 16 and candidate.isdigit():
            nik_text = nik_text or candidate  # a "NIP/NIK" column holding a NIK
        else:
            result = nipmod.parse(raw_nip, today)
            if result.info is None:
                assert result.error is not None
                return Issue(row_number, shown_nip, result.error.code, result.error.message)
            info = result.info
            nip = info.nip
            findings = nipmod.cross_check(info, birth, sex, explicit)
            for f in (*result.warnings, *findings) if result.warnings or findings else ():
                warn(f.code, f.message)
            birth = birth or info.birth_date
            sex = sex or info.sex
    if nip is None:
        if explicit in r.ASN_CATEGORIES:
            return Issue(
                row_number, shown_nip, "nip_missing", message("nip_missing", category=explicit)
            )
        category = "NON_ASN"
    elif nip[12] == "2":
        category = "PPPK"
    else:
        category = explicit if explicit in ("PNS", "CPNS") else "PNS"
    golongan = _golongan(g("golongan"), g("pangkat"), category, warn)
    nik = None
    if nik_text:
        if len(nik_text) == 16 and nik_text.isdigit():
            nik = nik_text
        else:
            warn("nik_invalid", message("nik_invalid", value=cell_text(g("nik"))))
    jabatan = _memo_text(g("jabatan"))
    kind = r.parse_jabatan_kind(g("jabatan_kind")) or (
        r.guess_jabatan_kind(jabatan) if category != "NON_ASN" else None
    )
    return ParsedRow(
        row=row_number,
        nip=nip,
        name=name,
        category=category,
        golongan=golongan,
        jabatan=jabatan,
        jabatan_kind=kind,
        unit_name=_memo_text(g("unit")),
        unit_code=_memo_text(g("unit_code")),
        birth_date=birth,
        sex=sex,
        nik=nik,
        notes=cell_text(g("notes")),
        warnings=warnings,
    )


_GOLONGAN_MEMO: dict[tuple[object, object, str], tuple[str | None, str, str]] = {}


def _golongan(raw: object, pangkat: object, category: str, warn: Any) -> str | None:
    """Golongan of a row (memoised: a sheet holds a handful of distinct values)."""
    if category == "NON_ASN":
        return None
    key = (raw, pangkat, category)
    try:
        value, code, text = _GOLONGAN_MEMO[key]
    except KeyError:
        found: list[tuple[str, str]] = []
        value = _golongan_once(raw, pangkat, category, lambda c, t: found.append((c, t)))
        code, text = found[0] if found else ("", "")
        if len(_GOLONGAN_MEMO) > 10_000:
            _GOLONGAN_MEMO.clear()
        _GOLONGAN_MEMO[key] = (value, code, text)
    except TypeError:  # an unhashable cell value
        return _golongan_once(raw, pangkat, category, warn)
    if code:
        warn(code, text)
    return value


def _golongan_once(raw: object, pangkat: object, category: str, warn: Any) -> str | None:
    value = gol.normalize(raw, category) if raw is not None else None
    if value is None and pangkat is not None:
        value = gol.normalize(pangkat, category)
    if value is None and raw is not None:
        warn("golongan_unknown", message("golongan_unknown", value=cell_text(raw)))
        return None
    if value is not None and gol.is_pppk_golongan(value) != (category == "PPPK"):
        warn("golongan_category", message("golongan_category", value=value, category=category))
    return value


# ---------------------------------------------------------------- fast path (100,000 rows)
# Fields the fast path does not read: a row with any of these cells filled in (titles, pangkat,
# kind, place of birth, NIK, notes) goes through :func:`parse_row`.
_SLOW_FIELDS: tuple[str, ...] = ("title_front", "title_back", "pangkat", "jabatan_kind")
_SLOW_FIELDS += ("birth_place_date", "nik", "notes")
_DATE_TYPES = (str, date, datetime)
_FAST_ORDER: tuple[str, ...] = ("nip", "name", "category", "golongan", "jabatan", "unit")
_FAST_ORDER += ("unit_code", "birth_date", "sex")
_UNSEEN: Any = object()


class RowParser:
    """``parse_row`` for many rows of one sheet, with the same results.

    The common row (a text NIP of 18 digits that is valid without warnings, clean cells, no
    warning of any kind) is handled here with per-value memos: the NIP's birth date by its
    first 8 digits, its TMT by the next 6 (4 for PPPK), and the age bounds as plain string
    comparisons. Any other row (a rejection, a warning, a float NIP, an odd cell) returns
    ``None`` from :meth:`fast` and is parsed by :func:`parse_row`, the reference.
    """

    def __init__(self, mapping: dict[str, int], today: date) -> None:
        self.mapping = mapping
        self.today = today
        get = mapping.get
        self.slow_cols = tuple(mapping[f] for f in _SLOW_FIELDS if f in mapping)
        self.all_cols = tuple(get(f, -1) for f in _FAST_ORDER)
        self.need = max((*self.all_cols, *self.slow_cols)) + 1
        self.pick: Callable[[tuple[object, ...]], tuple[object, ...]] = itemgetter(*self.all_cols)
        self.today_month = f"{today.year:04d}{today.month:02d}"
        self.today_year = f"{today.year:04d}"
        self.births: dict[str, tuple[date, str, str] | None] = {}
        self.tmts: dict[str, bool] = {}
        self.dates: dict[object, date | None] = {}
        self.kinds: dict[str, str | None] = {}
        self.sexes: dict[object, str | None] = {}

    def __call__(self, cells: list[object], row_number: int) -> ParsedRow | Issue:
        try:
            row = self.fast(cells, row_number)
        except TypeError:  # an unhashable cell value: no memo for it
            row = None
        if row is not None:
            return row
        return parse_row(cells, self.mapping, row_number, self.today)

    def _birth(self, digits: str) -> tuple[date, str, str] | None:
        """Birth date of a NIP's first 8 digits and the TMT bounds (as YYYYMMDD text) of an
        age from MIN_AGE_AT_TMT to 60; None when :func:`nip.parse` would reject it."""
        try:
            return self.births[digits]
        except KeyError:
            pass
        year = int(digits[:4])
        born = nipmod._date_or_none(year, int(digits[4:6]), int(digits[6:8]))
        found = None
        if born is not None and year >= nipmod.MIN_BIRTH_YEAR and born <= self.today:
            low = f"{year + nipmod.MIN_AGE_AT_TMT:04d}{digits[4:8]}"
            found = (born, low, f"{year + 61:04d}{digits[4:8]}")
        self.births[digits] = found
        return found

    def _tmt_ok(self, digits: str) -> bool:
        """A PNS TMT (YYYYMM) that is a real month from 1940 and not in the future."""
        ok = self.tmts.get(digits)
        if ok is None:
            year, month = int(digits[:4]), int(digits[4:6])
            ok = year >= nipmod.MIN_BIRTH_YEAR and 1 <= month <= 12
            ok = ok and digits <= self.today_month
            self.tmts[digits] = ok
        return ok

    def _nip(self, nip: str) -> tuple[date, str] | None:
        """Birth date and sex of a NIP that :func:`nip.parse` accepts without warnings."""
        if len(nip) != 18 or not (nip.isdigit() and nip.isascii()):
            return None
        if nip[14] not in "12" or nip[15:] == "000":
            return None
        birth = self.births.get(nip[:8], _UNSEEN)
        if birth is _UNSEEN:
            birth = self._birth(nip[:8])
        if birth is None:
            return None
        if nip[12] == "2":  # PPPK: YYYYMMDD YYYY 2 F G NNN
            year = nip[8:12]
            if (
                nip[13] == "0"
                or year < "1940"
                or year > self.today_year
                or year <= nip[:4]  # appointed in or before the year of birth
            ):
                return None
            tmt = year + "0101"
        else:
            month = nip[8:14]
            ok = self.tmts.get(month)
            if not (self._tmt_ok(month) if ok is None else ok) or month <= nip[:6]:
                return None
            tmt = month + "01"
        if not birth[1] <= tmt < birth[2]:  # age at TMT outside MIN_AGE_AT_TMT..60: a warning
            return None
        return birth[0], "L" if nip[14] == "1" else "P"

    def _date(self, raw: object) -> date | None:
        """A birth date cell (memoised); None when it is not a date or not a cell type the
        memo takes (``parse_row`` then handles the row)."""
        if type(raw) not in _DATE_TYPES:
            return None
        try:
            return self.dates[raw]
        except KeyError:
            found = self.dates[raw] = parse_date(raw)
            return found

    def _cells(self, cells: list[object]) -> tuple[object, ...]:
        """The fast path's cells of a row ("" for an unmapped field or a short row)."""
        if len(cells) >= self.need:
            return self.pick((*cells, ""))  # index -1 is that trailing ""
        width = len(cells)
        return tuple(cells[c] if 0 <= c < width else "" for c in self.all_cols)

    def fast(self, cells: list[object], row_number: int) -> ParsedRow | None:
        nip_c, name_c, cat_c, gol_c, jab_c, unit_c, code_c, birth_raw, sex_raw = self._cells(cells)
        name = cell_text(name_c) if name_c != "" else ""
        if not name[:1].isalpha() or type(nip_c) is not str:  # parse_row judges odd names
            return None
        for col in self.slow_cols:
            if col < len(cells) and cells[col] != "":
                return None
        explicit = None
        if cat_c != "":
            explicit = r.parse_category(cat_c)
            if explicit is None or (explicit == "NON_ASN" and nip_c != ""):
                return None
        birth: date | None = None
        if birth_raw != "":
            birth = self.dates.get(birth_raw, _UNSEEN) if type(birth_raw) is str else _UNSEEN
            if birth is _UNSEEN:
                birth = self._date(birth_raw)
            if birth is None:  # a warning, or a cell type the memo does not take
                return None
        sex: str | None = None
        if sex_raw != "":
            sex = self.sexes.get(sex_raw, _UNSEEN) if type(sex_raw) is str else _UNSEEN
            if sex is _UNSEEN:
                sex = r.parse_sex(sex_raw)
                if type(sex_raw) is str:
                    self.sexes[sex_raw] = sex
        nip: str | None = None
        if nip_c:
            if not nip_c.strip():
                return None
            checked = self._nip(nip_c)
            if checked is None:
                return None
            if (birth is not None and birth != checked[0]) or (
                sex in ("L", "P") and sex != checked[1]
            ):
                return None  # a cross-check warning
            nip = nip_c
            pppk = nip[12] == "2"
            if explicit is not None and pppk != (explicit == "PPPK"):
                return None
            birth, sex = birth or checked[0], sex or checked[1]
            category = "PPPK" if pppk else (explicit if explicit in ("PNS", "CPNS") else "PNS")
        elif explicit is not None and explicit != "NON_ASN":
            return None  # an ASN without a NIP: rejected by parse_row
        else:
            category = "NON_ASN"
        golongan = None
        if category != "NON_ASN":
            memo = _GOLONGAN_MEMO.get((None if gol_c == "" else gol_c, None, category))
            if memo is None or memo[1]:
                return None  # not seen yet (parse_row fills the memo) or a warning
            golongan = memo[0]
        memo_text = _MEMO.get
        jabatan = memo_text(jab_c) if jab_c != "" else ""
        if jabatan is None:
            jabatan = _memo_text(jab_c)
        if category == "NON_ASN":
            kind = None
        else:
            try:
                kind = self.kinds[jabatan]
            except KeyError:
                kind = self.kinds[jabatan] = r.guess_jabatan_kind(jabatan)
        unit_name = memo_text(unit_c) if unit_c != "" else ""
        if unit_name is None:
            unit_name = _memo_text(unit_c)
        unit_code = memo_text(code_c) if code_c != "" else ""
        if unit_code is None:
            unit_code = _memo_text(code_c)
        return ParsedRow(
            row_number,
            nip,
            name,
            category,
            golongan,
            jabatan,
            kind,
            unit_name,
            unit_code,
            birth,
            sex,
            None,
            "",
            [],
        )
