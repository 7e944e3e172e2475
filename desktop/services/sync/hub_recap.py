"""The hub's recap documents for the Bupati and BKN, as PDF or ``.xlsx``: an election's
coverage per office (with every office's people in the workbook) and every office's cases.
Files are written whole or not at all (``fileio.write_verified``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.domain.errors import NetraError
from desktop.domain.office import TIMEZONES
from desktop.domain.pact import tanggal
from desktop.fileio import write_verified
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.office import letterhead, office_now
from desktop.services.sync import hub_coverage
from desktop.store.models import CaseRecommendation

if TYPE_CHECKING:
    from desktop.documents.letterhead import Letterhead

STATUS_ID = {"signed": "Sudah menandatangani", "refused": "Menolak", "unsigned": "Belum"}


@dataclass(frozen=True)
class RecapResult:
    out: Path
    kind: str  # election | cases
    format: str  # pdf | xlsx
    size: int
    pages: int | None
    offices: int
    rows: int

    def to_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "kind": self.kind,
            "format": self.format,
            "bytes": self.size,
            "pages": self.pages,
            "offices": self.offices,
            "rows": self.rows,
        }

    def describe(self) -> str:
        what = "rekap pemilihan" if self.kind == "election" else "rekap laporan"
        pages = f"{self.pages} halaman, " if self.pages else ""
        return (
            f"{what.capitalize()} ditulis ke {self.out} ({pages}{self.offices} kantor, "
            f"{self.rows} baris, {self.size // 1024} KB)."
        )


def _format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise NetraError(
            "bad_format",
            f"Berkas '{out.name}' harus berakhiran .pdf atau .xlsx.",
            "The output must end in .pdf or .xlsx.",
        )
    return suffix[1:]


def _day(value: datetime | None, zone: ZoneInfo) -> str:
    return f"{value.astimezone(zone):%d-%m-%Y}" if value else "-"


@dataclass(frozen=True)
class _Hub:
    code: str
    name: str
    kabupaten: str
    place: str
    paper: str
    zone: ZoneInfo
    zone_label: str
    head: Letterhead
    now: datetime  # the hub's wall clock (its office zone): the recap's one "today"


def _hub(ctx: AppContext) -> _Hub:
    with ctx.read() as session:
        me = hub_coverage.require_hub(session, ctx)
        head = letterhead(session, me, name_if_blank=True)
        return _Hub(
            me.code,
            me.name,
            me.kabupaten_name,
            me.place,
            me.paper,
            ZoneInfo(me.timezone),
            TIMEZONES.get(me.timezone, me.timezone),
            head,
            office_now(session),
        )


def _pdf_parts(hub: _Hub, title: str) -> tuple[Any, Any, Any]:
    from desktop.documents.hub_recap_pdf import SignOff
    from desktop.documents.recap_pdf import RecapInfo

    now = hub.now
    info = RecapInfo(title, f"{hub.code} {hub.name}", hub.zone_label, f"{now:%d-%m-%Y %H.%M}")
    sign = SignOff(
        hub.place or hub.kabupaten,
        tanggal(now.date()),
        f"Kepala BKPSDM Kabupaten {hub.kabupaten}" if hub.kabupaten else "Kepala BKPSDM",
    )
    return hub.head, info, sign


def _write(ctx: AppContext, out: Path, data: bytes, action: str, detail: dict[str, Any]) -> None:
    write_verified(out, data)
    with ctx.tx() as session:
        audit.record(ctx, session, action, "file", out.name, {**detail, "size": len(data)})


# ---------------------------------------------------------------------------- election
def election_recap(ctx: AppContext, election_id: str | None, out: Path) -> RecapResult:
    """The election's coverage per office as a PDF (chart, table, sign-off) or a workbook
    (a summary sheet, then one sheet per office with its people and their standing)."""
    from desktop.documents import hub_recap_pdf as doc

    ctx.require("pact.print")
    fmt = _format(out)
    hub = _hub(ctx)
    cov = hub_coverage.coverage(ctx, election_id)

    def line(o: hub_coverage.OfficeCoverage) -> doc.OfficeLine:
        c = o.counts
        return doc.OfficeLine(
            o.office, o.name, c.employees, c.asn, c.non_asn, c.signed, c.refused, c.unsigned,
            c.percent, _day(o.last_package_at, hub.zone), o.stale,
        )  # fmt: skip

    t = cov.totals
    totals = doc.OfficeLine("", "JUMLAH", t.employees, t.asn, t.non_asn, t.signed, t.refused,
                            t.unsigned, t.percent, "")  # fmt: skip
    title = f"{cov.election.name} (pemungutan suara {tanggal(cov.election.voting_date)})"
    if fmt == "pdf":
        head, info, sign = _pdf_parts(hub, title)
        recap = doc.ElectionRecap(
            cov.election.name,
            tanggal(cov.election.voting_date),
            f"{hub.code} {hub.name}",
            cov.stale_days,
            [line(o) for o in cov.offices],
            totals,
            [line(o) for o in cov.not_reporting],
        )
        data, pages = doc.render_election(recap, head, info, sign, hub.paper)
        rows = len(cov.offices)
    else:
        data, rows = _election_xlsx(ctx, cov, hub, title)
        pages = None
    _write(ctx, out, data, "hub.recap", {"election": cov.election.id, "format": fmt})
    return RecapResult(out, "election", fmt, len(data), pages, len(cov.offices), rows)


def _election_xlsx(
    ctx: AppContext, cov: hub_coverage.Coverage, hub: _Hub, title: str
) -> tuple[bytes, int]:
    from desktop.documents.xlsx_table import Sheet, build_workbook

    header = ["KODE", "KANTOR", "PEGAWAI", "ASN", "NON-ASN", "SUDAH", "MENOLAK", "BELUM",
              "PERSEN", "KIRIMAN TERAKHIR", "TIDAK MELAPOR"]  # fmt: skip
    summary: list[list[Any]] = []
    for o in cov.offices:
        c = o.counts
        summary.append([o.office, o.name, c.employees, c.asn, c.non_asn, c.signed, c.refused,
                        c.unsigned, c.percent, _day(o.last_package_at, hub.zone),
                        "YA" if o.stale else ""])  # fmt: skip
    t = cov.totals
    summary.append(["", "JUMLAH", t.employees, t.asn, t.non_asn, t.signed, t.refused,
                    t.unsigned, t.percent, "", ""])  # fmt: skip
    people = hub_coverage.office_people(ctx, cov.election.id, [o.office for o in cov.offices])
    sheets = [Sheet("Ringkasan", header, summary, f"REKAP {title}".upper())]
    person_header = ["NO", "NIP", "NAMA", "KATEGORI", "JABATAN", "KODE UNIT", "UNIT KERJA",
                     "STATUS"]  # fmt: skip
    count = len(summary)
    for o in cov.offices:
        rows = [
            [n, p.nip or "", p.name, p.category, p.jabatan, p.unit_code, p.unit_name,
             STATUS_ID[p.status]]
            for n, p in enumerate(people[o.office], 1)
        ]  # fmt: skip
        count += len(rows)
        sheets.append(Sheet(f"{o.office} {o.name}", person_header, rows, f"{o.office} {o.name}"))
    data, _counts = build_workbook(sheets)
    return data, count


# ---------------------------------------------------------------------------- cases
def _recommendations(ctx: AppContext, case_ids: list[str]) -> dict[str, str]:
    """The latest recommendation of each case, in a few words: its level and allowed types."""
    out: dict[str, str] = {}
    with ctx.read() as session:
        rows = session.execute(
            select(CaseRecommendation.case_id, CaseRecommendation.output_json)
            .where(CaseRecommendation.case_id.in_(case_ids))
            .order_by(CaseRecommendation.created_at, CaseRecommendation.chain_seq)
        ).all()
    for case_id, output in rows:
        o = json.loads(output)
        names = o.get("sanction_names") or {}
        level = o.get("level") or o.get("track") or ""
        minimum = o.get("minimum_type")
        text = names.get(str(minimum), "") if minimum is not None else ""
        out[case_id] = ": ".join(x for x in (str(level), text) if x)
    return out


def _follow_up_text(f: dict[str, Any] | None) -> str:
    if not f:
        return ""
    parts = [
        f"disampaikan {f['delivered_date']:%d-%m-%Y}"
        if f["delivered"]
        else ("BELUM disampaikan, lewat tenggat" if f["delivery_overdue"] else "belum disampaikan")
    ]
    if f["effective_date"]:
        word = "berlaku sejak" if f["effective"] else "berlaku mulai"
        parts.append(f"{word} {f['effective_date']:%d-%m-%Y}")
    if f["objection_until"]:
        word = "keberatan terbuka s.d." if f["objection_open"] else "masa keberatan lewat"
        parts.append(f"{word} {f['objection_until']:%d-%m-%Y}")
    return "; ".join(parts)


def case_recap(
    ctx: AppContext, out: Path, *, office: str | None = None, today: date | None = None
) -> RecapResult:
    """Every case of every office (or of ``office``), overdue first, as PDF or workbook."""
    from desktop.services import cases

    ctx.require("view")
    fmt = _format(out)
    hub = _hub(ctx)
    today = today or hub.now.date()  # the printed-on day: deadlines and "Keadaan per" agree
    listed = cases.list_cases(ctx, office=office, today=today)
    counts = cases.case_counts(listed)
    recs = _recommendations(ctx, [c["id"] for c in listed])

    def person(c: dict[str, Any]) -> str:
        emp = c["employee"] or {}
        name = emp.get("name") or c["reported_name"] or "-"
        nip = emp.get("nip")
        return f"{name}, {nip}" if nip else name

    def codes(c: dict[str, Any]) -> str:
        return ", ".join(c["proven_codes"] or c["alleged_codes"])

    if fmt == "pdf":
        from desktop.documents import hub_recap_pdf as doc

        head, info, sign = _pdf_parts(hub, f"Keadaan per {tanggal(today)}")
        rows = [
            doc.CaseLine(
                c["office"],
                c["number"],
                f"{c['received']:%d-%m-%Y}",
                person(c),
                (c["employee"] or {}).get("category") or "",
                codes(c),
                c["state_label"],
                recs.get(c["id"], ""),
                (c["follow_up"] or {}).get("sanction", ""),
                f"{c['follow_up']['sk_number']} ({c['follow_up']['sk_date']:%d-%m-%Y})"
                if c["follow_up"]
                else "",
                _follow_up_text(c["follow_up"]),
                bool(c["deadline"]["overdue"]),
            )
            for c in listed
        ]
        data, pages = doc.render_cases(rows, counts, head, info, sign, hub.paper)
    else:
        data = _cases_xlsx(listed, counts, recs, codes)
        pages = None
    _write(ctx, out, data, "hub.case_recap", {"office": office, "format": fmt})
    return RecapResult(out, "cases", fmt, len(data), pages, len(counts["by_office"]), len(listed))


def _cases_xlsx(
    listed: list[dict[str, Any]],
    counts: dict[str, Any],
    recs: dict[str, str],
    codes: Any,
) -> bytes:
    from desktop.documents.xlsx_table import Sheet, build_workbook

    header = ["KANTOR", "NOMOR", "DITERIMA", "TERLAPOR", "NIP", "KATEGORI", "UNIT", "KODE",
              "TAHAP", "TENGGAT", "TERLAMBAT", "REKOMENDASI", "KEPUTUSAN", "NOMOR SK",
              "TANGGAL SK", "DISAMPAIKAN", "BERLAKU", "AKHIR", "KEBERATAN S.D.",
              "KEBERATAN TERBUKA"]  # fmt: skip

    def day(value: Any) -> str:
        return f"{value:%d-%m-%Y}" if value else ""

    rows = []
    for c in listed:
        emp = c["employee"] or {}
        f = c["follow_up"] or {}
        rows.append([
            c["office"], c["number"], day(c["received"]),
            emp.get("name") or c["reported_name"], emp.get("nip") or "",
            emp.get("category") or "", emp.get("unit") or c["reported_unit"], codes(c),
            c["state_label"], day(c["deadline"]["due"]),
            "YA" if c["deadline"]["overdue"] else "", recs.get(c["id"], ""),
            f.get("sanction", ""), f.get("sk_number", ""), day(f.get("sk_date")),
            day(f.get("delivered_date")), day(f.get("effective_date")), day(f.get("end_date")),
            day(f.get("objection_until")),
            ("YA" if f.get("objection_open") else "TIDAK") if f else "",
        ])  # fmt: skip
    tallies = [["TAHAP", k, v] for k, v in counts["by_state"].items()]
    tallies += [["KODE", k, v] for k, v in counts["by_code"].items()]
    tallies += [["KANTOR", k, v] for k, v in counts["by_office"].items()]
    data, _n = build_workbook(
        [
            Sheet("Laporan", header, rows, "REKAP LAPORAN DUGAAN PELANGGARAN NETRALITAS ASN"),
            Sheet("Jumlah", ["MENURUT", "NILAI", "JUMLAH"], tallies),
        ]
    )
    return data
