"""Settings: JSON values under a key, per owner, replaced and forgotten."""

from __future__ import annotations

from kith.app.workspace import Workspace
from kith.store.settings import delete_setting, get_setting, set_setting, settings_under


def test_a_setting_is_stored_replaced_and_forgotten(workspace: Workspace) -> None:
    owner = workspace.owner_id
    with workspace.db.transaction() as conn:
        assert get_setting(conn, owner, "me.name", "nobody") == "nobody"
        set_setting(conn, owner, "me.name", "Ana Reyes")
        set_setting(conn, owner, "me.name", "Ana Reyes-Cruz")
        set_setting(conn, owner, "accounts.imap.work", {"host": "imap.example.com", "port": 993})
        set_setting(conn, owner, "accounts_other", [1, 2])
    with workspace.db.reading() as conn:
        assert get_setting(conn, owner, "me.name") == "Ana Reyes-Cruz"
        assert settings_under(conn, owner, "accounts.") == {
            "accounts.imap.work": {"host": "imap.example.com", "port": 993}
        }
    with workspace.db.transaction() as conn:
        assert delete_setting(conn, owner, "me.name")
        assert not delete_setting(conn, owner, "me.name")
        assert get_setting(conn, owner, "me.name") is None
