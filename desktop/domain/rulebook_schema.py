"""Schema check of a rulebook file: every problem, in Indonesian, with where it is.

Hand-written (no jsonschema dependency) so that the messages read well for a BKPSDM operator.
Besides shapes it checks the cross references the engine relies on: sanction types 1..9 then
``ptdh`` in order, levels contiguous, every UNCONFIRMED id defined, rules R1..R8 present,
authority/process texts for every outcome, policy values in range.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

_CODE = re.compile(r"^[ED][0-9]{1,3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OUTCOMES = ("sedang", "berat", "ptdh", "ethics", "contract")
RULE_IDS = tuple(f"R{i}" for i in range(1, 9))
ANCHORS = ("received", "summons", "examination", "decision", "delivered", "recommendation")
EXPECTED_TYPES: tuple[int | str, ...] = (*range(1, 10), "ptdh")
TYPE_LEVELS = {
    1: "ringan",
    2: "ringan",
    3: "ringan",
    4: "sedang",
    5: "sedang",
    6: "sedang",
    7: "berat",
    8: "berat",
    9: "berat",
    "ptdh": "ptdh",
}


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def bad(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def obj(self, data: Any, where: str, required: tuple[str, ...]) -> Mapping[str, Any] | None:
        if not isinstance(data, dict):
            self.bad(where, "harus berupa objek JSON {...}")
            return None
        for key in required:
            if key not in data:
                self.bad(where, f"kunci '{key}' wajib ada")
        return data

    def text(
        self, data: Mapping[str, Any], key: str, where: str, *, optional: bool = False
    ) -> None:
        if key not in data:
            if not optional:
                self.bad(where, f"kunci '{key}' wajib ada")
            return
        value = data[key]
        if not isinstance(value, str) or (not optional and not value.strip()):
            self.bad(f"{where}.{key}", "harus berupa teks yang tidak kosong")

    def listing(self, data: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = data.get(key)
        if not isinstance(value, list) or not value:
            self.bad(f"{where}.{key}", "harus berupa daftar [...] yang tidak kosong")
            return []
        return value

    def refs(self, item: Mapping[str, Any], where: str, known: set[str]) -> None:
        value = item.get("unconfirmed", [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.bad(f"{where}.unconfirmed", "harus berupa daftar id teks")
            return
        for uid in value:
            if uid not in known:
                self.bad(f"{where}.unconfirmed", f"id '{uid}' tidak ada di daftar 'unconfirmed'")


def validate(data: Any) -> list[str]:
    """Every problem found in ``data`` (an already parsed JSON document); empty when valid."""
    c = _Checker()
    top = c.obj(
        data,
        "berkas",
        (
            "format",
            "name",
            "version",
            "title",
            "unconfirmed",
            "rules",
            "sanction_types",
            "moral_sanctions",
            "violations",
            "categories",
            "policies",
            "authority",
            "process",
            "deadlines",
        ),
    )
    if top is None:
        return c.problems
    if top.get("format") != 1:
        c.bad("format", f"versi format {top.get('format')!r} tidak didukung (harus 1)")
    for key in ("name", "version", "title"):
        c.text(top, key, "berkas")
    if isinstance(top.get("published"), str) and not _DATE.match(top["published"]):
        c.bad("published", "harus tanggal YYYY-MM-DD")
    known = _unconfirmed(c, top)
    _rules(c, top)
    _types(c, top, known)
    _morals(c, top, known)
    _violations(c, top, known)
    _categories(c, top, known)
    _directives(c, top, "authority", known)
    _directives(c, top, "process", known)
    _deadlines(c, top, known)
    _policies(c, top)
    _bodies(c, top, known)
    return c.problems


def _bodies(c: _Checker, top: Mapping[str, Any], known: set[str]) -> None:
    """Optional ``recommending_bodies``: who recommends sanctions in which period (KASN until
    23 August 2024, BKN after, a future independent body): contiguous, non-overlapping."""
    bodies = top.get("recommending_bodies")
    if bodies is None:
        return
    if not isinstance(bodies, list) or not bodies:
        c.bad("recommending_bodies", "harus daftar [...] yang tidak kosong")
        return
    last_until: str | None = ""
    for i, item in enumerate(bodies):
        where = f"recommending_bodies[{i}]"
        obj = c.obj(item, where, ("key", "name"))
        if obj is None:
            continue
        c.text(obj, "key", where)
        c.text(obj, "name", where)
        c.refs(obj, where, known)
        for key in ("from", "until"):
            value = obj.get(key)
            if value is not None and (not isinstance(value, str) or not _DATE.match(value)):
                c.bad(f"{where}.{key}", "harus tanggal YYYY-MM-DD atau null")
        start = obj.get("from")
        if i and (last_until is None or not isinstance(start, str) or start <= last_until):
            c.bad(where, "periode harus berurutan dan tidak tumpang tindih")
        last_until = obj.get("until")


def _each(
    c: _Checker,
    top: Mapping[str, Any],
    key: str,
    required: tuple[str, ...],
    fn: Callable[[Mapping[str, Any], str], None],
) -> None:
    for i, item in enumerate(c.listing(top, key, "berkas")):
        where = f"{key}[{i}]"
        obj = c.obj(item, where, required)
        if obj is not None:
            fn(obj, where)


def _unconfirmed(c: _Checker, top: Mapping[str, Any]) -> set[str]:
    known: set[str] = set()

    def one(item: Mapping[str, Any], where: str) -> None:
        c.text(item, "id", where)
        c.text(item, "text", where)
        uid = item.get("id")
        if isinstance(uid, str):
            if uid in known:
                c.bad(where, f"id '{uid}' ganda")
            known.add(uid)

    _each(c, top, "unconfirmed", ("id", "text"), one)
    return known


def _rules(c: _Checker, top: Mapping[str, Any]) -> None:
    seen: list[str] = []

    def one(item: Mapping[str, Any], where: str) -> None:
        for key in ("id", "title", "text", "legal_basis"):
            c.text(item, key, where)
        seen.append(str(item.get("id")))

    _each(c, top, "rules", ("id", "title", "text", "legal_basis"), one)
    missing = [r for r in RULE_IDS if r not in seen]
    if missing:
        c.bad("rules", f"aturan {', '.join(missing)} wajib ada (R1..R8 sesuai RULEBOOK)")


def _types(c: _Checker, top: Mapping[str, Any], known: set[str]) -> None:
    found: list[Any] = []

    def one(item: Mapping[str, Any], where: str) -> None:
        c.text(item, "name", where)
        c.refs(item, where, known)
        found.append(item.get("type"))
        expected = TYPE_LEVELS.get(item.get("type"))
        if expected is not None and item.get("level") != expected:
            c.bad(
                where,
                f"jenis {item.get('type')} harus bertingkat '{expected}' (PP 94/2021 "
                f"Pasal 8), bukan {item.get('level')!r}",
            )

    _each(c, top, "sanction_types", ("type", "level", "name"), one)
    if found and tuple(found) != EXPECTED_TYPES:
        c.bad(
            "sanction_types",
            f'harus berurutan dari yang teringan: 1, 2, ..., 9, lalu "ptdh"; ditemukan {found}',
        )


def _morals(c: _Checker, top: Mapping[str, Any], known: set[str]) -> None:
    keys: list[Any] = []

    def one(item: Mapping[str, Any], where: str) -> None:
        c.text(item, "name", where)
        c.refs(item, where, known)
        keys.append(item.get("key"))

    _each(c, top, "moral_sanctions", ("key", "name"), one)
    if keys and sorted(map(str, keys)) != ["terbuka", "tertutup"]:
        c.bad("moral_sanctions", f"harus tepat 'tertutup' dan 'terbuka'; ditemukan {keys}")


def _violations(c: _Checker, top: Mapping[str, Any], known: set[str]) -> None:
    codes: set[str] = set()

    def one(item: Mapping[str, Any], where: str) -> None:
        code = item.get("code")
        if not isinstance(code, str) or not _CODE.match(code):
            c.bad(where, f"kode {code!r} harus berbentuk E<angka> atau D<angka>")
        elif code in codes:
            c.bad(where, f"kode '{code}' ganda")
        else:
            codes.add(code)
        for key in ("act", "legal_basis"):
            c.text(item, key, where)
        track, level = item.get("track"), item.get("level")
        classified = item.get("classification", "none")
        if classified not in ("none", "required"):
            c.bad(where, "classification harus 'required' atau tidak ada")
        if level == "classified" and classified != "required":
            c.bad(where, "tingkat 'classified' hanya untuk kode dengan classification 'required'")
        if track == "ethics":
            if level != "moral":
                c.bad(where, "pelanggaran kode etik harus bertingkat 'moral'")
            if isinstance(code, str) and not code.startswith("E"):
                c.bad(where, "kode jalur etik harus diawali 'E'")
        elif track == "discipline":
            if level not in ("sedang", "berat", "ptdh", "classified"):
                c.bad(where, f"tingkat {level!r} tidak sah (sedang, berat, ptdh)")
            if isinstance(code, str) and not code.startswith("D"):
                c.bad(where, "kode jalur disiplin harus diawali 'D'")
        else:
            c.bad(where, f"jalur {track!r} tidak sah (ethics, discipline)")
        c.refs(item, where, known)

    _each(c, top, "violations", ("code", "track", "act", "level", "legal_basis"), one)


def _categories(c: _Checker, top: Mapping[str, Any], known: set[str]) -> None:
    keys: list[str] = []
    items: list[Mapping[str, Any]] = []

    def one(item: Mapping[str, Any], where: str) -> None:
        c.text(item, "key", where)
        c.text(item, "label", where)
        if item.get("regime") not in ("discipline", "contract"):
            c.bad(where, f"regime {item.get('regime')!r} tidak sah (discipline, contract)")
        removed = item.get("removed_types", [])
        if not isinstance(removed, list) or any(r not in range(1, 10) for r in removed):
            c.bad(f"{where}.removed_types", "harus daftar jenis 1..9")
        elif 9 in removed:
            c.bad(f"{where}.removed_types", "jenis 9 tidak boleh dihapus (puncak tingkat berat)")
        names = item.get("type_names", {})
        if not isinstance(names, dict) or any(
            k not in [*map(str, range(1, 10)), "ptdh"] or not isinstance(v, str)
            for k, v in names.items()
        ):
            c.bad(f"{where}.type_names", 'harus objek {"9": "nama", "ptdh": "nama"}')
        warnings = item.get("warnings", [])
        if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
            c.bad(f"{where}.warnings", "harus daftar teks")
        c.refs(item, where, known)
        keys.append(str(item.get("key")))
        items.append(item)

    _each(c, top, "categories", ("key", "label", "regime"), one)
    for item in items:
        target = item.get("treat_as")
        if target is not None and target not in keys:
            c.bad(f"categories[{item.get('key')}].treat_as", f"kategori '{target}' tidak ada")


def _directives(c: _Checker, top: Mapping[str, Any], key: str, known: set[str]) -> None:
    raw = c.obj(top.get(key), key, OUTCOMES)
    if raw is None:
        return
    for outcome, item in raw.items():
        where = f"{key}.{outcome}"
        if outcome not in OUTCOMES:
            c.bad(where, f"hasil tidak dikenal (yang sah: {', '.join(OUTCOMES)})")
        obj = c.obj(item, where, ("text",))
        if obj is None:
            continue
        c.text(obj, "text", where)
        c.refs(obj, where, known)
        team = obj.get("examination_team", "")
        if team not in ("", "mandatory", "optional", "none"):
            c.bad(where, "examination_team harus mandatory, optional atau none")


def _deadlines(c: _Checker, top: Mapping[str, Any], known: set[str]) -> None:
    def one(item: Mapping[str, Any], where: str) -> None:
        for key in ("key", "label", "legal_basis"):
            c.text(item, key, where)
        days = item.get("days")
        if not isinstance(days, int) or isinstance(days, bool) or not 0 < days <= 365:
            c.bad(where, "days harus bilangan bulat 1..365")
        if item.get("counting") not in ("working", "calendar"):
            c.bad(where, "counting harus 'working' (hari kerja) atau 'calendar' (hari kalender)")
        if item.get("anchor") not in ANCHORS:
            c.bad(where, f"anchor harus salah satu dari {', '.join(ANCHORS)}")
        if item.get("direction") not in (1, -1):
            c.bad(where, "direction harus 1 atau -1")
        tracks = item.get("tracks")
        if (
            not isinstance(tracks, list)
            or not tracks
            or any(t not in ("ethics", "discipline") for t in tracks)
        ):
            c.bad(where, "tracks harus daftar dari 'ethics'/'discipline'")
        c.refs(item, where, known)

    _each(
        c,
        top,
        "deadlines",
        ("key", "label", "days", "counting", "anchor", "direction", "legal_basis", "tracks"),
        one,
    )


def _policies(c: _Checker, top: Mapping[str, Any]) -> None:
    pol = c.obj(top.get("policies"), "policies", ("combine", "repeat", "ethics", "non_asn"))
    if pol is None:
        return
    if pol.get("combine") != "heaviest":
        c.bad("policies.combine", "hanya 'heaviest' yang didukung")
    rep = c.obj(
        pol.get("repeat"), "policies.repeat", ("step", "cross_levels", "requires_same_nature")
    )
    if rep is not None:
        step = rep.get("step")
        if not isinstance(step, int) or isinstance(step, bool) or not 0 <= step <= 9:
            c.bad("policies.repeat.step", "harus bilangan bulat 0..9")
        for key in ("cross_levels", "requires_same_nature"):
            if not isinstance(rep.get(key), bool):
                c.bad(f"policies.repeat.{key}", "harus true atau false")
    eth = c.obj(pol.get("ethics"), "policies.ethics", ("first", "repeat"))
    if eth is not None:
        for key in ("first", "repeat"):
            if eth.get(key) not in ("tertutup", "terbuka"):
                c.bad(f"policies.ethics.{key}", "harus 'tertutup' atau 'terbuka'")
    non = c.obj(pol.get("non_asn"), "policies.non_asn", ("reference_category",))
    if non is not None and isinstance(top.get("categories"), list):
        keys = [x.get("key") for x in top["categories"] if isinstance(x, dict)]
        if non.get("reference_category") not in keys:
            c.bad("policies.non_asn.reference_category", "harus kategori yang ada (mis. PNS)")


# --------------------------------------------------------------------------- local PPPK layer
LOCAL_LAYER_KIND = "pppk-lokal"
LOCAL_LAYER_KEYS = (
    "format",
    "kind",
    "name",
    "version",
    "kabupaten",
    "perbup",
    "legal_basis",
    "description",
    "pppk",
)
LOCAL_PERBUP_KEYS = ("number", "date", "title")
LOCAL_PPPK_KEYS = ("removed_types", "type_names")
#: The heaviest type of each level may never be removed: every range the engine gives keeps
#: at least one type (a repeat can raise the minimum to the top of its level).
LEVEL_TOPS = {3: "ringan", 6: "sedang", 9: "berat"}
_LAYER_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


def _strict_keys(
    c: _Checker, data: Mapping[str, Any], where: str, allowed: tuple[str, ...]
) -> None:
    for key in data:
        if key not in allowed:
            c.bad(
                where,
                f"kunci '{key}' tidak dikenal; lapisan lokal hanya mengubah pemetaan hukuman "
                f"PPPK (kunci yang sah: {', '.join(allowed)})",
            )


def validate_local_layer(data: Any) -> list[str]:
    """Every problem of a local PPPK layer (``docs/rulebook.md``); empty when valid.

    The layer names its Perbup (number, date) and overrides only the PPPK sanction mapping:
    ``pppk.removed_types`` (the types that do not fit a contract post) and/or
    ``pppk.type_names`` (the PPPK wording of a type). Any other key is refused."""
    c = _Checker()
    top = c.obj(
        data, "berkas", ("format", "kind", "name", "version", "kabupaten", "perbup", "pppk")
    )
    if top is None:
        return c.problems
    _strict_keys(c, top, "berkas", LOCAL_LAYER_KEYS)
    if "format" in top and top.get("format") != 1:
        c.bad("format", f"versi format {top.get('format')!r} tidak didukung (harus 1)")
    if "kind" in top and top.get("kind") != LOCAL_LAYER_KIND:
        c.bad("kind", f"harus '{LOCAL_LAYER_KIND}' (lapisan lokal PPPK)")
    for key in ("version", "kabupaten"):
        if key in top:
            c.text(top, key, "berkas")
    name = top.get("name")
    if "name" in top and (not isinstance(name, str) or not _LAYER_NAME.match(name)):
        c.bad(
            "name",
            "harus huruf kecil, angka, titik, garis bawah atau tanda hubung (maks. 40 karakter), "
            "mis. 'pppk-mbd'",
        )
    version = top.get("version")
    if isinstance(version, str) and len(version) > 32:
        c.bad("version", "paling banyak 32 karakter")
    for key in ("legal_basis", "description"):
        if key in top:
            c.text(top, key, "berkas", optional=True)
    perbup = c.obj(top["perbup"], "perbup", ("number", "date")) if "perbup" in top else None
    if perbup is not None:
        _strict_keys(c, perbup, "perbup", LOCAL_PERBUP_KEYS)
        c.text(perbup, "number", "perbup")
        if "title" in perbup:
            c.text(perbup, "title", "perbup")
        day = perbup.get("date")
        if "date" in perbup and not (isinstance(day, str) and _valid_date(day)):
            c.bad("perbup.date", "harus tanggal yang sah YYYY-MM-DD (tanggal penetapan Perbup)")
    pppk = c.obj(top["pppk"], "pppk", ()) if "pppk" in top else None
    if pppk is not None:
        _strict_keys(c, pppk, "pppk", LOCAL_PPPK_KEYS)
        if not any(k in pppk for k in LOCAL_PPPK_KEYS):
            c.bad("pppk", "harus berisi 'removed_types' dan/atau 'type_names'")
        _layer_removed(c, pppk)
        names = pppk.get("type_names", {})
        valid_keys = [*map(str, range(1, 10)), "ptdh"]
        if not isinstance(names, dict):
            c.bad("pppk.type_names", 'harus objek {"9": "nama", "ptdh": "nama"}')
        else:
            for k, v in names.items():
                if k not in valid_keys:
                    c.bad("pppk.type_names", f"jenis '{k}' tidak sah ({', '.join(valid_keys)})")
                elif not isinstance(v, str) or not v.strip():
                    c.bad(f"pppk.type_names.{k}", "harus berupa teks yang tidak kosong")
    return c.problems


def _layer_removed(c: _Checker, pppk: Mapping[str, Any]) -> None:
    if "removed_types" not in pppk:
        return
    removed = pppk["removed_types"]
    if not isinstance(removed, list) or any(
        isinstance(r, bool) or r not in range(1, 10) for r in removed
    ):
        c.bad("pppk.removed_types", "harus daftar jenis 1..9")
        return
    if len(set(removed)) != len(removed):
        c.bad("pppk.removed_types", "ada jenis yang disebut lebih dari sekali")
    for top_type, level in LEVEL_TOPS.items():
        if top_type in removed:
            c.bad(
                "pppk.removed_types",
                f"jenis {top_type} tidak boleh dihapus (puncak tingkat {level})",
            )


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
