"""The intake/link search goes through the roster's search: ``%`` and ``_`` are plain
characters (the old ``ilike`` took them as wildcards, so ``%%`` listed everyone), a NIP is
found in its printed form, and inactive people are still found."""

from __future__ import annotations

from desktop.services import cases, roster
from desktop.services.context import AppContext


def _staff(ctx: AppContext) -> dict[str, str]:
    unit = roster.add_unit(ctx, "81.08.06.2001", "Desa Ilwaki", "desa")
    out = {}
    for nip, name, category, gol in (
        ("199001012015031001", "Yohanis Leunufna, S.Sos.", "PNS", "III/b"),
        ("198505052010011002", "Maria Rumlus, S.Pd.", "PNS", "III/c"),
        (None, "Simon Kay", "NON_ASN", None),
        (None, "Agustina Lerebulan", "NON_ASN", None),
    ):
        out[name.split()[0]] = roster.add_employee(
            ctx,
            roster.EmployeeInput(
                name=name, unit_id=unit.id, category=category, nip=nip, golongan=gol
            ),
        ).id
    return out


def test_wildcard_characters_do_not_match_everyone(ctx: AppContext) -> None:
    _staff(ctx)
    for text in ("%%", "__", "%_", "_%_", "% %"):
        assert cases.find_people(ctx, text) == [], text
    found = cases.find_people(ctx, "rumlus")
    assert [p["name"] for p in found] == ["Maria Rumlus, S.Pd."]
    assert found[0]["unit"] == "Desa Ilwaki" and found[0]["category"] == "PNS"


def test_names_and_nips_as_people_type_them(ctx: AppContext) -> None:
    ids = _staff(ctx)
    assert [p["id"] for p in cases.find_people(ctx, "19900101 201503 1 001")] == [ids["Yohanis"]]
    assert [p["id"] for p in cases.find_people(ctx, "NIP. 19850505")] == [ids["Maria"]]
    assert [p["id"] for p in cases.find_people(ctx, "simon")] == [ids["Simon"]]
    roster.deactivate(ctx, ids["Simon"], "berhenti")
    assert [p["id"] for p in cases.find_people(ctx, "simon")] == [ids["Simon"]]
    assert cases.find_people(ctx, "s") == []  # too short
    assert len(cases.find_people(ctx, "an", limit=2)) == 2


def test_intake_by_nip_in_any_written_form(ctx: AppContext) -> None:
    """The report's NIP goes through the one NIP reader: full-width digits (a phone keyboard)
    and the printed form find the person; the old regex kept only ASCII digits."""
    from datetime import date

    import pytest

    from desktop.domain.errors import NetraError

    ids = _staff(ctx)
    for typed in ("１９９００１０１２０１５０３１００１", "NIP. 19900101.201503.1.001"):
        change = cases.new_case(
            ctx,
            cases.Intake(
                source="masyarakat",
                anonymous=True,
                received=date.today(),
                description="Memasang spanduk calon di kantor desa.",
                nip=typed,
            ),
        )
        assert cases.show(ctx, change.case_id).to_json()["employee"]["id"] == ids["Yohanis"], typed
    with pytest.raises(NetraError) as err:
        cases.new_case(
            ctx,
            cases.Intake(
                source="masyarakat",
                anonymous=True,
                received=date.today(),
                description="Memasang spanduk calon di kantor desa.",
                nip="19990101 201503 1 009",
            ),
        )
    assert err.value.code == "employee_not_found" and "199901012015031009" in str(err.value)
