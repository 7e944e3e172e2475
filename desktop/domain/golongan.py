"""Golongan/ruang (PNS I/a-IV/e) and PPPK golongan I-XVII, from the forms people type.

Accepted: "III/a", "III/A", "III a", "IIIa", "III-a", "III.a", "Penata Muda (III/a)",
"Penata Muda, III/a", "3a", "3/a", "Gol. III/a", "IX", "Gol IX", "9" (PPPK when the category
says so), "PPPK IX". Pangkat names alone ("Penata Muda") are recognised too.
"""

from __future__ import annotations

import re
from functools import lru_cache

PANGKAT: dict[str, str] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
PNS_GOLONGAN: tuple[str, ...] = tuple(PANGKAT)

ROMAN = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
)
PPPK_GOLONGAN: tuple[str, ...] = ROMAN
_ROMAN_VALUE = {r: i + 1 for i, r in enumerate(ROMAN)}
_MAX_RUANG = {1: "d", 2: "d", 3: "d", 4: "e"}

_PANGKAT_KEY = {
    re.sub(r"[^a-z0-9]", "", v.lower().replace("tingkat i", "tk1")): k for k, v in PANGKAT.items()
}
_PNS_RE = re.compile(r"^((?i:IV|III|II|I)|[1-4])\s*[/\-.,\s]?\s*([A-Ea-e])$")  # iii/b too
_PARENS = re.compile(r"\(([^)]*)\)")
_NOISE = re.compile(r"^(?:GOL(?:ONGAN)?|RUANG|PPPK|P3K)\b\.?\s*[:.]?\s*", re.IGNORECASE)


def pangkat(golongan: str | None) -> str:
    """Pangkat name of a PNS golongan ("III/a" -> "Penata Muda"); "" for PPPK or unknown."""
    return PANGKAT.get(golongan or "", "")


def is_pppk_golongan(value: str | None) -> bool:
    return value in _ROMAN_VALUE


def _pns(text: str) -> str | None:
    m = _PNS_RE.match(text.strip())
    if not m:
        return None
    major, ruang = m.group(1).upper(), m.group(2).lower()
    level = int(major) if major.isdigit() else _ROMAN_VALUE[major]
    if level > 4 or ruang > _MAX_RUANG[level]:
        return None
    return f"{ROMAN[level - 1]}/{ruang}"


def _pppk(text: str) -> str | None:
    t = text.strip().upper()
    if t in _ROMAN_VALUE:
        return t
    if t.isdigit() and 1 <= int(t) <= len(ROMAN):
        return ROMAN[int(t) - 1]
    return None


def _from_pangkat(text: str) -> str | None:
    key = re.sub(
        r"[^a-z0-9]",
        "",
        text.lower()
        .replace("tingkat i", "tk1")
        .replace("tk. i", "tk1")
        .replace("tk.i", "tk1")
        .replace("tk i", "tk1"),
    )
    return _PANGKAT_KEY.get(key)


def normalize(raw: object, category: str | None = None) -> str | None:
    """Canonical golongan ("III/a" or PPPK "IX"), or None when it cannot be understood."""
    if isinstance(raw, str | int | float):
        return _cached(raw, category)
    return _normalize(raw, category)


@lru_cache(maxsize=1024)
def _cached(raw: str | int | float, category: str | None) -> str | None:
    return _normalize(raw, category)


def _normalize(raw: object, category: str | None = None) -> str | None:
    """Canonical golongan ("III/a" or PPPK "IX"), or None when it cannot be understood.

    ``category`` disambiguates bare numerals: "IX" is always PPPK, but "3" alone is taken as
    PPPK III only for PPPK staff; for others it is not a golongan.
    """
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = " ".join(str(raw).split())
    if not text or text in {"-", "--"}:
        return None
    for inner in _PARENS.findall(text):  # "Penata Muda (III/a)"
        found = _normalize(inner, category)
        if found:
            return found
    core = _NOISE.sub("", text).strip()
    pns = _pns(core) or _pns(core.replace(" ", ""))
    if pns:
        return pns
    # "Penata Muda, III/a" or "Penata Muda III/a": try the last token(s).
    parts = re.split(r"[,;]\s*|\s+(?=(?:IV|III|II|I|[1-4])\s*[/\-.]?\s*[A-Ea-e]$)", core)
    if len(parts) > 1:
        found = _pns(parts[-1]) or _from_pangkat(parts[0])
        if found:
            return found
    upper = core.upper()
    if upper in _ROMAN_VALUE:
        # A bare "III" is PPPK golongan III; for PNS staff it lacks its ruang.
        return None if category in ("PNS", "CPNS") and upper in ROMAN[:4] else upper
    if category == "PPPK":
        pppk = _pppk(core)
        if pppk:
            return pppk
    return _from_pangkat(core)


def sort_key(golongan: str | None) -> tuple[int, int]:
    """Orders PNS I/a < ... < IV/e and PPPK I < ... < XVII (PPPK after PNS)."""
    if not golongan:
        return (99, 0)
    if golongan in _ROMAN_VALUE:
        return (10, _ROMAN_VALUE[golongan])
    major, _, ruang = golongan.partition("/")
    return (_ROMAN_VALUE.get(major, 98), ord(ruang[:1] or "a"))
