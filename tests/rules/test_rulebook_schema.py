"""The rulebook file is validated on load; broken files are refused with every problem."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from desktop.domain.rulebook import Rulebook, RulebookInvalid, load_rulebook, rulebook_sha256


def test_shipped_rulebook_is_valid_and_hashed_canonically(rb: Rulebook, rulebook_text: str) -> None:
    assert rb.name == "netralitas-2022"
    assert rb.sha256 == rulebook_sha256(json.loads(rulebook_text))
    # Whitespace and key order do not change the identity.
    reformatted = json.dumps(json.loads(rulebook_text), indent=4, sort_keys=True)
    assert load_rulebook(reformatted).sha256 == rb.sha256
    assert load_rulebook(rulebook_text.encode("utf-8")).sha256 == rb.sha256


def test_content_change_changes_the_hash(rulebook_data: dict[str, Any], rb: Rulebook) -> None:
    rulebook_data["violations"][0]["act"] += " (ubah)"
    assert load_rulebook(json.dumps(rulebook_data)).sha256 != rb.sha256


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.pop(key)


BREAKS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("no violations", _drop("violations"), "'violations'"),
    ("bad format", lambda d: d.update(format=2), "format"),
    ("empty name", lambda d: d.update(name=" "), "name"),
    ("unknown level", lambda d: d["violations"][8].update(level="ringan"), "violations[8]"),
    ("ethics with level", lambda d: d["violations"][0].update(level="berat"), "violations[0]"),
    ("bad track", lambda d: d["violations"][0].update(track="pidana"), "violations[0]"),
    ("duplicate code", lambda d: d["violations"][1].update(code="E1"), "ganda"),
    ("bad code", lambda d: d["violations"][1].update(code="X9"), "violations[1]"),
    ("types out of order", lambda d: d["sanction_types"].reverse(), "sanction_types"),
    ("type in wrong level", lambda d: d["sanction_types"][6].update(level="sedang"),
     "sanction_types[6]"),
    ("missing rule", lambda d: d["rules"].pop(2), "R3"),
    ("undefined unconfirmed id", lambda d: d["violations"][0].update(unconfirmed=["U-NOPE"]),
     "U-NOPE"),
    ("missing authority", lambda d: d["authority"].pop("berat"), "authority"),
    ("bad counting", lambda d: d["deadlines"][0].update(counting="weeks"), "deadlines[0]"),
    ("bad direction", lambda d: d["deadlines"][0].update(direction=0), "deadlines[0]"),
    ("removing type 9", lambda d: d["categories"][2].update(removed_types=[7, 8, 9]),
     "removed_types"),
    ("bad treat_as", lambda d: d["categories"][1].update(treat_as="HONORER"), "treat_as"),
    ("bad policy", lambda d: d["policies"]["ethics"].update(first="keras"), "policies.ethics"),
    ("bad repeat step", lambda d: d["policies"]["repeat"].update(step="satu"), "repeat.step"),
    ("moral keys", lambda d: d["moral_sanctions"].pop(), "moral_sanctions"),
]  # fmt: skip


@pytest.mark.parametrize(("why", "breaker", "where"), BREAKS, ids=[b[0] for b in BREAKS])
def test_broken_rulebook_refused(
    rulebook_data: dict[str, Any], why: str, breaker: Callable[[dict[str, Any]], None], where: str
) -> None:
    data = copy.deepcopy(rulebook_data)
    breaker(data)
    with pytest.raises(RulebookInvalid) as err:
        load_rulebook(json.dumps(data))
    assert any(where in p for p in err.value.problems), err.value.problems
    assert err.value.exit_code == 2
    assert err.value.message_id.startswith("Berkas aturan sanksi ditolak")


def test_all_problems_listed_at_once(rulebook_data: dict[str, Any]) -> None:
    rulebook_data["format"] = 9
    rulebook_data["violations"][0]["track"] = "x"
    rulebook_data["deadlines"][0]["days"] = -1
    with pytest.raises(RulebookInvalid) as err:
        load_rulebook(json.dumps(rulebook_data))
    assert len(err.value.problems) >= 3


@pytest.mark.parametrize("text", ["", "{", "[]", "null", '"x"', "\xff"])
def test_not_a_rulebook(text: str) -> None:
    with pytest.raises(RulebookInvalid):
        load_rulebook(text)


def test_not_utf8() -> None:
    with pytest.raises(RulebookInvalid) as err:
        load_rulebook(b"\xff\xfe{")
    assert "UTF-8" in err.value.problems[0]


def test_policy_in_data_changes_the_outcome(rulebook_data: dict[str, Any]) -> None:
    """Numbers live in the data: BKPSDM can change D16's level or the repeat step."""
    from desktop.domain.sanctions import recommend

    next(v for v in rulebook_data["violations"] if v["code"] == "D16")["level"] = "berat"
    rulebook_data["policies"]["repeat"]["step"] = 2
    rulebook_data["version"] = "2022.2"
    rb2 = load_rulebook(json.dumps(rulebook_data))
    assert recommend(rb2, "PNS", ["D16"]).to_json()["level"] == "berat"
    assert recommend(rb2, "PNS", ["D13"], [{"type": 4, "same_nature": True}]).minimum_type == 6
