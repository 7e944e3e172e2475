"""Demo signing data: an election, the Moa Lakor apel, most signed, two refused; chains intact."""

from __future__ import annotations

from pathlib import Path

from desktop import demo
from desktop.services import audit, signing
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup


def test_demo_office_has_a_signed_apel(tmp_path: Path) -> None:
    ctx = AppContext.open(tmp_path / "demo")
    try:
        summary = demo.populate(ctx, employees=24)
        assert "penandatanganan" in summary
        events = signing_setup.list_events(ctx)
        assert [e.name for e in events] == ["Apel Netralitas ASN Kecamatan Moa Lakor"]
        event = events[0]
        assert event.place == "Tiakur" and str(event.event_date) == "2024-09-30"
        assert [w["position"] for w in event.witnesses] == [
            "Camat Moa Lakor",
            "Ketua Panwaslu Kecamatan Moa Lakor",
        ]
        whole = signing.progress(ctx, event.id)[0]
        assert whole.refused == 2 and whole.signed >= whole.total - 4 and whole.unsigned >= 1
        records = signing.list_records(ctx, event.id)
        hashes = {r.image_sha256 for r in records if r.kind == "signed"}
        assert len(hashes) == whole.signed  # every person signs with a different hand
        assert audit.verify(ctx).ok
        again = demo.populate(ctx, employees=24)  # topping up the demo changes nothing here
        assert "tidak diubah" in again["penandatanganan"]
    finally:
        ctx.close()
