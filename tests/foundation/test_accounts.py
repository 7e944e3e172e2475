from __future__ import annotations

import pytest

from desktop.domain.errors import NetraError, PermissionDenied
from desktop.services import accounts
from desktop.services.context import Actor, AppContext
from tests.conftest import ADMIN, PASSWORD


def test_login_sets_actor_and_audits(ctx: AppContext) -> None:
    ctx.actor = None
    actor = accounts.login(ctx, ADMIN, PASSWORD)
    assert actor == Actor(ADMIN, "admin")
    assert ctx.actor == actor


def test_wrong_password_message_is_indonesian(ctx: AppContext) -> None:
    with pytest.raises(NetraError) as err:
        accounts.login(ctx, ADMIN, "salah-sekali")
    assert err.value.code == "login_failed"
    assert "kata sandi salah" in err.value.message_id


def test_unknown_user_gets_the_same_message(ctx: AppContext) -> None:
    with pytest.raises(NetraError) as err:
        accounts.login(ctx, "tidakada", "apa-saja-123")
    assert err.value.code == "login_failed"


def test_account_locks_after_repeated_failures(ctx: AppContext) -> None:
    for _ in range(accounts.MAX_FAILED):
        with pytest.raises(NetraError):
            accounts.login(ctx, ADMIN, "salah-sekali")
    with pytest.raises(NetraError) as err:
        accounts.login(ctx, ADMIN, PASSWORD)
    assert err.value.code == "account_locked"


def test_roles_are_enforced_in_services(ctx: AppContext) -> None:
    accounts.add_user(ctx, "operator1", "sandi-operator", "operator", "Operator Satu")
    ctx.actor = Actor("operator1", "operator")
    with pytest.raises(PermissionDenied):
        accounts.add_user(ctx, "lain", "sandi-lain-123", "admin")


def test_weak_password_and_bad_role_refused(ctx: AppContext) -> None:
    with pytest.raises(NetraError) as err:
        accounts.add_user(ctx, "budi", "123", "operator")
    assert err.value.code == "password_weak"
    with pytest.raises(NetraError) as err:
        accounts.add_user(ctx, "budi", "sandi-budi-123", "raja")
    assert err.value.code == "role_invalid"


def test_change_own_password_needs_old_one(ctx: AppContext) -> None:
    accounts.add_user(ctx, "sari", "sandi-sari-123", "operator")
    ctx.actor = Actor("sari", "operator")
    with pytest.raises(NetraError) as err:
        accounts.change_password(ctx, "sari", "keliru-123", "sandi-baru-456")
    assert err.value.code == "password_wrong"
    accounts.change_password(ctx, "sari", "sandi-sari-123", "sandi-baru-456")
    ctx.actor = None
    assert accounts.login(ctx, "sari", "sandi-baru-456").role == "operator"
