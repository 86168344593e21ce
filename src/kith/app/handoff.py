"""``kith draft``'s hand-offs: the draft (polished when asked) as an .eml file, in the IMAP
Drafts folder, or as a ``mailto:`` link, for the user to finish and send from their own
mail program. kith sends nothing here (``kith send`` does, when asked).

Every hand-off of one draft is the same message with the same Message-ID, kept on the
outreach step it is for once the file is written or the server has taken it; the mail
import then recognises the message going out and the reply coming back
(``app.sent_drafts``). Words with a blocking finding are shown and never handed over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kith.app.drafts_folder import SavedToDrafts, save_to_drafts
from kith.app.outgoing import (
    Prepared,
    Request,
    Worded,
    as_email,
    link_for,
    prepare,
    refuse_blocking,
    remember,
    word,
)
from kith.app.sync import AskPassword
from kith.app.workspace import Workspace
from kith.outbound.files import write_atomically
from kith.outbound.message import message_bytes

NO_MESSAGE_ID = "a mailto: link carries no Message-ID: a reply threads back by its subject only"


@dataclass(frozen=True)
class SavedFile:
    path: Path
    message_id: str
    step_id: int


@dataclass(frozen=True)
class HandOff:
    """Where ``kith draft`` should hand the draft over (nothing: it is only shown)."""

    eml: Path | None = None
    to_drafts: bool = False
    account: str | None = None  # for the Drafts folder: a remembered account or an imaps:// URL
    ca_file: str | None = None
    mailto: bool = False

    @property
    def wanted(self) -> bool:
        return self.eml is not None or self.to_drafts or self.mailto


@dataclass(frozen=True)
class HandedOver:
    """The words, and, when a hand-off was asked for, the message and where it went."""

    worded: Worded
    prepared: Prepared | None = None
    file: SavedFile | None = None
    drafts: SavedToDrafts | None = None
    link: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


def write_eml(ws: Workspace, prepared: Prepared, path: Path) -> SavedFile:
    """Write the message as an .eml file (atomically, readable by the user only), then keep its
    Message-ID on the step. Nothing is kept when the words are blocking or the write fails."""
    refuse_blocking(prepared.worded, "saved")
    written = write_atomically(path, message_bytes(prepared.message), what="the message", private=True)
    return SavedFile(written, prepared.message_id, remember(ws, prepared))


def draft_and_hand_off(
    ws: Workspace,
    who: str,
    request: Request | None = None,
    where: HandOff = HandOff(),
    *,
    ask_password: AskPassword | None = None,
) -> HandedOver:
    """The draft for ``who`` (``app.outgoing.word``) and, as asked, its hand-offs. Words with a
    blocking finding come back unsaved (``worded.blocking``), so that they can be shown with
    their findings; a failing hand-off raises ``KithError`` after what was done before it."""
    asked = request or Request()
    worded = word(ws, who, as_email(asked) if where.wanted else asked)
    if not where.wanted or worded.blocking:
        return HandedOver(worded)
    link = link_for(ws, worded) if where.mailto else ""
    if where.eml is None and not where.to_drafts:
        return HandedOver(worded, link=link, notes=(NO_MESSAGE_ID,))
    prepared = prepare(ws, worded)
    saved_file = write_eml(ws, prepared, where.eml) if where.eml is not None else None
    drafts = (
        save_to_drafts(ws, prepared, where.account, ask_password=ask_password, ca_file=where.ca_file)
        if where.to_drafts
        else None
    )
    return HandedOver(worded, prepared, saved_file, drafts, link)
