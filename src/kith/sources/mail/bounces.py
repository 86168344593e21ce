"""Reading a delivery failure: which addresses failed, and which message bounced.

The failed addresses come from Mailman's ``flufl.bounce`` (Apache-2.0), which knows RFC
3464 reports and the non-standard formats of Postfix, Exim, qmail, Exchange, GroupWise,
Yahoo and others, plus ``X-Failed-Recipients``. The Message-ID of the returned message is
read here from the returned headers (``message/rfc822``, ``text/rfc822-headers``, or the
copy Exim and others paste into the text), because ``flufl.bounce`` does not look for it;
it ties the bounce to the outreach that caused it.

Only messages whose headers already look like a bounce are parsed in full, so the cost of
the standard ``email`` parser is paid on a few messages, not on the mailbox.
"""

from __future__ import annotations

import logging
import re
from email import message_from_bytes
from email.message import Message
from email.policy import compat32

from flufl.bounce import all_failures

from kith.sources.mail.headers import message_id, normalised_address
from kith.sources.mail.records import Bounce

_ID_LINE = re.compile(rb"^Message-ID:[ \t]*(?:\r?\n[ \t]+)?<([^<>\s]+)>", re.IGNORECASE | re.MULTILINE)

# flufl.bounce logs every detector it runs, and a detector's failure with its traceback;
# kith turns that failure into a note on the record, and its output is its own.
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL + 1)


def read_bounce(raw: bytes, failed_header: str = "") -> tuple[Bounce | None, str]:
    """The bounce in a whole raw message, or ``None`` with a note saying why not.

    ``failed_header`` is the message's ``X-Failed-Recipients`` value, when it has one.
    """
    try:
        msg = message_from_bytes(raw, policy=compat32)
    except Exception as exc:  # the stdlib parser is lenient; a failure here is a broken message
        return None, f"the delivery report could not be parsed ({type(exc).__name__})"
    note = ""
    try:
        temporary, permanent = all_failures(msg)
    except Exception as exc:
        temporary, permanent = frozenset(), frozenset()
        note = f"the delivery report text could not be read ({type(exc).__name__})"
    failed: dict[str, None] = {}
    for value in failed_header.split(","):
        address = normalised_address(value.strip().strip("<>")) if value.strip() else None
        if address:
            failed[address] = None
    for found in sorted(permanent):
        address = normalised_address(found.decode("ascii", "replace").strip("<>"))
        if address:
            failed[address] = None
    delayed = []
    for found in sorted(temporary):
        address = normalised_address(found.decode("ascii", "replace").strip("<>"))
        if address and address not in failed:
            delayed.append(address)
    original = _original_message_id(msg, raw)
    if failed:
        return Bounce(tuple(failed), original, permanent=True), note
    if delayed:
        return Bounce(tuple(delayed), original, permanent=False), note
    return None, note or "the delivery report names no failed address"


def _original_message_id(msg: Message, raw: bytes) -> str | None:
    own = message_id(str(msg.get("Message-ID", "")))
    for part in msg.walk():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                found = message_id(str(payload[0].get("Message-ID", "")))
                if found and found != own:
                    return found
        elif kind == "text/rfc822-headers":
            body = part.get_payload(decode=True)
            if isinstance(body, bytes):
                match = _ID_LINE.search(body)
                if match:
                    return match.group(1).decode("ascii", "replace")
    # Exim, qmail and Gmail paste the returned headers into the text.
    _, _, body = raw.partition(b"\n\n")
    for match in _ID_LINE.finditer(body):
        found = match.group(1).decode("ascii", "replace")
        if found != own:
            return found
    return None
