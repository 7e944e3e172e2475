"""Roster vocabulary and spreadsheet column detection (pure: no SQL, no Qt).

Categories, kinds of jabatan, reasons for leaving, kinds of unit, the folded ``name_key``
used by search-as-you-type, and the header synonyms found in SIASN/SIMPEG exports and in
hand-typed office sheets ("NAMA LENGKAP", "NIP BARU", "PANGKAT/GOL", "GOL. RUANG"...).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

CATEGORIES: tuple[str, ...] = ("PNS", "CPNS", "PPPK", "NON_ASN")
CATEGORY_LABELS = {"PNS": "PNS", "CPNS": "CPNS", "PPPK": "PPPK", "NON_ASN": "Non-ASN"}
ASN_CATEGORIES = frozenset({"PNS", "CPNS", "PPPK"})

JABATAN_KINDS: tuple[str, ...] = ("struktural", "fungsional", "pelaksana")
INACTIVE_REASONS: tuple[str, ...] = ("mutasi", "pensiun", "meninggal", "berhenti")
INACTIVE_LABELS = {
    "mutasi": "Mutasi",
    "pensiun": "Pensiun",
    "meninggal": "Meninggal dunia",
    "berhenti": "Berhenti",
}
UNIT_KINDS: tuple[str, ...] = (
    "kabupaten",
    "opd",
    "kecamatan",
    "kelurahan",
    "desa",
    "sekolah",
    "puskesmas",
    "lainnya",
)
UNIT_KIND_LABELS = {
    "kabupaten": "Kabupaten",
    "opd": "OPD",
    "kecamatan": "Kecamatan",
    "kelurahan": "Kelurahan",
    "desa": "Desa",
    "sekolah": "Sekolah",
    "puskesmas": "Puskesmas",
    "lainnya": "Lainnya",
}

_CATEGORY_WORDS: dict[str, str] = {
    "PNS": "PNS",
    "ASN PNS": "PNS",
    "PEGAWAI NEGERI SIPIL": "PNS",
    "CPNS": "CPNS",
    "CALON PNS": "CPNS",
    "CALON PEGAWAI NEGERI SIPIL": "CPNS",
    "PPPK": "PPPK",
    "P3K": "PPPK",
    "ASN PPPK": "PPPK",
    "PPPK PARUH WAKTU": "PPPK",
    "NON ASN": "NON_ASN",
    "NONASN": "NON_ASN",
    "NON_ASN": "NON_ASN",
    "HONORER": "NON_ASN",
    "TENAGA HONORER": "NON_ASN",
    "TENAGA KONTRAK": "NON_ASN",
    "KONTRAK": "NON_ASN",
    "THL": "NON_ASN",
    "PTT": "NON_ASN",
    "HONDA": "NON_ASN",
    "TENAGA HARIAN LEPAS": "NON_ASN",
}


# Words that make a status a non-ASN one wherever they stand in it.
_NON_ASN_WORDS = frozenset(
    ("HONOR", "HONORER", "KONTRAK", "GTY", "PTY", "GTT", "PTT", "THL", "HONDA", "SUKARELA")
)
# A status written with more words after it ("PNS Daerah Kab/Kota", "Honorer Daerah").
_CATEGORY_LEADS = {
    w: _CATEGORY_WORDS[w] for w in ("PNS", "CPNS", "PPPK", "P3K", "HONORER", "THL", "PTT")
}


def _fold(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


FRONT_TITLES = frozenset(
    {"dr", "drs", "dra", "ir", "apt", "ns", "prof", "h", "hj", "drg", "bd", "pdt", "kh", "st"}
)


_PUNCT_TO_SPACE = {c: " " for c in range(128) if not chr(c).isalnum()}


def name_key(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name, for search as you type.

    Front titles move to the end ("Drs. Yohanis Lewier" -> "yohanis lewier drs") so that
    sorting by the key sorts by the name itself; search matches anywhere in the key.
    """
    if name.isascii():  # the common case, kept cheap: this runs for every imported row
        lowered = name.lower()
        if lowered.replace(" ", "").isalnum():  # letters, digits, spaces: nothing to fold
            words = lowered.split()
        else:
            words = lowered.translate(_PUNCT_TO_SPACE).split()
    else:
        folded = _fold(name).lower()
        if folded.isascii():
            words = folded.translate(_PUNCT_TO_SPACE).split()
        else:
            words = re.sub(r"[^0-9a-z]+", " ", folded).split()
    if not words or words[0] not in FRONT_TITLES:
        return " ".join(words)
    lead = 0
    while lead < len(words) - 1 and words[lead] in FRONT_TITLES:
        lead += 1
    return " ".join(words[lead:] + words[:lead])


_NIP_LABELS = frozenset(("nip", "ni", "pppk", "baru", "lama", "no"))


def search_terms(text: str) -> list[str]:
    """Words of a search box entry, folded like :func:`name_key`.

    A NIP pasted as letters and decrees print it ("NIP. 19860926 201505 1 001") becomes one
    term: digit groups that follow a group of 8 or more digits are joined to it, and the
    label words before the first number ("NIP", "NI PPPK", "NIP baru") are dropped."""
    terms: list[str] = []
    for word in name_key(text).split():
        if word.isdigit() and terms and terms[-1].isdigit() and len(terms[-1]) >= 8:
            terms[-1] += word
        else:
            terms.append(word)
    lead = 0
    while lead < len(terms) and terms[lead] in _NIP_LABELS:
        lead += 1
    if 0 < lead < len(terms) and terms[lead].isdigit():
        del terms[:lead]
    return terms


@lru_cache(maxsize=256)
def _category(text: str) -> str | None:
    key = " ".join(re.sub(r"[^0-9A-Z_]+", " ", _fold(text).upper()).split())
    found = _CATEGORY_WORDS.get(key)
    if found is None and key:  # "PNS Daerah Kab/Kota", "CPNS Daerah" (SIASN's JENIS PEGAWAI)
        found = _CATEGORY_LEADS.get(key.split()[0])
    if found is None and not _NON_ASN_WORDS.isdisjoint(key.split()):
        found = "NON_ASN"  # Dapodik's "Honor Daerah TK.II Kab/Kota", "GTY/PTY", "Kontrak Daerah"
    return found


def parse_category(raw: object) -> str | None:
    if raw is None:
        return None
    return _category(str(raw))


def parse_jabatan_kind(raw: object) -> str | None:
    if raw is None or raw == "":
        return None
    text = name_key(str(raw))
    if not text:
        return None
    if text.startswith("struktur") or text in {"js", "jpt", "administrator", "pengawas"}:
        return "struktural"
    if text.startswith(("fungsional", "jft", "jf ")) or text in {"jf", "jft"}:
        return "fungsional"
    if text.startswith(("pelaksana", "jfu", "umum")):
        return "pelaksana"
    return None


@lru_cache(maxsize=4096)
def guess_jabatan_kind(jabatan: str) -> str | None:
    """Best guess from the title: Camat/Kepala/Sekretaris/Lurah → struktural, etc."""
    key = name_key(jabatan)
    if not key:
        return None
    if key.startswith(
        ("camat", "sekretaris", "kepala seksi", "kasi ", "lurah", "kepala sub", "kasubag", "sekcam")
    ):
        return "struktural"
    if any(
        w in key
        for w in (
            "guru",
            "perawat",
            "bidan",
            "dokter",
            "penyuluh",
            "ahli",
            "terampil",
            "analis",
            "pranata",
            "apoteker",
            "sanitarian",
        )
    ):
        return "fungsional"
    return "pelaksana"


@lru_cache(maxsize=64)
def _sex(text: str) -> str | None:
    key = name_key(text)
    if key in {"l", "lk", "laki laki", "laki", "pria", "1", "m", "male"}:
        return "L"
    if key in {"p", "pr", "perempuan", "wanita", "2", "f", "female", "w"}:
        return "P"
    return None


def parse_sex(raw: object) -> str | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return _sex(str(raw))


# ---------------------------------------------------------------- columns
FIELDS: tuple[str, ...] = (
    "nip",
    "name",
    "name_nip",
    "title_front",
    "title_back",
    "category",
    "golongan",
    "pangkat",
    "jabatan",
    "jabatan_kind",
    "unit",
    "unit_code",
    "birth_date",
    "birth_place_date",
    "sex",
    "nik",
    "notes",
    "no",
)
# Employee columns as an import or an edit in the app changes them (Indonesian labels).
COLUMN_LABELS = {
    "name": "Nama",
    "category": "Status kepegawaian",
    "golongan": "Golongan",
    "jabatan": "Jabatan",
    "jabatan_kind": "Jenis jabatan",
    "unit_id": "Unit kerja",
    "birth_date": "Tanggal lahir",
    "sex": "Jenis kelamin",
    "nik": "NIK",
    "active": "Status aktif",
}
APP_EDIT_LABELS = {
    "add": "ditambahkan",
    "edit": "diubah",
    "transfer": "mutasi",
    "deactivate": "dinonaktifkan",
    "reactivate": "diaktifkan kembali",
}

FIELD_LABELS = {
    "nip": "NIP / NI PPPK",
    "name": "Nama",
    "name_nip": "Nama dan NIP",
    "title_front": "Gelar depan",
    "title_back": "Gelar belakang",
    "category": "Status kepegawaian",
    "golongan": "Golongan",
    "pangkat": "Pangkat",
    "jabatan": "Jabatan",
    "jabatan_kind": "Jenis jabatan",
    "unit": "Unit kerja",
    "unit_code": "Kode unit",
    "birth_date": "Tanggal lahir",
    "birth_place_date": "Tempat, tanggal lahir",
    "sex": "Jenis kelamin",
    "nik": "NIK",
    "notes": "Keterangan",
    "no": "Nomor urut",
}

SYNONYMS: dict[str, tuple[str, ...]] = {
    "nip": (
        "NIP",
        "NIP BARU",
        "NIP 18",
        "NIP 18 DIGIT",
        "NIP NI PPPK",
        "NI PPPK",
        "NIPPPK",
        "NIP PPPK",
        "NOMOR INDUK PEGAWAI",
        "NIP NIK",
        "NO NIP",
        "NIP ASN",
    ),
    "name": (
        "NAMA",
        "NAMA LENGKAP",
        "NAMA PEGAWAI",
        "NAMA ASN",
        "NAMA DAN GELAR",
        "NAMA GELAR",
        "NAMA LENGKAP DAN GELAR",
        "NAMA LENGKAP GELAR",
        "NAMA TANPA GELAR",
    ),
    # DUK and nominatif sheets stack the name over the NIP in one cell
    "name_nip": ("NAMA NIP", "NAMA DAN NIP", "NAMA NIP BARU", "NAMA GELAR NIP", "NAMA NIP PNS"),
    "title_front": ("GELAR DEPAN",),
    "title_back": ("GELAR BELAKANG",),
    "category": (
        "STATUS",
        "STATUS PEGAWAI",
        "STATUS KEPEGAWAIAN",
        "KATEGORI",
        "JENIS PEGAWAI",
        "KEDUDUKAN",
        "STATUS ASN",
        "JENIS ASN",
    ),
    "golongan": (
        "GOL",
        "GOLONGAN",
        "GOL RUANG",
        "GOLONGAN RUANG",
        "PANGKAT GOL",
        "PANGKAT GOLONGAN",
        "PANGKAT GOL RUANG",
        "PANGKAT GOLONGAN RUANG",
        "GOL RUANG PANGKAT",
        "GOL AKHIR",
        "GOLONGAN AKHIR",
        "GOL TERAKHIR",
        "GOLONGAN TERAKHIR",
        "GOL RUANG AKHIR",
        "GOL PPPK",
    ),
    "pangkat": ("PANGKAT", "PANGKAT TERAKHIR"),
    "jabatan": (
        "JABATAN",
        "NAMA JABATAN",
        "JABATAN TERAKHIR",
        "JABATAN SAAT INI",
        "JENIS PTK",  # Dapodik: Guru Kelas, Guru Mapel, Tenaga Administrasi Sekolah
    ),
    "jabatan_kind": ("JENIS JABATAN", "JENIS JAB", "TIPE JABATAN"),
    "unit": (
        "UNIT KERJA",
        "UNIT",
        "SATUAN KERJA",
        "SATKER",
        "UNOR",
        "UNOR NAMA",
        "UNIT ORGANISASI",
        "NAMA UNOR",
        "OPD",
        "INSTANSI",
        "TEMPAT TUGAS",
        "LOKASI KERJA",
        "SEKOLAH",
        "NAMA SEKOLAH",
        "UNIT KERJA TEMPAT TUGAS",
        "SUB UNIT KERJA",
        "NAMA UNIT KERJA",
        "DESA KELURAHAN",
    ),
    "unit_code": ("KODE UNIT", "KODE UNIT KERJA", "KODE UNOR", "KODE SATKER"),
    "birth_date": ("TGL LAHIR", "TANGGAL LAHIR", "TGL LHR", "TGL LAHIR DD MM YYYY"),
    "birth_place_date": ("TEMPAT TGL LAHIR", "TEMPAT TANGGAL LAHIR", "TTL", "TEMPAT DAN TGL LAHIR"),
    "sex": ("JENIS KELAMIN", "JK", "L P", "KELAMIN", "GENDER", "SEX"),
    "nik": ("NIK", "NO KTP", "NOMOR KTP", "NIK KTP"),
    "notes": ("KETERANGAN", "KET", "CATATAN"),
    "no": ("NO", "NO URUT", "NOMOR", "NOMOR URUT"),
}
_EXACT = {syn: f for f, syns in SYNONYMS.items() for syn in syns}
# A total row starts with one of these words, or pairs ("Sub Total" between unit groups);
# whole words only, so that a person called "Totalia" or "Jmlina" is not skipped as a total.
_TOTAL_FIRST = frozenset(("jumlah", "total", "jml", "subtotal", "grandtotal"))
_TOTAL_PAIRS = frozenset((("grand", "total"), ("sub", "total"), ("sub", "jumlah")))
_TOTAL_INITIALS = frozenset("JjTtGgSs ")
_TOTAL_STARTS = frozenset(("jum", "tot", "jml", "sub", "gra"))


def header_key(cell: object) -> str:
    """'PANGKAT/GOL.' -> 'PANGKAT GOL'; '(18 digit)' and stray punctuation removed."""
    text = _fold(str(cell or "")).upper().replace("&", " DAN ").replace("\n", " ")
    text = re.sub(r"\([^)]*\)", lambda m: " " + m.group(0)[1:-1] + " ", text)
    return " ".join(re.sub(r"[^0-9A-Z]+", " ", text).split())


# Words that make a header a date, a decree or a former value of a field (SIASN and SIMPEG
# sheets have TMT GOLONGAN beside GOL AKHIR, GOL AWAL before it, NO SK beside JABATAN).
_NOT_THE_VALUE = frozenset(("TMT", "SK", "AWAL", "CPNS", "MK", "LAMA"))
# Exact synonyms a sheet may use for something wider than the field; any other column for the
# field wins over them (SIASN's LOKASI KERJA is the town, its UNOR NAMA the work unit).
WEAK_SYNONYMS = frozenset(("LOKASI KERJA", "INSTANSI", "JENIS PEGAWAI", "KEDUDUKAN"))
_OTHER_NIPS = frozenset(
    ("LAMA", "ATASAN", "PENILAI", "PEJABAT", "SUAMI", "ISTRI", "PASANGAN", "KEPALA")
)


def has_name(mapping: dict[str, int]) -> bool:
    """A mapping that gives each row a name: a NAMA column, or one holding name and NIP."""
    return "name" in mapping or "name_nip" in mapping


_NIP_IN_TEXT = re.compile(r"(?:\bNIP\b\.?\s*:?\s*)?((?:\d[ .]?){17}\d)(?!\d)", re.IGNORECASE)


def split_name_nip(value: object) -> tuple[str, str]:
    """'Drs. Yohanis Lewier, M.Si\\nNIP. 19860926 201505 1 001' -> (name, NIP as written).
    A cell without an 18-digit NIP is all name."""
    text = str(value or "")
    found = _NIP_IN_TEXT.search(text)
    if found is None:
        return " ".join(text.split()), ""
    name = (text[: found.start()] + " " + text[found.end() :]).strip(" \t\r\n/,;-")
    return " ".join(name.split()).strip(" /,;-"), found.group(1)


def field_for_header(cell: object) -> str | None:
    return _classify(cell)[0]


def _classify(cell: object) -> tuple[str | None, int]:
    """The field a header names and how surely: 0 for an exact synonym, 1 for a weak one,
    2 for a header matched by its words only."""
    key = header_key(cell)
    if not key:
        return None, 2
    without = " ".join(w for w in key.split() if not w.isdigit())
    for exact in (key, without):
        if exact in _EXACT:
            return _EXACT[exact], 1 if exact in WEAK_SYNONYMS else 0
    return _by_words(key), 2


def _by_words(key: str) -> str | None:
    words = key.split()
    if "NIP" in words and not _OTHER_NIPS.isdisjoint(words):
        return None  # the old 9-digit NIP, or someone else's (a supervisor's, a spouse's)
    if not _NOT_THE_VALUE.isdisjoint(words):
        return None  # TMT GOLONGAN, NO SK JABATAN, GOL AWAL: about the field, not the field
    if words[0] == "NIP" or "NIP" in words[:2]:
        return "nip"
    if words[0] == "NAMA" and "JABATAN" not in words and "UNIT" not in words:
        return "name"
    if "GOL" in words or "GOLONGAN" in words:
        return "golongan"
    if words[0] == "JABATAN":
        return "jabatan"
    if "UNIT" in words and "KODE" not in words:
        return "unit"
    return None


@dataclass
class HeaderGuess:
    row_index: int  # 0-based index of the (last) header row in the sheet
    mapping: dict[str, int]  # field -> 0-based column
    headers: list[str]  # header text per column, as shown to the user
    data_start: int  # 0-based index of the first data row
    unmapped: list[int] = field(default_factory=list)

    @property
    def score(self) -> int:
        return len(self.mapping)


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def map_headers(headers: Sequence[object]) -> dict[str, int]:
    """Field -> column; when several columns name one field, the best-ranked (then the
    leftmost) wins."""
    mapping: dict[str, int] = {}
    ranks: dict[str, int] = {}
    for col, cell in enumerate(headers):
        fld, rank = _classify(cell)
        if not fld:
            continue
        if fld not in mapping or rank < ranks[fld]:
            mapping[fld], ranks[fld] = col, rank
    return mapping


def _combine(top: Sequence[object], sub: Sequence[object]) -> list[str]:
    """Two-row header with merged group cells: 'PANGKAT/GOL' over 'PANGKAT' | 'GOL.RUANG'."""
    out: list[str] = []
    group = ""
    width = max(len(top), len(sub))
    for col in range(width):
        t = _text(top[col]) if col < len(top) else ""
        s = _text(sub[col]) if col < len(sub) else ""
        if t:
            group = t
        if s:
            out.append(s if field_for_header(s) else f"{group} {s}".strip())
        else:
            out.append(t)
            if t:
                group = t
    return out


def _is_column_numbers(row: Sequence[object]) -> bool:
    """The '1 2 3 4 ...' row that government tables put under the header."""
    values = [_text(c) for c in row if _text(c)]
    return (
        len(values) >= 3
        and all(v.isdigit() for v in values)
        and [int(v) for v in values] == list(range(int(values[0]), int(values[0]) + len(values)))
    )


def detect_header(rows: Sequence[Sequence[object]], scan: int = 30) -> HeaderGuess | None:
    """Find the header row below any title rows; None when there is none."""
    best: HeaderGuess | None = None
    for i, row in enumerate(rows[:scan]):
        mapping = map_headers(row)
        if not has_name(mapping) or len(mapping) < 2:
            continue
        headers = [_text(c) for c in row]
        last = i
        if i + 1 < len(rows):
            sub = rows[i + 1]
            sub_fields = map_headers(sub)
            if sub_fields and not _looks_like_data(sub, mapping):
                headers = _combine(row, sub)
                mapping = map_headers(headers)
                last = i + 1
        guess = HeaderGuess(i, mapping, headers, last + 1)
        if best is None or guess.score > best.score:
            best = guess
        if best.score >= 3:
            break
    if best is None:
        return None
    start = best.data_start
    while start < len(rows) and _is_column_numbers(rows[start]):
        start += 1
    best.data_start = start
    best.unmapped = [c for c, h in enumerate(best.headers) if h and c not in best.mapping.values()]
    return best


def _looks_like_data(row: Sequence[object], mapping: dict[str, int]) -> bool:
    col = mapping.get("nip")
    if col is not None and col < len(row):
        value = _text(row[col]).replace(" ", "")
        if value.isdigit() and len(value) >= 8:
            return True
    return False


def is_blank(row: Sequence[object]) -> bool:
    return all(c is None or c == "" or (isinstance(c, str) and not c.strip()) for c in row)


def is_total_row(row: Sequence[object]) -> bool:
    """'JUMLAH', 'TOTAL', 'SUB TOTAL' (often with a count) in one of the first cells of a row."""
    for cell in row[:4]:  # a plain loop, cheap: this runs for every imported row
        if (
            type(cell) is str
            and cell[:1] in _TOTAL_INITIALS
            and cell.lstrip()[:3].lower() in _TOTAL_STARTS  # "Simon", "Thomas": not a total
        ):
            words = name_key(cell).split()
            if words and (words[0] in _TOTAL_FIRST or tuple(words[:2]) in _TOTAL_PAIRS):
                return True
    return False


def compose_name(name: str, front: str = "", back: str = "") -> str:
    """'Drs.' + 'Yohanis Lewier' + 'M.Si' -> 'Drs. Yohanis Lewier, M.Si' (as offices write it)."""
    name = " ".join(name.split())
    front, back = front.strip(), back.strip().lstrip(",").strip()
    if front and not name.lower().startswith(front.lower()):
        name = f"{front} {name}"
    if back and not name.lower().endswith(back.lower()):
        name = f"{name}, {back}"
    return name


def guess_unit_kind(name: str) -> str:
    """'Desa Klis' -> desa, 'SD Negeri 1 Tiakur' -> sekolah, 'Puskesmas Moa' -> puskesmas."""
    key = name_key(name)
    first = key.split(" ", 1)[0] if key else ""
    if first in {"desa", "negeri", "ohoi"}:
        return "desa"
    if first in {"kelurahan", "kel"}:
        return "kelurahan"
    if first in {"kecamatan", "kec"}:
        return "kecamatan"
    if first in {"puskesmas", "pustu", "poskesdes"}:
        return "puskesmas"
    if first in {
        "sd",
        "smp",
        "sma",
        "smk",
        "tk",
        "paud",
        "sdn",
        "smpn",
        "sman",
        "smkn",
        "sekolah",
        "mi",
        "mts",
        "ma",
    }:
        return "sekolah"
    if first in {
        "dinas",
        "badan",
        "kantor",
        "sekretariat",
        "inspektorat",
        "bagian",
        "satuan",
        "rsud",
        "bappeda",
        "bkpsdm",
        "setda",
        "setwan",
    }:
        return "opd"
    if first == "kabupaten":
        return "kabupaten"
    return "lainnya"


_LIST_MARKER = re.compile(r"^(?:[A-Za-z]|[IVXivx]{1,4}|\d{1,3})[.)]\s+")


def section_title(row: Sequence[object], no_col: int | None = None) -> str | None:
    """The unit named by a group heading row ("KANTOR CAMAT WETAR", "B. DESA KLIS", often
    merged across the row), or None for any other row.

    A heading holds one text (perhaps repeated by a merge, perhaps after a list letter in the
    NO column) that names a unit ("Desa ...", "Kantor ...", "SD ...", "Puskesmas ..."); a
    person's row has a name that does not, or more than one value."""
    values = {
        " ".join(c.split()) if type(c) is str else c
        for col, c in enumerate(row)
        if c not in ("", None) and not (col == no_col and len(str(c).strip()) <= 4)
    }
    values.discard("")
    if len(values) != 1:
        return None
    [value] = values
    if type(value) is not str:
        return None
    text = _LIST_MARKER.sub("", value).strip()
    return text if text and guess_unit_kind(text) != "lainnya" else None


def unit_code_for(parent_code: str, name: str, taken: set[str]) -> str:
    """A readable, unique code for a unit created by an import: '81.08.01.DESA-KLIS'."""
    slug = "-".join(name_key(name).upper().split())[:40] or "UNIT"
    base = f"{parent_code}.{slug}" if parent_code else slug
    code, n = base[:64], 2
    while code in taken:
        suffix = f"-{n}"
        code, n = base[: 64 - len(suffix)] + suffix, n + 1
    return code
