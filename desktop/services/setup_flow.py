"""The first-run set-up as a plain object (Electrum's ``wizard.py``): steps, values, what is
wrong on each step and whether it may advance. The Qt wizard only binds widgets to it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.office import OFFICE_ROLES, PAPERS, TIMEZONES, OfficeSetup
from desktop.domain.passwords import password_problem
from desktop.services import office
from desktop.services.context import AppContext
from desktop.services.office import LOGO_MAX_BYTES, OfficeInfo

STEPS = ("identity", "region", "letterhead", "admin", "summary")
USERNAME = re.compile(r"^[A-Za-z0-9._-]{3,64}$")

#: Zones offered in the wizard, east first (the app's first users are in Maluku).
ZONE_CHOICES = (
    ("Asia/Jayapura", "WIT"),
    ("Asia/Makassar", "WITA"),
    ("Asia/Jakarta", "WIB"),
    ("Asia/Pontianak", "WIB"),
)


@dataclass
class SetupFlow:
    code: str = ""
    name: str = ""
    kabupaten_code: str = ""
    kabupaten_name: str = ""
    role: str = "office"
    timezone: str = "Asia/Jayapura"
    paper: str = "a4"
    place: str = ""
    letterhead: list[str] = field(default_factory=list)
    logo_path: str = ""
    admin_username: str = "admin"
    admin_full_name: str = ""
    password: str = ""
    password_again: str = ""

    # ------------------------------------------------------------------ derived values
    def setup(self) -> OfficeSetup:
        return OfficeSetup(
            code=self.code,
            name=self.name,
            kabupaten_code=self.kabupaten_code,
            kabupaten_name=self.kabupaten_name,
            role=self.role,
            timezone=self.timezone,
            paper=self.paper,
            place=self.place,
            letterhead=list(self.letterhead),
        ).normalised()

    def suggested_kabupaten_code(self) -> str:
        """``81.08`` from ``81.08.06``; empty when the office code is not that shape yet."""
        parts = self.code.strip().split(".")
        return ".".join(parts[:2]) if len(parts) >= 3 and all(p.isdigit() for p in parts) else ""

    def suggested_letterhead(self) -> list[str]:
        if not (self.name.strip() and self.kabupaten_name.strip()):
            return []
        return self.setup().default_letterhead()

    def effective_letterhead(self) -> list[str]:
        lines = [line.strip() for line in self.letterhead if line.strip()]
        return lines or self.suggested_letterhead()

    # ------------------------------------------------------------------ rules per step
    def problems(self, step: str) -> list[str]:
        """Indonesian reasons the step cannot be left yet (empty: it may advance)."""
        if step == "identity":
            return self._identity_problems()
        if step == "region":
            return self._region_problems()
        if step == "letterhead":
            return self._letterhead_problems()
        if step == "admin":
            return self._admin_problems()
        if step == "summary":
            return [p for s in STEPS[:-1] for p in self.problems(s)]
        raise KeyError(step)

    def can_advance(self, step: str) -> bool:
        return not self.problems(step)

    def _identity_problems(self) -> list[str]:
        probe = self.setup()
        probe.timezone, probe.paper = "Asia/Jayapura", "a4"  # judged on the next step
        out = probe.problems()
        if self.role not in OFFICE_ROLES:
            out.append("Pilih peran instalasi: kantor atau hub kabupaten.")
        return list(dict.fromkeys(out))

    def _region_problems(self) -> list[str]:
        out = []
        if self.timezone not in TIMEZONES:
            out.append("Pilih zona waktu: WIB, WITA atau WIT.")
        if self.paper not in PAPERS:
            out.append("Pilih ukuran kertas: A4 atau F4.")
        if not self.place.strip():
            out.append("Tempat penandatanganan surat (mis. nama ibu kota kecamatan) wajib diisi.")
        return out

    def logo_bytes(self) -> bytes | None:
        return Path(self.logo_path).read_bytes() if self.logo_path.strip() else None

    def _letterhead_problems(self) -> list[str]:
        out = []
        if not self.effective_letterhead():
            out.append("Isi sekurang-kurangnya satu baris kop surat.")
        if len(self.effective_letterhead()) > 5:
            out.append("Kop surat paling banyak 5 baris.")
        if self.logo_path.strip():
            path = Path(self.logo_path.strip())
            if not path.is_file():
                out.append(f"Berkas logo tidak ditemukan: {path}")
            elif path.stat().st_size > LOGO_MAX_BYTES:
                out.append("Logo terlalu besar (maksimal 2 MB).")
            else:
                head = path.read_bytes()[:8]
                if not head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8")):
                    out.append("Logo harus berupa gambar PNG atau JPEG.")
        return out

    def _admin_problems(self) -> list[str]:
        out = []
        if not USERNAME.match(self.admin_username.strip()):
            out.append(
                "Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah atau tanda hubung."
            )
        if not self.admin_full_name.strip():
            out.append("Nama lengkap administrator wajib diisi.")
        problem = password_problem(self.password)
        if problem:
            out.append(problem)
        elif self.password != self.password_again:
            out.append("Kedua kata sandi tidak sama.")
        return out

    # ------------------------------------------------------------------ finishing
    def summary_lines(self) -> list[tuple[str, str]]:
        s = self.setup()
        role = "Hub kabupaten (BKPSDM)" if s.role == "hub" else "Kantor (kecamatan/kelurahan)"
        return [
            ("Kode wilayah", s.code),
            ("Nama kantor", s.name),
            ("Kabupaten", f"{s.kabupaten_code} {s.kabupaten_name}"),
            ("Peran", role),
            ("Zona waktu", f"{TIMEZONES.get(s.timezone, '?')} ({s.timezone})"),
            ("Kertas", s.paper.upper()),
            ("Tempat", s.place),
            ("Kop surat", " / ".join(self.effective_letterhead())),
            ("Logo", Path(self.logo_path).name if self.logo_path.strip() else "tanpa logo"),
            ("Administrator", f"{self.admin_username.strip()} ({self.admin_full_name.strip()})"),
        ]

    def finish(self, ctx: AppContext) -> OfficeInfo:
        """Create the office (runs on the task thread). Raises NetraError if anything is off."""
        setup = self.setup()
        setup.letterhead = self.effective_letterhead()
        return office.initialise(
            ctx,
            setup,
            self.admin_username.strip(),
            self.password,
            self.admin_full_name.strip(),
            logo=self.logo_bytes(),
        )
