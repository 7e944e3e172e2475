"""Whose event kit this installation takes (docs/event-kit.md): the signer known here (this
installation's own office, one of its sync peers of this office, its hub, or a signer the
operator confirmed earlier by fingerprint) or confirmed now by the fingerprint read off the
signer's screen; an office takes a kit only from its own office or its hub; an office's kit
carries only rows of that office or of the hub, only the hub's kit other offices' rows.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import NetraError
from desktop.services.context import AppContext
from desktop.services.sync.authority import is_above
from desktop.services.sync.kit_format import Kit, laptop_label, normal_fingerprint
from desktop.store.base import utcnow
from desktop.store.models import Office, SyncPeer

#: Setting key: signers confirmed by hand (signing key -> who, when, by whom).
TRUSTED_KEY = "event_kit.trusted_signers"


def hub_peer(session: Session) -> SyncPeer | None:
    return session.scalars(select(SyncPeer).where(SyncPeer.role == "hub")).first()


def _signer_known(ctx: AppContext, session: Session, me: Office, signer: dict[str, str]) -> bool:
    """Is the signing key one this installation already trusts for the claimed office?"""
    key = signer["signing_key"]
    if key == me.signing_public_key:
        return True
    for peer in session.scalars(select(SyncPeer).where(SyncPeer.signing_public_key == key)):
        if peer.office_code != signer["code"]:
            raise _foreign_signer(signer, me, "kuncinya terdaftar untuk kantor lain")
        if peer.status != "active":
            raise NetraError(
                "kit_signer_revoked",
                f"Kit acara ditandatangani oleh {laptop_label(signer)} kantor {signer['code']} "
                f"yang sudah dicabut atau diganti ({peer.status}); kit ditolak.",
                "The kit was signed by a revoked or replaced device.",
                office=signer["code"],
                device=signer["device"],
            )
        if peer.role == "hub" or peer.office_code == me.code:
            return True
    trusted = ctx.get_setting(session, TRUSTED_KEY, {}) or {}
    entry = trusted.get(key) if isinstance(trusted, dict) else None
    return isinstance(entry, dict) and entry.get("office") == signer["code"]


def _foreign_signer(signer: dict[str, str], me: Office, why: str) -> NetraError:
    return NetraError(
        "kit_foreign_signer",
        f"Kit acara dari {signer['name']} ({signer['code']}) ditolak: {why}. Laptop kantor "
        f"{me.code} hanya menerima kit dari kantornya sendiri atau dari kabupatennya.",
        f"The kit from {signer['code']} is refused: {why}. This installation accepts kits only "
        "from its own office or its hub.",
        office=signer["code"],
    )


def check_authority(session: Session, me: Office, signer: dict[str, str]) -> str | None:
    """Whose kit may this installation take? Returns the hub's code known here (or None)."""
    hub = hub_peer(session)
    hub_code = hub.office_code if hub is not None else None
    if signer["kabupaten_code"] != me.kabupaten_code:
        raise _foreign_signer(signer, me, f"kabupaten {signer['kabupaten_code']} lain")
    if signer["code"] == me.code:
        if signer["role"] != me.role:
            raise _foreign_signer(signer, me, "peran instalasinya berbeda")
        return hub_code
    if me.role == "office" and signer["role"] == "hub" and is_above(me.code, signer["code"]):
        if hub_code is not None and hub_code != signer["code"]:
            raise _foreign_signer(signer, me, f"kabupaten laptop ini adalah {hub_code}")
        return signer["code"]
    raise _foreign_signer(signer, me, "bukan kantor ini dan bukan kabupatennya")


def check_rows(kit: Kit, me: Office, hub_code: str | None) -> None:
    """An office's kit speaks only for that office (and relays its hub's rows); the hub's
    kit may carry every office of its kabupaten."""
    signer = kit.signer
    if signer["role"] == "hub":

        def allowed(code: str) -> bool:
            return code == signer["code"] or code.startswith(signer["code"] + ".")
    else:
        owners = {signer["code"], hub_code or me.kabupaten_code}

        def allowed(code: str) -> bool:
            return code in owners

    for name, values in kit.rows.items():
        for v in values:
            for column in ("origin", "revised_by"):
                if not allowed(str(v[column])):
                    raise NetraError(
                        "kit_foreign_row",
                        f"Kit acara {kit.path.name} memuat {name} {v['id']} milik "
                        f"{v[column]}, padahal ditandatangani {signer['code']}; hanya kit dari "
                        "kabupaten yang boleh membawa data kantor lain. Tidak ada yang diubah.",
                        f"The kit carries {name} {v['id']} of {v[column]}, not of its signer.",
                        table=name,
                        row=str(v["id"]),
                        origin=str(v[column]),
                    )


def confirm_signer(
    ctx: AppContext,
    session: Session,
    me: Office,
    kit: Kit,
    fingerprint: str | None,
) -> bool:
    """Known signer, or confirmed by ``fingerprint``. True when confirmed now."""
    signer = kit.signer
    given = normal_fingerprint(fingerprint) if fingerprint else ""
    if fingerprint is not None and given != signer["fingerprint"]:
        raise NetraError(
            "kit_fingerprint_mismatch",
            f"Sidik jari yang dimasukkan ({fingerprint.strip()[:60]}) tidak cocok dengan "
            f"penanda tangan kit ({signer['name']}, {laptop_label(signer)}). Kit ditolak: bacakan "
            "lagi sidik jari dari layar laptop yang membuat kit.",
            "The fingerprint given does not match the kit's signer.",
            office=signer["code"],
            device=signer["device"],
        )
    if _signer_known(ctx, session, me, signer):
        return False
    if not given:
        raise NetraError(
            "kit_unknown_signer",
            f"Kit acara ditandatangani oleh {signer['name']} ({signer['code']}), "
            f"{laptop_label(signer)}, yang belum dikenal "
            "laptop ini. Mintalah sidik jari yang tampil di laptop pembuat kit (saat kit "
            "ditulis, atau 'netra sync status' di laptop itu), bandingkan, lalu impor lagi "
            'dengan --fingerprint "XXXX XXXX ...".',
            f"The kit is signed by {signer['code']}, a device this laptop does not know yet. "
            "Read the fingerprint off the signing laptop's screen and import with --fingerprint.",
            office=signer["code"],
            office_name=signer["name"],
            device=signer["device"],
            device_name=signer["device_name"],
        )
    trusted = ctx.get_setting(session, TRUSTED_KEY, {}) or {}
    if not isinstance(trusted, dict):
        trusted = {}
    trusted[signer["signing_key"]] = {
        "office": signer["code"],
        "name": signer["name"],
        "device": signer["device"],
        "device_name": signer["device_name"],
        "fingerprint": signer["fingerprint"],
        "trusted_at": utcnow().isoformat(),
        "by": ctx.actor.username if ctx.actor else "",
    }
    ctx.set_setting(session, TRUSTED_KEY, trusted)
    return True
