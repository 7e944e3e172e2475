"""Office identity rules: Kemendagri region codes, time zones, paper sizes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

REGION_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")

# Indonesian zones as printed; the IANA names make zoneinfo work (tzdata ships on Windows).
TIMEZONES = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}
TIMEZONE_ALIASES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
PAPERS = ("a4", "f4")


def local_stamp(moment: datetime, zone: str | None, *, label: bool = True) -> str:
    """A UTC time as Netra shows and prints it in the office's zone: ``22-11-2026 17.32 WIT``.

    Indonesian writes the time with a dot (PUEBI); the minute is truncated, never rounded, so
    the screen and the printed pact always agree. No zone (or an unknown one): shown in UTC.
    """
    try:
        tz = ZoneInfo(zone) if zone else None
    except (ZoneInfoNotFoundError, ValueError):
        tz = None
    if tz is None:
        return f"{moment:%d-%m-%Y %H.%M}" + (" UTC" if label else "")
    local = moment.astimezone(tz)
    text = f"{local:%d-%m-%Y %H.%M}"
    return f"{text} {TIMEZONES.get(str(zone), str(zone))}" if label else text


OFFICE_ROLES = ("office", "hub")


@dataclass
class OfficeSetup:
    code: str
    name: str
    kabupaten_code: str
    kabupaten_name: str
    role: str = "office"
    timezone: str = "Asia/Jayapura"
    paper: str = "a4"
    place: str = ""
    letterhead: list[str] = field(default_factory=list)

    def normalised(self) -> OfficeSetup:
        tz = TIMEZONE_ALIASES.get(self.timezone.strip().upper(), self.timezone.strip())
        return OfficeSetup(
            code=self.code.strip(),
            name=" ".join(self.name.split()),
            kabupaten_code=self.kabupaten_code.strip(),
            kabupaten_name=" ".join(self.kabupaten_name.split()),
            role=self.role.strip().lower(),
            timezone=tz,
            paper=self.paper.strip().lower(),
            place=" ".join(self.place.split()),
            letterhead=[line.strip() for line in self.letterhead if line.strip()],
        )

    def problems(self) -> list[str]:
        """Indonesian messages for every field that is wrong (empty list: valid)."""
        s = self.normalised()
        out: list[str] = []
        if not REGION_CODE.match(s.code) or s.code.count(".") < 1:
            out.append(f"Kode kantor '{s.code}' bukan kode wilayah Kemendagri (contoh 81.08.06).")
        if not s.name:
            out.append("Nama kantor wajib diisi.")
        if not REGION_CODE.match(s.kabupaten_code) or s.kabupaten_code.count(".") != 1:
            out.append(
                f"Kode kabupaten '{s.kabupaten_code}' tidak sah (contoh 81.08 untuk Maluku Barat Daya)."
            )
        elif s.role == "office" and not s.code.startswith(s.kabupaten_code + "."):
            out.append(f"Kode kantor {s.code} tidak berada di kabupaten {s.kabupaten_code}.")
        if not s.kabupaten_name:
            out.append("Nama kabupaten wajib diisi.")
        if s.role not in OFFICE_ROLES:
            out.append("Peran instalasi harus 'office' (kantor) atau 'hub' (kabupaten).")
        if s.timezone not in TIMEZONES:
            out.append(f"Zona waktu '{s.timezone}' tidak dikenal; pilih WIB, WITA atau WIT.")
        if s.paper not in PAPERS:
            out.append("Ukuran kertas harus A4 atau F4.")
        return out

    def default_letterhead(self) -> list[str]:
        s = self.normalised()
        kab = s.kabupaten_name.upper()
        head = kab if kab.startswith(("KABUPATEN", "KOTA")) else f"KABUPATEN {kab}"
        if s.role == "hub":
            return [f"PEMERINTAH {head}", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]
        name = s.name.upper()
        return [f"PEMERINTAH {head}", name if name.startswith("KECAMATAN") else f"KECAMATAN {name}"]
