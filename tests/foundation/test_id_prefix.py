"""Rows found by what a person typed (``netra device revoke 3f2a``, ``sync refusal-seen``,
``sync resolve``): the id or a unique prefix, matched literally. Before, the prefix went into
LIKE unescaped, so ``netra device revoke % --reason x`` on a hub with one laptop revoked it."""

from __future__ import annotations

from desktop.services import roster
from desktop.services.context import AppContext
from desktop.store.lookup import by_id_or_prefix
from desktop.store.models import Employee


def test_id_or_unique_prefix_matched_literally(ctx: AppContext) -> None:
    unit = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    emp = roster.add_employee(
        ctx, roster.EmployeeInput(name="Simon Kay", unit_id=unit.id, category="NON_ASN")
    ).id
    with ctx.read() as session:
        assert by_id_or_prefix(session, Employee, emp).id == emp  # type: ignore[union-attr]
        assert by_id_or_prefix(session, Employee, emp[:6]).id == emp  # type: ignore[union-attr]
        for typed in ("%", "_", "___", f"{emp[:2]}%", ""):
            assert by_id_or_prefix(session, Employee, typed) is None, typed
