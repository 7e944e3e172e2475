"""The strict parser: every malformed package is rejected with a reason code before anything
is applied (Electrum's PSBT rules)."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.canonical import canonical_json
from desktop.services import identity, sync
from desktop.sync import format as fmt
from desktop.sync.rowset import RowSet
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import seed_office, sign

WETAR = "81.08.06"


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Net]:
    """Only the hub and one office: the parser does not need more."""
    network = build_net(tmp_path, [WETAR])
    yield network
    network.close()


@pytest.fixture
def package(net: Net) -> Path:
    office = net.offices[WETAR]
    sign(office, seed_office(office, 2))
    [result] = sync.export(office, net.usb())
    return result.path


def _rejected(net: Net, path: Path, data: bytes, reason: str) -> sync.ImportOutcome:
    target = path.with_name(f"bad-{reason}.{fmt.EXTENSION}")
    target.write_bytes(data)
    before = sync.status(net.hub).peers
    out = sync.import_file(net.hub, target)
    assert out.status == "rejected", out.to_json()
    assert out.reason == reason, out.to_json()
    assert out.message.startswith("Paket ditolak")
    assert sync.status(net.hub).peers == before  # nothing applied
    return out


def _split(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    (mlen,) = struct.unpack_from(">I", data, len(fmt.MAGIC) + 2)
    end = fmt.PREFIX_LEN + mlen
    return json.loads(data[fmt.PREFIX_LEN : end]), data[end : end + 64], data[end + 64 :]


def _resign(
    net: Net,
    manifest: dict[str, Any],
    body: bytes,
    version: int = fmt.FORMAT_VERSION,
    raw_manifest: bytes | None = None,
) -> bytes:
    """A package with a changed manifest, validly signed by the office (an insider attack or
    a buggy other implementation)."""
    keys = identity.load(net.offices[WETAR].keys_dir)
    mbytes = raw_manifest if raw_manifest is not None else canonical_json(manifest)
    head = fmt.MAGIC + fmt.HEADER.pack(version, len(mbytes)) + mbytes
    return head + keys.signing.sign(head) + body


def _crafted(net: Net, parts: list[tuple[str, bytes]], counts: dict[str, int]) -> bytes:
    """A well-formed, signed and encrypted package with the given parts."""
    office, hub = net.offices[WETAR], net.hub
    keys = identity.load(office.keys_dir)
    with office.read() as s:
        me = office.office(s)
        sender = {
            "code": me.code,
            "name": me.name,
            "kabupaten_code": me.kabupaten_code,
            "role": me.role,
            "signing_key": me.signing_public_key,
            "box_key": me.box_public_key,
        }
    with hub.read() as s:
        box = hub.office(s).box_public_key
    manifest = {
        "kind": "package",
        "package_id": "p-" + str(len(parts)),
        "created_at": "x",
        "app_version": "t",
        "from": sender,
        "to": {"code": "81.08", "box_key": box},
        "seq": 9,
        "full": True,
        "counts": counts,
        "acknowledged": {"revision": 0, "chains": {}, "seq": 0},
        "received": {"revision": 0, "chains": {}, "seq": 0},
    }
    return fmt.build(manifest, parts, keys.signing, box).data


def test_a_valid_package_is_applied(net: Net, package: Path) -> None:
    assert sync.import_file(net.hub, package).status == "applied"


def test_wrong_magic(net: Net, package: Path) -> None:
    data = package.read_bytes()
    _rejected(net, package, b"PK\x03\x04" + data[4:], "wrong_magic")
    out = _rejected(net, package, b"NETRA-BACKUP\x00\x01" + data[14:], "wrong_magic")
    assert "cadangan" in out.message


def test_newer_format_version_says_update_netra(net: Net, package: Path) -> None:
    data = bytearray(package.read_bytes())
    data[len(fmt.MAGIC) : len(fmt.MAGIC) + 2] = struct.pack(">H", fmt.FORMAT_VERSION + 1)
    out = _rejected(net, package, bytes(data), "newer_format")
    assert "perbarui Netra di laptop lain" in out.message


@pytest.mark.parametrize("cut", [5, 20, 200, -1, -100, -5000])
def test_truncated_file(net: Net, package: Path, cut: int) -> None:
    data = package.read_bytes()
    _rejected(net, package, data[:cut], "truncated")


def test_trailing_bytes(net: Net, package: Path) -> None:
    _rejected(net, package, package.read_bytes() + b"\x00", "trailing_bytes")


def test_one_flipped_byte_anywhere_is_rejected(net: Net, package: Path) -> None:
    data = package.read_bytes()
    manifest, _, _ = _split(data)
    mlen = len(canonical_json(manifest))
    sig_at = fmt.PREFIX_LEN + mlen
    for offset, reasons in (
        (len(data) - 10, {"hash_mismatch"}),
        (sig_at + 3, {"bad_signature"}),
        (
            fmt.PREFIX_LEN + mlen // 2,
            {
                "bad_signature",
                "bad_json",
                "bad_manifest",
                "hash_mismatch",
                "count_mismatch",
                "not_for_us",
                "not_enrolled",
                "key_mismatch",
            },
        ),
    ):
        flipped = bytearray(data)
        flipped[offset] ^= 0x01
        target = package.with_name("flip.netrasync")
        target.write_bytes(bytes(flipped))
        out = sync.import_file(net.hub, target)
        assert out.status == "rejected" and out.reason in reasons, (offset, out.to_json())


def test_duplicate_key_in_manifest(net: Net, package: Path) -> None:
    data = package.read_bytes()
    manifest, _, body = _split(data)
    raw = canonical_json(manifest)
    raw = raw[:-1] + b',"seq":1}'
    _rejected(net, package, _resign(net, manifest, body, raw_manifest=raw), "duplicate_key")


def test_duplicate_part(net: Net, package: Path) -> None:
    data = package.read_bytes()
    manifest, _, body = _split(data)
    manifest["parts"].append(manifest["parts"][0])
    _rejected(net, package, _resign(net, manifest, body), "duplicate_part")


@pytest.mark.parametrize(
    "bad",
    ["../../evil.json", "/etc/passwd", "rows/../x.json", "C:\\x", "blobs/..", "rows/Employee.json"],
)
def test_bad_paths(net: Net, package: Path, bad: str) -> None:
    data = package.read_bytes()
    manifest, _, body = _split(data)
    manifest["parts"][0]["path"] = bad
    _rejected(net, package, _resign(net, manifest, body), "bad_path")


def test_part_larger_than_its_limit(net: Net, package: Path) -> None:
    data = package.read_bytes()
    manifest, _, body = _split(data)
    blob = next(p for p in manifest["parts"] if p["path"].startswith("blobs/"))
    blob["size"] = fmt.MAX_BLOB_PART + 1
    _rejected(net, package, _resign(net, manifest, body), "part_too_large")


def test_expanded_size_out_of_proportion(net: Net, package: Path) -> None:
    data = package.read_bytes()
    manifest, _, body = _split(data)
    extra = fmt.EXPANSION_RATIO * len(data) + fmt.EXPANSION_SLACK
    manifest["parts"][0]["size"] += extra
    manifest["payload"]["expanded_size"] += extra
    _rejected(net, package, _resign(net, manifest, body), "expansion")


def test_counts_that_disagree_with_the_manifest(net: Net, package: Path) -> None:
    data = package.read_bytes()
    manifest, _, body = _split(data)
    manifest["counts"]["blob"] += 1
    _rejected(net, package, _resign(net, manifest, body), "count_mismatch")
    # Rows: the manifest is consistent but the rows part holds one row fewer than counted.
    rows = RowSet("election", "versioned", ["id"], [["a"]], [0]).encode()
    crafted = _crafted(net, [("rows/election.json", rows)], {"election": 2, "blob": 0})
    _rejected(net, package, crafted, "count_mismatch")


def test_hash_of_a_part_that_does_not_match(net: Net, package: Path) -> None:
    data = package.read_bytes()
    manifest, _, body = _split(data)
    manifest["parts"][0]["sha256"] = "0" * 64
    _rejected(net, package, _resign(net, manifest, body), "hash_mismatch")


def test_duplicate_row_in_a_part(net: Net, package: Path) -> None:
    rows = RowSet(
        "election", "versioned", ["id", "name"], [["a", "x"], ["a", "y"]], [0, 0]
    ).encode()
    crafted = _crafted(net, [("rows/election.json", rows)], {"election": 2, "blob": 0})
    _rejected(net, package, crafted, "duplicate_entry")


def test_unknown_table_or_column_from_a_newer_netra(net: Net, package: Path) -> None:
    rows = RowSet("drone", "versioned", ["id"], [["a"]], [0]).encode()
    _rejected(
        net,
        package,
        _crafted(net, [("rows/drone.json", rows)], {"drone": 1, "blob": 0}),
        "unknown_table",
    )
    rows = RowSet("election", "versioned", ["id", "warp"], [["a", 1]], [0]).encode()
    _rejected(
        net,
        package,
        _crafted(net, [("rows/election.json", rows)], {"election": 1, "blob": 0}),
        "unknown_column",
    )


def test_package_for_another_hub_or_from_a_stranger(
    net: Net, package: Path, tmp_path: Path
) -> None:
    from tests.sync.helpers import make_install

    stranger = make_install(tmp_path / "x", "81.08.09", "Kecamatan Asing")
    try:
        out = sync.import_file(stranger, package)
        assert out.status == "rejected" and out.reason == "not_for_us"
    finally:
        stranger.close()
    sync.revoke(net.hub, WETAR)
    out = sync.import_file(net.hub, package)
    assert out.status == "rejected" and out.reason == "revoked"


def test_not_a_file_at_all(net: Net, tmp_path: Path) -> None:
    out = sync.import_file(net.hub, tmp_path / "missing.netrasync")
    assert out.status == "rejected" and out.reason == "unreadable"


def test_fat32_limit_refused(monkeypatch: pytest.MonkeyPatch, net: Net) -> None:
    from desktop.domain.errors import NetraError

    monkeypatch.setattr(fmt, "FAT32_MAX", 1000)
    office = net.offices[WETAR]
    sign(office, seed_office(office, 2))
    with pytest.raises(NetraError) as info:
        sync.export(office, net.usb("small"))
    assert getattr(info.value, "reason", "") == "too_large_fat32"
    assert list(net.usb("small").iterdir()) == []


Mutator = Callable[[bytes], bytes]
