"""Sanction names only from the rulebook (issue 15): no table of names in the code, and the
nota dinas, the case summary, the decision and the CLI name a type the way the rulebook does."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import sanctions
from desktop.services import rules
from desktop.services.cases import documents as case_documents
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.cases.records import type_label
from desktop.services.context import AppContext
from tests.cases.conftest import Driver
from tests.cases.test_pdf import pdf_text

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

# Stems of the names (as the rulebook and the old hard-coded table spelled them). "tidak dengan
# hormat" alone is left out: it is also the name of the level (tingkat) PTDH.
STEMS = (
    "teguran lisan",
    "teguran tertulis",
    "pernyataan tidak puas",
    "pemotongan tunjangan",
    "penurunan jabatan",
    "pembebasan dari jabatan",
    "pemberhentian dengan hormat",
    "pemutusan hubungan perjanjian",
    "pernyataan secara tertutup",
    "pernyataan secara terbuka",
)


def _names() -> set[str]:
    book = rules.shipped_rulebook()
    names = {s.name.lower() for s in book.sanction_types}
    names |= {m.name.lower() for m in book.moral_sanctions.values()}
    for key in book.category_keys:
        names |= {n.lower() for n in book.category(key).type_names.values()}
    return names


def test_no_sanction_name_in_the_code() -> None:
    names = _names()
    assert len(names) >= 12 and all(any(s in n for s in STEMS) or "hormat" in n for n in names)
    found = []
    for path in DESKTOP.rglob("*.py"):
        text = re.sub(r"\s+", " ", path.read_text(encoding="utf-8").lower())
        found += [f"{path.relative_to(DESKTOP)}: {w}" for w in (*STEMS, *names) if w in text]
    assert found == []


@pytest.mark.parametrize("category", ["PNS", "CPNS", "PPPK", "NON_ASN", None])
def test_every_type_is_named_by_the_rulebook(category: str | None) -> None:
    book = rules.shipped_rulebook()
    for key in sanctions.DISCIPLINE_TYPES:
        rb_key = int(key) if key.isdigit() else "ptdh"
        official = book.sanction_name(rb_key, category if category != "NON_ASN" else None)
        assert sanctions.sanction_name(book, key, category) == official
        assert type_label(key, category) == official[0].upper() + official[1:]
    for key in sanctions.MORAL_TYPES:
        moral = book.moral_sanctions[key.removeprefix("moral_")].name
        assert type_label(key, category) == f"Sanksi moral: {moral}"
    assert type_label("kontrak_teguran", category) == (
        f"{book.sanction_name(2).capitalize()} menurut perjanjian kerja"
    )
    assert type_label("kontrak_pemutusan") == "Pemutusan perjanjian kerja"
    assert type_label("nonsense") == "Nonsense"


def test_pp94_knowledge_in_the_domain() -> None:
    assert sanctions.DISCIPLINE_TYPES == ("1", "2", "3", "4", "5", "6", "7", "8", "9", "ptdh")
    assert [sanctions.end_date(t, date(2025, 1, 31)) for t in ("3", "4", "5", "6", "7", "8")] == [
        None,
        date(2025, 7, 31),
        date(2025, 10, 31),
        date(2026, 1, 31),
        date(2026, 1, 31),
        date(2026, 1, 31),
    ]
    assert sanctions.add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert sanctions.LEVEL_ORDER == ("moral", "ringan", "sedang", "berat", "ptdh")
    assert sanctions.heaviest_level(["sedang", "moral", "berat", "x"]) == "berat"
    assert sanctions.heaviest_level(["moral"]) == "moral"
    assert sanctions.heaviest_level(["x"]) is None
    assert sanctions.DISMISSAL_TYPES == ("9", "ptdh", "kontrak_pemutusan")


def test_nota_and_summary_name_types_from_one_rulebook(
    ctx: AppContext, drive: Driver, people: dict[str, str], tmp_path: Path
) -> None:
    case = drive(people["pns"], ["D2", "E4"])
    dec = case_sanctions.decide(
        ctx, case["id"], "7", "800/5/BKPSDM/2024", date(2024, 12, 16), decided_by="Bupati"
    )
    book = rules.active_rulebook(ctx)
    name = book.sanction_name(7, "PNS")
    assert dec.sanction_label == name[0].upper() + name[1:]
    summary = pdf_text(
        case_documents.render(ctx, case["id"], "summary", date(2024, 12, 17)), tmp_path
    )
    nota = pdf_text(
        case_documents.render(ctx, case["id"], "recommendation", date(2024, 12, 17)), tmp_path
    )
    assert dec.sanction_label in summary  # the decision's line
    moral = book.moral_sanctions["tertutup"].name
    assert f"Sanksi moral {moral}" in summary and f"Sanksi moral {moral}" in nota
    for key in ("7", "8", "9"):  # the allowed choices, next line in the nota
        assert book.sanction_name(int(key), "PNS") in nota
