"""``netra case team|absent|bap|lhp|suspend|lift|document|ref|receipt|objection|exam|bundle|verify``: the
PP 94/2021 examination paperwork and the national path (issue 16), added to the ``case`` group."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.base import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    Cli,
    Groups,
    UsageError,
    add_json,
    set_handler,
)
from desktop.domain import jsontext
from desktop.services.cases import exam as case_exam
from desktop.services.cases import exam_docs as case_exam_docs
from desktop.services.printing import case_verification


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"tanggal '{text}' tidak sah: gunakan format TTTT-BB-HH, mis. 2024-10-07"
        ) from exc


def _read_json(path: str, what: str) -> Any:
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"Berkas {what} '{path}' tidak ditemukan.", f"{what} file not found.")
    try:
        return jsontext.loads(p.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(
            f"Berkas {what} '{path}' bukan JSON yang sah: {exc}.", f"{what} file is not JSON."
        ) from None


def _warnings(lines: list[str]) -> list[str]:
    return [f"  ! {w}" for w in lines]


# ---------------------------------------------------------------------------- handlers
def _team(cli: Cli) -> int:
    a = cli.args
    members = [case_exam.parse_member(m) for m in a.member]
    res = case_exam.set_team(
        cli.context(), a.id, members, a.atasan_terlibat, a.note or ""
    ).to_json()

    def text() -> str:
        head = "Majelis Kode Etik" if res["body"] == "mke" else "Tim pemeriksa"
        lines = [f"{head} laporan {res['case']} dicatat ({len(res['members'])} orang):"]
        lines += [
            f"  - {m['name']} ({m['nip'] or 'tanpa NIP'}): {m['role_label']}"
            for m in res["members"]
        ]
        return "\n".join(lines + _warnings(res["warnings"]))

    cli.emit(res, text)
    return EXIT_OK


def _absent(cli: Cli) -> int:
    a = cli.args
    res = case_exam.record_absence(cli.context(), a.id, a.note or "", today=a.today).to_json()

    def text() -> str:
        if res["without_examination"]:
            return (
                f"Laporan {res['case']}: tidak hadir pada panggilan kedua. Keputusan dibuat "
                "berdasarkan bukti yang ada tanpa pemeriksaan (PP 94/2021)."
            )
        return (
            f"Laporan {res['case']}: tidak hadir pada pemeriksaan {res['examination']}. "
            f"Panggilan kedua paling lambat {res['second_summons_by']} (netra case schedule)."
        )

    cli.emit(res, text)
    return EXIT_OK


def _bap(cli: Cli) -> int:
    a = cli.args
    qa = _read_json(a.qa, "tanya jawab")
    examiner = [_read_json(p, "tanda tangan pemeriksa") for p in a.strokes_examiner or []]
    examined = (
        _read_json(a.strokes_examined, "tanda tangan terperiksa") if a.strokes_examined else None
    )
    res = case_exam.record_bap(
        cli.context(),
        a.id,
        qa,
        examiner,
        examined,
        refused=a.refused,
        refusal_reason=a.refusal_reason or "",
        examiner=case_exam.parse_member(a.examiner) if a.examiner else None,
        place=a.place or "",
        held_on=a.date,
        mode=a.mode,
    ).to_json()

    def text() -> str:
        signed = [s for s in res["signatures"] if s["kind"] == "signed"]
        line = (
            f"Berita acara pemeriksaan dicatat: {len(res['qa'])} tanya jawab, "
            f"{len(signed)} tanda tangan"
        )
        if res["refused"]:
            line += "; pegawai yang diperiksa MENOLAK menandatangani (dicatat, BAP tetap sah)"
        return line + f". sha256 {res['sha256'][:16]}…"

    cli.emit(res, text)
    return EXIT_OK


def _lhp(cli: Cli) -> int:
    a = cli.args
    res = case_exam.record_lhp(
        cli.context(),
        a.id,
        a.conclusion,
        summary=a.summary or "",
        analysis=a.analysis or "",
        made_on=a.date,
    ).to_json()
    cli.emit(
        res,
        lambda: (
            f"Laporan hasil pemeriksaan dicatat (terbukti: {', '.join(res['proven_codes'])}; "
            f"rekomendasi tingkat {res['recommendation'].get('level')})."
        ),
    )
    return EXIT_OK


def _document(cli: Cli) -> int:
    a = cli.args
    out = Path(a.out)
    res = case_exam_docs.write_document(cli.context(), a.id, a.kind, out).to_json()
    cli.emit(
        res,
        lambda: (
            f"{res['title']} versi {res['version']}"
            + (" (tidak berubah)" if res["reused"] else "")
            + f" ditulis: {out} ({res['size']:,} bita). Kode: {res['short_code']}"
        ),
    )
    return EXIT_OK


def _ref(cli: Cli) -> int:
    a = cli.args
    values = {
        "bawaslu": a.bawaslu,
        "bawaslu_letter": a.bawaslu_letter,
        "sbt": a.sbt,
        "bkn_letter": a.bkn_letter,
        "bkn_date": a.bkn_date,
        "kanreg": a.kanreg,
    }
    res = case_exam.set_references(cli.context(), a.id, **values).to_json()

    def text() -> str:
        lines = [
            f"{label}: {res.get(key) or '-'}"
            for key, label in case_exam.REFERENCE_LABELS_ID.items()
        ]
        body = res.get("recommending_body")
        if body:
            lines.append(f"Lembaga pemberi rekomendasi: {body['name']}")
            lines += _warnings(body.get("warnings", []))
        fu = res.get("follow_up")
        if fu:
            state = (
                "sudah ditindaklanjuti"
                if fu["done"]
                else ("TERLAMBAT" if fu["overdue"] else "berjalan")
            )
            lines.append(f"Tenggat tindak lanjut PPK: {fu['due']} ({state})")
            lines += _warnings(fu["warnings"])
        return "\n".join(lines)

    cli.emit(res, text)
    return EXIT_OK


def _receipt(cli: Cli) -> int:
    a = cli.args
    res = case_exam.record_receipt(
        cli.context(),
        a.id,
        a.delivered,
        method="pos" if a.by_post else "langsung",
        receiver=a.receiver or "",
        post_number=a.by_post or "",
        note=a.note or "",
    ).to_json()
    cli.emit(
        res,
        lambda: (
            f"Penyampaian keputusan {res['sk_number']} dicatat ({res['method']}, {res['delivered']})."
        ),
    )
    return EXIT_OK


def _objection(cli: Cli) -> int:
    a = cli.args
    res = case_exam.record_objection(cli.context(), a.id, a.kind, a.filed, a.note or "").to_json()
    cli.emit(
        res,
        lambda: (
            f"{a.kind.capitalize()} dicatat ({res['filed']})"
            + (" — MELEWATI tenggat." if res["late"] else ".")
        ),
    )
    return EXIT_OK


def _suspension_text(res: dict[str, Any]) -> str:
    if res["active"]:
        return (
            f"Laporan {res['case']}: pegawai dibebaskan sementara dari tugas jabatan mulai "
            f"{res['start']}; pejabat pelaksana harian {res['acting_official']} "
            f"(NIP {res['official_nip']})."
        )
    return f"Laporan {res['case']}: pembebasan sementara dicabut pada {res['lifted_on']}" + (
        " (keputusan ditetapkan)." if res["lift_reason"] == "decision" else "."
    )


def _suspend(cli: Cli) -> int:
    a = cli.args
    res = case_exam.suspend(
        cli.context(),
        a.id,
        acting_official=a.official,
        official_nip=a.official_nip,
        start=a.start,
        reason=a.reason,
    ).to_json()
    cli.emit(res, lambda: _suspension_text(res))
    return EXIT_OK


def _lift(cli: Cli) -> int:
    a = cli.args
    res = case_exam.lift(cli.context(), a.id, on=a.date, note=a.note or "").to_json()
    cli.emit(res, lambda: _suspension_text(res))
    return EXIT_OK


def _exam(cli: Cli) -> int:
    res = case_exam.exam_state(cli.context(), cli.args.id, today=cli.args.today).to_json()

    def text() -> str:
        lines = [f"Pemeriksaan laporan {res['number']} ({res['state']})"]
        team = res["team"]
        if team:
            lines.append(f"  {'Majelis Kode Etik' if team['body'] == 'mke' else 'Tim pemeriksa'}:")
            lines += [f"    - {m['name']}: {m['role_label']}" for m in team["members"]]
            lines += ["  " + w for w in _warnings(team["warnings"])]
        for s in res["summonses"]:
            lines.append(
                f"  Panggilan {s['summons_no']}: {s['summons']} → pemeriksaan {s['examination']}"
                + (" (TIDAK HADIR)" if s["missed"] else "")
            )
        if res["without_examination"]:
            lines.append("  Tidak hadir dua kali: keputusan tanpa pemeriksaan.")
        if res["bap"]:
            lines.append(f"  BAP: {res['bap']['held_on']}, {len(res['bap']['qa'])} tanya jawab")
        if res["lhp"]:
            lines.append(f"  LHP: {res['lhp']['conclusion'][:70]}")
        refs = res["references"]
        for key, label in case_exam.REFERENCE_LABELS_ID.items():
            if refs.get(key):
                lines.append(f"  {label}: {refs[key]}")
        if refs.get("follow_up"):
            fu = refs["follow_up"]
            lines.append(
                f"  Tenggat tindak lanjut PPK: {fu['due']}"
                + (" TERLAMBAT" if fu["overdue"] else "")
            )
            lines += ["  " + w for w in _warnings(fu["warnings"])]
        if res["objection"]:
            ob = res["objection"]
            lines.append(
                f"  Upaya administratif ({ob['route']}) sampai {ob['until']}"
                + (" (terbuka)" if ob["open"] else "")
            )
            lines += ["  " + w for w in _warnings(ob["warnings"])]
        sus = res.get("suspension")
        if sus:
            lines.append(
                f"  Pembebasan sementara sejak {sus['start']} (Plh {sus['acting_official']})"
                + ("" if sus["active"] else f", dicabut {sus['lifted_on']}")
            )
        for d in res["documents"]:
            lines.append(
                f"  Dokumen {d['title']} v{d['version']}{'' if d['current'] else ' (lama)'}: {d['short_code']}"
            )
        return "\n".join(lines)

    cli.emit(res, text)
    return EXIT_OK


def _bundle(cli: Cli) -> int:
    res = case_exam_docs.bundle(cli.context(), cli.args.id, Path(cli.args.out)).to_json()
    cli.emit(
        res,
        lambda: (
            f"Bundel I'DIS/SIASN ditulis di {res['folder']}: "
            + ", ".join(f["file"] for f in res["files"])
            + ", index.csv, index.json."
        ),
    )
    return EXIT_OK


def _classify(cli: Cli) -> int:
    a = cli.args
    res = case_exam.classify(cli.context(), a.id, a.code, a.basis, a.text, a.level or "").to_json()
    cli.emit(
        res, lambda: f"Klasifikasi {res['code']} dicatat: tingkat {res['level']} ({res['basis']})."
    )
    return EXIT_OK


def _verify(cli: Cli) -> int:
    res = case_verification.verify_document(cli.context(), cli.args.code)

    def text() -> str:
        head = "SAH" if res["valid"] else "TIDAK SAH"
        return "\n".join(
            [
                f"{head}: {res['reasons'][0] if res['reasons'] else ''}",
                *[f"  - {r}" for r in res["reasons"][1:]],
            ]
        )

    cli.emit(res, text)
    return EXIT_OK if res["valid"] else EXIT_CHECK_FAILED


# ---------------------------------------------------------------------------- parser
def register(groups: Groups) -> None:
    g = groups.group("case", "laporan dugaan pelanggaran netralitas")

    p = g.add_parser("team", help="catat tim pemeriksa atau Majelis Kode Etik")
    p.add_argument("id", help="ID atau nomor laporan")
    p.add_argument(
        "--member",
        action="append",
        required=True,
        help='"Nama|NIP|peran" (peran: ' + ", ".join(case_exam.ROLES) + "); bisa diulang",
    )
    p.add_argument(
        "--atasan-terlibat",
        action="store_true",
        help="atasan langsung terlibat: anggota atasan_langsung adalah atasan yang lebih tinggi",
    )
    p.add_argument("--note")
    add_json(p)
    set_handler(p, _team)

    p = g.add_parser("absent", help="catat ketidakhadiran pada pemeriksaan yang dijadwalkan")
    p.add_argument("id")
    p.add_argument("--note")
    p.add_argument("--today", type=_date, help=argparse.SUPPRESS)
    add_json(p)
    set_handler(p, _absent)

    p = g.add_parser("bap", help="catat berita acara pemeriksaan dengan tanda tangan")
    p.add_argument("id")
    p.add_argument("--qa", required=True, help='berkas JSON [{"question": ..., "answer": ...}]')
    p.add_argument(
        "--strokes-examiner",
        action="append",
        help="berkas titik tanda tangan pemeriksa (urut anggota tim; bisa diulang)",
    )
    signed = p.add_mutually_exclusive_group(required=True)
    signed.add_argument(
        "--strokes-examined", help="berkas titik tanda tangan pegawai yang diperiksa"
    )
    signed.add_argument("--refused", action="store_true", help="pegawai menolak menandatangani")
    p.add_argument("--refusal-reason", help="keterangan penolakan")
    p.add_argument("--examiner", help='"Nama|NIP|atasan_langsung" bila tanpa tim pemeriksa')
    p.add_argument("--place", help="tempat pemeriksaan")
    p.add_argument("--date", type=_date, help="tanggal pemeriksaan (bawaan: tanggal terjadwal)")
    p.add_argument("--mode", choices=("tatap_muka", "virtual"), default="tatap_muka")
    add_json(p)
    set_handler(p, _bap)

    p = g.add_parser("lhp", help="catat laporan hasil pemeriksaan")
    p.add_argument("id")
    p.add_argument("--conclusion", required=True, help="kesimpulan pemeriksaan")
    p.add_argument("--summary", help="ringkasan (bawaan: dari BAP)")
    p.add_argument("--analysis", help="analisis (bawaan: penjelasan mesin aturan)")
    p.add_argument("--date", type=_date, help="tanggal laporan (bawaan: hari ini)")
    add_json(p)
    set_handler(p, _lhp)

    p = g.add_parser("document", help="cetak dokumen pemeriksaan (PDF berkop, berversi, ber-QR)")
    p.add_argument("id")
    p.add_argument("--kind", required=True, choices=case_exam_docs.KINDS)
    p.add_argument("--out", required=True, help="berkas PDF tujuan")
    add_json(p)
    set_handler(p, _document)

    p = g.add_parser("ref", help="rujukan eksternal: Bawaslu, SBT, surat BKN/KASN")
    p.add_argument("id")
    p.add_argument("--bawaslu", help="nomor register Bawaslu")
    p.add_argument("--bawaslu-letter", help="nomor surat rekomendasi Bawaslu")
    p.add_argument("--sbt", help="nomor pengaduan SBT")
    p.add_argument("--bkn-letter", help="nomor surat rekomendasi BKN (dahulu KASN)")
    p.add_argument("--bkn-date", type=_date, help="tanggal surat rekomendasi BKN (TTTT-BB-HH)")
    p.add_argument("--kanreg", help="Kantor Regional BKN")
    add_json(p)
    set_handler(p, _ref)

    p = g.add_parser("receipt", help="catat tanda terima keputusan (atau pengiriman lewat pos)")
    p.add_argument("id")
    p.add_argument("--delivered", required=True, type=_date, help="tanggal diterima/dikirim")
    p.add_argument("--receiver", help="nama penerima (bawaan: pegawai yang bersangkutan)")
    p.add_argument("--by-post", metavar="NOMOR", help="dikirim lewat pos: nomor resi")
    p.add_argument("--note")
    add_json(p)
    set_handler(p, _receipt)

    p = g.add_parser("objection", help="catat keberatan atau banding administratif")
    p.add_argument("id")
    p.add_argument("--kind", required=True, choices=case_exam.OBJECTION_KINDS)
    p.add_argument("--filed", required=True, type=_date)
    p.add_argument("--note")
    add_json(p)
    set_handler(p, _objection)

    p = g.add_parser("suspend", help="pembebasan sementara dari tugas jabatan (dugaan berat)")
    p.add_argument("id")
    p.add_argument("--official", required=True, help="nama pejabat pelaksana harian")
    p.add_argument("--official-nip", required=True, help="NIP pejabat pelaksana harian")
    p.add_argument("--start", required=True, type=_date, help="berlaku mulai (TTTT-BB-HH)")
    p.add_argument("--reason", required=True, help="alasan pembebasan sementara")
    add_json(p)
    set_handler(p, _suspend)

    p = g.add_parser("lift", help="cabut pembebasan sementara dari tugas jabatan")
    p.add_argument("id")
    p.add_argument("--date", type=_date, help="tanggal pencabutan (bawaan: hari ini)")
    p.add_argument("--note")
    add_json(p)
    set_handler(p, _lift)

    p = g.add_parser("exam", help="tampilkan pemeriksaan, rujukan dan dokumen laporan")
    p.add_argument("id")
    p.add_argument("--today", type=_date, help="hitung tenggat seolah hari ini tanggal ini")
    add_json(p)
    set_handler(p, _exam)

    p = g.add_parser("bundle", help="bundel I'DIS/SIASN: PDF keputusan, BAP, LHP dan indeks")
    p.add_argument("id")
    p.add_argument("--out", required=True, help="folder tujuan")
    add_json(p)
    set_handler(p, _bundle)

    p = g.add_parser("classify", help="klasifikasi tertulis kode 'bentuk lain' (E8, D17)")
    p.add_argument("id")
    p.add_argument("--code", required=True)
    p.add_argument("--basis", required=True, help="pasal/peraturan yang dilanggar")
    p.add_argument("--text", required=True, help="uraian mengapa perbuatan masuk ke sana")
    p.add_argument("--level", choices=("sedang", "berat", "ptdh"), help="tingkat (kode D)")
    add_json(p)
    set_handler(p, _classify)

    p = g.add_parser("verify", help="periksa kode QR atau kode pendek dokumen laporan")
    p.add_argument("code")
    add_json(p)
    set_handler(p, _verify)
