"""An examination team member's NIP goes through the one NIP reader (full-width digits from a
phone keyboard, the printed form), and a wrong one is still refused."""

from __future__ import annotations

import pytest

from desktop.domain.errors import NetraError
from desktop.services.cases.exam import parse_member


def test_member_nip_in_any_written_form() -> None:
    for typed in ("１９７５０４２７１９９９０４１００１", "NIP. 19750427 199904 1 001"):
        member = parse_member(f"Drs. Yusuf Lekipera|{typed}|ketua")
        assert member.nip == "197504271999041001", typed


def test_member_nip_too_short_is_refused() -> None:
    with pytest.raises(NetraError) as err:
        parse_member("Drs. Yusuf Lekipera|19750427 199904|ketua")
    assert err.value.code == "bad_nip"
