"""``kith send``: one message to one person through the user's SMTP server, only when asked and
only after they saw it.

The words are the composer's draft or the user's own, polished when asked, coached in every
case (``app.outgoing``); words with a blocking finding, or a person who asked not to be
contacted, are refused before anything is shown for confirmation. The whole message is
shown and confirmed (``confirm``; ``--yes`` in scripts) before the password is asked for.
The step is done, with the message's Message-ID and the identity the mail import gives it,
only once the server has accepted the message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kith.app.messages import SMTP_SETTING, record_sent, smtp_account
from kith.app.outgoing import Prepared, Request, Worded, as_email, prepare, remember, word
from kith.app.sync import AskPassword, account_password
from kith.app.workspace import Workspace
from kith.core.errors import KithError
from kith.outbound.smtp import send

SMTP_PASSWORD_VARIABLE = "KITH_SMTP_PASSWORD"


@dataclass(frozen=True)
class SendOutcome:
    """What ``kith send`` did: the words, the message when there was one, and whether it went."""

    worded: Worded
    prepared: Prepared | None = None
    sent: bool = False
    recorded: str = ""  # "Done: first message to ... by email"
    next: str = ""  # "follow-up 1 due ..."


def send_draft(
    ws: Workspace,
    who: str,
    request: Request | None = None,
    *,
    confirm: Callable[[Prepared], bool],
    ask_password: AskPassword | None = None,
    ca_file: Path | None = None,
) -> SendOutcome:
    """Compose (or take the user's words), coach, show through ``confirm``, and send when it
    says yes. Blocking words come back unsent with their findings (``worded.blocking``); a
    server that does not take the message raises ``SendError`` (one line), and nothing is
    recorded then."""
    account = smtp_account(ws)
    if account is None:
        raise KithError(
            f"no SMTP account is set ({SMTP_SETTING}): "
            "`kith setup smtp smtps://you@smtp.example.org --from you@example.org` sets one"
        )
    worded = word(ws, who, as_email(request or Request()))
    if worded.blocking:
        return SendOutcome(worded)
    prepared = prepare(ws, worded, sending=True)
    if not confirm(prepared):
        return SendOutcome(worded, prepared)
    password = account_password(account.locator, SMTP_PASSWORD_VARIABLE, ask_password) if account.username else ""
    send(account.server(ca_file), password, prepared.message)
    remember(ws, prepared)
    outcome = record_sent(
        ws, str(worded.drafted.person_id), prepared.outgoing, prepared.message_id, prepared.recipient.email
    )
    return SendOutcome(worded, prepared, sent=True, recorded=outcome.summary, next=outcome.next)
