"""The sanction rulebook: a versioned data file, validated on load, identified by its SHA-256.

The file format is described in ``docs/rulebook.md``. Everything the engine decides with
(codes, levels, sanction names, policies, authority and process texts, deadlines, UNCONFIRMED
points) lives in the data, so BKPSDM can publish a new version without a new program.
Pure code: this module never reads files (``desktop.services.rules`` does).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.domain import jsontext
from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import NetraError
from desktop.domain.rulebook_schema import LOCAL_LAYER_KIND, validate, validate_local_layer
from desktop.domain.workdays import DeadlineRule

FORMAT = 1
NUMBERED_TYPES: tuple[int, ...] = tuple(range(1, 10))
TYPE_KEYS: tuple[str, ...] = (*(str(t) for t in NUMBERED_TYPES), "ptdh")
LEVELS: tuple[str, ...] = ("ringan", "sedang", "berat", "ptdh")
TRACKS: tuple[str, ...] = ("ethics", "discipline", "contract")
MORAL_KEYS: tuple[str, ...] = ("tertutup", "terbuka")

SanctionKey = int | str  # 1..9 or "ptdh"


class RulebookInvalid(NetraError):
    """The rulebook file was refused; ``problems`` lists every reason (Indonesian)."""

    def __init__(self, problems: list[str]) -> None:
        shown = "\n".join(f"  - {p}" for p in problems[:40])
        more = f"\n  (dan {len(problems) - 40} masalah lain)" if len(problems) > 40 else ""
        super().__init__(
            "rulebook_invalid",
            f"Berkas aturan sanksi ditolak karena tidak sah ({len(problems)} masalah):\n"
            f"{shown}{more}",
            f"The rulebook file was refused: {len(problems)} problem(s).",
            problems=problems,
        )
        self.problems = problems


@dataclass(frozen=True)
class Unconfirmed:
    id: str
    text: str
    reference: str = ""


@dataclass(frozen=True)
class RuleText:
    id: str  # R1..R8 (RULEBOOK.md numbered rules)
    title: str
    text: str
    legal_basis: str


@dataclass(frozen=True)
class Violation:
    code: str
    track: str  # ethics | discipline
    act: str
    level: str  # moral (ethics) | sedang | berat | ptdh
    legal_basis: str
    unconfirmed: tuple[str, ...] = ()
    note: str = ""
    #: A catch-all code ("other form regulated by law"): the engine runs only with a written
    #: classification (legal basis, description and, for discipline, the level).
    classification_required: bool = False


@dataclass(frozen=True)
class SanctionType:
    key: SanctionKey  # 1..9 or "ptdh"
    rank: int  # 1..10, lightest first
    level: str
    name: str
    legal_basis: str
    unconfirmed: tuple[str, ...] = ()


@dataclass(frozen=True)
class MoralSanction:
    key: str  # tertutup | terbuka
    name: str
    legal_basis: str
    unconfirmed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Category:
    key: str  # PNS | CPNS | PPPK | NON_ASN
    label: str
    regime: str  # discipline | contract
    treat_as: str | None
    removed_types: tuple[int, ...]
    type_names: Mapping[str, str]  # sanction key -> name for this category (PPPK wording)
    legal_basis: str
    warnings: tuple[str, ...] = ()
    unconfirmed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Directive:
    """An authority or process text for one outcome (sedang, berat, ptdh, ethics, contract)."""

    key: str
    text: str
    legal_basis: str
    unconfirmed: tuple[str, ...] = ()
    examination_team: str = ""  # mandatory | optional | "" (process only)


@dataclass(frozen=True)
class Rulebook:
    name: str
    version: str
    title: str
    sha256: str
    data: Mapping[str, Any] = field(repr=False)
    violations: Mapping[str, Violation] = field(repr=False)
    sanction_types: tuple[SanctionType, ...] = field(repr=False)
    moral_sanctions: Mapping[str, MoralSanction] = field(repr=False)
    categories: Mapping[str, Category] = field(repr=False)
    unconfirmed: Mapping[str, Unconfirmed] = field(repr=False)
    rules: Mapping[str, RuleText] = field(repr=False)
    authority: Mapping[str, Directive] = field(repr=False)
    process: Mapping[str, Directive] = field(repr=False)
    deadlines: tuple[DeadlineRule, ...] = field(repr=False)
    policies: Mapping[str, Any] = field(repr=False)
    #: The kabupaten's local PPPK layer applied on top (``with_local_layer``); the identity
    #: (name, version, sha256) stays the national rulebook's.
    local_layer: LocalLayer | None = field(default=None, repr=False)

    # ------------------------------------------------------------------ lookups
    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.violations)

    @property
    def category_keys(self) -> tuple[str, ...]:
        return tuple(self.categories)

    def violation(self, code: str) -> Violation:
        found = self.violations.get(code.strip().upper())
        if found is None:
            raise unknown_value("kode pelanggaran", code, self.codes)
        return found

    def category(self, key: str) -> Category:
        found = self.categories.get(key.strip().upper())
        if found is None:
            raise unknown_value("kategori pegawai", key, self.category_keys)
        return found

    def sanction(self, key: SanctionKey) -> SanctionType:
        for s in self.sanction_types:
            if s.key == key:
                return s
        raise unknown_value("jenis hukuman", str(key), TYPE_KEYS)

    def sanction_by_rank(self, rank: int) -> SanctionType:
        return self.sanction_types[rank - 1]

    def sanction_name(self, key: SanctionKey, category: str | None = None) -> str:
        if category is not None:
            named = self.category(category).type_names.get(str(key))
            if named:
                return named
        return self.sanction(key).name

    def level_types(self, level: str) -> tuple[SanctionType, ...]:
        return tuple(s for s in self.sanction_types if s.level == level)

    def rule(self, rule_id: str) -> RuleText:
        return self.rules[rule_id]

    def unconfirmed_text(self, uid: str) -> str:
        item = self.unconfirmed.get(uid)
        return item.text if item else uid

    def with_local_layer(self, layer: LocalLayer | None) -> Rulebook:
        """This rulebook with ``layer``'s PPPK mapping on top (itself without a layer or
        without the layer's category). Only the category's ``removed_types`` and
        ``type_names`` change; its UNCONFIRMED points and every sanction type stay."""
        if layer is None or layer.category not in self.categories:
            return self
        cat = self.categories[layer.category]
        names = {**cat.type_names, **layer.type_names}
        removed = cat.removed_types if layer.removed_types is None else layer.removed_types
        basis = "; ".join(x for x in (cat.legal_basis, layer.basis_text) if x)
        layered = replace(cat, removed_types=removed, type_names=names, legal_basis=basis)
        categories = {**self.categories, layer.category: layered}
        return replace(self, categories=categories, local_layer=layer)

    def layer_for(self, category: str | None) -> LocalLayer | None:
        """The local layer when it applies to ``category`` (PPPK, incl. paruh waktu)."""
        layer = self.local_layer
        return layer if layer is not None and category == layer.category else None

    def to_json(self) -> dict[str, Any]:
        """Summary plus the full data (for ``netra rules show --json``)."""
        return {
            "name": self.name,
            "version": self.version,
            "title": self.title,
            "sha256": self.sha256,
            "codes": list(self.codes),
            "categories": list(self.category_keys),
            "content": dict(self.data),
        }


@dataclass(frozen=True)
class LocalLayer:
    """A kabupaten's local PPPK layer: its Perbup (under SE MenPANRB 11/2023) overriding only
    the PPPK sanction mapping of the national rulebook. Separately versioned; identified by
    name, version and the SHA-256 of its canonical content."""

    name: str
    version: str
    sha256: str
    kabupaten: str
    perbup_number: str
    perbup_date: str
    perbup_title: str
    legal_basis: str
    removed_types: tuple[int, ...] | None  # None: the national list stays
    type_names: Mapping[str, str]
    data: Mapping[str, Any] = field(repr=False)
    category: str = "PPPK"

    @property
    def perbup_text(self) -> str:
        return f"Perbup {self.perbup_number} tanggal {self.perbup_date}"

    @property
    def label(self) -> str:
        """E.g. "Perbup Nomor 12 Tahun 2025 tanggal 2025-03-01 (lapisan lokal pppk-mbd v2026.1)"."""
        return f"{self.perbup_text} (lapisan lokal {self.name} v{self.version})"

    @property
    def basis_text(self) -> str:
        return "; ".join(x for x in (self.perbup_text, self.legal_basis) if x)

    def to_json(self) -> dict[str, Any]:
        """The identity a case records and ``rules show`` lists."""
        return {
            "name": self.name,
            "version": self.version,
            "sha256": self.sha256,
            "kabupaten": self.kabupaten,
            "perbup": {
                "number": self.perbup_number,
                "date": self.perbup_date,
                "title": self.perbup_title,
            },
            "category": self.category,
        }


class LocalLayerInvalid(NetraError):
    """The local layer file was refused; ``problems`` lists every reason (Indonesian)."""

    def __init__(self, problems: list[str]) -> None:
        shown = "\n".join(f"  - {p}" for p in problems[:40])
        more = f"\n  (dan {len(problems) - 40} masalah lain)" if len(problems) > 40 else ""
        super().__init__(
            "local_layer_invalid",
            f"Berkas lapisan lokal PPPK ditolak karena tidak sah ({len(problems)} masalah):\n"
            f"{shown}{more}",
            f"The local PPPK layer file was refused: {len(problems)} problem(s).",
            problems=problems,
        )
        self.problems = problems


def unknown_value(what: str, value: str, valid: tuple[str, ...]) -> NetraError:
    return NetraError(
        "unknown_value",
        f"{what.capitalize()} tidak dikenal: '{value}'. Yang sah: {', '.join(valid)}.",
        f"Unknown {what}: '{value}'. Valid: {', '.join(valid)}.",
        field=what,
        value=value,
        valid=list(valid),
    )


# --------------------------------------------------------------------------- loading
def rulebook_sha256(data: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of the content (whitespace and key order do not count)."""
    return sha256_hex(canonical_json(data))


def load_rulebook(text: str | bytes) -> Rulebook:
    """Parse and validate a rulebook file's text; raises ``RulebookInvalid`` listing problems."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise RulebookInvalid(["berkas bukan teks UTF-8"]) from None
    try:
        data = jsontext.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise RulebookInvalid(
            [f"bukan JSON yang sah: {exc.msg} (baris {exc.lineno}, kolom {exc.colno})"]
        ) from None
    return rulebook_from_data(data)


def rulebook_from_data(data: Any) -> Rulebook:
    problems = validate(data)
    if problems:
        raise RulebookInvalid(problems)
    return _build(data)


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(value or ())


def _directives(raw: Mapping[str, Any]) -> dict[str, Directive]:
    return {
        key: Directive(
            key=key,
            text=item["text"],
            legal_basis=item.get("legal_basis", ""),
            unconfirmed=_tuple(item.get("unconfirmed")),
            examination_team=item.get("examination_team", ""),
        )
        for key, item in raw.items()
    }


def _build(data: Mapping[str, Any]) -> Rulebook:
    types = tuple(
        SanctionType(
            key=item["type"],
            rank=rank,
            level=item["level"],
            name=item["name"],
            legal_basis=item.get("legal_basis", ""),
            unconfirmed=_tuple(item.get("unconfirmed")),
        )
        for rank, item in enumerate(data["sanction_types"], start=1)
    )
    return Rulebook(
        name=data["name"],
        version=data["version"],
        title=data["title"],
        sha256=rulebook_sha256(data),
        data=data,
        violations={
            v["code"]: Violation(
                code=v["code"],
                track=v["track"],
                act=v["act"],
                level=v["level"],
                legal_basis=v["legal_basis"],
                unconfirmed=_tuple(v.get("unconfirmed")),
                note=v.get("note", ""),
                classification_required=v.get("classification") == "required",
            )
            for v in data["violations"]
        },
        sanction_types=types,
        moral_sanctions={
            m["key"]: MoralSanction(
                m["key"], m["name"], m.get("legal_basis", ""), _tuple(m.get("unconfirmed"))
            )
            for m in data["moral_sanctions"]
        },
        categories={
            c["key"]: Category(
                key=c["key"],
                label=c["label"],
                regime=c["regime"],
                treat_as=c.get("treat_as"),
                removed_types=tuple(c.get("removed_types") or ()),
                type_names=dict(c.get("type_names") or {}),
                legal_basis=c.get("legal_basis", ""),
                warnings=_tuple(c.get("warnings")),
                unconfirmed=_tuple(c.get("unconfirmed")),
            )
            for c in data["categories"]
        },
        unconfirmed={
            u["id"]: Unconfirmed(u["id"], u["text"], u.get("reference", ""))
            for u in data["unconfirmed"]
        },
        rules={
            r["id"]: RuleText(r["id"], r["title"], r["text"], r["legal_basis"])
            for r in data["rules"]
        },
        authority=_directives(data["authority"]),
        process=_directives(data["process"]),
        deadlines=tuple(
            DeadlineRule(
                key=d["key"],
                label=d["label"],
                days=d["days"],
                counting=d["counting"],
                anchor=d["anchor"],
                direction=d["direction"],
                legal_basis=d["legal_basis"],
                tracks=_tuple(d["tracks"]),
                unconfirmed=_tuple(d.get("unconfirmed")),
                note=d.get("note", ""),
            )
            for d in data["deadlines"]
        ),
        policies=data["policies"],
    )


# --------------------------------------------------------------------------- local layer
def _decode(text: str | bytes, invalid: type[RulebookInvalid | LocalLayerInvalid]) -> Any:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise invalid(["berkas bukan teks UTF-8"]) from None
    try:
        return jsontext.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise invalid(
            [f"bukan JSON yang sah: {exc.msg} (baris {exc.lineno}, kolom {exc.colno})"]
        ) from None


def load_local_layer(text: str | bytes) -> LocalLayer:
    """Parse and validate a local PPPK layer; raises ``LocalLayerInvalid`` listing problems."""
    return local_layer_from_data(_decode(text, LocalLayerInvalid))


def local_layer_from_data(data: Any) -> LocalLayer:
    problems = validate_local_layer(data)
    if problems:
        raise LocalLayerInvalid(problems)
    pppk = data["pppk"]
    removed = pppk.get("removed_types")
    perbup = data["perbup"]
    return LocalLayer(
        name=data["name"],
        version=data["version"],
        sha256=rulebook_sha256(data),
        kabupaten=data["kabupaten"],
        perbup_number=perbup["number"].strip(),
        perbup_date=perbup["date"],
        perbup_title=perbup.get("title", ""),
        legal_basis=data.get("legal_basis", ""),
        removed_types=tuple(sorted(removed)) if removed is not None else None,
        type_names=dict(pppk.get("type_names") or {}),
        data=data,
    )


def is_local_layer_data(data: Any) -> bool:
    return isinstance(data, dict) and data.get("kind") == LOCAL_LAYER_KIND
