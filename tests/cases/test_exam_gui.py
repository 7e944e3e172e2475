"""Issue 16, the examination tab of the case page (pytest-qt, offscreen): the team from the
roster with a rank warning, a BAP signed on two pads with the examined person refusing, the
LHP, a document printed through Qt's printing path to a PDF file whose QR decodes and
verifies, and the I'DIS/SIASN bundle written to a chosen folder."""

from __future__ import annotations

import base64
import json
import subprocess
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QDate, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.domain import verification
from desktop.services.cases import exam as case_exam
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from desktop.services.printing import case_verification
from desktop.ui import pdf_print
from desktop.ui.cases.bap_dialog import BapDialog
from desktop.ui.cases.dialogs import ReceiptDialog
from desktop.ui.cases.exam_dialogs import LhpDialog, TeamDialog
from desktop.ui.cases.view import CaseView
from desktop.ui.context import UiContext
from desktop.ui.printing.verify_dialog import VerifyDialog
from desktop.ui.signing.signature_pad import PAD_HEIGHT, PAD_WIDTH, SignaturePad
from tests.cases.test_exam_e2e import PEOPLE, roster  # noqa: F401  (fixture)
from tests.conftest import CliRunner


def test_exam_state_names_bap_signers_and_catch_all_codes(
    cli: CliRunner,
    ctx: AppContext,
    roster: dict[str, str],  # noqa: F811
) -> None:
    """What the tab needs from the service: the BAP signers in the order ``record_bap`` takes
    the examiners' strokes, and the catch-all codes with their written classification."""
    from tests.cases.test_exam_e2e import intake, member, ok, to_recommendation

    c = intake(cli, "berat", "D7", "2025-03-17")
    to_recommendation(cli, c, "D7")
    ok(cli("case", "team", c, "--member", member("bkpsdm", "bkpsdm"), "--member",
           member("inspektur", "inspektorat"), "--member", member("camat", "atasan_langsung")))  # fmt: skip
    state = case_exam.exam_state(ctx, c).to_json()
    assert [m["role"] for m in state["bap_signers"]] == [
        "atasan_langsung",
        "inspektorat",
        "bkpsdm",
    ]
    assert state["catch_all"] == []
    d = intake(cli, "sedang", "D17", "2025-03-17")
    state = case_exam.exam_state(ctx, d).to_json()
    assert state["catch_all"] == [{"code": "D17", "classification": None}]
    ok(cli("case", "advance", d, "--to", "pengecekan"))
    ok(cli("case", "classify", d, "--code", "D17", "--basis", "UU 10/2016 Pasal 71 ayat (1)",
           "--text", "Menggunakan program bantuan desa untuk mengarahkan pilihan.",
           "--level", "berat"))  # fmt: skip
    state = case_exam.exam_state(ctx, d).to_json()
    assert state["catch_all"][0]["classification"]["level"] == "berat"


# ---------------------------------------------------------------------------- GUI
def settle(qtbot: QtBot, ui: UiContext) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=20_000)
        qtbot.wait(30)


def draw(qtbot: QtBot, pad: SignaturePad, seed: int) -> None:
    """A signature drawn with the mouse: three zigzag strokes across the pad's box."""
    scale = min(pad.width() / PAD_WIDTH, pad.height() / PAD_HEIGHT)
    ox, oy = (pad.width() - PAD_WIDTH * scale) / 2, (pad.height() - PAD_HEIGHT * scale) / 2

    def at(x: float, y: float) -> QPointF:
        return QPointF(ox + x * scale, oy + y * scale)

    def send(kind: QEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind, point, point, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(pad, event)

    for stroke in range(3):
        x0 = 120 + stroke * 220 + seed * 7
        points = [(x0 + i * 12, 80 + (150 if i % 2 else 0) + seed) for i in range(16)]
        send(QEvent.Type.MouseButtonPress, at(*points[0]), Qt.MouseButton.LeftButton)
        for p in points[1:]:
            send(QEvent.Type.MouseMove, at(*p), Qt.MouseButton.LeftButton)
        send(QEvent.Type.MouseButtonRelease, at(*points[-1]), Qt.MouseButton.NoButton)
    assert pad.stroke_count() == 3


def open_case(qtbot: QtBot, ui: UiContext, case_id: str) -> CaseView:
    view = CaseView(ui)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.load(case_id)
    settle(qtbot, ui)
    view.tabs.setCurrentWidget(view.exam)
    return view


class PdfFileDialog(QPrintDialog):
    """Qt's print dialog where the user picks 'Print to file (PDF)' and presses Print."""

    target: Path

    def exec(self) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(300)  # a printer's; at 150 dpi Qt's JPEG blurs 0.4 mm modules
        return int(QPrintDialog.DialogCode.Accepted.value)


def test_examination_tab_team_bap_lhp_print_and_bundle(
    qtbot: QtBot,
    ui: UiContext,
    cli: CliRunner,
    ctx: AppContext,
    roster: dict[str, str],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.cases.test_exam_e2e import intake, ok, to_recommendation

    c = intake(cli, "berat", "D7", "2025-03-17")
    to_recommendation(cli, c, "D7")
    ok(cli("case", "schedule", c, "--summons", "2025-03-26", "--examination", "2025-04-15"))
    view = open_case(qtbot, ui, c)
    tab = view.exam
    assert view.tabs.tabText(view.tabs.indexOf(tab)) in ("Examination", "Pemeriksaan")
    assert tab.buttons["team"].isEnabled() and not tab.buttons["receipt"].isEnabled()

    # ---- the team, from the roster; a member lower in rank is a warning, not a refusal
    dialog = tab.open_team()
    assert isinstance(dialog, TeamDialog)
    for text, role in (("Letelay", "atasan_langsung"), ("Watunglawar", "inspektorat"),
                       ("Kainama", "bkpsdm")):  # fmt: skip
        dialog.picker.search.setText(text)
        dialog.picker.search_roster()
        settle(qtbot, ui)
        assert dialog.picker.matches.count() == 1
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.add_member()
    assert dialog.table.rowCount() == 3
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.save()
    settle(qtbot, ui)
    assert "Ruben Kainama" in tab.status.text() and "lebih rendah" in tab.status.text()
    assert [m["role"] for m in (tab._state().team or {})["members"]] == [
        "atasan_langsung", "inspektorat", "bkpsdm"
    ]  # fmt: skip
    assert "lebih rendah" in tab.view.toPlainText()

    # ---- the BAP: questions typed, two examiners sign on their pads, the person refuses
    bap = tab.open_bap()
    assert isinstance(bap, BapDialog)
    assert len(bap.examiner_boxes) == 3  # one pad per examiner, plus the examined person's
    bap.qa.setItem(0, 1, QTableWidgetItem("Benar."))
    bap.qa.setItem(1, 1, QTableWidgetItem("Saya mengunggah foto bersama calon."))
    bap.tabs.setCurrentIndex(1)
    qtbot.waitExposed(bap)
    draw(qtbot, bap.examiner_boxes[0].pad, 1)
    draw(qtbot, bap.examiner_boxes[2].pad, 2)
    bap.examined_box.refused.setChecked(True)
    bap.save()  # the second examiner has not signed: refused by the form, nothing stored
    assert "Frans Watunglawar" in bap.message.text()
    bap.examiner_boxes[2].pad.clear()
    draw(qtbot, bap.examiner_boxes[1].pad, 3)
    bap.examined_box.reason.setText("Tidak bersedia.")
    with qtbot.waitSignal(bap.accepted, timeout=20_000):
        bap.save()
    settle(qtbot, ui)
    state = tab._state().to_json()
    kinds = [(s["role"], s["kind"]) for s in state["bap"]["signatures"]]
    assert kinds == [("examiner", "signed"), ("examiner", "signed"), ("examined", "refused")]
    assert state["bap"]["qa"][1]["answer"] == "Saya mengunggah foto bersama calon."

    # ---- an illegal step shows the service's Indonesian reason in the form
    absent = tab.open_absence()
    absent.save()
    settle(qtbot, ui)
    assert absent.isVisible() and "Berita acara pemeriksaan sudah dicatat" in absent.message.text()
    absent.reject()

    # ---- the LHP
    lhp = tab.open_lhp()
    assert isinstance(lhp, LhpDialog)
    lhp.conclusion.setPlainText("Terbukti mengunggah foto bersama calon.")
    with qtbot.waitSignal(lhp.accepted, timeout=20_000):
        lhp.save()
    settle(qtbot, ui)
    assert (tab._state().lhp or {})["conclusion"] == "Terbukti mengunggah foto bersama calon."

    # ---- the BAP printed through Qt's print path to a PDF file; its QR decodes and verifies
    tab.kind.setCurrentIndex(tab.kind.findData("bap"))
    tab.make_button.click()
    settle(qtbot, ui)
    assert tab.docs.rowCount() == 1
    tab.docs.selectRow(0)
    printed = tmp_path / "printed.pdf"
    PdfFileDialog.target = printed
    monkeypatch.setattr(pdf_print, "QPrintDialog", PdfFileDialog)
    tab.print_button.click()
    settle(qtbot, ui)
    assert printed.read_bytes().startswith(b"%PDF-")
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-f", "1", "-l", "1",
                    str(printed), str(tmp_path / "page")], check=True)  # fmt: skip
    png = next(tmp_path.glob("page-*.png"))
    qr = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True,
                        check=True).stdout.strip()  # fmt: skip
    checked = case_verification.verify_document(ctx, qr)
    assert checked["valid"] and checked["document"]["kind"] == "bap", checked

    # ---- saved through fileio; the decision, its delivery from the tab, then the bundle
    saved = tmp_path / "out" / "bap.pdf"
    tab.save_document(tab.selected_document() or {}, saved)
    settle(qtbot, ui)
    assert saved.read_bytes() == tab.last_pdf.read_bytes()  # type: ignore[union-attr]
    case_sanctions.decide(ctx, c, "7", "800/12/BKPSDM/2025", date(2025, 5, 5), "Bupati")
    view.load(c)
    settle(qtbot, ui)
    assert tab.buttons["receipt"].isEnabled()
    receipt = tab.open_receipt()
    assert isinstance(receipt, ReceiptDialog)
    receipt.delivered.setDate(QDate(2025, 5, 8))
    receipt.by_post.setChecked(True)
    receipt.save()  # by post without the tracking number: the service's reason
    settle(qtbot, ui)
    assert "nomor resi" in receipt.message.text()
    receipt.post_number.setText("RR123456789ID")
    with qtbot.waitSignal(receipt.accepted, timeout=20_000):
        receipt.save()
    settle(qtbot, ui)
    assert (tab._state().receipt or {})["method"] == "pos"
    assert tab.bundle_button.isEnabled()
    tab.write_bundle(tmp_path / "idis")
    settle(qtbot, ui)
    folder = next((tmp_path / "idis").iterdir())
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))[0]
    assert index["sk_number"] == "800/12/BKPSDM/2025" and index["nip"] == PEOPLE["berat"][0]
    assert {"03-berita-acara-pemeriksaan.pdf", "04-laporan-hasil-pemeriksaan.pdf",
            "05-keputusan.pdf", "index.csv"} <= {p.name for p in folder.iterdir()}  # fmt: skip
    assert "I'DIS/SIASN" in tab.status.text()


# ---------------------------------------------------------------------------- QR record kind
def _signed(kind: int) -> tuple[str, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    payload = verification.make_payload(
        str(uuid.uuid4()),
        "198801012012011001",
        datetime(2025, 5, 5, 3, 0, tzinfo=UTC),
        "ab" * 32,
        "cd" * 32,
        "81.08.06",
        kind=kind,
    )
    signed = verification.with_signature(payload, key.sign(verification.message(payload)))
    return verification.encode(signed), key


def test_qr_layout_keeps_pacts_at_version_1_and_marks_case_documents() -> None:
    pact, _ = _signed(verification.KIND_PACT)
    raw = base64.b32decode(pact[len("NETRA1") :] + "=" * (-len(pact[6:]) % 8))
    assert raw[0] == 1  # a pact's code is byte for byte the layout-1 code older Netras read
    assert verification.parse(pact).kind == verification.KIND_PACT
    doc, key = _signed(verification.KIND_CASE_DOCUMENT)
    raw = base64.b32decode(doc[len("NETRA1") :] + "=" * (-len(doc[6:]) % 8))
    assert raw[:2] == bytes([2, 1])
    parsed = verification.parse(doc)
    assert parsed.kind == verification.KIND_CASE_DOCUMENT and parsed.office_code == "81.08.06"
    # the kind is signed: the same code read as a pact no longer carries a valid signature
    as_pact = replace(parsed, kind=verification.KIND_PACT)
    key.public_key().verify(parsed.signature, verification.message(parsed))
    with pytest.raises(InvalidSignature):
        key.public_key().verify(parsed.signature, verification.message(as_pact))
    unknown = bytes([2, 7]) + raw[2:]
    with pytest.raises(verification.PayloadError) as exc:
        verification.parse("NETRA1" + base64.b32encode(unknown).decode().rstrip("="))
    assert "jenis rekaman 7" in exc.value.reason_id


def test_pact_verify_and_the_verify_dialog_recognise_a_case_document(
    qtbot: QtBot,
    ui: UiContext,
    cli: CliRunner,
    ctx: AppContext,
    roster: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    from tests.cases.test_exam_e2e import intake, ok, to_recommendation

    c = intake(cli, "sedang", "D13", "2025-03-17")
    to_recommendation(cli, c, "D13")
    ok(cli("case", "schedule", c, "--summons", "2025-03-26", "--examination", "2025-04-15"))
    doc = ok(cli("case", "document", c, "--kind", "summons1", "--out",
                 str(tmp_path / "s1.pdf"), "--json"))  # fmt: skip
    assert verification.parse(doc["qr_text"]).kind == verification.KIND_CASE_DOCUMENT
    res = cli("pact", "verify", doc["qr_text"], "--json")
    assert res.code == 0, res.err + res.out
    out = res.json()
    assert isinstance(out, dict)
    assert out["valid"] and out["signature_checked"] and out["document_kind"] == "summons1"
    assert out["reasons"][0].startswith("Dokumen perkara summons1 nomor 81.08.06/2025/")
    assert "tidak ada di basis data" not in " ".join(out["reasons"])
    short = cli("pact", "verify", doc["short_code"], "--json").json()
    assert isinstance(short, dict) and short["valid"] and short["status"] == "valid_database_only"
    assert short["document_kind"] == "summons1" and not short["signature_checked"]
    text = cli("pact", "verify", doc["qr_text"]).out
    assert "dokumen perkara Surat Panggilan I nomor 81.08.06/2025/" in text
    # netra case verify still answers for the document (its own checks on top)
    again = ok(cli("case", "verify", doc["qr_text"], "--json"))
    assert again["valid"] and again["document"]["kind"] == "summons1"
    # and a pact's code is still a pact: not found here, signature only, no document named
    pact, _ = _signed(verification.KIND_PACT)
    assert cli("pact", "verify", pact, "--json").json()["document_kind"] == ""  # type: ignore[index]

    dialog = VerifyDialog(ui)
    qtbot.addWidget(dialog)
    dialog.code.setText(doc["qr_text"])
    dialog.check()
    settle(qtbot, ui)
    shown = dialog.fields["document"].text()
    assert "81.08.06/2025/" in shown and dialog.form.isRowVisible(dialog.fields["document"])
    assert "Surat Panggilan I" in shown
