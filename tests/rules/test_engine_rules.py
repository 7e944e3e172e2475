"""Each numbered rule of RULEBOOK.md (1-8), combinations, repeats, and input parsing."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.domain.errors import NetraError
from desktop.domain.rulebook import Rulebook
from desktop.domain.sanctions import check_case, recommend

REQUIRED_KEYS = {"rulebook", "rulebook_sha256", "track", "level", "reference_level",
                 "minimum_type", "allowed_types", "moral", "authority", "process", "warnings",
                 "explanation"}  # fmt: skip


def run(
    rb: Rulebook, category: str, codes: list[str], prior: list[Any] | None = None
) -> dict[str, Any]:
    return recommend(rb, category, codes, prior or []).to_json()


def short(out: dict[str, Any]) -> tuple[Any, ...]:
    return out["track"], out["level"], out["minimum_type"], out["allowed_types"], out["moral"]


def prior(t: Any, same: bool = True, day: str | None = None) -> dict[str, Any]:
    return {"type": t, "same_nature": same, "date": day}


# ------------------------------------------------------------------ rule 1: heaviest
@pytest.mark.parametrize(("codes", "expected"), [
    (["D13", "D1"], ("discipline", "berat", 7, [7, 8, 9], None)),
    (["D3", "D9", "D16"], ("discipline", "sedang", 4, [4, 5, 6], None)),
    (["D13", "D5", "D2"], ("discipline", "ptdh", "ptdh", ["ptdh"], None)),
    (["D2", "D2", "d2"], ("discipline", "berat", 7, [7, 8, 9], None)),
])  # fmt: skip
def test_rule1_one_sanction_the_heaviest(rb: Rulebook, codes: list[str], expected: Any) -> None:
    assert short(run(rb, "PNS", codes)) == expected


def test_rule1_order_of_codes_does_not_matter(rb: Rulebook) -> None:
    a = run(rb, "PNS", ["E4", "D13", "D1"])
    b = run(rb, "PNS", ["D1", "E4", "D13"])
    assert a == b


# ------------------------------------------------------------------ rule 2: repeats
@pytest.mark.parametrize(("codes", "priors", "expected"), [
    (["D13"], [prior(4)], ("discipline", "sedang", 5, [5, 6], None)),
    (["D13"], [prior(5)], ("discipline", "sedang", 6, [6], None)),
    (["D13"], [prior(6)], ("discipline", "berat", 7, [7, 8, 9], None)),
    (["D1"], [prior(7)], ("discipline", "berat", 8, [8, 9], None)),
    (["D1"], [prior(8)], ("discipline", "berat", 9, [9], None)),
    (["D1"], [prior(9)], ("discipline", "berat", 9, [9], None)),
    (["D13"], [prior(9)], ("discipline", "berat", 9, [9], None)),
    (["D13"], [prior("ptdh")], ("discipline", "ptdh", "ptdh", ["ptdh"], None)),
    (["D5"], [prior(1)], ("discipline", "ptdh", "ptdh", ["ptdh"], None)),
    (["D5"], [prior(9)], ("discipline", "ptdh", "ptdh", ["ptdh"], None)),
    (["D13"], [prior(2)], ("discipline", "sedang", 4, [4, 5, 6], None)),
    (["D1"], [prior(5)], ("discipline", "berat", 7, [7, 8, 9], None)),
    (["D13"], [prior(6, same=False)], ("discipline", "sedang", 4, [4, 5, 6], None)),
    (["D1"], [prior(8, same=False)], ("discipline", "berat", 7, [7, 8, 9], None)),
    (["D13"], [prior("moral_terbuka")], ("discipline", "sedang", 4, [4, 5, 6], None)),
])  # fmt: skip
def test_rule2_repeat(rb: Rulebook, codes: list[str], priors: list[Any], expected: Any) -> None:
    out = run(rb, "PNS", codes, priors)
    assert short(out) == expected
    assert out["level"] == rb.sanction(out["minimum_type"]).level  # level of minimum_type


def test_rule2_last_means_latest_date_not_list_order(rb: Rulebook) -> None:
    priors = [prior(4, day="2024-06-01"), prior(6, day="2023-01-01")]
    assert run(rb, "PNS", ["D13"], priors)["minimum_type"] == 5


def test_rule2_without_dates_the_input_order_decides(rb: Rulebook) -> None:
    assert run(rb, "PNS", ["D13"], [prior(6), prior(4)])["minimum_type"] == 5
    assert run(rb, "PNS", ["D13"], [prior(4), prior(6)])["minimum_type"] == 7


def test_rule2_only_same_nature_counts_even_if_later(rb: Rulebook) -> None:
    priors = [prior(4, day="2023-01-01"), prior(9, same=False, day="2024-01-01")]
    assert run(rb, "PNS", ["D13"], priors)["minimum_type"] == 5


def test_rule2_explains_crossing_levels(rb: Rulebook) -> None:
    out = run(rb, "PNS", ["D13"], [prior(6, day="2024-02-01")])
    r2 = [s for s in out["explanation"] if s["rule"] == "R2"]
    assert len(r2) == 1 and "berat" in r2[0]["text"] and "2024-02-01" in r2[0]["text"]


def test_rule2_not_a_repeat_is_explained(rb: Rulebook) -> None:
    out = run(rb, "PNS", ["D13"], [prior(6, same=False)])
    assert any(s["rule"] == "R2" and "bukan pengulangan" in s["text"] for s in out["explanation"])


# ------------------------------------------------------------------ rule 3: ethics
def test_rule3_ethics_first_time_closed(rb: Rulebook) -> None:
    out = run(rb, "PNS", ["E2", "E4"])
    assert short(out) == ("ethics", "moral", None, [], "tertutup")
    assert out["moral_name"] == "pernyataan secara tertutup"


@pytest.mark.parametrize("earlier", ["moral_tertutup", "moral_terbuka"])
def test_rule3_open_after_earlier_moral(rb: Rulebook, earlier: str) -> None:
    out = run(rb, "PNS", ["E1"], [prior(earlier)])
    assert short(out) == ("ethics", "moral", None, [], "terbuka")
    assert out["moral_name"] == "pernyataan secara terbuka"


def test_rule3_earlier_moral_of_other_nature_does_not_count(rb: Rulebook) -> None:
    assert run(rb, "PNS", ["E1"], [prior("moral_tertutup", same=False)])["moral"] == "tertutup"


def test_rule3_earlier_discipline_sanction_is_not_a_moral_one(rb: Rulebook) -> None:
    assert run(rb, "PNS", ["E1"], [prior(4)])["moral"] == "tertutup"


def test_rule3_both_tracks_discipline_principal_moral_beside(rb: Rulebook) -> None:
    out = run(rb, "PNS", ["D2", "E4"])
    assert short(out) == ("discipline", "berat", 7, [7, 8, 9], "tertutup")
    assert "Majelis Kode Etik" in out["authority"] and out["authority"].startswith("PPK")
    assert any(s["rule"] == "R3" and "Pasal 16" in s["text"] for s in out["explanation"])


def test_rule3_both_tracks_with_repeats(rb: Rulebook) -> None:
    out = run(rb, "PNS", ["D13", "E4"], [prior(6), prior("moral_tertutup")])
    assert short(out) == ("discipline", "berat", 7, [7, 8, 9], "terbuka")


# ------------------------------------------------------------------ rule 4: CPNS
@pytest.mark.parametrize("codes", [["E3"], ["D16"], ["D4", "E5"], ["D5"]])
def test_rule4_cpns_as_pns(rb: Rulebook, codes: list[str]) -> None:
    a, b = run(rb, "CPNS", codes, [prior(5)]), run(rb, "PNS", codes, [prior(5)])
    assert short(a) == short(b)
    assert a["authority"] == b["authority"]
    assert any(s["rule"] == "R4" for s in a["explanation"])


# ------------------------------------------------------------------ rule 5: PPPK
def test_rule5_pppk_berat_is_type_9_with_contract_wording(rb: Rulebook) -> None:
    out = run(rb, "PPPK", ["D1"])
    assert short(out) == ("discipline", "berat", 9, [9], None)
    assert out["sanction_names"]["9"] == (
        "pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri"
    )
    assert any("PPK wajib mengonfirmasi" in w for w in out["warnings"])
    assert any("[U-PPPK]" in w for w in out["warnings"])


def test_rule5_pppk_repeat_crossing_into_berat(rb: Rulebook) -> None:
    assert short(run(rb, "PPPK", ["D13"], [prior(6)])) == ("discipline", "berat", 9, [9], None)


def test_rule5_pppk_sedang_unchanged(rb: Rulebook) -> None:
    out = run(rb, "PPPK", ["D13"], [prior(4)])
    assert short(out) == ("discipline", "sedang", 5, [5, 6], None)
    assert not any("PPK wajib mengonfirmasi" in w for w in out["warnings"])


def test_rule5_pppk_party_membership_is_ptdh(rb: Rulebook) -> None:
    out = run(rb, "PPPK", ["D5"])
    assert short(out) == ("discipline", "ptdh", "ptdh", ["ptdh"], None)
    assert (
        out["sanction_names"]["ptdh"] == "pemutusan hubungan perjanjian kerja tidak dengan hormat"
    )


def test_rule5_pns_keeps_pns_wording(rb: Rulebook) -> None:
    names = run(rb, "PNS", ["D1"])["sanction_names"]
    assert names["9"] == "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS"


# ------------------------------------------------------------------ rule 6: non-ASN
@pytest.mark.parametrize(("codes", "priors", "reference"), [
    (["E1"], [], "moral"),
    (["D13"], [], "sedang"),
    (["D13"], [prior(6)], "berat"),
    (["D1", "E2"], [], "berat"),
    (["D5"], [], "ptdh"),
])  # fmt: skip
def test_rule6_non_asn_contract(
    rb: Rulebook, codes: list[str], priors: list[Any], reference: str
) -> None:
    out = run(rb, "NON_ASN", codes, priors)
    assert short(out) == ("contract", None, None, [], None)
    assert out["reference_level"] == reference
    assert "Kepala unit kerja" in out["authority"]
    assert any("non-ASN" in w for w in out["warnings"])
    assert out["explanation"][0]["rule"] == "R6"
    assert out["deadlines"] == []


def test_reference_level_only_for_non_asn(rb: Rulebook) -> None:
    for cat in ("PNS", "CPNS", "PPPK"):
        assert run(rb, cat, ["D1"])["reference_level"] is None


# ------------------------------------------------------------------ rule 7: authority, process
def test_rule7_deadlines_and_process(rb: Rulebook) -> None:
    out = run(rb, "PNS", ["D1"])
    keys = {d["key"]: d for d in out["deadlines"]}
    assert keys["summons"]["days"] == 7 and keys["summons"]["counting"] == "working"
    assert keys["delivery"]["days"] == 14
    assert keys["effective"]["days"] == 15
    assert keys["objection"]["days"] == 14 and keys["objection"]["counting"] == "working"
    assert "tim pemeriksa" in out["process"]
    for uid in ("U-DELIVERY", "U-EFFECTIVE", "U-KEBERATAN"):
        assert any(f"[{uid}]" in w for w in out["warnings"])


def test_rule7_ethics_only_has_no_discipline_deadlines(rb: Rulebook) -> None:
    out = run(rb, "PNS", ["E1"])
    assert [d["key"] for d in out["deadlines"]] == ["verification", "follow_up"]


# ------------------------------------------------------------------ rule 8: explanation
@pytest.mark.parametrize(("codes", "uid"), [
    (["D16"], "U-D16"), (["D8"], "U-D8"), (["E7"], "U-E7"), (["D3"], "U-D3"),
    (["D1"], "U-UU20"), (["D13"], "U-TPP"), (["E1"], "U-MORAL-FORUM"), (["D9"], "U-D9"),
])  # fmt: skip
def test_rule8_unconfirmed_points_are_warned(rb: Rulebook, codes: list[str], uid: str) -> None:
    out = run(rb, "PNS", codes)
    assert uid in out["unconfirmed"]
    assert any(w.startswith(f"BELUM DIKONFIRMASI [{uid}]") for w in out["warnings"])


@pytest.mark.parametrize("category", ["PNS", "CPNS", "PPPK", "NON_ASN"])
@pytest.mark.parametrize("codes", [["E1"], ["D16", "E7"], ["D5"], ["D8", "D3"]])
def test_rule8_every_step_is_sourced(rb: Rulebook, category: str, codes: list[str]) -> None:
    out = run(rb, category, codes, [prior(5), prior("moral_tertutup")])
    assert set(out) >= REQUIRED_KEYS
    assert out["rulebook"] == "netralitas-2022" and out["rulebook_sha256"] == rb.sha256
    assert out["explanation"][-1]["rule"] == "R8"
    for step in out["explanation"]:
        assert step["rule"] in rb.rules and step["legal_basis"]
        assert step["rulebook_version"] == rb.version
        assert step["rulebook_sha256"] == rb.sha256
        for uid in step["unconfirmed"]:
            assert uid in out["unconfirmed"]
    for uid in out["unconfirmed"]:
        assert any(f"[{uid}]" in w for w in out["warnings"])


# ------------------------------------------------------------------ input parsing
def test_unknown_codes_listed_with_valid_ones(rb: Rulebook) -> None:
    with pytest.raises(NetraError) as err:
        check_case(rb, {"category": "PNS", "violations": ["D2", "D99", "X1"]})
    assert err.value.code == "unknown_code"
    assert err.value.details["value"] == ["D99", "X1"]
    assert err.value.details["valid"] == list(rb.codes)
    assert "D16" in err.value.message_id and err.value.exit_code == 2


@pytest.mark.parametrize(("data", "code"), [
    ({"category": "ASN", "violations": ["D1"]}, "unknown_category"),
    ({"category": "PNS", "violations": []}, "bad_case_input"),
    ({"category": "PNS"}, "bad_case_input"),
    ({"category": "PNS", "violations": "D1"}, "bad_case_input"),
    ({"category": "PNS", "violations": ["D1"], "prior": [{"type": 10}]}, "bad_case_input"),
    ({"category": "PNS", "violations": ["D1"], "prior": [{"type": "berat"}]}, "bad_case_input"),
    ({"category": "PNS", "violations": ["D1"], "prior": [{"type": 4, "same_nature": "ya"}]},
     "bad_case_input"),
    ({"category": "PNS", "violations": ["D1"], "prior": [{"type": 4, "date": "1/2/2024"}]},
     "bad_case_input"),
    ({"category": "PNS", "violations": ["D1"], "priors": []}, "bad_case_input"),
    (["PNS", "D1"], "bad_case_input"),
])  # fmt: skip
def test_bad_input_refused(rb: Rulebook, data: Any, code: str) -> None:
    with pytest.raises(NetraError) as err:
        check_case(rb, data)
    assert err.value.code == code


def test_input_is_normalised(rb: Rulebook) -> None:
    out = check_case(
        rb,
        {
            "category": "pns",
            "violations": [" e4", "D2", "d2"],
            "prior": [{"type": "6", "same_nature": True}],
        },
    ).to_json()
    assert out["input"] == {
        "category": "PNS",
        "violations": ["E4", "D2"],
        "prior": [{"type": 6, "same_nature": True, "date": None}],
    }
    assert out["minimum_type"] == 7


def test_prior_absent_or_null(rb: Rulebook) -> None:
    a = check_case(rb, {"category": "PNS", "violations": ["D1"]}).to_json()
    b = check_case(rb, {"category": "PNS", "violations": ["D1"], "prior": None}).to_json()
    assert a == b
