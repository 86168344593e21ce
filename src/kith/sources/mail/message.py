"""One raw message (its header block and the start of its body) -> a ``MailRecord``.

Shared by the mbox and Maildir readers (and usable on headers fetched over IMAP). The body
is never decoded in full: the snippet comes from the first text part found in the first
bytes after the headers, and only a message whose headers say it is a bounce is parsed
whole. HTML is reduced to text by stripping tags with a few expressions, which is enough
for a few hundred characters of preview and spares a dependency on the hot path.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import quopri
import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache

from kith.sources.mail.bounces import read_bounce
from kith.sources.mail.classify import MANY_RECIPIENTS, answers_a_message, classify
from kith.sources.mail.headers import (
    Headers,
    content_type,
    gmail_labels,
    known_charset,
    message_id,
    message_ids,
    parse_addresses,
    parse_date,
    parse_headers,
)
from kith.sources.mail.records import Bounce, Classification, MailRecord, SourcePosition

SNIPPET_CHARS = 300  # what kith keeps of the text: enough to recognise an out-of-office
BODY_PREFIX = 64 * 1024  # how much of a body the snippet may look through

_TAGS = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_HEADER_END = re.compile(rb"\r?\n\r?\n")
# The Content-Type values of text parts repeat ("text/plain; charset=utf-8"): each is split
# once. The parameters are only read here, so one dictionary may serve every message.
_content_type = lru_cache(maxsize=4096)(content_type)
# Codecs (as ``known_charset`` names them) without state across bytes: decoding a prefix
# whole gives what an incremental decoder gives, when the prefix does not end mid-character.
_STATELESS = frozenset(
    codecs.lookup(name).name
    for name in ("utf-8", "ascii", "latin-1", "iso8859-15", "cp1252", "cp1250", "cp1251", "iso8859-2")
)


def split_head(data: bytes) -> tuple[bytes, bytes]:
    """Split raw message bytes at the blank line that ends the headers."""
    match = _HEADER_END.search(data)
    if match is None:
        return data, b""
    return data[: match.start()], data[match.end() :]


def build_record(
    head: bytes,
    body_prefix: bytes,
    position: SourcePosition,
    *,
    snippets: bool = True,
    fallback_date: Callable[[], datetime | None] | None = None,
    whole_message: Callable[[], bytes] | None = None,
    many: int = MANY_RECIPIENTS,
    notes: list[str] | None = None,
    uncounted_snippets: bool = True,
) -> MailRecord:
    """Read one message from its header block and the first bytes of its body; never raises.

    ``fallback_date`` (the date of the mbox separator or in the Maildir file name, read only
    when needed) stands in for a missing or broken Date; ``whole_message`` returns the full raw message, and is called only for a bounce.
    ``uncounted_snippets=False`` leaves the snippet out (``""``) of a message whose headers
    alone show that it does not count as contact (``record.kind`` is ``None``): its text could
    change nothing, since only an answer's text makes an out-of-office reply.
    """
    headers = parse_headers(head)
    notes = [*headers.notes, *(notes or ())]
    values = headers.values

    date, offset = None, None
    parsed = parse_date(values.get("date", ""))
    if parsed is not None:
        date, offset = parsed
    else:
        if "date" in values:
            notes.append(f"the date {values['date'][:60]!r} cannot be read")
        else:
            notes.append("the message has no date")
        date = fallback_date() if fallback_date is not None else None
        if date is not None:
            notes.append("the date was taken from the mailbox (the mbox separator line or the Maildir file name)")

    senders = parse_addresses("from", values.get("from", "") or values.get("sender", ""), notes)
    to = parse_addresses("to", values.get("to", ""), notes)
    cc = parse_addresses("cc", values.get("cc", ""), notes)

    # Each header's addresses are already distinct: only To and Cc together need a set.
    recipients = len({a.email for a in to + cc}) if cc else len(to)
    sender = senders[0].email if senders else ""
    snippet = ""
    classification: Classification | None = None
    if snippets or _needs_text(values):
        if not uncounted_snippets and not answers_a_message(values):
            # The headers decide (the text gives an out-of-office only its return date).
            classification = classify(values, "", recipients=recipients, many=many, sent=date, sender=sender)
            if classification.bounce or classification.auto_reply or classification.personal:
                snippet = _snippet(headers, body_prefix, notes)
                if classification.auto_reply:
                    classification = None  # classified again with the text, for the return date
        else:
            snippet = _snippet(headers, body_prefix, notes)
    if classification is None:
        classification = classify(values, snippet, recipients=recipients, many=many, sent=date, sender=sender)

    bounce: Bounce | None = None
    if classification.bounce and whole_message is not None:
        bounce, note = read_bounce(whole_message(), values.get("x-failed-recipients", ""))
        if note:
            notes.append(note)

    own_id = message_id(values.get("message-id", ""))
    if own_id is None:
        notes.append("the message has no Message-ID")
    references = message_ids(values.get("references", ""))
    return MailRecord(
        position=position,
        message_id=own_id,
        date=date,
        utc_offset_minutes=offset,
        sender=senders[0] if senders else None,
        to=to,
        cc=cc,
        subject=" ".join(values.get("subject", "").split()),  # runs of whitespace as one space
        in_reply_to=message_id(values.get("in-reply-to", "")),
        references=references,
        classification=classification,
        bounce=bounce,
        gmail_labels=gmail_labels(values.get("x-gmail-labels", "")),
        snippet=snippet if snippets else "",
        notes=tuple(notes),
    )


def _needs_text(values: dict[str, str]) -> bool:
    # Without snippets, an out-of-office is still recognised by its first lines when it
    # answers a message (a personal-looking reply is the only case where the text decides).
    return bool(values.get("in-reply-to") or values.get("references"))


def _snippet(headers: Headers, body: bytes, notes: list[str]) -> str:
    text = _text_part(headers, body[:BODY_PREFIX], notes, depth=0)
    text = html.unescape(text) if text else ""
    # The words of a prefix, joined, are a prefix of those of the whole: when the first
    # 600 characters already give a full snippet, the rest need not be split.
    short = " ".join(text[: SNIPPET_CHARS * 2].split())
    if len(short) >= SNIPPET_CHARS:
        return short[:SNIPPET_CHARS]
    return " ".join(text[: SNIPPET_CHARS * 4].split())[:SNIPPET_CHARS]


def _text_part(headers: Headers, body: bytes, notes: list[str], depth: int) -> str:
    kind, params = _content_type(headers.get("content-type", "text/plain"))
    if kind.startswith("multipart/"):
        boundary = params.get("boundary", "")
        if not boundary or depth > 4:
            return ""
        html_fallback = ""
        marker = b"--" + boundary.encode("latin-1", "replace")
        position = body.find(marker)
        # Walk part by part with find: splitting would copy every part, attachments included.
        while position >= 0:
            start = position + len(marker)
            if body.startswith(b"--", start):
                break
            position = body.find(marker, start)
            part = body[start : position if position >= 0 else len(body)]
            head, part_body = split_head(part.lstrip(b"\r\n"))
            part_headers = parse_headers(head)
            part_kind, _ = _content_type(part_headers.get("content-type", "text/plain"))
            if part_kind.startswith("multipart/") or part_kind == "text/plain":
                found = _text_part(part_headers, part_body, notes, depth + 1)
                if found:
                    return found
            elif part_kind == "text/html" and not html_fallback:
                html_fallback = _text_part(part_headers, part_body, notes, depth + 1)
        return html_fallback
    if not kind.startswith("text/"):
        return ""
    # A snippet needs the first few hundred characters: decode no more than a few kB of
    # them (HTML needs more, for the markup before the text).
    data = _transfer_decoded(
        headers.get("content-transfer-encoding", ""), body[: 32768 if kind == "text/html" else 4096]
    )
    charset = known_charset(params.get("charset", "utf-8"))
    # Incremental, so that a character cut by the end of the prefix is not an error.
    try:
        text = _decoded(data, charset)
    except UnicodeDecodeError:
        text = data.decode(charset, errors="replace")
        if not any(note.startswith("the text is not valid") for note in notes):
            notes.append(f"the text is not valid {charset}; undecodable bytes were replaced")
    text = text.replace("\n>From ", "\nFrom ")
    if kind == "text/html":
        body_at = text.find("<body")
        if body_at < 0:
            body_at = text.find("<BODY")
        text = _TAGS.sub(" ", text[max(body_at, 0) :][: SNIPPET_CHARS * 30])
    return text


def _decoded(data: bytes, charset: str) -> str:
    """``data`` decoded as an incremental decoder does when more may follow (a character cut
    at the end is left out); raises ``UnicodeDecodeError`` on bytes that are not ``charset``.

    For a stateless codec a whole decoding that succeeds is the same text, and far cheaper
    than making a decoder for every message."""
    if charset in _STATELESS:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass  # a character cut at the end, or bad bytes: the incremental decoder tells which
    return codecs.getincrementaldecoder(charset)().decode(data, final=False)


def _transfer_decoded(encoding: str, data: bytes) -> bytes:
    encoding = encoding.strip().lower()
    if encoding == "base64":
        compact = b"".join(data.split())
        compact = compact[: len(compact) - len(compact) % 4]
        try:
            return base64.b64decode(compact)
        except (binascii.Error, ValueError):
            return b""
    if encoding == "quoted-printable":
        return quopri.decodestring(data)
    return data
