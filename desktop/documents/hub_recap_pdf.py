"""The kabupaten's recaps for the Bupati and BKN: the election recap (letterhead of the
BKPSDM, a bar per office, one table row per office, offices not reporting, place, date and
the Kepala BKPSDM's sign-off) and the case recap (every case of every office, landscape).

Pure: plain data in, PDF bytes out. The letterhead and the table machinery are those of the
signing recap (``recap_pdf``); the chart is drawn with ReportLab graphics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.documents import fonts
from desktop.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, wrap
from desktop.documents.letterhead import LEFT, Letterhead
from desktop.documents.pact_pdf import BOTTOM, PAPERS
from desktop.documents.recap_pdf import LEAD, RecapInfo, _Sheet

SIGNED_COLOR = colors.HexColor("#2e7d32")
REFUSED_COLOR = colors.HexColor("#c62828")
UNSIGNED_COLOR = colors.HexColor("#bdbdbd")


@dataclass(frozen=True)
class OfficeLine:
    code: str
    name: str
    employees: int
    asn: int
    non_asn: int
    signed: int
    refused: int
    unsigned: int
    percent: float
    last_package: str  # already formatted ("12-11-2026"), "-" when never
    stale: bool = False


@dataclass(frozen=True)
class SignOff:
    place: str
    date_text: str  # "27 November 2026"
    title: str  # "Kepala BKPSDM Kabupaten Maluku Barat Daya"
    name: str = ""
    nip: str = ""


@dataclass(frozen=True)
class ElectionRecap:
    election: str
    voting_date: str
    hub: str
    stale_days: int
    offices: Sequence[OfficeLine]
    totals: OfficeLine
    not_reporting: Sequence[OfficeLine]


class _Page(_Sheet):
    """The signing recap's sheet with this document's own title (and optional landscape)."""

    def __init__(
        self,
        paper: str,
        head: Letterhead,
        info: RecapInfo,
        heading: str,
        landscape: bool = False,
    ) -> None:
        super().__init__(paper, head, info)
        self.heading = heading
        if landscape:
            self.width, self.height = PAPERS[paper][1], PAPERS[paper][0]
            self.c.setPageSize((self.width, self.height))
        self.c.setTitle(f"{heading} - {info.title}")

    def fit_columns(self, columns: list[tuple[str, float]], flexible: int) -> None:
        """Start a table whose column ``flexible`` takes the width the others leave."""
        fixed = sum(w for i, (_h, w) in enumerate(columns) if i != flexible)
        columns[flexible] = (columns[flexible][0], self.content_w - fixed)
        self.table(columns)

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM + 10 * mm:
            self.columns = []
            self.new_page()

    def sign_off(self, who: SignOff) -> None:
        self.need(48 * mm)
        x = LEFT + self.content_w * 0.55
        y = self.y - 8 * mm
        c = self.c
        c.setFont(SERIF, 10.5)
        for line in (f"{who.place}, {who.date_text}", *wrap(who.title, SERIF, 10.5, 70 * mm)):
            c.drawString(x, y, line)
            y -= 14
        y -= 22 * mm
        c.setFont(SERIF_BOLD, 10.5)
        c.drawString(x, y, who.name or "(.......................................)")
        y -= 14
        c.setFont(SERIF, 10.5)
        c.drawString(x, y, f"NIP. {who.nip}" if who.nip else "NIP. ..............................")
        self.y = y - 6


def chart(offices: Sequence[OfficeLine], width: float) -> Drawing:
    """A horizontal bar per office: signed, refused, not yet, as shares of its people."""
    bar_h, gap, label_w, legend_h = 9.0, 4.0, 150.0, 18.0
    height = legend_h + len(offices) * (bar_h + gap) + 14
    d = Drawing(width, height)
    span = width - label_w - 40
    y = height - legend_h
    x = label_w
    for text, color in (
        ("Sudah menandatangani", SIGNED_COLOR),
        ("Menolak", REFUSED_COLOR),
        ("Belum", UNSIGNED_COLOR),
    ):
        d.add(Rect(x, y + 5, 8, 8, fillColor=color, strokeColor=None))
        d.add(String(x + 11, y + 6, text, fontName=SANS, fontSize=8))
        x += 11 + len(text) * 4.2 + 14
    for office in offices:
        y -= bar_h + gap
        label = f"{office.code} {office.name}"
        while len(label) > 4 and fonts.width(label, SANS, 7.5) > label_w - 6:
            label = label[:-2] + "…"
        d.add(String(0, y + 2, label, fontName=SANS, fontSize=7.5))
        total = max(office.employees, 1)
        x = label_w
        for count, color in (
            (office.signed, SIGNED_COLOR),
            (office.refused, REFUSED_COLOR),
            (office.unsigned, UNSIGNED_COLOR),
        ):
            w = span * count / total
            if w > 0:
                d.add(Rect(x, y, w, bar_h, fillColor=color, strokeColor=None))
            x += w
        if office.employees == 0:
            d.add(Rect(label_w, y, span, bar_h, fillColor=None, strokeColor=UNSIGNED_COLOR))
        d.add(
            String(
                label_w + span + 3,
                y + 2,
                f"{office.percent:.0f}%",
                fontName=SANS_BOLD if office.stale else SANS,
                fontSize=7.5,
            )
        )
    for pct in (0, 50, 100):
        gx = label_w + span * pct / 100
        d.add(Line(gx, y - 3, gx, height - legend_h - 1, strokeColor=colors.grey,
                   strokeWidth=0.3, strokeDashArray=[1, 2]))  # fmt: skip
        d.add(String(gx - 6, y - 11, f"{pct}%", fontName=SANS, fontSize=7))
    return d


def render_election(
    recap: ElectionRecap,
    head: Letterhead,
    info: RecapInfo,
    sign_off: SignOff,
    paper: str = "a4",
) -> tuple[bytes, int]:
    """The election recap; returns (PDF bytes, number of pages)."""
    sheet = _Page(paper, head, info, "REKAPITULASI PENANDATANGANAN PAKTA INTEGRITAS NETRALITAS ASN")
    sheet.new_page()
    t = recap.totals
    sheet.text(
        f"{recap.election}, pemungutan suara {recap.voting_date}. Dari {t.employees} pegawai aktif "
        f"({t.asn} ASN, {t.non_asn} non-ASN) di {len(recap.offices)} kantor, {t.signed} telah "
        f"menandatangani ({t.percent:.1f}%), {t.refused} menolak dan {t.unsigned} belum.",
        SANS,
        9.5,
    )
    drawing = chart(recap.offices, sheet.content_w)
    sheet.need(drawing.height + 10)
    renderPDF.draw(drawing, sheet.c, LEFT, sheet.y - drawing.height)
    sheet.y -= drawing.height + 12
    sheet.fit_columns(
        [
            ("No", 7 * mm),
            ("Kode", 17 * mm),
            ("Kantor", 0.0),
            ("Pegawai", 14 * mm),
            ("ASN", 10 * mm),
            ("Non-ASN", 14 * mm),
            ("Sudah", 12 * mm),
            ("Menolak", 14 * mm),
            ("Belum", 12 * mm),
            ("%", 11 * mm),
            ("Kiriman akhir", 25 * mm),
        ],
        2,
    )

    def cells(n: str, o: OfficeLine) -> list[str]:
        return [
            n, o.code, o.name + (" *" if o.stale else ""), str(o.employees), str(o.asn),
            str(o.non_asn), str(o.signed), str(o.refused), str(o.unsigned),
            f"{o.percent:.1f}", o.last_package,
        ]  # fmt: skip

    for number, office in enumerate(recap.offices, 1):
        sheet.row(cells(str(number), office))
    sheet.row(cells("", t))
    sheet.y -= 6
    sheet.columns = []
    sheet.text("KANTOR YANG TIDAK MELAPOR", SERIF_BOLD, 11)
    if not recap.not_reporting:
        sheet.text(
            f"Tidak ada: semua kantor mengirim paket dalam {recap.stale_days} hari terakhir.",
            SANS,
            9,
        )
    else:
        sheet.text(
            f"Kantor bertanda * belum pernah mengirim paket atau tidak mengirim lebih dari "
            f"{recap.stale_days} hari; angkanya menurut paket terakhir yang diterima.",
            SANS,
            9,
        )
        sheet.fit_columns(
            [("No", 8 * mm), ("Kode", 22 * mm), ("Kantor", 0.0), ("Kiriman terakhir", 32 * mm)], 2
        )
        for number, office in enumerate(recap.not_reporting, 1):
            sheet.row([str(number), office.code, office.name, office.last_package])
    sheet.columns = []
    sheet.sign_off(sign_off)
    return sheet.finish()


@dataclass(frozen=True)
class CaseLine:
    office: str
    number: str
    received: str
    person: str  # name, NIP / unit
    category: str
    codes: str
    state: str
    recommendation: str
    decision: str
    sk: str  # number and date
    follow_up: str  # delivered / effective / objection window
    overdue: bool


def render_cases(
    rows: Sequence[CaseLine],
    counts: dict[str, dict[str, int]],
    head: Letterhead,
    info: RecapInfo,
    sign_off: SignOff,
    paper: str = "a4",
) -> tuple[bytes, int]:
    """The case recap, landscape; returns (PDF bytes, number of pages)."""
    sheet = _Page(paper, head, info, "REKAPITULASI LAPORAN DUGAAN PELANGGARAN NETRALITAS ASN", True)
    sheet.new_page()
    overdue = sum(1 for r in rows if r.overdue)
    sheet.text(
        f"{len(rows)} laporan, {overdue} melewati tenggat (bertanda TERLAMBAT, didahulukan).",
        SANS,
        9.5,
    )
    for title, key in (("Per tahap", "by_state"), ("Per kode pelanggaran", "by_code"),
                       ("Per kantor", "by_office")):  # fmt: skip
        parts = ", ".join(f"{k}: {v}" for k, v in counts.get(key, {}).items()) or "-"
        sheet.text(f"{title}: {parts}", SANS, 9)
    sheet.y -= 4
    sheet.fit_columns(
        [
            ("No", 7 * mm),
            ("Kantor", 16 * mm),
            ("Nomor / diterima", 31 * mm),
            ("Terlapor", 0.0),
            ("Kode", 11 * mm),
            ("Tahap", 24 * mm),
            ("Rekomendasi", 32 * mm),
            ("Keputusan", 28 * mm),
            ("SK", 31 * mm),
            ("Tindak lanjut", 36 * mm),
        ],
        3,
    )
    if not rows:
        sheet.columns = []
        sheet.text("Tidak ada laporan.", SANS, 9)
    for number, r in enumerate(rows, 1):
        state = r.state + (" TERLAMBAT" if r.overdue else "")
        sheet.row(
            [
                str(number),
                r.office,
                f"{r.number} {r.received}",
                f"{r.person} ({r.category})" if r.category else r.person,
                r.codes,
                state,
                r.recommendation,
                r.decision,
                r.sk,
                r.follow_up,
            ]
        )
    sheet.columns = []
    sheet.sign_off(sign_off)
    return sheet.finish()


__all__ = [
    "LEAD",
    "CaseLine",
    "ElectionRecap",
    "OfficeLine",
    "SignOff",
    "chart",
    "render_cases",
    "render_election",
]
