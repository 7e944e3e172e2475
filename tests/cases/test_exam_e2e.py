"""Issue 16 end to end through the CLI: five cases from intake to a delivered decision.

1. berat (D7, PNS) with a tim pemeriksa, a BAP signed by two examiners and the examined person;
2. sedang (D13, PNS) where the person misses both summonses (decision without examination);
3. ethics (E5, CPNS) examined by a Majelis Kode Etik;
4. a PPPK paruh waktu (imported as "PPPK Paruh Waktu", treated as PPPK);
5. a non-ASN worker (contract track, SE MenPANRB 01/2023).

The deadlines are checked against REFERENCE.md §2.4 with the shipped 2025 holiday calendar,
counted here by hand (Nyepi and Idul Fitri 1446 H with their cuti bersama, Wafat Yesus Kristus).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import handwriting
from desktop.domain.roster import parse_category
from desktop.services.context import AppContext
from desktop.services.records import stamp_new
from desktop.store.models import Employee, Unit
from tests.conftest import CliResult, CliRunner

PEOPLE = {
    # key: (nip, name, category word as written in a roster sheet, golongan, jabatan)
    "berat": ("198801012012011001", "Yohanis Leunufna, S.Sos.", "PNS", "III/b", "Kepala Seksi"),
    "sedang": ("199002022015032002", "Maria Rumlus, S.Pd.", "PNS", "III/a", "Guru"),
    "etik": ("199807072024021001", "Petrus Masela", "CPNS", "III/a", "Analis"),
    "paruh": (
        "199203032025212001",
        "Agustina Lerebulan",
        "PPPK Paruh Waktu",
        "V",
        "Pengelola Umum",
    ),
    "honor": (None, "Simon Kay", "Tenaga Honorer", None, "Pengemudi"),
    # examiners
    "camat": ("197001011995031001", "Drs. Yakob Letelay", "PNS", "IV/a", "Camat Wetar"),
    "inspektur": ("197505052000031002", "Frans Watunglawar, S.H.", "PNS", "III/d", "Auditor"),
    "bkpsdm": ("198506062010011003", "Nelly Tupamahu, S.E.", "PNS", "III/a", "Analis SDM"),
    "sekda": ("196801011990031001", "Ir. Benny Laipeny", "PNS", "IV/c", "Sekretaris Daerah"),
    "asisten": ("197202021996031004", "Dra. Lea Mailoa", "PNS", "IV/b", "Asisten"),
    "kabag": ("197803032003122005", "Oktovianus Ralahalu", "PNS", "IV/a", "Kepala Bagian"),
    "kabid": ("198004042005011006", "Selvi Lekatompessy", "PNS", "III/d", "Kepala Bidang"),
    "staf": ("199505052019031007", "Ruben Kainama", "PNS", "II/c", "Staf"),
}


@pytest.fixture
def roster(ctx: AppContext) -> dict[str, str]:
    ids: dict[str, str] = {}
    with ctx.tx() as session:
        unit = stamp_new(
            ctx, session, Unit(code="81.08.06", name="Kecamatan Wetar", kind="kecamatan")
        )
        session.flush()
        for key, (nip, name, word, gol, jabatan) in PEOPLE.items():
            category = parse_category(word)
            assert category is not None, word
            emp = stamp_new(
                ctx,
                session,
                Employee(
                    nip=nip,
                    name=name,
                    name_key=name.lower(),
                    category=category,
                    golongan=gol,
                    jabatan=jabatan,
                    unit_id=unit.id,
                ),
            )
            ids[key] = emp.id
    ctx.close()
    return ids


def ok(res: CliResult) -> Any:
    assert res.code == 0, res.err + res.out
    return res.json() if res.out.lstrip().startswith(("{", "[")) else res.out


def member(key: str, role: str) -> str:
    nip, name, *_ = PEOPLE[key]
    return f"{name}|{nip}|{role}"


def intake(cli: CliRunner, key: str, code: str, received: str) -> str:
    who = ["--nip", PEOPLE[key][0]] if PEOPLE[key][0] else ["--employee-id", "@"]
    if who[1] == "@":
        raise AssertionError("use intake_id")
    case = ok(cli("case", "new", "--source", "bawaslu", "--reporter", "Bawaslu Kab. MBD",
                  "--received", received, *who, "--description", "Laporan Bawaslu.",
                  "--code", code, "--json"))  # fmt: skip
    return str(case["id"])


def to_recommendation(cli: CliRunner, case_id: str, code: str) -> dict[str, Any]:
    ok(cli("case", "advance", case_id, "--to", "pengecekan"))
    ok(cli("case", "advance", case_id, "--to", "verifikasi"))
    ok(cli("case", "advance", case_id, "--to", "validasi", "--proven", code))
    return dict(ok(cli("case", "recommend", case_id, "--json")))


def strokes(tmp: Path, seed: int) -> str:
    import random

    path = tmp / f"ttd-{seed}.json"
    path.write_text(json.dumps(handwriting.signature(random.Random(seed))), encoding="utf-8")
    return str(path)


def qa_file(tmp: Path) -> str:
    path = tmp / "qa.json"
    path.write_text(
        json.dumps(
            [
                {"question": "Apakah Saudara memasang foto bersama calon di Facebook?",
                 "answer": "Ya, pada 5 Oktober 2024."},
                {"question": "Apakah Saudara mengetahui larangan itu?", "answer": "Tahu."},
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )  # fmt: skip
    return str(path)


def documents(cli: CliRunner, case_id: str, kinds: list[str], tmp: Path) -> dict[str, Any]:
    out = {}
    for kind in kinds:
        path = tmp / f"{case_id[:8]}-{kind}.pdf"
        res = ok(cli("case", "document", case_id, "--kind", kind, "--out", str(path), "--json"))
        assert path.read_bytes().startswith(b"%PDF-") and res["version"] == 1
        out[kind] = res
    return out


def test_five_cases_intake_to_delivered_decision(
    cli: CliRunner, roster: dict[str, str], tmp_path: Path
) -> None:
    # ---- 1. berat, tim pemeriksa, BAP signed by two examiners and the examined person -------
    c1 = intake(cli, "berat", "D7", "2025-03-17")
    rec = to_recommendation(cli, c1, "D7")
    assert rec["output"]["level"] == "berat" and rec["output"]["examination_team"] == "mandatory"
    # the summons: at most 7 working days before the examination, across Nyepi and Lebaran
    bad = cli("case", "schedule", c1, "--summons", "2025-03-26", "--examination", "2025-04-16")
    assert bad.code == 2 and "8 hari kerja" in bad.err
    ok(cli("case", "schedule", c1, "--summons", "2025-03-26", "--examination", "2025-04-15"))
    # BAP without the mandatory team is refused with the reason
    bad = cli("case", "bap", c1, "--qa", qa_file(tmp_path), "--strokes-examiner",
              strokes(tmp_path, 1), "--strokes-examined", strokes(tmp_path, 2))  # fmt: skip
    assert bad.code == 2 and "Tim pemeriksa wajib" in bad.err
    incomplete = cli("case", "team", c1, "--member", member("camat", "atasan_langsung"))
    assert incomplete.code == 2 and "Unsur pengawasan" in incomplete.err
    team = ok(cli("case", "team", c1, "--member", member("camat", "atasan_langsung"),
                  "--member", member("inspektur", "inspektorat"),
                  "--member", member("staf", "bkpsdm"), "--json"))  # fmt: skip
    assert team["body"] == "tim"
    assert any(
        "Ruben Kainama" in w and "lebih rendah" in w for w in team["warnings"]
    )  # warning only
    bap = ok(cli("case", "bap", c1, "--qa", qa_file(tmp_path),
                 "--strokes-examiner", strokes(tmp_path, 3), "--strokes-examiner", strokes(tmp_path, 4),
                 "--strokes-examined", strokes(tmp_path, 5), "--json"))  # fmt: skip
    signed = [s for s in bap["signatures"] if s["kind"] == "signed"]
    assert len(signed) == 3 and {s["role"] for s in signed} == {"examiner", "examined"}
    assert all(s["image_sha256"] and s["strokes_sha256"] for s in signed)
    lhp = ok(
        cli(
            "case",
            "lhp",
            c1,
            "--conclusion",
            "Terbukti mengunggah foto bersama calon.",
            "--date",
            "2025-04-21",
            "--json",
        )
    )
    assert lhp["proven_codes"] == ["D7"] and lhp["recommendation"]["level"] == "berat"
    assert lhp["date"] == "2025-04-21"
    ok(cli("case", "ref", c1, "--bawaslu", "001/Reg/LP/PB/Kab/33.01/III/2025", "--sbt",
           "SBT-2025-000123", "--bkn-letter", "B-1234/KPP.02/SD/D.1/2025", "--bkn-date",
           "2025-04-10"))  # fmt: skip
    exam = ok(cli("case", "exam", c1, "--today", "2025-04-30", "--json"))
    refs = exam["references"]
    assert refs["recommending_body"]["key"] == "BKN"
    assert refs["follow_up"]["due"] == "2025-04-24" and refs["follow_up"]["overdue"]
    assert any("SIASN" in w for w in refs["follow_up"]["warnings"])
    assert any("U-FOLLOWUP" in w for w in refs["follow_up"]["warnings"])
    docs = documents(cli, c1, ["summons1", "bap", "lhp", "sk"], tmp_path)
    sk_draft = docs["sk"]
    ok(cli("case", "decide", c1, "--type", "7", "--sk-number", "800/12/BKPSDM/2025",
           "--sk-date", "2025-05-05", "--decided-by", "Bupati Maluku Barat Daya"))  # fmt: skip
    ok(cli("case", "receipt", c1, "--delivered", "2025-05-08"))
    sk = ok(
        cli("case", "document", c1, "--kind", "sk", "--out", str(tmp_path / "sk.pdf"), "--json")
    )
    assert sk["version"] == 2 and sk["supersedes_id"] == sk_draft["id"]  # changed: new version
    again = ok(
        cli("case", "document", c1, "--kind", "sk", "--out", str(tmp_path / "sk2.pdf"), "--json")
    )
    assert again["version"] == 2 and again["reused"]  # unchanged: same version
    assert (tmp_path / "sk.pdf").read_bytes() == (tmp_path / "sk2.pdf").read_bytes()
    ok(cli("case", "document", c1, "--kind", "receipt", "--out", str(tmp_path / "r1.pdf")))
    shown = ok(cli("case", "show", c1, "--json"))
    # effective on the 15th working day after 2025-05-08 (May 12 Waisak, 13 cuti bersama, 29
    # Kenaikan, 30 cuti bersama; counted by hand: 9, 14-16, 19-23, 26-28, Jun 2, 3, 4): 2025-06-04;
    # ends 12 months later
    assert shown["state"] == "tindak_lanjut"
    assert shown["decision"]["effective_date"] == "2025-06-04"
    assert shown["decision"]["end_date"] == "2026-06-04"
    # the printed QR verifies offline and in the database; the draft says a newer version exists
    v = ok(cli("case", "verify", sk["qr_text"], "--json"))
    assert v["valid"] and v["signature_checked"] and v["document"]["version"] == 2
    old = ok(cli("case", "verify", sk_draft["qr_text"], "--json"))
    assert old["valid"] and old["superseded"]
    short = ok(cli("case", "verify", sk["short_code"], "--json"))
    assert short["valid"] and not short["signature_checked"]
    # the bundle
    out = ok(cli("case", "bundle", c1, "--out", str(tmp_path / "idis"), "--json"))
    folder = Path(out["folder"])
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))[0]
    for key in ("nip", "name", "violation_codes", "sanction_type", "sk_number", "sk_date",
                "effective_date", "end_date", "bawaslu", "sbt", "bkn_letter"):  # fmt: skip
        assert key in index
    assert index["nip"] == PEOPLE["berat"][0] and index["violation_codes"] == ["D7"]
    assert index["sk_number"] == "800/12/BKPSDM/2025" and index["effective_date"] == "2025-06-04"
    assert index["sbt"] == "SBT-2025-000123"
    with (folder / "index.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["nip"] == PEOPLE["berat"][0] and rows[0]["bkn_letter"].startswith("B-1234")
    assert {f["file"] for f in index["files"]} >= {
        "03-berita-acara-pemeriksaan.pdf", "04-laporan-hasil-pemeriksaan.pdf", "05-keputusan.pdf"
    }  # fmt: skip
    for f in index["files"]:
        assert (folder / f["file"]).read_bytes().startswith(b"%PDF-")

    # ---- 2. sedang, absent twice: decision without examination --------------------------------
    c2 = intake(cli, "sedang", "D13", "2025-03-17")
    rec = to_recommendation(cli, c2, "D13")
    assert rec["output"]["level"] == "sedang"
    ok(cli("case", "schedule", c2, "--summons", "2025-03-26", "--examination", "2025-04-15"))
    early = cli("case", "absent", c2, "--today", "2025-04-14")
    assert early.code == 2 and "15-04-2025" in early.err
    first = ok(cli("case", "absent", c2, "--today", "2025-04-15", "--json"))
    assert first["second_summons_by"] == "2025-04-25" and not first["without_examination"]
    late = cli("case", "schedule", c2, "--summons", "2025-04-28", "--examination", "2025-04-30")
    assert late.code == 2 and "25-04-2025" in late.err
    ok(cli("case", "schedule", c2, "--summons", "2025-04-22", "--examination", "2025-04-29"))
    second = ok(cli("case", "absent", c2, "--today", "2025-04-29", "--json"))
    assert second["without_examination"]
    third = cli("case", "schedule", c2, "--summons", "2025-04-30", "--examination", "2025-05-02")
    assert third.code == 2 and "tanpa pemeriksaan" in third.err
    no_bap = cli("case", "bap", c2, "--qa", qa_file(tmp_path), "--strokes-examiner",
                 strokes(tmp_path, 6), "--refused", "--examiner", member("kabid", "atasan_langsung"))  # fmt: skip
    assert no_bap.code == 2 and "tanpa pemeriksaan" in no_bap.err
    lhp = ok(
        cli("case", "lhp", c2, "--conclusion", "Terbukti berkampanye dengan atribut PNS.", "--json")
    )
    assert lhp["without_examination"] and "tanpa pemeriksaan" in lhp["summary"]
    documents(cli, c2, ["summons1", "summons2", "lhp"], tmp_path)
    ok(cli("case", "decide", c2, "--type", "4", "--sk-number", "800/13/BKPSDM/2025",
           "--sk-date", "2025-05-05"))  # fmt: skip
    ok(cli("case", "receipt", c2, "--delivered", "2025-05-08", "--by-post", "RR123456789ID"))
    docs2 = documents(cli, c2, ["sk", "receipt"], tmp_path)
    assert docs2["receipt"]["title"] == "Tanda Terima Keputusan"
    exam = ok(cli("case", "exam", c2, "--today", "2025-05-20", "--json"))
    assert exam["without_examination"] and exam["receipt"]["method"] == "pos"
    # objection: keberatan (not a dismissal) within 14 working days of delivery, UNCONFIRMED
    assert exam["objection"]["route"] == "keberatan" and exam["objection"]["open"]
    assert exam["objection"]["until"] == "2025-06-03"  # 14th working day after May 8
    assert any("U-KEBERATAN" in w for w in exam["objection"]["warnings"])
    idx = ok(cli("case", "bundle", c2, "--out", str(tmp_path / "idis"), "--json"))["index"]
    assert idx["without_examination"] is True and idx["sanction_type"] == "4"

    # ---- 3. ethics: Majelis Kode Etik -----------------------------------------------------------
    c3 = intake(cli, "etik", "E5", "2024-06-03")
    rec = to_recommendation(cli, c3, "E5")
    assert rec["output"]["track"] == "ethics"
    not_tim = cli("case", "team", c3, "--member", member("camat", "atasan_langsung"))
    assert not_tim.code == 2 and "Majelis Kode Etik" in not_tim.err
    four = cli("case", "team", c3, "--member", member("sekda", "ketua"), "--member",
               member("bkpsdm", "sekretaris"), "--member", member("asisten", "anggota"),
               "--member", member("kabag", "anggota"))  # fmt: skip
    assert four.code == 2 and "sekurang-kurangnya 3" in four.err
    six = [member(k, r) for k, r in (("sekda", "ketua"), ("bkpsdm", "sekretaris"),
           ("asisten", "anggota"), ("kabag", "anggota"), ("kabid", "anggota"), ("camat", "anggota"))]  # fmt: skip
    even = cli("case", "team", c3, *[x for m in six for x in ("--member", m)])
    assert even.code == 2 and "ganjil" in even.err
    mke = ok(cli("case", "team", c3, *[x for m in six[:5] for x in ("--member", m)], "--json"))
    assert mke["body"] == "mke" and not any("lebih rendah" in w for w in mke["warnings"])
    ok(cli("case", "schedule", c3, "--summons", "2024-06-10", "--examination", "2024-06-14"))
    bap = ok(cli("case", "bap", c3, "--qa", qa_file(tmp_path), "--strokes-examiner",
                 strokes(tmp_path, 7), "--refused", "--refusal-reason", "Tidak bersedia.", "--json"))  # fmt: skip
    assert bap["refused"] and bap["examiners"][0]["role"] == "ketua"
    assert [s["kind"] for s in bap["signatures"]] == ["signed", "refused"]
    ok(cli("case", "lhp", c3, "--conclusion", "Terbukti memasang foto bersama bakal calon."))
    ok(cli("case", "ref", c3, "--bkn-letter", "R-77/KASN/6/2024", "--bkn-date", "2024-06-05"))
    exam = ok(cli("case", "exam", c3, "--json"))
    assert exam["references"]["recommending_body"]["key"] == "KASN"  # before 24 August 2024
    documents(cli, c3, ["summons1", "bap", "lhp", "sk"], tmp_path)
    ok(cli("case", "decide", c3, "--type", "moral_tertutup", "--sk-number", "800/3/2024",
           "--sk-date", "2024-06-20"))  # fmt: skip
    ok(cli("case", "receipt", c3, "--delivered", "2024-06-21"))
    documents(cli, c3, ["receipt"], tmp_path)
    exam = ok(cli("case", "exam", c3, "--json"))
    assert any("U-MORAL-KEBERATAN" in w for w in exam["objection"]["warnings"])

    # ---- 4. PPPK paruh waktu: treated as PPPK --------------------------------------------------
    c4 = intake(cli, "paruh", "D2", "2025-01-06")
    rec = to_recommendation(cli, c4, "D2")
    assert rec["input"]["category"] == "PPPK" and rec["output"]["allowed_types"] == [9]
    ok(cli("case", "schedule", c4, "--summons", "2025-01-08", "--examination", "2025-01-13"))
    ok(cli("case", "team", c4, "--member", member("camat", "atasan_langsung"), "--member",
           member("inspektur", "inspektorat"), "--member", member("bkpsdm", "bkpsdm")))  # fmt: skip
    ok(cli("case", "bap", c4, "--qa", qa_file(tmp_path), "--strokes-examiner", strokes(tmp_path, 8),
           "--strokes-examined", strokes(tmp_path, 9)))  # fmt: skip
    ok(cli("case", "lhp", c4, "--conclusion", "Terbukti berkampanye di media sosial."))
    ok(
        cli(
            "case",
            "decide",
            c4,
            "--type",
            "9",
            "--sk-number",
            "800/1/2025",
            "--sk-date",
            "2025-01-20",
        )
    )
    ok(cli("case", "receipt", c4, "--delivered", "2025-01-21"))
    d4 = documents(cli, c4, ["sk", "receipt"], tmp_path)
    assert d4["sk"]["title"] == "Keputusan Hukuman Disiplin"
    exam = ok(cli("case", "exam", c4, "--json"))
    assert exam["objection"]["route"] == "banding"  # contract terminated: banding to BPASN
    idx = ok(cli("case", "bundle", c4, "--out", str(tmp_path / "idis"), "--json"))["index"]
    assert idx["category"] == "PPPK" and "perjanjian kerja" in idx["sanction_name"]

    # ---- 5. non-ASN worker ------------------------------------------------------------------------
    case = ok(cli("case", "new", "--source", "masyarakat", "--reporter", "Warga", "--received",
                  "2025-02-03", "--employee-id", roster["honor"], "--description",
                  "Mengantar massa kampanye dengan mobil dinas.", "--code", "D15", "--json"))  # fmt: skip
    c5 = str(case["id"])
    rec = to_recommendation(cli, c5, "D15")
    assert rec["output"]["track"] == "contract"
    assert "SE MenPANRB Nomor 01 Tahun 2023" in json.dumps(rec["output"]["explanation"])
    ok(cli("case", "schedule", c5, "--summons", "2025-02-04", "--examination", "2025-02-06"))
    ok(cli("case", "bap", c5, "--qa", qa_file(tmp_path), "--examiner",
           member("camat", "atasan_langsung"), "--strokes-examiner", strokes(tmp_path, 10),
           "--strokes-examined", strokes(tmp_path, 11)))  # fmt: skip
    ok(cli("case", "lhp", c5, "--conclusion", "Terbukti menggunakan mobil dinas untuk kampanye."))
    ok(cli("case", "decide", c5, "--type", "kontrak_pemutusan", "--sk-number", "800/2/2025",
           "--sk-date", "2025-02-10"))  # fmt: skip
    ok(cli("case", "receipt", c5, "--delivered", "2025-02-11"))
    d5 = documents(cli, c5, ["summons1", "bap", "lhp", "sk", "receipt"], tmp_path)
    assert d5["sk"]["title"] == "Keputusan Kepala Unit Kerja"
    for cid in (c1, c2, c3, c4, c5):
        assert ok(cli("case", "show", cid, "--json"))["state"] == "tindak_lanjut"
    assert cli("audit", "verify").code == 0


def test_catch_all_code_needs_written_classification(
    cli: CliRunner, roster: dict[str, str]
) -> None:
    c = intake(cli, "berat", "D17", "2025-03-17")
    ok(cli("case", "advance", c, "--to", "pengecekan"))
    ok(cli("case", "advance", c, "--to", "verifikasi"))
    ok(cli("case", "advance", c, "--to", "validasi", "--proven", "D17"))
    bad = cli("case", "recommend", c)
    assert bad.code == 2 and "klasifikasi tertulis" in bad.err
    short = cli("case", "classify", c, "--code", "D17", "--basis", "UU 10/2016 Pasal 71",
                "--text", "pendek", "--level", "berat")  # fmt: skip
    assert short.code == 2
    ok(cli("case", "classify", c, "--code", "D17", "--basis", "UU 10/2016 Pasal 71 ayat (1)",
           "--text", "Menggunakan program bantuan desa untuk mengarahkan pilihan.",
           "--level", "berat"))  # fmt: skip
    rec = ok(cli("case", "recommend", c, "--json"))
    assert (
        rec["output"]["level"] == "berat"
        and rec["input"]["classifications"]["D17"]["level"] == "berat"
    )
    assert "U-CATCHALL" in rec["output"]["unconfirmed"]
    assert cli("case", "classify", c, "--code", "D7", "--basis", "x", "--text", "y" * 30).code == 2


def test_illegal_steps_exit_2_with_reason(
    cli: CliRunner, roster: dict[str, str], tmp_path: Path
) -> None:
    c = intake(cli, "sedang", "D13", "2025-03-17")
    early = cli("case", "team", c, "--member", member("camat", "atasan_langsung"))
    assert early.code == 2 and "tahap" in early.err  # before the recommendation stage
    to_recommendation(cli, c, "D13")
    assert cli("case", "absent", c).code == 2  # no summons yet
    bad = cli("case", "team", c, "--member", "Tanpa Peran|123|ketua2")
    assert bad.code == 2 and "Peran" in bad.err
    doc = cli("case", "document", c, "--kind", "bap", "--out", str(tmp_path / "x.pdf"))
    assert doc.code == 2 and "berita acara" in doc.err and not (tmp_path / "x.pdf").exists()
    assert cli("case", "bundle", c, "--out", str(tmp_path / "b")).code == 2
    assert not (tmp_path / "b").exists()
    assert cli("case", "lhp", c, "--conclusion", "Terbukti melakukan.").code == 2  # no BAP
    ok(cli("case", "schedule", c, "--summons", "2025-03-26", "--examination", "2025-04-15"))
    both = cli(
        "case", "bap", c, "--qa", qa_file(tmp_path), "--strokes-examiner", strokes(tmp_path, 1)
    )
    assert both.code == 2  # neither signature nor refusal for the examined person
