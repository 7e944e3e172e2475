"""Pact templates (Pakta Integritas / Ikrar Netralitas) as structured data, and filled pact text.

A template version is JSON (``resources/templates/*.json``, stored in ``pact_template.body_json``)::

    {"code", "version", "kind": "pakta"|"ikrar", "audience": "asn"|"non_asn",
     "title", "subtitle", "opening", "identity_fields": [{"key", "label"}...],
     "intro", "commitments": [str...], "closing", "consequence", "witness_heading",
     "non_asn_variant": code|null}

:meth:`TemplateBody.sha256` is the SHA-256 of the canonical JSON (``desktop.domain.canonical``)
of the *text* (every field except ``code``, ``version`` and ``non_asn_variant``): two versions
with the same words have the same hash, and any change of a word changes it.

For printing and for the signing screen, :func:`fill` returns a :class:`PactText`::

    PactText(title, subtitle, opening,
             identity_fields: list[(label, value)],   # filled from the signer's snapshot
             intro, commitments: list[str], closing, consequence,
             witness_heading)                         # "Mengetahui" ("" = no witness block)

Render it top to bottom: title and subtitle centred; opening; the identity block as a
two-column "label : value" table; intro; commitments numbered 1., 2., ...; closing;
consequence; then place and date, the signature and the name (and NIP), and, when
``witness_heading`` is set, the witnesses' block under that heading.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import NetraError
from desktop.domain.golongan import pangkat

KINDS = ("pakta", "ikrar")
AUDIENCES = ("asn", "non_asn")
IDENTITY_KEYS = ("name", "nip", "nik", "pangkat_golongan", "golongan", "jabatan", "unit")
TEXT_FIELDS = ("title", "subtitle", "opening", "intro", "closing", "consequence", "witness_heading")
MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def _bad(detail: str, detail_en: str) -> NetraError:
    return NetraError(
        "template_invalid",
        f"Templat pakta tidak sah: {detail}",
        f"Invalid pact template: {detail_en}",
    )


@dataclass(frozen=True)
class TemplateBody:
    code: str
    version: int
    kind: str
    audience: str
    title: str
    subtitle: str
    opening: str
    identity_fields: tuple[tuple[str, str], ...]
    intro: str
    commitments: tuple[str, ...]
    closing: str
    consequence: str
    witness_heading: str = ""
    non_asn_variant: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> TemplateBody:
        """Validate strictly; raise ``template_invalid`` naming the problem."""
        if not isinstance(data, dict):
            raise _bad("harus berupa objek JSON.", "must be a JSON object.")
        code = data.get("code")
        if not isinstance(code, str) or not code.strip() or len(code) > 64:
            raise _bad("kode wajib diisi (maks. 64 huruf).", "code is required (64 chars max).")
        version = data.get("version", 1)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise _bad("versi harus bilangan bulat positif.", "version must be a positive int.")
        if data.get("kind", "pakta") not in KINDS:
            raise _bad("jenis harus 'pakta' atau 'ikrar'.", "kind must be 'pakta' or 'ikrar'.")
        if data.get("audience") not in AUDIENCES:
            raise _bad("sasaran harus 'asn' atau 'non_asn'.", "audience must be asn or non_asn.")
        texts = {}
        for name in TEXT_FIELDS:
            value = data.get(name, "")
            if not isinstance(value, str):
                raise _bad(f"'{name}' harus berupa teks.", f"'{name}' must be text.")
            texts[name] = " ".join(value.split())
        if not texts["title"]:
            raise _bad("judul wajib diisi.", "title is required.")
        commitments = data.get("commitments")
        if (
            not isinstance(commitments, list)
            or not commitments
            or not all(isinstance(c, str) and c.strip() for c in commitments)
        ):
            raise _bad(
                "butir janji wajib diisi (sedikitnya satu).", "at least one commitment is required."
            )
        fields = _identity_fields(data.get("identity_fields", []))
        variant = data.get("non_asn_variant")
        if variant is not None and not isinstance(variant, str):
            raise _bad("'non_asn_variant' harus kode templat.", "non_asn_variant must be a code.")
        return cls(
            code=code.strip(),
            version=version,
            kind=data.get("kind", "pakta"),
            audience=data["audience"],
            identity_fields=fields,
            commitments=tuple(" ".join(c.split()) for c in commitments),
            non_asn_variant=variant or None,
            **texts,
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["identity_fields"] = [{"key": k, "label": v} for k, v in self.identity_fields]
        data["commitments"] = list(self.commitments)
        return data

    def text_content(self) -> dict[str, Any]:
        data = self.to_json()
        for name in ("code", "version", "non_asn_variant"):
            data.pop(name)
        return data

    def canonical_text(self) -> bytes:
        return canonical_json(self.text_content())

    def sha256(self) -> str:
        return sha256_hex(self.canonical_text())


def _identity_fields(raw: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list):
        raise _bad("'identity_fields' harus berupa daftar.", "identity_fields must be a list.")
    out: list[tuple[str, str]] = []
    for item in raw:
        if not isinstance(item, dict) or item.get("key") not in IDENTITY_KEYS:
            raise _bad(
                f"kolom identitas tidak dikenal: {item!r} (pilihan: {', '.join(IDENTITY_KEYS)}).",
                f"unknown identity field {item!r}.",
            )
        label = item.get("label")
        if not isinstance(label, str) or not label.strip():
            raise _bad("setiap kolom identitas perlu label.", "each identity field needs a label.")
        out.append((item["key"], label.strip()))
    return tuple(out)


@dataclass(frozen=True)
class Identity:
    """The signer as recorded at the moment of signing (never updated afterwards)."""

    employee_id: str
    name: str
    category: str  # PNS | CPNS | PPPK | NON_ASN
    nip: str | None = None
    nik: str | None = None
    golongan: str | None = None
    jabatan: str = ""
    unit_code: str = ""
    unit_name: str = ""

    @property
    def audience(self) -> str:
        return "non_asn" if self.category == "NON_ASN" else "asn"

    @property
    def pangkat_golongan(self) -> str:
        if not self.golongan:
            return "-"
        name = pangkat(self.golongan)
        return f"{name} ({self.golongan})" if name else f"Golongan {self.golongan}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Identity:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})  # type: ignore[arg-type]

    def value(self, key: str) -> str:
        values = {
            "name": self.name,
            "nip": self.nip or "-",
            "nik": self.nik or "-",
            "pangkat_golongan": self.pangkat_golongan,
            "golongan": self.golongan or "-",
            "jabatan": self.jabatan or "-",
            "unit": self.unit_name or "-",
        }
        return values[key]


@dataclass(frozen=True)
class PactText:
    title: str
    subtitle: str
    opening: str
    identity_fields: list[tuple[str, str]]
    intro: str
    commitments: list[str]
    closing: str
    consequence: str
    witness_heading: str = ""
    signer_name: str = ""
    signer_id_line: str = ""  # "NIP 19..." / "NI PPPK ..." / "NIK ..." under the signature
    place_date: str = ""
    witnesses: list[dict[str, str]] = field(default_factory=list)


def _nip_label(label: str, identity: Identity) -> str:
    if "/" in label and "NIP" in label:
        return "NI PPPK" if identity.category == "PPPK" else "NIP"
    return label


def fill(
    body: TemplateBody,
    identity: Identity,
    *,
    place: str = "",
    when: date | None = None,
    witnesses: list[dict[str, str]] | None = None,
) -> PactText:
    """The pact as the signer reads it: identity block filled from the snapshot."""
    fields = [
        (_nip_label(label, identity) if key == "nip" else label, identity.value(key))
        for key, label in body.identity_fields
    ]
    if identity.nip:
        id_line = f"{'NI PPPK' if identity.category == 'PPPK' else 'NIP'} {identity.nip}"
    elif identity.nik:
        id_line = f"NIK {identity.nik}"
    else:
        id_line = ""
    place_date = ", ".join(x for x in (place, tanggal(when) if when else "") if x)
    return PactText(
        title=body.title,
        subtitle=body.subtitle,
        opening=body.opening,
        identity_fields=fields,
        intro=body.intro,
        commitments=list(body.commitments),
        closing=body.closing,
        consequence=body.consequence,
        witness_heading=body.witness_heading,
        signer_name=identity.name,
        signer_id_line=id_line,
        place_date=place_date,
        witnesses=list(witnesses or []) if body.witness_heading else [],
    )


def tanggal(when: date) -> str:
    """Indonesian long date: ``30 September 2024``."""
    return f"{when.day} {MONTHS_ID[when.month - 1]} {when.year}"


def sample_identity(audience: str = "asn") -> Identity:
    """A made-up signer for template previews."""
    if audience == "non_asn":
        return Identity(
            "-",
            "Contoh Nama Pegawai",
            "NON_ASN",
            nik="8108010101900001",
            jabatan="Tenaga Administrasi",
            unit_name="Kantor Kecamatan",
        )
    return Identity(
        "-",
        "Contoh Nama Pegawai, S.Sos.",
        "PNS",
        nip="199001012015031001",
        golongan="III/a",
        jabatan="Analis Kebijakan",
        unit_name="Kantor Kecamatan",
    )
