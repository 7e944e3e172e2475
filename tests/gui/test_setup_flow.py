"""The set-up wizard's rules as a plain object: no Qt here."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import NetraError
from desktop.services.context import AppContext
from desktop.services.setup_flow import SetupFlow


def filled() -> SetupFlow:
    return SetupFlow(
        code="81.08.06",
        name="Kecamatan Wetar",
        kabupaten_code="81.08",
        kabupaten_name="Maluku Barat Daya",
        place="Ilwaki",
        admin_username="admin",
        admin_full_name="Yohanis Letelay",
        password="rahasia-123",
        password_again="rahasia-123",
    )


def test_an_empty_flow_cannot_leave_the_first_step() -> None:
    flow = SetupFlow()
    assert not flow.can_advance("identity")
    assert any("Kode kantor" in p for p in flow.problems("identity"))
    assert any("Nama kantor" in p for p in flow.problems("identity"))


def test_identity_rules() -> None:
    flow = filled()
    assert flow.problems("identity") == []
    flow.code = "81.09.06"
    assert any("tidak berada di kabupaten" in p for p in flow.problems("identity"))
    flow.code = "8108"
    assert not flow.can_advance("identity")


def test_kabupaten_code_is_suggested_from_the_office_code() -> None:
    assert SetupFlow(code="81.08.06").suggested_kabupaten_code() == "81.08"
    assert SetupFlow(code="81.0").suggested_kabupaten_code() == ""


def test_region_step_needs_zone_paper_and_place() -> None:
    flow = filled()
    assert flow.can_advance("region")
    flow.timezone, flow.paper, flow.place = "Europe/Paris", "letter", " "
    assert len(flow.problems("region")) == 3
    flow.timezone = "WIT"
    assert len(flow.problems("region")) == 3  # the widget stores IANA names only


def test_letterhead_defaults_and_logo_checks(tmp_path: Path) -> None:
    flow = filled()
    assert flow.effective_letterhead() == [
        "PEMERINTAH KABUPATEN MALUKU BARAT DAYA",
        "KECAMATAN WETAR",
    ]
    assert flow.can_advance("letterhead")
    flow.logo_path = str(tmp_path / "missing.png")
    assert any("tidak ditemukan" in p for p in flow.problems("letterhead"))
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    flow.logo_path = str(text)
    assert any("PNG atau JPEG" in p for p in flow.problems("letterhead"))
    text.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 10)
    assert flow.can_advance("letterhead")
    flow.letterhead = [f"baris {i}" for i in range(6)]
    assert any("paling banyak 5" in p for p in flow.problems("letterhead"))


def test_admin_step_checks_passwords() -> None:
    flow = filled()
    assert flow.can_advance("admin")
    flow.password_again = "rahasia-124"
    assert flow.problems("admin") == ["Kedua kata sandi tidak sama."]
    flow.password = flow.password_again = "pendek"
    assert not flow.can_advance("admin")
    flow.password = flow.password_again = "rahasia-123"
    flow.admin_username = "a b"
    assert not flow.can_advance("admin")


def test_summary_collects_every_step() -> None:
    flow = filled()
    assert flow.can_advance("summary")
    flow.place = ""
    assert not flow.can_advance("summary")
    labels = dict(filled().summary_lines())
    assert labels["Zona waktu"] == "WIT (Asia/Jayapura)"
    with pytest.raises(KeyError):
        flow.problems("nowhere")


def test_finish_creates_the_office(empty_ctx: AppContext) -> None:
    info = filled().finish(empty_ctx)
    assert info.code == "81.08.06"
    assert info.letterhead[-1] == "KECAMATAN WETAR"
    assert empty_ctx.is_initialised()
    with pytest.raises(NetraError):
        filled().finish(empty_ctx)
