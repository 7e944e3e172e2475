"""Issue 13, anchored chains: heads signed in every package, checked at the hub, returned in
its receipt and kept by the office; deletions found at the office after the receipt came
back, and at the hub in any office's chain; a checkpoint file for an office not enrolled."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, text

from desktop.services import anchor as sync_anchor
from desktop.services import sync
from desktop.services.context import AppContext
from desktop.store.models import AuditEntry, SignatureRecord
from desktop.sync import format as fmt
from tests.sync.conftest import Net
from tests.sync.helpers import PASSWORD, make_install, seed_office, sign
from tests.sync.test_authority import applied, reseal

WETAR = "81.08.06"
MISMATCH = "rantai tidak cocok dengan tanda terima kabupaten"


def round_trip(net: Net, office: AppContext, folder: str) -> None:
    """The office's package to the hub, and the hub's answer back."""
    [p] = sync.export(office, net.usb(folder))
    applied(net.hub, p.path)
    [answer] = sync.export(net.hub, net.usb(folder + "-ans"), office=WETAR)
    applied(office, answer.path)


def problems(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.read() as s:
        return sync_anchor.anchor_problems(s)


def hub_problems(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.read() as s:
        return sync_anchor.hub_chain_problems(s)


def drop(ctx: AppContext, model: type[Any], origin: str, seqs: list[int]) -> None:
    with ctx.tx() as s:
        s.execute(delete(model).where(model.origin == origin, model.chain_seq.in_(seqs)))


def last_seq(ctx: AppContext, model: type[Any], origin: str) -> int:
    with ctx.read() as s:
        return int(
            s.scalar(text(f"SELECT MAX(chain_seq) FROM {model.__tablename__} WHERE origin = :o"),
                     {"o": origin}) or 0
        )  # fmt: skip


@pytest.fixture
def office(net: Net) -> AppContext:
    ctx = net.offices[WETAR]
    sign(ctx, seed_office(ctx, 4))
    return ctx


def test_manifest_carries_signed_heads_and_receipt_returns_them(net: Net, office: Any) -> None:
    [p] = sync.export(office, net.usb("1"))
    manifest = fmt.parse(p.path.read_bytes()).manifest
    heads = manifest["heads"]
    assert heads["signature_record"]["seq"] == last_seq(office, SignatureRecord, WETAR) == 4
    assert heads["audit_entry"]["seq"] >= 1
    applied(net.hub, p.path)
    [answer] = sync.export(net.hub, net.usb("ans"), office=WETAR)
    applied(office, answer.path)
    with office.read() as s:
        acked = {
            r.chain: r.seq
            for r in s.execute(
                text("SELECT chain, seq FROM sync_anchor WHERE kind = 'acknowledged'")
            )
        }
    assert acked["signature_record"] == 4 and acked["audit_entry"] == heads["audit_entry"]["seq"]
    assert problems(office) == [] and hub_problems(net.hub) == []


def test_deleted_signature_at_the_office_is_reported_after_the_receipt(
    net: Net, office: Any
) -> None:
    round_trip(net, office, "1")
    # The last signature deleted together with its chain-head record: the office's own
    # checks cannot see it, the hub's receipt can.
    drop(office, SignatureRecord, WETAR, [4])
    with office.tx() as s:
        s.execute(text("DELETE FROM setting WHERE key = 'chain_head.signature_record'"))
    found = problems(office)
    assert [c for c, _ in found] == ["signature_record"]
    assert MISMATCH in found[0][1]


def test_deleted_newest_audit_entries_are_reported_after_the_receipt(net: Net, office: Any) -> None:
    round_trip(net, office, "1")
    with office.read() as s:
        acked = s.execute(
            text("SELECT seq FROM sync_anchor WHERE kind='acknowledged' AND chain='audit_entry'")
        ).scalar_one()
    last = last_seq(office, AuditEntry, WETAR)
    drop(office, AuditEntry, WETAR, list(range(acked - 4, last + 1)))
    found = problems(office)
    assert [c for c, _ in found] == ["audit_entry"] and MISMATCH in found[0][1]


def test_changed_and_rehashed_row_is_reported_after_the_receipt(net: Net, office: Any) -> None:
    from desktop.domain.canonical import chain_hash

    round_trip(net, office, "1")
    with office.tx() as s:
        row = s.scalars(select(SignatureRecord).where(SignatureRecord.chain_seq == 4)).one()
        row.operator = "palsu"
        row.sha256 = chain_hash(row.canonical_content(), row.prev_sha256)
    assert [c for c, _ in problems(office)] == ["signature_record"]


@pytest.mark.parametrize("where", ["middle", "end"])
def test_deleted_row_at_the_hub_is_reported_by_the_hubs_check(
    net: Net, office: Any, where: str
) -> None:
    round_trip(net, office, "1")
    assert hub_problems(net.hub) == []
    drop(net.hub, SignatureRecord, WETAR, [2 if where == "middle" else 4])
    found = hub_problems(net.hub)
    assert len(found) == 1 and found[0][0] == f"signature_record {WETAR}"
    assert ("#2" if where == "middle" else "#4") in found[0][1]


def test_a_shorter_chain_is_refused_at_the_hub(net: Net, office: Any) -> None:
    round_trip(net, office, "1")
    drop(office, SignatureRecord, WETAR, [3, 4])
    [p] = sync.export(office, net.usb("2"), full=True)
    out = sync.import_file(net.hub, p.path)
    assert out.status == "rejected" and out.reason == "chain_shortened", out.to_json()
    assert len(sync.status(net.hub).refusals) == 1


def test_a_resigned_chain_position_is_refused_at_the_hub(net: Net, office: Any) -> None:
    [p1] = sync.export(office, net.usb("1"))
    applied(net.hub, p1.path)
    # Restored from an older state: the last signature is gone (with its chain head) and
    # another signature takes its place.
    from desktop.services.records import head_key

    drop(office, SignatureRecord, WETAR, [4])
    with office.tx() as s:
        sha3 = s.scalar(select(SignatureRecord.sha256).where(SignatureRecord.chain_seq == 3))
        office.set_setting(s, head_key("signature_record"), [3, sha3])
    with office.read() as s:
        emp = s.scalars(select(SignatureRecord.employee_id)).first()
    from tests.sync.helpers import Seeded

    with office.read() as s:
        event = s.scalars(select(SignatureRecord.event_id)).first()
    assert emp is not None and event is not None
    sign(office, Seeded("", event, [emp]), [emp])
    [p2] = sync.export(office, net.usb("2"))
    out = sync.import_file(net.hub, p2.path)
    assert out.status == "rejected" and out.reason == "chain_head_mismatch", out.to_json()


def test_rows_beyond_the_signed_head_are_refused(net: Net, office: Any) -> None:
    [p] = sync.export(office, net.usb("1"))

    def lower(_t: dict[str, Any], _b: dict[str, bytes], m: dict[str, Any]) -> None:
        m["heads"]["signature_record"]["seq"] = 2

    out = sync.import_file(net.hub, reseal(p.path, office, net.hub, lower))
    assert out.status == "rejected" and out.reason == "chain_head_mismatch"


def test_a_package_without_heads_from_an_older_netra_still_applies(net: Net, office: Any) -> None:
    [p] = sync.export(office, net.usb("1"))

    def older(_t: dict[str, Any], _b: dict[str, bytes], m: dict[str, Any]) -> None:
        del m["heads"]

    applied(net.hub, reseal(p.path, office, net.hub, older))
    assert hub_problems(net.hub) == []
    [answer] = sync.export(net.hub, net.usb("ans"), office=WETAR)
    applied(office, answer.path)  # the hub still verified what it holds: anchored
    drop(office, SignatureRecord, WETAR, [4])
    assert [c for c, _ in problems(office)] == ["signature_record"]


def test_malformed_heads_are_refused(net: Net, office: Any) -> None:
    [p] = sync.export(office, net.usb("1"))

    def bad(_t: dict[str, Any], _b: dict[str, bytes], m: dict[str, Any]) -> None:
        m["heads"]["signature_record"]["sha256"] = "xyz"

    out = sync.import_file(net.hub, reseal(p.path, office, net.hub, bad))
    assert out.status == "rejected" and out.reason == "bad_manifest"


def test_out_of_order_packages_keep_their_anchors(net: Net, office: Any) -> None:
    [p1] = sync.export(office, net.usb("1"))
    with office.read() as s:
        first = s.execute(select(SignatureRecord.employee_id, SignatureRecord.event_id)).first()
    assert first is not None
    emp, event = first
    from tests.sync.helpers import Seeded

    sign(office, Seeded("", event, [emp]), [emp])
    [p2] = sync.export(office, net.usb("2"))
    applied(net.hub, p2.path)
    applied(net.hub, p1.path)
    assert hub_problems(net.hub) == []
    with net.hub.read() as s:
        verified = s.execute(
            text("SELECT seq FROM sync_anchor WHERE kind='verified' AND chain='signature_record'")
        ).scalar_one()
    assert verified == 5


def test_checkpoint_for_an_office_not_enrolled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli.main import main

    alone = make_install(tmp_path, "81.08.09", "Kecamatan Kisar Utara")
    sign(alone, seed_office(alone, 3))
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(["--data-dir", str(alone.data_dir), *argv])
            except SystemExit as exc:
                code = int(exc.code or 0)
        return code, out.getvalue(), err.getvalue()

    target = tmp_path / "titik-periksa.json"
    code, out, _ = run("sync", "checkpoint", "--out", str(target), "--json")
    assert code == 0
    info = json.loads(out)
    from desktop.domain.canonical import sha256_hex

    assert info["sha256"] == sha256_hex(target.read_bytes())
    assert info["heads"]["signature_record"]["seq"] == 3
    code, out, _ = run("sync", "checkpoint", "--out", str(tmp_path / "b.json"))
    assert code == 0 and "SHA-256:" in out
    assert run("sync", "checkpoint", "--check", str(target))[0] == 0
    drop(alone, SignatureRecord, "81.08.09", [3])
    code, out, _ = run("sync", "checkpoint", "--check", str(target))
    assert code == 1 and "signature_record" in out and "TIDAK COCOK" in out
    # A changed checkpoint file is refused by its signature, not believed.
    doc = json.loads(target.read_text("utf-8"))
    doc["body"]["heads"]["signature_record"]["seq"] = 2
    target.write_text(json.dumps(doc), "utf-8")
    code, _, err = run("sync", "checkpoint", "--check", str(target))
    assert code == 2 and "tanda tangan" in err and "Traceback" not in err
    alone.close()
