"""Issue 17 end to end, as a new user would run it: one office (81.08.06) with a main laptop
and three kiosk laptops in separate data folders, and the kabupaten hub.

90 people are on the office roster (imported on the main laptop from a CSV). The main laptop
makes the apel and writes an event kit; the kiosks import it and are enrolled at the main
laptop (``--kiosk``) and at the hub (``--additional-device``). The 90 people sign with real
strokes spread over the three kiosks, one of them on two kiosks. The kiosks' packages merge on
the main laptop, which relays them to the hub. The operator voids the later record of the
double signing; a kiosk is revoked (at the hub and at the main laptop) and its later package
refused while the other kiosks' are taken; a kiosk laptop is replaced from a backup and its
package accepted at the hub, whose chains verify.

Everything goes through the real CLI (in process, ``tests.sync.helpers.run``), from ``netra
init`` on: there is a command for every step. One scenario, built in stages (module-scoped
fixtures that record what each step printed); each test asserts one part.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import handwriting, passwords
from tests.builders import KABUPATEN
from tests.sync.helpers import HUB, PASSWORD, run, run_json

pytestmark = pytest.mark.slow  # one scenario of ~180 CLI calls: about 30 s

WETAR = ("81.08.06", "Kecamatan Wetar")
PEOPLE = 90
KIOSKS = ("kiosk1", "kiosk2", "kiosk3")
UNITS = ("Kantor Camat Wetar", "Puskesmas Ilwaki", "Desa Klis")
BACKUP_PASSPHRASE = "frasa-cadangan-apel"


def nip(i: int) -> str:
    """A valid NIP: born 1980-MM-DD, appointed 2005-01, male, number i+1."""
    return f"1980{i % 12 + 1:02d}{i % 28 + 1:02d}2005011{i + 1:03d}"


def strokes_file(folder: Path, seed: int) -> Path:
    """A real handwriting sample (the signing pad's strokes format), cut to two strokes to keep
    the packages small."""
    sample = handwriting.signature(random.Random(seed))
    sample["strokes"] = sample["strokes"][:2]
    path = folder / f"ttd-{seed}.json"
    path.write_text(json.dumps(sample), encoding="utf-8")
    return path


def ok(data: Path, *argv: str) -> Any:
    return run_json(data, *argv)


def refused(data: Path, *argv: str) -> tuple[int, Any, str]:
    code, out, err = run(data, *argv, "--json")
    return code, json.loads(out) if out.strip() else None, err


def init(folder: Path, code: str, name: str, role: str) -> Path:
    """``netra init``: a new installation (the administrator's password from NETRA_PASSWORD)."""
    ok(
        folder,
        "init",
        "--office-code",
        code,
        "--office-name",
        name,
        "--kabupaten-code",
        KABUPATEN[0],
        "--kabupaten-name",
        KABUPATEN[1],
        "--role",
        role,
        "--place",
        "Ilwaki",
        "--admin",
        "admin",
    )
    return folder


@dataclass
class Apel:
    base: Path
    hub: Path
    main: Path
    kiosks: dict[str, Path]
    stick: Path
    event_id: str = ""
    nips: list[str] = field(default_factory=list)
    device: dict[str, str] = field(default_factory=dict)  # laptop -> device code
    signed_on: dict[str, list[str]] = field(default_factory=dict)  # kiosk -> NIPs
    double_nip: str = ""
    steps: dict[str, Any] = field(default_factory=dict)  # what each step printed
    exports: int = 0

    def export(self, laptop: str, to: str) -> Path:
        """``netra sync export`` at ``laptop``; its package for ``to`` (``hub``, ``main`` or
        a kiosk's name)."""
        self.exports += 1
        out = self.stick / f"{self.exports:02d}-{laptop}"
        packages = ok(self.path(laptop), "sync", "export", "--out", str(out))["packages"]
        if to == "hub":
            names = [p["path"] for p in packages if p["to"] == HUB[0]]
        else:
            names = [p["path"] for p in packages if p.get("device") == self.device[to]]
        assert len(names) == 1, (laptop, to, packages)
        return Path(names[0])

    def deliver(self, laptop: str, to: str) -> dict[str, Any]:
        result: dict[str, Any] = ok(self.path(to), "sync", "import", str(self.export(laptop, to)))
        [one] = result["results"]
        assert one["status"] == "applied", one
        return one

    def path(self, laptop: str) -> Path:
        if laptop == "hub":
            return self.hub
        if laptop == "main":
            return self.main
        return self.kiosks[laptop]


def enrol(apel: Apel, at: str, laptop: str, *flags: str) -> Any:
    """``laptop`` asks, ``at`` enrols (comparing the fingerprint read to it), ``laptop``
    accepts the answer."""
    folder = apel.path(laptop)
    req = ok(folder, "sync", "enroll-request", "--out", str(apel.stick / f"{laptop}-{at}.req"))
    answer = apel.stick / f"{laptop}-{at}.ans"
    done = ok(
        apel.path(at),
        "sync",
        "enroll",
        req["path"],
        "--out",
        str(answer),
        "--fingerprint",
        req["fingerprint"],
        *flags,
    )
    ok(folder, "sync", "enroll-accept", str(answer))
    return done


def device_of(apel: Apel, laptop: str) -> str:
    listed = ok(apel.hub, "device", "list")["devices"]
    [row] = [d for d in listed if d["name"] == laptop]
    return str(row["device"])


@pytest.fixture(scope="module")
def apel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Apel]:
    """Stage 1: set up, sign on three kiosks, merge on the main laptop, relay to the hub."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NETRA_USER", "admin")
        mp.setenv("NETRA_PASSWORD", PASSWORD)
        mp.setenv("NETRA_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
        mp.delenv("NETRA_DATABASE_URL", raising=False)
        # Every CLI call logs in (scrypt); ~180 calls at the real work factor (2**15, 0.13 s
        # each) would double the module's time. The installations store a cheaper hash; the
        # login still checks it (the cost is read from the stored hash).
        mp.setattr(passwords, "N", 2**10)
        base = tmp_path_factory.mktemp("apel")
        folders = {}
        for name, code, title, role in (
            ("hub", HUB[0], HUB[1], "hub"),
            ("main", *WETAR, "office"),
            *((k, *WETAR, "office") for k in KIOSKS),
        ):
            folders[name] = init(base / name, code, title, role)
        stick = base / "usb"
        stick.mkdir()
        a = Apel(base, folders["hub"], folders["main"], {k: folders[k] for k in KIOSKS}, stick)
        for laptop in ("main", *KIOSKS):
            ok(a.path(laptop), "device", "name", laptop)
        ok(a.hub, "device", "name", "hub")

        # The main laptop is the office's first laptop at the hub.
        enrol(a, "hub", "main")
        a.device["main"] = device_of(a, "main")

        # The roster (90 people in three units) and the apel, on the main laptop.
        lines = ["NIP;NAMA;JABATAN;UNIT KERJA"]
        a.nips = [nip(i) for i in range(PEOPLE)]
        lines += [f"{n};Pegawai Wetar {i:02d};Staf;{UNITS[i % 3]}" for i, n in enumerate(a.nips)]
        sheet = base / "pegawai-wetar.csv"
        sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
        a.steps["roster"] = ok(a.main, "roster", "import", str(sheet))
        election = ok(a.main, "election", "add", "--name", "Pilkada 2026", "--date", "2026-11-27")
        event = ok(
            a.main,
            "event",
            "create",
            "--name",
            "Apel Netralitas ASN Kecamatan Wetar",
            "--election",
            election["id"],
            "--template",
            "pakta-netralitas-asn",
            "--date",
            "2026-10-01",
            "--place",
            "Ilwaki",
            "--unit",
            WETAR[0],
            "--witness",
            "Drs. Yohanis Letelay|Camat Wetar",
        )
        a.event_id = event["id"]
        kit = stick / "apel-wetar.netrakit"
        a.steps["kit"] = ok(a.main, "event", "kit", "--event", a.event_id, "--out", str(kit))

        # Kiosk 1 imports the kit before it knows the main laptop: refused until the operator
        # types the fingerprint the main laptop printed.
        a.steps["kit_unknown"] = refused(a.kiosks["kiosk1"], "event", "kit-import", str(kit))
        fp = a.steps["kit"]["signer"]["fingerprint"]
        a.steps["kit_import"] = {
            "kiosk1": ok(a.kiosks["kiosk1"], "event", "kit-import", str(kit), "--fingerprint", fp)
        }
        # Each kiosk enrolled at the main laptop and, as an additional laptop, at the hub.
        for k in KIOSKS:
            enrol(a, "main", k, "--kiosk")
            enrol(a, "hub", k, "--additional-device")
            a.device[k] = device_of(a, k)
        # Kiosks 2 and 3 know the main laptop now (their main): no fingerprint needed.
        for k in KIOSKS[1:]:
            a.steps["kit_import"][k] = ok(a.kiosks[k], "event", "kit-import", str(kit))
        a.steps["people_on_kiosks"] = {
            k: ok(a.kiosks[k], "pact", "list", "--event", a.event_id, "--unsigned") for k in KIOSKS
        }

        # The apel: 30 people on each kiosk, offline; person 0 (kiosk 1) signs again on
        # kiosk 2 later, which cannot know.
        for i, n in enumerate(a.nips):
            k = KIOSKS[i % 3]
            a.signed_on.setdefault(k, []).append(n)
        a.double_nip = a.nips[0]
        pads = {k: strokes_file(base, seed) for seed, k in enumerate(KIOSKS)}
        for k in KIOSKS:
            for n in a.signed_on[k]:
                ok(a.kiosks[k], "pact", "sign", "--event", a.event_id, "--nip", n,
                   "--strokes", str(pads[k]))  # fmt: skip
        ok(a.kiosks["kiosk2"], "pact", "sign", "--event", a.event_id, "--nip", a.double_nip,
           "--strokes", str(strokes_file(base, 9)))  # fmt: skip

        # Merge on the main laptop (by USB), then the main laptop relays to the hub.
        a.steps["to_main"] = {k: a.deliver(k, "main") for k in KIOSKS}
        a.steps["main_progress"] = ok(a.main, "event", "progress", "--event", a.event_id)
        a.steps["main_doubles"] = ok(a.main, "pact", "doubles", "--event", a.event_id)
        a.steps["to_hub"] = a.deliver("main", "hub")
        a.steps["hub_coverage"] = ok(a.hub, "hub", "coverage")
        a.steps["hub_doubles"] = ok(a.hub, "pact", "doubles", "--event", a.event_id)
        yield a


def test_every_kiosk_shows_the_same_90_people_from_the_kit(apel: Apel) -> None:
    assert apel.steps["roster"]["created"] == PEOPLE
    assert apel.steps["kit"]["people"] == PEOPLE
    code, doc, err = apel.steps["kit_unknown"]
    assert code == 2 and doc["code"] == "kit_unknown_signer", (code, doc, err)
    imported = apel.steps["kit_import"]
    assert imported["kiosk1"]["status"] == "imported" and imported["kiosk1"]["trusted_now"]
    for k in KIOSKS[1:]:
        assert imported[k]["status"] == "imported" and not imported[k]["trusted_now"]
    for k in KIOSKS:
        assert imported[k]["event_id"] == apel.event_id and imported[k]["people"] == PEOPLE
        listed = apel.steps["people_on_kiosks"][k]
        assert sorted(p["nip"] for p in listed) == sorted(apel.nips)
        assert {p["status"] for p in listed} == {"unsigned"}


def test_the_kiosks_packages_merge_on_the_main_laptop(apel: Apel) -> None:
    for k in KIOSKS:
        got = apel.steps["to_main"][k]["merge"]["tables"]["signature_record"]
        assert got["inserted"] == len(apel.signed_on[k]) + (k == "kiosk2"), (k, got)
    whole = apel.steps["main_progress"][0]
    assert (whole["total"], whole["signed"], whole["unsigned"]) == (PEOPLE, PEOPLE, 0)
    assert whole["double_signings"] == 1  # 91 signatures, 90 people counted once
    per_unit = {r["unit_name"]: r["signed"] for r in apel.steps["main_progress"][1:]}
    assert per_unit == dict.fromkeys(UNITS, PEOPLE // 3)


def test_the_double_signing_across_kiosks_is_flagged_on_the_main_laptop(apel: Apel) -> None:
    [flag] = apel.steps["main_doubles"]
    assert flag["nip"] == apel.double_nip and not flag["same_device"]
    kept, later = flag["kept"], flag["later"]
    assert (kept["device"], later["device"]) == (apel.device["kiosk1"], apel.device["kiosk2"])
    assert (kept["laptop"], later["laptop"]) == ("kiosk1", "kiosk2")
    assert kept["created_at"] < later["created_at"]
    assert not kept["voided"] and not later["voided"]  # both kept as evidence


def test_the_hub_counts_90_people_once_and_shows_the_double_signing(apel: Apel) -> None:
    up = apel.steps["to_hub"]["merge"]
    assert sorted(up["relayed"]) == sorted(apel.device[k] for k in KIOSKS)
    assert up["set_aside"] == [] and up["tables"]["signature_record"]["inserted"] == PEOPLE + 1
    [wetar] = apel.steps["hub_coverage"]["offices"]
    assert wetar["office"] == WETAR[0]
    assert (wetar["employees"], wetar["signed"], wetar["unsigned"]) == (PEOPLE, PEOPLE, 0)
    assert apel.steps["hub_coverage"]["totals"]["signed"] == PEOPLE
    [flag] = apel.steps["hub_doubles"]
    assert flag["nip"] == apel.double_nip
    assert flag["later"]["id"] == apel.steps["main_doubles"][0]["later"]["id"]
    assert flag["later"]["laptop"] == "kiosk2 (81.08.06)"


# ---------------------------------------------------------------------------- stage 2
@pytest.fixture(scope="module")
def voided(apel: Apel) -> Apel:
    """The operator voids the later record on the main laptop; it travels to the hub and
    back to kiosks 1 and 2."""
    a = apel
    later = a.steps["main_doubles"][0]["later"]["id"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NETRA_USER", "admin")
        mp.setenv("NETRA_PASSWORD", PASSWORD)
        a.steps["void"] = ok(
            a.main, "pact", "void", later, "--reason", "Tanda tangan ganda di kiosk2"
        )
        a.steps["main_doubles_after"] = ok(a.main, "pact", "doubles", "--event", a.event_id)
        a.steps["main_progress_after"] = ok(a.main, "event", "progress", "--event", a.event_id)
        a.steps["void_to_hub"] = a.deliver("main", "hub")
        a.steps["hub_doubles_after"] = ok(a.hub, "pact", "doubles", "--event", a.event_id)
        a.steps["hub_coverage_after"] = ok(a.hub, "hub", "coverage")
        a.deliver("hub", "main")  # the hub's answer: what it holds of each kiosk
        for k in KIOSKS[:2]:
            a.deliver("main", k)
        a.steps["kiosk2_records"] = ok(a.kiosks["kiosk2"], "pact", "list", "--event", a.event_id)
    return a


def test_voiding_the_later_record_clears_the_flag_everywhere(voided: Apel) -> None:
    a = voided
    later = a.steps["main_doubles"][0]["later"]["id"]
    assert a.steps["main_doubles_after"] == [] and a.steps["hub_doubles_after"] == []
    whole = a.steps["main_progress_after"][0]
    assert (whole["signed"], whole["double_signings"]) == (PEOPLE, 0)
    assert a.steps["void_to_hub"]["merge"]["tables"]["signature_record"]["inserted"] == 1
    assert a.steps["hub_coverage_after"]["offices"][0]["signed"] == PEOPLE
    # Kiosk 2 learns that its record was voided (both records stay as evidence).
    mine = {r["id"]: r for r in a.steps["kiosk2_records"]}
    assert mine[later]["voided"] and mine[later]["kind"] == "signed"
    kept = a.steps["main_doubles"][0]["kept"]["id"]
    assert kept in mine and not mine[kept]["voided"]


# ---------------------------------------------------------------------------- stage 3
@pytest.fixture(scope="module")
def revoked(voided: Apel) -> Apel:
    """Kiosk 3 is stolen. The hub is told first and revokes it; the stolen laptop signs for
    a person who signed on kiosk 1 (it never learnt that). Sent to the hub: refused. Sent to
    the main laptop, which was not told yet: taken there, but the main laptop's relay of it is
    set aside at the hub. The main laptop then revokes it too, and the operator voids the
    forged record there; the stolen laptop's next package is refused at the main laptop.
    Kiosks 1 and 2 keep sending, to the main laptop and directly to the hub."""
    a = voided
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NETRA_USER", "admin")
        mp.setenv("NETRA_PASSWORD", PASSWORD)
        reason = "laptop kiosk3 hilang setelah apel"

        def revoke(at: str) -> Any:
            [row] = [
                d
                for d in ok(a.path(at), "device", "list")["devices"]
                if d["device"] == a.device["kiosk3"]
            ]
            return ok(a.path(at), "device", "revoke", row["id"][:8], "--reason", reason)

        def forge(index: int, seed: int) -> Any:
            return ok(
                a.kiosks["kiosk3"], "pact", "sign", "--event", a.event_id,
                "--nip", a.signed_on["kiosk1"][index], "--strokes", str(strokes_file(a.base, seed)),
            )  # fmt: skip

        a.steps["revoke_hub"] = revoke("hub")
        a.steps["forged"] = forge(1, 7)
        a.steps["stolen_to_hub"] = refused(a.hub, "sync", "import", str(a.export("kiosk3", "hub")))
        a.steps["stolen_to_unwarned_main"] = a.deliver("kiosk3", "main")
        a.steps["relay_of_stolen"] = a.deliver("main", "hub")
        a.steps["revoke_main"] = revoke("main")
        a.steps["main_doubles_forged"] = ok(a.main, "pact", "doubles", "--event", a.event_id)
        ok(
            a.main,
            "pact",
            "void",
            a.steps["forged"]["id"],
            "--reason",
            "Ditandatangani di laptop kiosk3 yang hilang",
        )
        a.steps["void_forged_to_hub"] = a.deliver("main", "hub")
        a.steps["forged_again"] = forge(2, 8)
        a.steps["stolen_to_main"] = refused(
            a.main, "sync", "import", str(a.export("kiosk3", "main"))
        )
        a.steps["hub_refusals"] = ok(a.hub, "sync", "refusals")["refusals"]
        a.steps["others"] = {
            (k, at): a.deliver(k, at) for k in KIOSKS[:2] for at in ("main", "hub")
        }
        a.steps["hub_devices"] = ok(a.hub, "device", "list")["devices"]
        a.steps["hub_doubles_revoked"] = ok(a.hub, "pact", "doubles", "--event", a.event_id)
        a.steps["main_doubles_revoked"] = ok(a.main, "pact", "doubles", "--event", a.event_id)
        a.steps["hub_coverage_revoked"] = ok(a.hub, "hub", "coverage")
    return a


def test_a_revoked_kiosk_is_refused_and_the_others_keep_working(revoked: Apel) -> None:
    a = revoked
    k3 = a.device["kiosk3"]
    for at, where in (("hub", "dicabut di kabupaten"), ("main", "dicabut di laptop utama")):
        assert a.steps[f"revoke_{at}"]["state"] == "revoked"
        assert a.steps[f"revoke_{at}"]["revoke_reason"] == "laptop kiosk3 hilang setelah apel"
        code, doc, err = a.steps[f"stolen_to_{at}"]
        [result] = doc["results"]
        assert code == 2 and result["status"] == "rejected", (at, doc, err)
        assert result["reason"] == "device_revoked" and where in result["message"], result
    # The main laptop, not told yet, took the stolen laptop's package; its relay of that
    # row is set aside at the hub (the rest of the package applied), kept as an alert.
    taken = a.steps["stolen_to_unwarned_main"]["merge"]["tables"]["signature_record"]
    assert taken["inserted"] == 1
    relay = a.steps["relay_of_stolen"]
    assert relay["status"] == "applied"
    assert [(x["device"], x["reason"], x["rows"]) for x in relay["merge"]["set_aside"]] == [
        (k3, "device_revoked", 1)
    ]
    assert [(x["reason"], x["office"], x["device"]) for x in a.steps["hub_refusals"]] == [
        ("device_revoked", WETAR[0], k3)
    ] * 2
    # On the main laptop the forged record is a double signing (kiosk 1's is kept), voided
    # by the operator; nothing the stolen laptop signed counts anywhere: still 90 once.
    [flag] = a.steps["main_doubles_forged"]
    assert flag["later"]["id"] == a.steps["forged"]["id"] and flag["later"]["device"] == k3
    assert flag["kept"]["device"] == a.device["kiosk1"]
    assert a.steps["hub_doubles_revoked"] == [] and a.steps["main_doubles_revoked"] == []
    assert a.steps["hub_coverage_revoked"]["offices"][0]["signed"] == PEOPLE
    # Kiosks 1 and 2: their next packages applied at the main laptop and at the hub.
    assert {r["status"] for r in a.steps["others"].values()} == {"applied"}
    states = {d["device"]: d["state"] for d in a.steps["hub_devices"]}
    assert states == {
        a.device["main"]: "active",
        a.device["kiosk1"]: "active",
        a.device["kiosk2"]: "active",
        k3: "revoked",
    }
    last = {d["device"]: d["last_package"] for d in a.steps["hub_devices"]}
    assert last[a.device["kiosk1"]] and last[a.device["kiosk2"]]


def test_nothing_of_a_set_aside_kiosk_is_stored_at_the_hub(revoked: Apel) -> None:
    import sqlite3

    merge = revoked.steps["relay_of_stolen"]["merge"]
    assert merge["tables"] == {}  # the one evidence row was set aside ...
    image = revoked.steps["forged"]["image_sha256"]
    with sqlite3.connect(revoked.hub / "netra.sqlite3") as db:
        held = db.execute("SELECT count(*) FROM blob WHERE sha256 = ?", (image,)).fetchone()[0]
    assert (merge["blobs_added"], held) == (0, 0)  # ... and its signature image is not kept


# ---------------------------------------------------------------------------- stage 4
@pytest.fixture(scope="module")
def replaced(revoked: Apel) -> Apel:
    """Kiosk 1 breaks after the apel; its backup is restored on a new laptop (a new data
    folder), which sends its next package to the hub."""
    a = revoked
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NETRA_USER", "admin")
        mp.setenv("NETRA_PASSWORD", PASSWORD)
        mp.setenv("NETRA_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
        saved = a.base / "kiosk1.netrabak"
        a.steps["backup"] = ok(a.kiosks["kiosk1"], "backup", "create", "--out", str(saved))
        a.kiosks["kiosk1-baru"] = init(a.base / "kiosk1-baru", *WETAR, "office")
        a.steps["restore"] = ok(a.kiosks["kiosk1-baru"], "backup", "restore", str(saved))
        a.steps["handover"] = a.deliver("kiosk1-baru", "hub")
        a.steps["hub_devices_replaced"] = ok(a.hub, "device", "list")["devices"]
        [row] = [
            d
            for d in a.steps["hub_devices_replaced"]
            if d["office"] == WETAR[0] and d["state"] == "active"
            and d["device"] not in a.device.values()
        ]  # fmt: skip
        a.device["kiosk1-baru"] = row["device"]
        # The hub answers the new laptop; its next package (its own chain now) is taken.
        a.deliver("hub", "kiosk1-baru")
        a.steps["after_handover"] = a.deliver("kiosk1-baru", "hub")
        a.steps["old_kiosk1_late"] = refused(
            a.hub, "sync", "import", str(a.export("kiosk1", "hub"))
        )
        # Between the laptops of the office the new laptop is enrolled again at the main
        # laptop, replacing the old kiosk there; the main laptop then takes its package.
        [at_main] = [
            d for d in ok(a.main, "device", "list")["devices"] if d["device"] == a.device["kiosk1"]
        ]
        a.steps["main_replace"] = enrol(
            a, "main", "kiosk1-baru", "--replace-device", at_main["id"][:8]
        )
        a.steps["new_to_main"] = a.deliver("kiosk1-baru", "main")
        a.steps["main_devices_replaced"] = ok(a.main, "device", "list")["devices"]
        a.steps["main_to_hub_last"] = a.deliver("main", "hub")
        a.steps["hub_verify"] = ok(a.hub, "audit", "verify")
        a.steps["main_verify"] = ok(a.main, "audit", "verify")
        a.steps["kiosk2_verify"] = ok(a.kiosks["kiosk2"], "audit", "verify")
        a.steps["hub_status"] = ok(a.hub, "sync", "status")
        a.steps["hub_records"] = ok(a.hub, "pact", "list", "--event", a.event_id)
        a.steps["hub_coverage_replaced"] = ok(a.hub, "hub", "coverage")
    return a


def test_a_kiosk_replaced_from_a_backup_continues_at_the_hub(replaced: Apel) -> None:
    a = replaced
    old, new = a.device["kiosk1"], a.device["kiosk1-baru"]
    assert new != old
    assert a.steps["handover"]["status"] == "applied"
    assert a.steps["after_handover"]["status"] == "applied"
    listed = {d["device"]: d for d in a.steps["hub_devices_replaced"]}
    assert listed[old]["state"] == "replaced" and listed[new]["state"] == "active"
    assert listed[new]["replaces"] == listed[old]["id"]
    assert listed[old]["replaced_by"] == listed[new]["id"]
    assert listed[a.device["kiosk3"]]["state"] == "revoked"  # untouched by the handover
    # The broken laptop's own later package is refused as replaced.
    code, doc, _ = a.steps["old_kiosk1_late"]
    assert code == 2 and doc["results"][0]["reason"] == "device_replaced"
    # At the main laptop the new laptop replaced the old kiosk and its package was taken.
    assert a.steps["main_replace"]["mode"] == "replace"
    assert a.steps["new_to_main"]["status"] == "applied"
    at_main = {d["device"]: d["state"] for d in a.steps["main_devices_replaced"]}
    assert at_main == {
        old: "replaced",
        new: "active",
        a.device["kiosk2"]: "active",
        a.device["kiosk3"]: "revoked",
    }
    assert a.steps["main_to_hub_last"]["status"] == "applied"
    # Every chain at the hub (and at the main laptop) verifies; still 90 people once, and
    # nothing the stolen kiosk signed after its revocation is held.
    assert a.steps["main_verify"]["ok"], a.steps["main_verify"]["first_bad"]
    assert a.steps["kiosk2_verify"]["ok"], a.steps["kiosk2_verify"]["first_bad"]
    # `sync status` at the hub lists the office's five devices with their states.
    [office] = [o for o in a.steps["hub_status"]["offices"] if o["office"] == WETAR[0]]
    assert sorted(d["state"] for d in office["devices"]) == [
        "active",
        "active",
        "active",
        "replaced",
        "revoked",
    ]
    held = {r["id"] for r in a.steps["hub_records"] if r["kind"] == "signed"}
    assert a.steps["forged"]["id"] not in held and a.steps["forged_again"]["id"] not in held
    assert len(held) == PEOPLE + 1  # the 90 and kiosk 2's voided double, kept as evidence
    verify = a.steps["hub_verify"]
    assert verify["ok"] and verify["problems"] == [], verify["first_bad"]
    assert verify["checked"]["signature_record"] >= PEOPLE + 2
    assert a.steps["hub_coverage_replaced"]["offices"][0]["signed"] == PEOPLE
