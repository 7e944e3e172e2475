"""Issue 16, the examination tab of the case page (pytest-qt, offscreen): the team from the
roster with a rank warning, a BAP signed on two pads with the examined person refusing, the
LHP, a document printed through Qt's printing path to a PDF file whose QR decodes and
verifies, and the I'DIS/SIASN bundle written to a chosen folder."""

from __future__ import annotations

from desktop.services import case_exam
from desktop.services.context import AppContext
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
    state = case_exam.exam_state(ctx, c)
    assert [m["role"] for m in state["bap_signers"]] == [
        "atasan_langsung",
        "inspektorat",
        "bkpsdm",
    ]
    assert state["catch_all"] == []
    d = intake(cli, "sedang", "D17", "2025-03-17")
    state = case_exam.exam_state(ctx, d)
    assert state["catch_all"] == [{"code": "D17", "classification": None}]
    ok(cli("case", "advance", d, "--to", "pengecekan"))
    ok(cli("case", "classify", d, "--code", "D17", "--basis", "UU 10/2016 Pasal 71 ayat (1)",
           "--text", "Menggunakan program bantuan desa untuk mengarahkan pilihan.",
           "--level", "berat"))  # fmt: skip
    state = case_exam.exam_state(ctx, d)
    assert state["catch_all"][0]["classification"]["level"] == "berat"
