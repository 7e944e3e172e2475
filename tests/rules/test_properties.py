"""Determinism and output invariants of the engine over random inputs (hypothesis)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import resources
from desktop.domain.rulebook import load_rulebook
from desktop.domain.sanctions import check_case

RB = load_rulebook(resources.read_text("rulebook", "netralitas-2022.json"))
LEVEL_OF: dict[Any, str] = {4: "sedang", 5: "sedang", 6: "sedang", 7: "berat", 8: "berat",
                            9: "berat", "ptdh": "ptdh"}  # fmt: skip
TOP = {"sedang": 6, "berat": 9}

priors = st.lists(st.fixed_dictionaries({
    "type": st.sampled_from([*range(1, 10), "ptdh", "moral_tertutup", "moral_terbuka"]),
    "same_nature": st.booleans(),
    "date": st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
}), max_size=4)  # fmt: skip
cases = st.fixed_dictionaries(
    {
        "category": st.sampled_from(["PNS", "CPNS", "PPPK", "NON_ASN"]),
        "violations": st.lists(
            st.sampled_from([c for c in RB.codes if not RB.violations[c].classification_required]),
            min_size=1,
            max_size=5,
        ),
        "prior": priors,
    }
)


def _ranked(t: Any) -> int:
    return 10 if t == "ptdh" else int(t)


@settings(max_examples=300, deadline=None)
@given(case=cases)
def test_same_input_same_output(case: dict[str, Any]) -> None:
    a = check_case(RB, case).to_json()
    b = check_case(RB, json.loads(json.dumps(case))).to_json()
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


@settings(max_examples=300, deadline=None)
@given(case=cases)
def test_output_invariants(case: dict[str, Any]) -> None:
    out = check_case(RB, case).to_json()
    codes = set(out["input"]["violations"])
    has_d = any(c.startswith("D") for c in codes)
    has_e = any(c.startswith("E") for c in codes)
    if case["category"] == "NON_ASN":
        assert out["track"] == "contract"
        assert out["level"] is None and out["minimum_type"] is None and out["moral"] is None
        assert out["reference_level"] in ("moral", "sedang", "berat", "ptdh")
        assert (out["reference_level"] == "moral") == (not has_d)
        return
    assert out["reference_level"] is None
    if not has_d:
        assert (out["track"], out["level"], out["minimum_type"], out["allowed_types"]) == (
            "ethics",
            "moral",
            None,
            [],
        )
        assert out["moral"] in ("tertutup", "terbuka")
        return
    allowed, minimum = out["allowed_types"], out["minimum_type"]
    assert out["track"] == "discipline"
    assert minimum in allowed and allowed[0] == minimum
    assert out["level"] == LEVEL_OF[minimum]
    assert all(LEVEL_OF[t] == out["level"] for t in allowed)
    if minimum == "ptdh":
        assert allowed == ["ptdh"]
    elif case["category"] == "PPPK":
        assert 7 not in allowed and 8 not in allowed and allowed[-1] == TOP[out["level"]]
    else:
        assert allowed == list(range(minimum, TOP[out["level"]] + 1))
    assert (out["moral"] is not None) == has_e
    # Never lighter than the act's own level, nor than the last same-nature sanction.
    if "D5" in codes:
        assert minimum == "ptdh"
    repeats = [p for p in case["prior"] if p["same_nature"] and not str(p["type"]).startswith("m")]
    if repeats:
        assert _ranked(minimum) >= min(_ranked(p["type"]) for p in repeats)
