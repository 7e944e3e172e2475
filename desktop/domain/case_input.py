"""The engine's input (RULEBOOK.md "Machine-readable input"), parsed strictly.

``{"category": "PNS", "violations": ["D2", "E4"],
   "prior": [{"type": 6, "same_nature": true, "date": "2024-03-01"}]}``

Unknown categories, codes or prior types are refused with the list of valid values (CLI exit 2).
Codes are upper-cased, de-duplicated and put in rulebook order, so equal inputs compare equal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import NetraError

if TYPE_CHECKING:
    from desktop.domain.rulebook import Rulebook

MORAL_PRIOR = ("moral_tertutup", "moral_terbuka")
PRIOR_TYPES: tuple[str, ...] = (*(str(t) for t in range(1, 10)), "ptdh", *MORAL_PRIOR)
INPUT_KEYS = ("category", "violations", "prior", "classifications")
PRIOR_KEYS = ("type", "same_nature", "date")

PriorType = int | str  # 1..9 | "ptdh" | "moral_tertutup" | "moral_terbuka"


def bad_input(message_id: str, message_en: str, **details: Any) -> NetraError:
    return NetraError("bad_case_input", message_id, message_en, **details)


@dataclass(frozen=True)
class PriorSanction:
    """An earlier sanction of the same employee."""

    type: PriorType
    same_nature: bool = False
    date: date | None = None

    @property
    def is_moral(self) -> bool:
        return self.type in MORAL_PRIOR

    @property
    def rank(self) -> int:
        """1..9 for numbered types, 10 for PTDH, 0 for a sanksi moral."""
        if isinstance(self.type, int):
            return self.type
        return 10 if self.type == "ptdh" else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "same_nature": self.same_nature,
            "date": self.date.isoformat() if self.date else None,
        }


@dataclass(frozen=True)
class Classification:
    """The written classification a catch-all code needs before the engine runs on it."""

    code: str
    level: str  # moral (ethics codes) | sedang | berat | ptdh
    basis: str  # the article / regulation breached
    text: str  # why the act falls there

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level, "basis": self.basis, "text": self.text}


@dataclass(frozen=True)
class CaseInput:
    category: str
    violations: tuple[str, ...]
    prior: tuple[PriorSanction, ...] = ()
    classifications: tuple[Classification, ...] = ()

    def classification(self, code: str) -> Classification | None:
        return next((c for c in self.classifications if c.code == code), None)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "category": self.category,
            "violations": list(self.violations),
            "prior": [p.to_json() for p in self.prior],
        }
        if self.classifications:
            out["classifications"] = {c.code: c.to_json() for c in self.classifications}
        return out


def parse_prior_type(value: Any) -> PriorType:
    if isinstance(value, bool):
        value = None
    if isinstance(value, int) and 1 <= value <= 9:
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text.isdigit() and 1 <= int(text) <= 9:
            return int(text)
        if text in ("ptdh", *MORAL_PRIOR):
            return text
    raise bad_input(
        f"Jenis sanksi sebelumnya tidak dikenal: {value!r}. Yang sah: {', '.join(PRIOR_TYPES)}.",
        f"Unknown prior sanction type: {value!r}. Valid: {', '.join(PRIOR_TYPES)}.",
        field="prior.type",
        value=str(value),
        valid=list(PRIOR_TYPES),
    )


def _parse_date(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise bad_input(
            f"{where}: tanggal {value!r} tidak sah (format YYYY-MM-DD).",
            f"{where}: invalid date {value!r} (YYYY-MM-DD).",
            field=where,
        ) from None


def parse_prior(item: Any, index: int) -> PriorSanction:
    where = f"prior[{index}]"
    if isinstance(item, PriorSanction):
        return item
    if not isinstance(item, Mapping):
        raise bad_input(
            f'{where} harus berupa objek {{"type": ..., "same_nature": ...}}.',
            f"{where} must be an object.",
            field=where,
        )
    extra = sorted(set(item) - set(PRIOR_KEYS))
    if extra:
        raise bad_input(
            f"{where}: kunci tidak dikenal {', '.join(extra)}. Yang sah: {', '.join(PRIOR_KEYS)}.",
            f"{where}: unknown keys {extra}.",
            field=where,
            valid=list(PRIOR_KEYS),
        )
    if "type" not in item:
        raise bad_input(
            f"{where}: kunci 'type' wajib ada.", f"{where}: 'type' is required.", field=where
        )
    same = item.get("same_nature", False)
    if not isinstance(same, bool):
        raise bad_input(
            f"{where}.same_nature harus true atau false.",
            f"{where}.same_nature must be true or false.",
            field=where,
        )
    return PriorSanction(
        parse_prior_type(item["type"]), same, _parse_date(item.get("date"), f"{where}.date")
    )


def normalise_codes(rulebook: Rulebook, codes: Iterable[Any]) -> tuple[str, ...]:
    """Upper-cased, de-duplicated, in rulebook order; every unknown code reported at once."""
    wanted: set[str] = set()
    unknown: list[str] = []
    for raw in codes:
        code = str(raw).strip().upper()
        if code in rulebook.violations:
            wanted.add(code)
        else:
            unknown.append(str(raw))
    if unknown:
        valid = ", ".join(rulebook.codes)
        raise NetraError(
            "unknown_code",
            f"Kode pelanggaran tidak dikenal: {', '.join(unknown)}. Kode yang sah "
            f"(aturan {rulebook.name}): {valid}.",
            f"Unknown violation code(s): {', '.join(unknown)}. Valid: {valid}.",
            field="violations",
            value=unknown,
            valid=list(rulebook.codes),
        )
    if not wanted:
        raise bad_input(
            "Daftar 'violations' kosong: sebutkan minimal satu kode pelanggaran yang "
            f"terbukti ({', '.join(rulebook.codes)}).",
            "'violations' is empty: give at least one proven code.",
            field="violations",
            valid=list(rulebook.codes),
        )
    return tuple(c for c in rulebook.codes if c in wanted)


def normalise_category(rulebook: Rulebook, category: Any) -> str:
    key = str(category or "").strip().upper().replace("-", "_").replace(" ", "_")
    if key not in rulebook.categories:
        valid = ", ".join(rulebook.category_keys)
        raise NetraError(
            "unknown_category",
            f"Kategori pegawai tidak dikenal: {category!r}. Yang sah: {valid}.",
            f"Unknown employee category: {category!r}. Valid: {valid}.",
            field="category",
            value=str(category),
            valid=list(rulebook.category_keys),
        )
    return key


def parse_classifications(
    rulebook: Rulebook, codes: tuple[str, ...], raw: Any
) -> tuple[Classification, ...]:
    """Each catch-all code among ``codes`` needs ``{"level", "basis", "text"}``; nothing else
    may be classified. Refused with ``classification_required`` / ``bad_case_input``."""
    policy = rulebook.data.get("classification") or {}
    levels = tuple(policy.get("levels") or ("sedang", "berat", "ptdh"))
    min_text = int(policy.get("min_text") or 20)
    raw = dict(raw or {})
    out: list[Classification] = []
    for code in codes:
        v = rulebook.violations[code]
        item = raw.pop(code, None)
        if not v.classification_required:
            if item is not None:
                raise bad_input(
                    f"Kode {code} tidak memerlukan klasifikasi.",
                    f"Code {code} takes no classification.",
                    field="classifications",
                )
            continue
        if not isinstance(item, Mapping):
            raise NetraError(
                "classification_required",
                f"Kode {code} ({v.act}) memerlukan klasifikasi tertulis sebelum mesin aturan "
                "dijalankan: uraian perbuatan, pasal/peraturan yang dilanggar"
                + (f", dan tingkatnya ({', '.join(levels)})." if v.track == "discipline" else "."),
                f"Code {code} needs a written classification before the engine runs.",
                violation=code,
                levels=list(levels),
            )
        text = " ".join(str(item.get("text") or "").split())
        basis = " ".join(str(item.get("basis") or "").split())
        level = str(item.get("level") or ("moral" if v.track == "ethics" else "")).lower()
        if len(text) < min_text or not basis:
            raise bad_input(
                f"Klasifikasi {code}: uraian minimal {min_text} karakter dan dasar hukum wajib diisi.",
                f"Classification of {code}: text ({min_text}+ chars) and basis are required.",
                field="classifications",
            )
        if v.track == "ethics" and level != "moral":
            raise bad_input(
                f"Klasifikasi {code}: kode etik selalu bertingkat 'moral'.",
                f"{code}: ethics codes are 'moral'.",
                field="classifications",
            )
        if v.track == "discipline" and level not in levels:
            raise bad_input(
                f"Klasifikasi {code}: tingkat '{level}' tidak sah ({', '.join(levels)}).",
                f"{code}: level must be one of {', '.join(levels)}.",
                field="classifications",
                valid=list(levels),
            )
        out.append(Classification(code, level, basis, text))
    if raw:
        raise bad_input(
            f"Klasifikasi untuk kode yang tidak disebut: {', '.join(sorted(raw))}.",
            "Classification for codes not in 'violations'.",
            field="classifications",
        )
    return tuple(out)


def make_case(
    rulebook: Rulebook,
    category: Any,
    violations: Iterable[Any],
    prior: Iterable[Any] = (),
    classifications: Mapping[str, Any] | None = None,
) -> CaseInput:
    if isinstance(violations, (str, bytes)):
        violations = [v for v in str(violations).replace(";", ",").split(",") if v.strip()]
    codes = normalise_codes(rulebook, violations)
    return CaseInput(
        normalise_category(rulebook, category),
        codes,
        tuple(parse_prior(p, i) for i, p in enumerate(prior or ())),
        parse_classifications(rulebook, codes, classifications),
    )


def parse_case(rulebook: Rulebook, data: Any) -> CaseInput:
    """The JSON document of RULEBOOK.md, already decoded; strict about keys and values."""
    if not isinstance(data, Mapping):
        raise bad_input(
            'Masukan kasus harus objek JSON {"category": ..., "violations": '
            '[...], "prior": [...]}.',
            "Case input must be a JSON object.",
        )
    extra = sorted(set(data) - set(INPUT_KEYS))
    if extra:
        raise bad_input(
            f"Kunci tidak dikenal: {', '.join(extra)}. Yang sah: {', '.join(INPUT_KEYS)}.",
            f"Unknown keys: {extra}.",
            valid=list(INPUT_KEYS),
        )
    for key in ("category", "violations"):
        if key not in data:
            raise bad_input(f"Kunci '{key}' wajib ada.", f"'{key}' is required.", field=key)
    if not isinstance(data["violations"], list):
        raise bad_input(
            '\'violations\' harus daftar kode, mis. ["D2", "E4"].',
            "'violations' must be a list of codes.",
            field="violations",
        )
    prior = data.get("prior") or []
    if not isinstance(prior, list):
        raise bad_input(
            "'prior' harus daftar sanksi sebelumnya.", "'prior' must be a list.", field="prior"
        )
    classes = data.get("classifications") or {}
    if not isinstance(classes, Mapping):
        raise bad_input(
            '\'classifications\' harus objek {"D17": {"level": ..., "basis": ..., "text": ...}}.',
            "'classifications' must be an object.",
            field="classifications",
        )
    return make_case(rulebook, data["category"], data["violations"], prior, classes)
