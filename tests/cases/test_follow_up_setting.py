"""The PPK follow-up deadline after a BKN recommendation is a setting (issue 16): shown,
changed and put back to the rulebook's from the CLI; out of range refused with exit 2."""

from __future__ import annotations

from tests.conftest import CliRunner


def test_follow_up_days_show_set_and_reset(cli: CliRunner) -> None:
    shown = cli("case", "follow-up-days", "--json")
    assert shown.code == 0, shown
    first = shown.json_object()
    assert first["from_setting"] is False and 1 <= int(first["days"]) <= 365
    assert any("BELUM DIKONFIRMASI" in w for w in first["warnings"])

    changed = cli("case", "follow-up-days", "21", "--json")
    assert changed.code == 0, changed
    assert changed.json_object()["days"] == 21 and changed.json_object()["from_setting"] is True
    assert cli("case", "follow-up-days", "--json").json_object()["days"] == 21

    refused = cli("case", "follow-up-days", "400", "--json")
    assert refused.code == 2 and "365" in refused.out + refused.err
    assert cli("case", "follow-up-days", "--json").json_object()["days"] == 21  # unchanged

    back = cli("case", "follow-up-days", "--rulebook", "--json").json_object()
    assert back["from_setting"] is False and back["days"] == first["days"]
    text = cli("case", "follow-up-days")
    assert text.code == 0 and "menurut aturan sanksi" in text.out
