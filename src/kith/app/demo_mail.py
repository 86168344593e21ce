"""A demo mailbox for the demo network: an mbox whose correspondents are the people in the
database, so that importing it finds them (``kith demo-mbox``, and the import benchmark)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError
from kith.demo.mailbox import Correspondent, write_mailbox
from kith.store import mail as store

DEMO_ME = "me@kith-demo.example"
MAX_CORRESPONDENTS = 5000  # a decade of mail is with a few thousand people at most


def write_demo_mailbox(ws: Workspace, path: Path, *, messages: int, seed: int = 5) -> Counter[str]:
    """Write ``messages`` demo messages to ``path`` between the user and the network's people;
    the user's first address (or ``me@kith-demo.example``, then added to theirs) is the
    mailbox's owner. Returns how many of each kind were written."""
    if messages < 1:
        raise InvalidValue("messages", str(messages), "write at least one message")
    with ws.db.transaction() as conn:
        people = [Correspondent(n, e) for n, e in store.correspondents(conn, ws.owner_id, MAX_CORRESPONDENTS)]
        mine = store.my_addresses(conn, ws.owner_id)
        if not mine:
            store.add_my_address(conn, ws.owner_id, DEMO_ME, ws.now())
            mine = [DEMO_ME]
    if not people:
        raise KithError("the database has nobody with an email address: `kith demo` fills it first")
    try:
        return write_mailbox(path, people, Correspondent("Me", mine[0]), messages=messages, seed=seed, end=ws.now())
    except OSError as exc:
        raise KithError(f"{path}: the mailbox cannot be written ({exc.strerror})") from exc
