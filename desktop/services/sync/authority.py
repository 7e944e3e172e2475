"""Sender authority: an installation's package speaks only for that installation.

The rules (docs/sync-format.md, "Sender authority"), checked while a package is merged; the
first violating row rejects the whole package (the import transaction is rolled back, so
nothing is applied) with its own reason code:

At a hub, from an installation below it (an office; at a province hub, a kabupaten hub,
which also relays its own offices' rows):

- ``foreign_origin``: an evidence row whose ``origin`` is not the sender (evidence is
  chained per origin: only the sender's own chain may grow), or a new versioned row whose
  ``origin`` is not the sender.
- ``foreign_device``: an evidence row of the sender's office made by another of its devices
  (chains are per office and device: a laptop grows only its own, and those of the device it
  replaced, handed over with a certificate signed by that device). Versioned rows of the
  office may be edited by any of its devices (``revised_by`` is the office).
- ``foreign_edit``: a versioned row whose ``revised_by`` is not the sender (a version claiming
  to be another installation's edit), or a change to a row held here that belongs to another
  installation. Delegated: an employee of another origin (e.g. one the hub added) whose unit,
  before and after the change, is one of the sender's own units.
- ``reference_not_from_hub``: the kabupaten's reference data. Rulebooks and the holiday
  calendar are never taken from below (a row identical to the one held here is not a change);
  an election or pact template of the hub (or of another office) is never created or changed
  from below. An office's own elections and template versions stay its own rows (its events
  and signatures need them); elections are mapped onto the kabupaten's by level and voting day.

At an office, from its hub (an answer): versioned rows must be the hub's versions
(``revised_by`` = the hub, else ``foreign_edit``) of rows of the hub or of this office
(``origin``, else ``foreign_origin``); evidence rows must be the hub's own (``foreign_origin``).
The hub does not relay other offices' rows to an office, so an answer never needs them.

A kabupaten hub taking a package from the province above it accepts what the province sends
(the province relays everything it holds, as before).

Between the laptops of one office (docs/sync-format.md, "Devices", kiosks):

- At the office's main laptop, from one of its kiosks (``below``, sender = the office): the
  kiosk's package speaks for its own device only: evidence rows of this office
  (``foreign_origin``) and of that kiosk's device (``foreign_device``); versioned rows of
  this office (the rules above, with the office as the sender).
- At a kiosk, from its main laptop (``main``): evidence rows of this office
  (``foreign_origin``) made by the office's other devices; a row of the kiosk's own chain
  from anyone else is a forgery (``forged_own_chain``). Versioned rows: versions by the
  office or by its kabupaten hub (``foreign_edit``) of rows of the office or of the hub
  (``foreign_origin``), relayed by the main laptop.

Between the hub and its own kiosks (an installation set up with the hub's code, enrolled at
the hub with ``--kiosk``; docs/sync-format.md, "Kiosks of the hub"): at the hub, a kiosk's
package carries signature records of its own device only (evidence of the hub's origin and
that device); any other table, versioned rows included, is ``kiosk_scope`` (and, checked
in services/sync/sender.py with lookups, a record for an event not the hub's or for a person the
hub does not hold). At the kiosk,
the hub's answer carries evidence of the hub's origin (never the kiosk's own chain) and
versioned rows of the hub or of any of its offices (the rows a kabupaten-wide kit carries).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.services.sync.outcome import TABLE_LABELS
from desktop.store.models import Office, SyncPeer
from desktop.sync import rows as sr
from desktop.sync.format import PackageRejected, reject
from desktop.sync.merge import UnitOwners

#: Kabupaten reference data that only comes from above (never in a package from below).
KABUPATEN_TABLES = frozenset({"rulebook", "holiday"})
#: Reference data issued from above that an office may also hold rows of its own of.
ISSUED_TABLES = frozenset({"election", "pact_template"})
REASONS = (
    "foreign_origin",
    "foreign_device",
    "foreign_edit",
    "reference_not_from_hub",
    "forged_own_chain",
    "kiosk_scope",
)


def is_above(me_code: str, peer_code: str) -> bool:
    """Is ``peer_code`` the installation above ``me_code`` (81.08 above 81.08.06, 81 above
    81.08)?"""
    return me_code.startswith(peer_code + ".")


def _label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


@dataclass(frozen=True)
class Authority:
    """What one package's sender may say. ``direction``: ``below`` (a hub taking a package
    from an office or a lower hub; a main laptop taking a kiosk's package), ``above`` (an
    office taking its hub's answer), ``main`` (a kiosk taking its main laptop's answer) or
    ``relay`` (a hub taking the province's package: not restricted)."""

    sender: str
    local: str
    direction: str
    relays: bool = False  # below: a lower hub, which also speaks for its own offices
    #: below, from an office's device: the devices whose evidence chains it may grow (its
    #: own, and a device it replaces); None: not restricted by device.
    devices: frozenset[str] | None = None
    #: main: the kabupaten hub whose rows the main laptop relays, and this kiosk's device.
    hub: str = ""
    own_device: str = ""
    #: Between the hub and a kiosk of the hub (docs/sync-format.md, "Kiosks of the hub"):
    #: below, the kiosk carries its signatures only; main, the hub relays every office's rows.
    hub_kiosk: bool = False

    # ------------------------------------------------------------------ who
    def speaks_for(self, code: str) -> bool:
        if code == self.sender:
            return True
        return self.relays and code.startswith(self.sender + ".")

    def _refuse(self, reason: str, message: str, english: str, **details: Any) -> PackageRejected:
        return reject(reason, message, english, sender=self.sender, **details)

    # ------------------------------------------------------------------ claims (no lookups)
    def check_claims(self, spec: sr.SyncTable, rows: list[dict[str, Any]]) -> None:
        """What every row claims about who made it, before anything is looked up."""
        if self.direction == "relay" or not rows:
            return
        name = spec.name
        if self.hub_kiosk and self.direction == "below" and name != "signature_record":
            raise self._refuse(
                "kiosk_scope",
                f"paket kiosk kabupaten memuat {_label(name)} {rows[0]['id']}; kiosk kabupaten "
                "hanya mengirim tanda tangan (dan penolakan) yang dibuat di laptop itu",
                f"a kiosk of the hub carries {name} {rows[0]['id']}: it sends its signatures only",
                table=name,
                row=str(rows[0]["id"]),
            )
        if spec.kind == "evidence":
            bad = next((r for r in rows if not self._evidence_ok(str(r["origin"]), name)), None)
            if bad is not None:
                raise self._refuse(
                    "foreign_origin",
                    f"{_label(name)} {bad['id']} dibuat oleh {bad['origin']}, bukan oleh "
                    f"pengirim {self.sender}; sebuah paket hanya boleh memuat bukti "
                    "milik pengirimnya sendiri",
                    f"{name} {bad['id']} claims origin {bad['origin']}, not the sender",
                    table=name,
                    row=str(bad["id"]),
                )
            if self.direction == "main":
                forged = next(
                    (r for r in rows if str(r.get("device") or "") == self.own_device), None
                )
                if forged is not None:
                    raise self._refuse(
                        "forged_own_chain",
                        f"{_label(name)} {forged['id']} mengaku dibuat di laptop ini "
                        f"(perangkat {self.own_device or 'laptop awal'}), padahal dikirim "
                        "laptop utama; rantai bukti laptop ini hanya ditulis di laptop ini",
                        f"{name} {forged['id']} claims this kiosk's own chain",
                        table=name,
                        row=str(forged["id"]),
                    )
            if self.devices is not None and self.direction == "below":
                other = next(
                    (
                        r
                        for r in rows
                        if str(r.get("device") or "") not in self.devices
                        and str(r["origin"]) == self.sender
                    ),
                    None,
                )
                if other is not None:
                    raise self._refuse(
                        "foreign_device",
                        f"{_label(name)} {other['id']} dibuat oleh perangkat lain kantor "
                        f"{self.sender} ({other.get('device') or 'laptop awal'}); sebuah laptop "
                        "hanya boleh mengirim rantai buktinya sendiri",
                        f"{name} {other['id']} was made by another device of the office",
                        table=name,
                        row=str(other["id"]),
                        device=str(other.get("device") or ""),
                    )
            return
        for r in rows:
            by = str(r["revised_by"])
            if not self._version_ok(by):
                raise self._refuse(
                    "foreign_edit",
                    f"{_label(name)} {r['id']} mengaku diubah oleh {by}, padahal paket "
                    f"dikirim {self.sender}; pengirim hanya boleh membawa perubahannya sendiri",
                    f"{name} {r['id']} claims to be an edit by {by}, not by the sender",
                    table=name,
                    row=str(r["id"]),
                )
            if self.direction == "main" and not self._main_origin(str(r["origin"])):
                raise self._refuse(
                    "foreign_origin",
                    f"jawaban laptop utama memuat {_label(name)} {r['id']} milik {r['origin']}, "
                    "bukan milik kantor ini atau kabupatennya",
                    f"the main laptop's answer carries {name} {r['id']} of a third installation",
                    table=name,
                    row=str(r["id"]),
                )
            if self.direction == "above" and str(r["origin"]) not in (self.sender, self.local):
                raise self._refuse(
                    "foreign_origin",
                    f"jawaban kabupaten memuat {_label(name)} {r['id']} milik {r['origin']}, "
                    f"bukan milik kabupaten atau kantor ini",
                    f"the answer carries {name} {r['id']} of a third installation",
                    table=name,
                    row=str(r["id"]),
                )

    def _main_origin(self, code: str) -> bool:
        """At a kiosk, from its main laptop: rows of the office or its hub; at a kiosk of
        the hub, rows of the hub or of any of its offices."""
        if self.hub_kiosk:
            return code == self.local or code.startswith(self.local + ".")
        return code in (self.local, self.hub)

    def _evidence_ok(self, origin: str, table: str) -> bool:
        if self.direction == "main":
            # The hub relays its offices' signatures to its kiosks (nothing else of theirs).
            if self.hub_kiosk and table == "signature_record":
                return self._main_origin(origin)
            return origin == self.local
        if self.direction == "above":
            return origin == self.sender
        return self.speaks_for(origin)

    def _version_ok(self, revised_by: str) -> bool:
        if self.direction == "main":
            return self._main_origin(revised_by)
        if self.direction == "above":
            return revised_by == self.sender
        return self.speaks_for(revised_by)

    # ------------------------------------------------------------------ rows held here
    def check_rows(
        self,
        spec: sr.SyncTable,
        rows: list[dict[str, Any]],
        held: dict[str, dict[str, Any]],
        unit_owners: UnitOwners,
    ) -> None:
        """Versioned rows against the rows held here (ids already translated through the
        aliases): who owns what the package creates or changes."""
        if self.direction != "below" or spec.kind != "versioned" or not rows:
            return
        name = spec.name
        delegated: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for v in rows:
            local = held.get(v["id"])
            if name in KABUPATEN_TABLES:
                if local is None or not sr.same_content(spec, v, local):
                    raise self._reference(name, v)
                continue
            owner = str(local["origin"]) if local is not None else str(v["origin"])
            if self.speaks_for(owner):
                continue
            if local is not None and sr.same_content(spec, v, local):
                continue  # the same content as held here: not a change
            if name in ISSUED_TABLES:
                raise self._reference(name, v)
            if local is None:
                raise self._refuse(
                    "foreign_origin",
                    f"{_label(name)} {v['id']} baru dengan asal {owner}, bukan pengirim "
                    f"{self.sender}; kantor hanya boleh membuat data atas namanya sendiri",
                    f"new {name} {v['id']} claims origin {owner}",
                    table=name,
                    row=str(v["id"]),
                )
            if name == "employee":
                delegated.append((v, local))
                continue
            raise self._foreign_edit(name, v, owner)
        if delegated:
            units = {str(x) for v, local in delegated for x in (v["unit_id"], local["unit_id"])}
            owners = unit_owners(units)
            for v, local in delegated:
                if not all(
                    self.speaks_for(owners.get(str(u), ""))
                    for u in (v["unit_id"], local["unit_id"])
                ):
                    raise self._foreign_edit(name, v, str(local["origin"]))

    def _reference(self, name: str, v: dict[str, Any]) -> PackageRejected:
        return self._refuse(
            "reference_not_from_hub",
            f"paket dari {self.sender} membuat atau mengubah {_label(name)} {v['id']} milik "
            "kabupaten; aturan sanksi, kalender libur, pemilihan dan templat pakta kabupaten "
            "hanya diterima dari kabupaten",
            f"{name} {v['id']} is kabupaten reference data, accepted only from the hub",
            table=name,
            row=str(v["id"]),
        )

    def _foreign_edit(self, name: str, v: dict[str, Any], owner: str) -> PackageRejected:
        return self._refuse(
            "foreign_edit",
            f"paket dari {self.sender} mengubah {_label(name)} {v['id']} milik {owner}; "
            "kantor hanya boleh mengubah datanya sendiri",
            f"{name} {v['id']} of {owner} changed by {self.sender}",
            table=name,
            row=str(v["id"]),
        )


def authority_for(me: Office, peer: SyncPeer, devices: Iterable[str] | None = None) -> Authority:
    """The rules for a package from ``peer`` (already enrolled and signature-checked);
    ``devices``: the evidence chains (device codes) the sending device may grow."""
    if peer.role == "kiosk":  # at the main laptop (or the hub): a kiosk of this office
        return Authority(
            me.code,
            me.code,
            "below",
            devices=frozenset(devices or {}),
            hub_kiosk=me.role == "hub",
        )
    if peer.role == "main":  # at a kiosk: the office's main laptop (or the hub)
        return Authority(
            me.code,
            me.code,
            "main",
            hub=me.kabupaten_code,
            own_device=me.device_code or "",
            hub_kiosk=me.role == "hub",
        )
    if me.role == "office":
        return Authority(peer.office_code, me.code, "above")
    if is_above(me.code, peer.office_code):
        return Authority(peer.office_code, me.code, "relay")
    relays = peer.role == "hub"
    allowed = None if relays else frozenset(devices or {peer.device_code or ""})
    return Authority(peer.office_code, me.code, "below", relays=relays, devices=allowed)
