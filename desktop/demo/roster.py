"""Demo roster for ``netra demo``: Kecamatan Moa Lakor (81.08.01), Kabupaten Maluku Barat Daya.

A realistic unit tree (the camat's office, Kelurahan Tiakur, eight desa, schools and the
puskesmas) and staff with Maluku names, academic titles, structurally valid NIP / NI PPPK,
golongan and jabatan; a mix of PNS, CPNS, PPPK and non-ASN. Stored through the same bulk
import path as a spreadsheet (one transaction, one audit entry), so re-running tops up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain import nip as nipmod
from desktop.domain.roster import guess_jabatan_kind
from desktop.domain.roster_rows import ParsedRow
from desktop.services import roster
from desktop.services.context import AppContext
from desktop.services.roster import importer as roster_import

ROOT = ("81.08.01", "Kecamatan Moa Lakor", "kecamatan")
UNITS: tuple[tuple[str, str, str], ...] = (
    ("81.08.01.1001", "Kelurahan Tiakur", "kelurahan"),
    ("81.08.01.2001", "Desa Klis", "desa"),
    ("81.08.01.2002", "Desa Kaiwatu", "desa"),
    ("81.08.01.2003", "Desa Moain", "desa"),
    ("81.08.01.2004", "Desa Werwaru", "desa"),
    ("81.08.01.2005", "Desa Patti", "desa"),
    ("81.08.01.2006", "Desa Tounwawan", "desa"),
    ("81.08.01.2007", "Desa Wakarleli", "desa"),
    ("81.08.01.2008", "Desa Poliwu", "desa"),
    ("81.08.01.S01", "SD Negeri 1 Tiakur", "sekolah"),
    ("81.08.01.S02", "SMP Negeri 1 Moa Lakor", "sekolah"),
    ("81.08.01.P01", "Puskesmas Tiakur", "puskesmas"),
)

GIVEN_M = (
    "Yohanis",
    "Petrus",
    "Simon",
    "Yakob",
    "Frans",
    "Hendrik",
    "Yulius",
    "Dominggus",
    "Paulus",
    "Stevanus",
    "Marthen",
    "Markus",
    "Obed",
    "Semuel",
    "Izak",
    "Melki",
    "Abraham",
    "Nikolas",
    "Yance",
    "Agustinus",
    "Benyamin",
    "Daniel",
    "Elias",
    "Zakarias",
)
GIVEN_F = (
    "Agustina",
    "Maria",
    "Marthina",
    "Ruth",
    "Elisabeth",
    "Jacoba",
    "Johanna",
    "Yosephina",
    "Welhelmina",
    "Christina",
    "Debora",
    "Ester",
    "Sarah",
    "Fransina",
    "Helena",
    "Novita",
    "Rince",
    "Selvi",
    "Meiske",
    "Yuliana",
    "Magdalena",
    "Priskila",
)
SURNAMES = (
    "Lewier",
    "Pattipeilohy",
    "Ritiauw",
    "Maahury",
    "Leunufna",
    "Lerrick",
    "Sahetapy",
    "Kay",
    "Letsoin",
    "Rupilu",
    "Lekransy",
    "Lopulalan",
    "Ralahalu",
    "Syaranamual",
    "Tutuarima",
    "Wattimena",
    "Latuheru",
    "Laisila",
    "Tahalele",
    "Lakburlawal",
    "Masela",
    "Kewilaa",
    "Lekipera",
    "Lewaherilla",
    "Ulukyanan",
    "Uniplaita",
    "Kuhuwael",
    "Pormes",
    "Rumlawang",
    "Lodarmase",
    "Marlissa",
    "Manuputty",
    "Sopacua",
    "Tamaela",
    "Titaley",
    "Pelupessy",
    "Touwely",
    "Kilikily",
    "Dahoklory",
    "Lekatompessy",
)


@dataclass(frozen=True)
class Post:
    jabatan: str
    category: str  # PNS | CPNS | PPPK | NON_ASN
    golongan: tuple[str, ...] = ()
    front: tuple[str, ...] = ("",)
    back: tuple[str, ...] = ("",)
    weight: int = 3


KEY_POSTS: dict[str, tuple[Post, ...]] = {
    "kecamatan": (
        Post("Camat", "PNS", ("IV/a", "IV/b"), ("Drs.", ""), ("M.Si", "S.STP", "S.Sos")),
        Post("Sekretaris Camat", "PNS", ("III/d", "IV/a"), ("",), ("S.Sos", "S.IP", "S.STP")),
        Post("Kepala Seksi Pemerintahan", "PNS", ("III/c", "III/d"), ("",), ("S.IP", "S.H")),
        Post("Kepala Seksi Ketenteraman dan Ketertiban Umum", "PNS", ("III/c",), ("",), ("S.Sos",)),
        Post(
            "Kepala Seksi Pemberdayaan Masyarakat Desa",
            "PNS",
            ("III/c", "III/b"),
            ("",),
            ("S.E", "S.Sos"),
        ),
        Post("Kepala Subbagian Umum dan Kepegawaian", "PNS", ("III/b", "III/c"), ("",), ("S.E",)),
    ),
    "kelurahan": (
        Post("Lurah", "PNS", ("III/c", "III/d"), ("",), ("S.STP", "S.Sos")),
        Post("Sekretaris Kelurahan", "PNS", ("III/b",), ("",), ("S.AP",)),
    ),
    "desa": (
        Post("Kepala Desa", "NON_ASN"),
        Post("Sekretaris Desa", "NON_ASN"),
    ),
    "sekolah": (Post("Kepala Sekolah", "PNS", ("IV/a", "III/d"), ("",), ("S.Pd", "M.Pd")),),
    "puskesmas": (Post("Kepala Puskesmas", "PNS", ("III/d", "IV/a"), ("dr.",), ("",)),),
}
OTHER_POSTS: dict[str, tuple[Post, ...]] = {
    "kecamatan": (
        Post("Analis Kebijakan Ahli Pertama", "PNS", ("III/a", "III/b"), ("",), ("S.IP",)),
        Post("Pengadministrasi Umum", "PNS", ("II/b", "II/c", "II/d", "III/a")),
        Post("Pengelola Keuangan", "PNS", ("II/d", "III/a", "III/b"), ("",), ("", "A.Md")),
        Post("Pranata Komputer Ahli Pertama", "CPNS", ("III/a",), ("",), ("S.Kom",), 1),
        Post("Pengadministrasi Perkantoran", "PPPK", ("V",)),
        Post("Tenaga Kebersihan", "NON_ASN"),
        Post("Pengemudi", "NON_ASN"),
    ),
    "kelurahan": (
        Post("Kepala Seksi Pemerintahan", "PNS", ("III/a", "III/b"), ("",), ("S.Sos",)),
        Post("Pengadministrasi Umum", "PNS", ("II/a", "II/b", "II/c")),
        Post("Operator Layanan Operasional", "PPPK", ("V",)),
        Post("Tenaga Administrasi (honorer)", "NON_ASN"),
    ),
    "desa": (
        Post("Kepala Urusan Keuangan", "NON_ASN"),
        Post("Kepala Urusan Umum dan Perencanaan", "NON_ASN"),
        Post("Kepala Seksi Pemerintahan", "NON_ASN"),
        Post("Operator Desa", "NON_ASN"),
    ),
    "sekolah": (
        Post(
            "Guru Kelas",
            "PNS",
            ("III/a", "III/b", "III/c", "III/d", "IV/a"),
            ("",),
            ("S.Pd", "S.Pd.SD"),
        ),
        Post("Guru Mata Pelajaran", "PPPK", ("IX",), ("",), ("S.Pd", "S.Si", "S.Pd.K")),
        Post("Guru Kelas", "CPNS", ("III/a",), ("",), ("S.Pd",), 1),
        Post("Guru Honorer", "NON_ASN", (), ("",), ("S.Pd", "")),
        Post("Operator Sekolah", "NON_ASN"),
    ),
    "puskesmas": (
        Post("Perawat Ahli Pertama", "PNS", ("III/a", "III/b"), ("Ns.",), ("S.Kep",)),
        Post("Perawat Terampil", "PPPK", ("VII",), ("",), ("A.Md.Kep",)),
        Post("Bidan Terampil", "PPPK", ("VII",), ("",), ("A.Md.Keb",)),
        Post("Sanitarian Terampil", "PNS", ("II/c", "II/d"), ("",), ("A.Md.KL",)),
        Post("Apoteker Ahli Pertama", "CPNS", ("III/b",), ("apt.",), ("S.Farm",), 1),
        Post("Tenaga Kontrak Kesehatan", "NON_ASN", (), ("",), ("A.Md.Kep", "")),
    ),
}


class _Nips:
    """Valid, unique NIP / NI PPPK with real structure (serial per 15-digit prefix)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.serials: dict[str, int] = {}

    def _serial(self, prefix: str) -> int:
        self.serials[prefix] = self.serials.get(prefix, 0) + 1
        return self.serials[prefix]

    def make(self, category: str, sex: str) -> tuple[str | None, date]:
        rng = self.rng
        if category == "CPNS":
            birth = date(rng.randint(1992, 2000), rng.randint(1, 12), rng.randint(1, 28))
            tmt_year, tmt_month = rng.choice(((2024, 6), (2025, 3)))
        else:
            birth = date(rng.randint(1966, 1996), rng.randint(1, 12), rng.randint(1, 28))
            tmt_year = min(birth.year + rng.randint(22, 32), 2022)
            tmt_month = rng.choice((1, 3, 4, 12))
        if category == "NON_ASN":
            return None, birth
        if category == "PPPK":
            year = rng.choice((2022, 2023, 2024))
            prefix = f"{birth:%Y%m%d}{year}21{1 if sex == 'L' else 2}"
            nip = nipmod.make_ni_pppk(birth, year, 1, sex, self._serial(prefix))
        else:
            prefix = f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{1 if sex == 'L' else 2}"
            nip = nipmod.make_nip(birth, tmt_year, tmt_month, sex, self._serial(prefix))
        return nip, birth


def _person(rng: random.Random, post: Post, nips: _Nips, row: int, unit: str) -> ParsedRow:
    sex = rng.choice("LP")
    given = rng.choice(GIVEN_M if sex == "L" else GIVEN_F)
    if rng.random() < 0.3:
        second = rng.choice(GIVEN_M if sex == "L" else GIVEN_F)
        given += f" {second}" if second != given else ""
    name = f"{given} {rng.choice(SURNAMES)}"
    front, back = rng.choice(post.front), rng.choice(post.back)
    if post.jabatan == "Camat" and front:
        back = ""
    full = " ".join(p for p in (front, name) if p) + (f", {back}" if back else "")
    nip, birth = nips.make(post.category, sex)
    return ParsedRow(
        row=row,
        nip=nip,
        name=full,
        category=post.category,
        golongan=rng.choice(post.golongan) if post.golongan else None,
        jabatan=post.jabatan,
        jabatan_kind=guess_jabatan_kind(post.jabatan) if post.category != "NON_ASN" else None,
        unit_name="",
        unit_code=unit,
        birth_date=birth,
        sex=sex,
        nik=None,
        notes="",
    )


def _ensure_units(ctx: AppContext) -> list[tuple[str, str]]:
    """The demo units, below the office's own code (81.08.01 for the demo office)."""
    with ctx.read() as session:
        office = ctx.office(session)
        code, office_name = office.code, office.name
    root = (code, ROOT[1] if code == ROOT[0] else office_name, ROOT[2])
    units = [(code + c[len(ROOT[0]) :], n, k) for c, n, k in UNITS]
    existing = {u.code for u in roster.list_units(ctx)}
    if root[0] not in existing:
        roster.add_unit(ctx, *root)
    for unit_code, name, kind in units:
        if unit_code not in existing:
            roster.add_unit(ctx, unit_code, name, kind, root[0])
    return [(root[0], root[2]), *((c, kind) for c, _name, kind in units)]


def demo_roster(ctx: AppContext, rng: random.Random, employees: int) -> dict[str, Any]:
    units = _ensure_units(ctx)
    nips = _Nips(rng)
    rows: list[ParsedRow] = []
    for code, kind in units:  # the key posts of every unit first
        for post in KEY_POSTS.get(kind, ()):
            if len(rows) < employees:
                rows.append(_person(rng, post, nips, len(rows) + 1, code))
    weights = [3 if kind in ("kecamatan", "sekolah", "puskesmas") else 1 for _c, kind in units]
    while len(rows) < employees:
        code, kind = rng.choices(units, weights)[0]
        posts = OTHER_POSTS[kind]
        post = rng.choices(posts, [p.weight for p in posts])[0]
        rows.append(_person(rng, post, nips, len(rows) + 1, code))
    preview = roster_import.ImportPreview(
        path="data-contoh",
        sheet="demo",
        sheet_names=["demo"],
        header_row=1,
        headers=[],
        mapping={
            f: i
            for i, f in enumerate(
                (
                    "name",
                    "nip",
                    "category",
                    "golongan",
                    "jabatan",
                    "jabatan_kind",
                    "unit_code",
                    "birth_date",
                    "sex",
                )
            )
        },
        data_start=1,
        cells=[],
        rows=rows,
    )
    result = roster_import.run(ctx, preview)
    if result.created and employees >= 20:
        _retire_two(ctx)
    page = roster.search(ctx, roster.RosterQuery(status="all"), limit=1)
    return {"roster": f"{len(units)} unit kerja, {page.total} pegawai ({result.created} baru)"}


def _retire_two(ctx: AppContext) -> None:
    """One retired and one transferred-out person, so the status filter shows something."""
    q = roster.RosterQuery(categories=["PNS"], sort="nip")
    rows = roster.search(ctx, q, limit=2).rows
    for row, reason in zip(rows, ("pensiun", "mutasi"), strict=False):
        roster.deactivate(ctx, row.id, reason, "Data contoh")


def selftest_step(ctx: AppContext, tmp: Path) -> str:
    """``netra self-test``: an .xlsx written and read back, import rules hold, export is safe.

    The sheet has a good row, a NIP that Excel rounded (rejected as ``nip_precision_lost``)
    and a name that starts with ``=`` (kept as text, never a formula); the roster is then
    exported to .csv and that file imported back (dry run): every row must come back unchanged.
    """
    from desktop.documents import spreadsheets
    from desktop.services.roster import export as roster_export

    path = tmp / "uji-pegawai.xlsx"
    good = nipmod.make_nip(date(1986, 9, 26), 2015, 5, "L", 7)
    spreadsheets.write_xlsx(
        path,
        ["NAMA", "NIP", "GOL"],
        [
            ["Uji Mandiri", good, "III/a"],
            ["Uji Presisi", 1.98609262015051e17, "II/a"],
            ["=Uji+Rumus", "", ""],
        ],
        title="UJI MANDIRI",
    )
    result = roster_import.import_file(ctx, path, dry_run=True)
    codes = [i.code for i in result.rejected]
    if result.created != 2 or codes != ["nip_precision_lost"] or result.header_row != 3:
        raise RuntimeError(f"impor uji tidak sesuai: {result.to_json()}")
    out = tmp / "uji-ekspor.csv"
    exported = roster_export.export(ctx, out)
    back = roster_import.import_file(ctx, out, dry_run=True)
    if back.created or back.updated or back.rejected or back.unchanged != exported:
        raise RuntimeError(f"ekspor {out.suffix} tidak kembali utuh: {back.to_json()}")
    return (
        f"impor uji: 2 baru, 1 ditolak ({codes[0]}); ekspor {out.suffix} "
        f"{exported} baris kembali utuh"
    )
