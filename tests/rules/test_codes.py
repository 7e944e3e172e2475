"""Every code E1-E7 and D1-D16 for each category PNS, CPNS, PPPK, NON_ASN (RULEBOOK.md).

The expected levels are written here from RULEBOOK.md's tables, not read from the data file,
so a wrong data file fails these tests.
"""

from __future__ import annotations

import pytest

from desktop.domain.rulebook import Rulebook
from desktop.domain.sanctions import recommend

ETHICS = [f"E{i}" for i in range(1, 8)]
DISCIPLINE_LEVEL = {
    "D1": "berat", "D2": "berat", "D3": "sedang", "D4": "berat", "D5": "ptdh", "D6": "berat",
    "D7": "berat", "D8": "berat", "D9": "sedang", "D10": "berat", "D11": "berat",
    "D12": "berat", "D13": "sedang", "D14": "berat", "D15": "berat", "D16": "sedang",
}  # fmt: skip
PNS_RANGE = {"sedang": (4, [4, 5, 6]), "berat": (7, [7, 8, 9]), "ptdh": ("ptdh", ["ptdh"])}
PPPK_RANGE = {"sedang": (4, [4, 5, 6]), "berat": (9, [9]), "ptdh": ("ptdh", ["ptdh"])}


def test_rulebook_has_exactly_the_codes(rb: Rulebook) -> None:
    assert rb.codes == (*ETHICS, "E8", *DISCIPLINE_LEVEL, "D17")  # E8, D17: catch-alls
    assert rb.category_keys == ("PNS", "CPNS", "PPPK", "NON_ASN")


@pytest.mark.parametrize("category", ["PNS", "CPNS", "PPPK"])
@pytest.mark.parametrize("code", ETHICS)
def test_ethics_code_for_asn(rb: Rulebook, code: str, category: str) -> None:
    out = recommend(rb, category, [code]).to_json()
    assert out["track"] == "ethics"
    assert out["level"] == "moral"
    assert out["minimum_type"] is None
    assert out["allowed_types"] == []
    assert out["moral"] == "tertutup"
    assert out["reference_level"] is None
    assert "Majelis Kode Etik" in out["authority"]


@pytest.mark.parametrize("code", ETHICS)
def test_ethics_code_for_non_asn(rb: Rulebook, code: str) -> None:
    out = recommend(rb, "NON_ASN", [code]).to_json()
    assert (out["track"], out["level"], out["minimum_type"], out["moral"]) == (
        "contract",
        None,
        None,
        None,
    )
    assert out["reference_level"] == "moral"
    assert out["allowed_types"] == []


@pytest.mark.parametrize("category", ["PNS", "CPNS", "PPPK", "NON_ASN"])
@pytest.mark.parametrize("code", list(DISCIPLINE_LEVEL))
def test_discipline_code(rb: Rulebook, code: str, category: str) -> None:
    level = DISCIPLINE_LEVEL[code]
    out = recommend(rb, category, [code]).to_json()
    if category == "NON_ASN":
        assert out["track"] == "contract"
        assert out["level"] is None and out["minimum_type"] is None and out["moral"] is None
        assert out["reference_level"] == level
        assert out["allowed_types"] == []
        return
    table = PPPK_RANGE if category == "PPPK" else PNS_RANGE
    minimum, allowed = table[level]
    assert out["track"] == "discipline"
    assert out["level"] == level
    assert out["minimum_type"] == minimum
    assert out["allowed_types"] == allowed
    assert out["moral"] is None
    assert out["reference_level"] is None
    if level in ("berat", "ptdh"):
        assert out["examination_team"] == "mandatory"
        assert out["authority"].startswith("PPK (Bupati/Wali Kota)")
    else:
        assert out["examination_team"] == "optional"
        assert "didelegasikan" in out["authority"]
