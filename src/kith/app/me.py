"""Who the user is: their own addresses (``my_identities``), their name (the setting
``me.name``, which signs drafts), and the addresses kith proposes from sent mail.

Direction follows from the addresses: a message from one of them is outbound. When none is
known, a mail import assumes one from the mailbox (the sender of sent mail, else the
address most of the mail was sent to), says so, and says how to correct it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Connection

from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, NotFound
from kith.core.identity import normalise_email
from kith.sources.mail import MANY_RECIPIENTS, MailRecord
from kith.store import mail as store
from kith.store.settings import delete_setting, get_setting, set_setting

NAME_SETTING = "me.name"
PROPOSED_SETTING = "me.proposed"
FIELDS_SETTING = "me.fields"  # the user's own fields, which the ranking reads
MANY_SETTING = "mail.many_recipients"

# Folder names of sent mail in the programs and languages kith meets (case-folded).
SENT_FOLDER_NAMES = frozenset(
    {
        "sent",
        "sent mail",
        "sent items",
        "sent messages",
        "[gmail]/sent mail",
        "inviati",
        "posta inviata",
        "elementi inviati",
        "enviados",
        "elementos enviados",
        "gesendet",
        "gesendete elemente",
        "envoyés",
        "éléments envoyés",
        "naipadala",
        ".sent",
    }
)
# Of the sampled personal mail, the share that must go to one address before kith takes it
# to be the user's.
_RECIPIENT_SHARE = 0.3


@dataclass(frozen=True)
class Me:
    """What ``kith me`` prints."""

    addresses: tuple[str, ...]
    name: str
    proposed: tuple[tuple[str, int], ...]  # (address, messages sent from it) not yet the user's
    fields: tuple[str, ...] = ()  # the user's own fields: the ranking favours people in them


@dataclass(frozen=True)
class MailSettings:
    many: int = MANY_RECIPIENTS  # more recipients than this: a broadcast, not contact


def mail_settings(ws: Workspace) -> MailSettings:
    with ws.db.reading() as conn:
        many = get_setting(conn, ws.owner_id, MANY_SETTING, MANY_RECIPIENTS)
    return MailSettings(many=int(many) if isinstance(many, int) and many > 0 else MANY_RECIPIENTS)


def about_me(ws: Workspace) -> Me:
    with ws.db.reading() as conn:
        addresses = store.my_addresses(conn, ws.owner_id)
        name = get_setting(conn, ws.owner_id, NAME_SETTING, "") or ""
        proposed = get_setting(conn, ws.owner_id, PROPOSED_SETTING, {}) or {}
        fields = get_setting(conn, ws.owner_id, FIELDS_SETTING, []) or []
    others = sorted(((a, int(n)) for a, n in proposed.items() if a not in addresses), key=lambda p: (-p[1], p[0]))
    return Me(addresses=tuple(addresses), name=str(name), proposed=tuple(others), fields=tuple(map(str, fields)))


def _address(value: str) -> str:
    try:
        return normalise_email(value)
    except InvalidValue as exc:
        raise InvalidValue("address", value, "give an email address such as ana@example.org") from exc


def add_my_address(ws: Workspace, value: str) -> tuple[str, bool]:
    """Add one of the user's addresses; (the normalised address, whether it was new)."""
    address = _address(value)
    with ws.db.transaction() as conn:
        return address, store.add_my_address(conn, ws.owner_id, address, ws.now())


def remove_my_address(ws: Workspace, value: str) -> str:
    address = _address(value)
    with ws.db.transaction() as conn:
        if not store.remove_my_address(conn, ws.owner_id, address):
            known = ", ".join(store.my_addresses(conn, ws.owner_id)) or "none yet"
            raise NotFound(f"{address} is not one of your addresses (they are: {known})")
    return address


def set_my_name(ws: Workspace, name: str) -> str:
    """Store the user's name (``me.name``); an empty name forgets it."""
    cleaned = " ".join(name.split())
    with ws.db.transaction() as conn:
        if cleaned:
            set_setting(conn, ws.owner_id, NAME_SETTING, cleaned)
        else:
            delete_setting(conn, ws.owner_id, NAME_SETTING)
    return cleaned


def set_my_fields(ws: Workspace, fields: Sequence[str]) -> tuple[str, ...]:
    """Store the user's own fields ("data science", "fintech"); an empty list forgets them.

    The ranking's "long-term value" counts a person who works in one of them
    (``kith.core.ranking``: "works in your field").
    """
    cleaned = tuple(dict.fromkeys(" ".join(f.split()) for f in fields if f.strip()))
    with ws.db.transaction() as conn:
        if cleaned:
            set_setting(conn, ws.owner_id, FIELDS_SETTING, list(cleaned))
        else:
            delete_setting(conn, ws.owner_id, FIELDS_SETTING)
    return cleaned


def propose(conn: Connection, owner_id: int, senders: Counter[str]) -> None:
    """Remember addresses the user sent mail from that are not theirs yet (``kith me`` lists them)."""
    if not senders:
        return
    known = set(store.my_addresses(conn, owner_id))
    current = Counter(get_setting(conn, owner_id, PROPOSED_SETTING, {}) or {})
    current.update({a: n for a, n in senders.items() if a not in known})
    set_setting(conn, owner_id, PROPOSED_SETTING, dict(current.most_common(20)))


def assume_me(
    ws: Workspace, conn: Connection, path: Path, sample: Callable[[], Sequence[MailRecord]], *, apply: bool
) -> list[str]:
    """When the user has no address yet, take one from the first messages of the mailbox
    (``sample``, read only then) and say so (the notes); ``apply`` False (a dry run) says
    what would be assumed without storing it."""
    if store.my_addresses(conn, ws.owner_id):
        return []
    first = sample()
    if not first:
        return []
    guess, why = _guess(path, first)
    if guess is None:
        return [
            "kith does not know your address, so every message counts as written to you: "
            "`kith me add YOU@EXAMPLE.ORG`, then import again"
        ]
    if apply:
        store.add_my_address(conn, ws.owner_id, guess, ws.now())
    return [
        f"kith took {guess} to be your address ({why}); if it is not, "
        f"`kith me remove {guess}` and `kith me add YOURS`, then import again"
    ]


def _guess(path: Path, sample: Sequence[MailRecord]) -> tuple[str | None, str]:
    in_sent = path.name.removesuffix(".gz").removesuffix(".mbox").strip().casefold() in SENT_FOLDER_NAMES
    senders = Counter(
        r.sender.email
        for r in sample
        if r.sender is not None and (in_sent or "Sent" in r.gmail_labels or _in_sent_folder(r.position.file))
    )
    if senders:
        address, _ = senders.most_common(1)[0]
        return address, "the sender of your sent mail"
    personal = [r for r in sample if r.classification.personal]
    recipients = Counter(a.email for r in personal for a in dict.fromkeys(r.to))
    if recipients and personal:
        address, count = recipients.most_common(1)[0]
        if count >= _RECIPIENT_SHARE * len(personal):
            return address, f"{count:,} of the first {len(personal):,} personal messages were sent to it"
    return None, ""


def _in_sent_folder(file: str) -> bool:
    parts = Path(file).parts
    return any(p.casefold() in SENT_FOLDER_NAMES for p in parts[-3:-1])
