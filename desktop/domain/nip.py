"""NIP (PNS, Perka BKN 22/2007) and NI PPPK: normalise, parse, validate (REFERENCE.md §5).

PNS ``YYYYMMDD YYYYMM G NNN``: birth date, TMT CPNS year+month, sex (1 male, 2 female),
serial. PPPK ``YYYYMMDD YYYY 2 F G NNN``: birth date, appointment year, the PPPK marker "2",
contract frequency 1-9, sex, serial. A PNS month never starts with "2", so d13 == "2" means
PPPK. Every rejection carries a stable ``reason_code`` and an Indonesian message;
implausible-but-possible facts are warnings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

NIP_LENGTH = 18
MIN_BIRTH_YEAR = 1940
MIN_AGE_AT_TMT = 17  # CPNS minimum age; the exact legal bound is unconfirmed: a warning only

_PREFIX = re.compile(r"^\s*(?:NI\s*PPPK|NIPPPK|NIP\s*BARU|NIP)\s*[.:]?\s*", re.IGNORECASE)
# Spaces, dots, slashes, apostrophes and every dash a word processor or a PDF puts in.
_SEPARATORS = re.compile(r"[\s.\-_/'’`\u00a0\u2010-\u2015\u2212]+")

MESSAGES: dict[str, str] = {
    "nip_empty": "NIP kosong.",
    "nip_not_digits": "NIP hanya boleh berisi angka (boleh dipisah spasi atau titik).",
    "nip_length": "NIP harus 18 angka; yang tertulis {length} angka.",
    "nip_precision_lost": (
        "NIP tersimpan sebagai angka di Excel sehingga angka terakhirnya hilang "
        "(tertulis {shown}). Format kolom NIP sebagai Teks, ketik ulang NIP lengkap "
        "(atau awali dengan tanda petik ') lalu impor lagi."
    ),
    "nip_birth_date": "8 angka pertama NIP ({digits}) bukan tanggal lahir yang benar.",
    "nip_birth_year": "Tahun lahir pada NIP ({year}) tidak masuk akal.",
    "nip_tmt": "Angka ke-9 s.d. 14 NIP ({digits}) bukan tahun dan bulan TMT yang benar.",
    "nip_tmt_future": "TMT pada NIP ({tmt}) belum terjadi.",
    "nip_tmt_before_birth": "TMT pada NIP ({tmt}) tidak boleh sebelum tanggal lahir.",
    "nip_pppk_frequency": "Angka ke-14 NI PPPK (frekuensi kontrak) harus 1 sampai 9.",
    "nip_sex": "Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).",
    "nip_serial": "Tiga angka terakhir NIP (nomor urut) tidak boleh 000.",
    # warnings
    "nip_young_at_tmt": "Umur pada TMT ({age} tahun) di bawah {minimum} tahun: periksa NIP.",
    "nip_old_at_tmt": "Umur pada TMT ({age} tahun) di atas 60 tahun: periksa NIP.",
    "nip_birth_mismatch": "Tanggal lahir pada NIP ({nip_date}) berbeda dengan tanggal lahir "
    "yang dicatat ({recorded}).",
    "nip_sex_mismatch": "Jenis kelamin pada NIP ({nip_sex}) berbeda dengan yang dicatat "
    "({recorded}).",
    "nip_category_mismatch": "NIP ini NIP {kind} tetapi kategori pegawai tertulis {category}.",
}


@dataclass(frozen=True)
class Finding:
    code: str
    message: str


def finding(code: str, **values: object) -> Finding:
    return Finding(code, MESSAGES[code].format(**values))


@dataclass(slots=True)
class NipInfo:
    nip: str
    kind: str  # "PNS" | "PPPK"
    birth_date: date
    tmt: date  # PNS: first day of TMT CPNS month; PPPK: 1 January of the appointment year
    sex: str  # "L" | "P"
    serial: int
    frequency: int | None = None  # PPPK contract count
    warnings: tuple[Finding, ...] = ()

    @property
    def formatted(self) -> str:
        return format_nip(self.nip)


@dataclass(slots=True)
class NipResult:
    info: NipInfo | None = None
    error: Finding | None = None
    warnings: tuple[Finding, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.info is not None


def normalize(raw: object) -> str:
    """The one reading of a NIP / NI PPPK (or NIK) as a user types it, a sheet holds it or a
    document prints it: the digits alone. Strips a label ("NIP.", "NI PPPK", "NIP baru"), an
    Excel apostrophe, spaces, dots, dashes and slashes; full-width digits and punctuation (an
    Asian input method, a PDF copy) and other scripts' decimal digits become ASCII. Every
    entry point that takes a NIP reads it through here (:func:`as_nip` when only a whole
    NIP will do); the result is not validated (:func:`parse` does that)."""
    if raw is None:
        return ""
    if isinstance(raw, str) and raw.isdigit() and raw.isascii():
        return raw  # the common case (a clean sheet cell, a stored NIP), kept cheap
    text = str(raw)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width "１９７５", "ＮＩＰ．", U+3000
        text = "".join(
            str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal() else c for c in text
        )
    text = text.strip().lstrip("'’`").strip()
    text = _PREFIX.sub("", text)
    return _SEPARATORS.sub("", text)


def as_nip(raw: object) -> str | None:
    """The 18-digit form of a NIP / NI PPPK in any written form, or None when what was
    typed is not 18 digits (a name, a NIK, part of a NIP). Not validated: a lookup key."""
    digits = normalize(raw)
    if len(digits) == NIP_LENGTH and digits.isascii() and digits.isdigit():
        return digits
    return None


def is_digits(text: str) -> bool:
    """True for a non-empty run of ASCII digits (what :func:`normalize` gives for a number)."""
    return text.isascii() and text.isdigit()


def format_nip(nip: str) -> str:
    """The written form: ``19860926 201505 1 001`` (PPPK: ``19960129 2023 2 1 1 010``)."""
    if len(nip) != NIP_LENGTH:
        return nip
    if nip[12] == "2":
        return f"{nip[:8]} {nip[8:12]} {nip[12]} {nip[13]} {nip[14]} {nip[15:]}"
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def float_lost_precision(value: float) -> Finding:
    """A NIP cell that Excel stored as a number (doubles keep ~15-16 digits, NIP has 18)."""
    # Excel keeps 15 significant digits: show the number as the sheet displays it.
    return finding("nip_precision_lost", shown=excel_digits(value))


def excel_digits(value: float) -> str:
    """A number cell as Excel shows it (15 significant digits): 198609262015051000."""
    if abs(value) >= 1e21:
        return repr(value)
    return str(int(Decimal(f"{value:.15g}")))


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse(raw: object, today: date | None = None) -> NipResult:
    """Parse and validate one NIP / NI PPPK. ``raw`` may be text, int or a float cell."""
    today = today or date.today()
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            return NipResult(error=finding("nip_not_digits"))
        return NipResult(error=float_lost_precision(raw))
    nip = normalize(raw)
    if not nip:
        return NipResult(error=finding("nip_empty"))
    if not (nip.isascii() and nip.isdigit()):
        return NipResult(error=finding("nip_not_digits"))
    if len(nip) != NIP_LENGTH:
        return NipResult(error=finding("nip_length", length=len(nip)))
    birth = _date_or_none(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    if birth is None:
        return NipResult(error=finding("nip_birth_date", digits=nip[:8]))
    if birth.year < MIN_BIRTH_YEAR or birth > today:
        return NipResult(error=finding("nip_birth_year", year=birth.year))
    frequency: int | None = None
    if nip[12] == "2":
        kind = "PPPK"
        year = int(nip[8:12])
        frequency = int(nip[13])
        if frequency == 0:
            return NipResult(error=finding("nip_pppk_frequency"))
        tmt = _date_or_none(year, 1, 1) if year >= MIN_BIRTH_YEAR else None
        if tmt is None:
            return NipResult(error=finding("nip_tmt", digits=nip[8:14]))
        future = year > today.year
    else:
        kind = "PNS"
        tmt_or_none = _date_or_none(int(nip[8:12]), int(nip[12:14]), 1)
        if tmt_or_none is None or tmt_or_none.year < MIN_BIRTH_YEAR:
            return NipResult(error=finding("nip_tmt", digits=nip[8:14]))
        tmt = tmt_or_none
        future = (tmt.year, tmt.month) > (today.year, today.month)
    if future:
        return NipResult(error=finding("nip_tmt_future", tmt=_tmt_text(kind, tmt)))
    before = tmt.year <= birth.year if kind == "PPPK" else tmt <= birth.replace(day=1)
    if before:
        return NipResult(error=finding("nip_tmt_before_birth", tmt=_tmt_text(kind, tmt)))
    if nip[14] not in "12":
        return NipResult(error=finding("nip_sex"))
    if nip[15:] == "000":
        return NipResult(error=finding("nip_serial"))
    warnings: tuple[Finding, ...] = ()
    age = tmt.year - birth.year - ((tmt.month, tmt.day) < (birth.month, birth.day))
    if age < MIN_AGE_AT_TMT:
        warnings = (finding("nip_young_at_tmt", age=age, minimum=MIN_AGE_AT_TMT),)
    elif age > 60:
        warnings = (finding("nip_old_at_tmt", age=age),)
    info = NipInfo(
        nip=nip,
        kind=kind,
        birth_date=birth,
        tmt=tmt,
        sex="L" if nip[14] == "1" else "P",
        serial=int(nip[15:]),
        frequency=frequency,
        warnings=warnings,
    )
    return NipResult(info=info, warnings=warnings)


def _tmt_text(kind: str, tmt: date) -> str:
    return f"{tmt.year}" if kind == "PPPK" else f"{tmt.month:02d}/{tmt.year}"


def cross_check(
    info: NipInfo,
    birth_date: date | None = None,
    sex: str | None = None,
    category: str | None = None,
) -> list[Finding]:
    """Warnings when the NIP disagrees with the recorded birth date, sex or category."""
    out: list[Finding] = []
    if birth_date is not None and birth_date != info.birth_date:
        out.append(
            finding(
                "nip_birth_mismatch",
                nip_date=info.birth_date.strftime("%d-%m-%Y"),
                recorded=birth_date.strftime("%d-%m-%Y"),
            )
        )
    if sex in ("L", "P") and sex != info.sex:
        out.append(finding("nip_sex_mismatch", nip_sex=info.sex, recorded=sex))
    if category in ("PNS", "CPNS", "PPPK", "NON_ASN"):
        nip_pppk = info.kind == "PPPK"
        if nip_pppk != (category == "PPPK"):
            out.append(finding("nip_category_mismatch", kind=info.kind, category=category))
    return out


def make_nip(birth: date, tmt_year: int, tmt_month: int, sex: str, serial: int) -> str:
    """Build a PNS NIP (demo data and tests)."""
    return f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{1 if sex == 'L' else 2}{serial:03d}"


def make_ni_pppk(birth: date, year: int, frequency: int, sex: str, serial: int) -> str:
    """Build an NI PPPK (demo data and tests)."""
    return f"{birth:%Y%m%d}{year:04d}2{frequency}{1 if sex == 'L' else 2}{serial:03d}"
