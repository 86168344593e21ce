"""Reading a mail header block: names, unfolded values, encoded words, addresses and dates.

Hand-written rather than ``email.parser.BytesHeaderParser`` because the importer reads
every header of every message: the standard parser builds a ``Message`` with every header
(``Received`` chains of twenty lines included) and its ``decode_header`` raises on a broken
encoded word or an unknown charset. Here only the headers kith uses are kept, each value is
decoded once, and nothing raises: what cannot be decoded is replaced and noted. On the
benchmark mbox this splitter is three to four times faster than ``BytesHeaderParser`` (see
``bench/bench_read_mail.py``). Likewise the common forms of address lists and dates are
read with one expression each, and everything else goes to ``email.utils.getaddresses`` and
``parsedate_tz``, which know the whole of RFC 5322 but cost ten times more; addresses are
normalised with ``kith.core.identity.normalise_email``, cached per domain.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses, parsedate_tz
from functools import lru_cache

from kith.core.errors import InvalidValue
from kith.core.identity import normalise_email

# The headers the mail readers keep; everything else is skipped without being decoded.
WANTED = frozenset(
    {
        "from",
        "sender",
        "to",
        "cc",
        "date",
        "subject",
        "message-id",
        "in-reply-to",
        "references",
        "content-type",
        "content-transfer-encoding",
        "list-id",
        "list-unsubscribe",
        "list-post",
        "precedence",
        "auto-submitted",
        "x-autoreply",
        "x-autorespond",
        "x-auto-response-suppress",
        "x-ms-exchange-inbox-rules-loop",
        "x-failed-recipients",
        "x-gmail-labels",
        "x-mailer",
        "feedback-id",
        "x-campaign",
        "x-mailchimp-campaign",
        "x-campaign-id",
        "x-newsletter",
        "return-path",
    }
)

# Headers holding addresses, whose encoded words are decoded name by name (``parse_addresses``).
_ADDRESS_HEADERS = frozenset({"from", "sender", "to", "cc"})

# Headers that may appear several times and whose occurrences all count.
_JOINED = frozenset({"to", "cc", "references"})

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)\s+(=\?)")
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")


@dataclass(frozen=True, slots=True)
class Headers:
    """The decoded headers of one message: lower-case name -> value, plus what was repaired.

    A header given several times keeps its first value, except To, Cc and References whose
    occurrences are joined (some programs split long recipient lists over several headers).
    """

    values: dict[str, str]  # From, Sender, To and Cc keep their encoded words: see parse_addresses
    notes: tuple[str, ...] = ()

    def get(self, name: str, default: str = "") -> str:
        return self.values.get(name, default)

    def __contains__(self, name: object) -> bool:
        return name in self.values


def _alternatives(names: list[bytes]) -> bytes:
    """The names as one expression branching on their first letters (``f(?:rom|eedback-id)``):
    at each line start the engine then tries one branch per letter, not one per name."""
    by_first: dict[bytes, list[bytes]] = {}
    for name in names:
        by_first.setdefault(name[:1], []).append(name[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        longer = [rest for rest in rests if rest]
        if len(longer) == len(rests) == 1:
            branches.append(re.escape(first + longer[0]))
            continue
        if not longer:
            branches.append(re.escape(first))
            continue
        optional = b"?" if len(longer) < len(rests) else b""  # a name that is a prefix of another
        branches.append(re.escape(first) + b"(?:" + _alternatives(longer) + b")" + optional)
    return b"|".join(branches)


# Both expressions run on the block with a newline in front and start with that newline:
# the engine then jumps from line start to line start (``^`` with MULTILINE tries everywhere).
_WANTED_LINE = re.compile(
    rb"\n(" + _alternatives(sorted(name.encode() for name in WANTED)) + rb")[ \t]*:"
    rb"[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)",
    re.IGNORECASE,
)
# A line that is neither "Name: value", nor a continuation, nor empty.
_MALFORMED_LINE = re.compile(rb"\n(?![!-9;-~]+[ \t]*:|[ \t]|\r?\n|\r?$)")
_UNFOLD = re.compile(r"\r?\n[ \t]+")
_NAMES: dict[bytes, str] = {}  # a header name as written -> its lower-case key


def parse_headers(raw: bytes) -> Headers:
    """Split a raw header block into the headers kith reads; never raises.

    Lines that are not ``Name: value`` are ignored (noted once), 8-bit values are read as
    UTF-8 or else Windows-1252, encoded words are decoded, NUL bytes are dropped.
    """
    notes: list[str] = []
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")
        notes.append("NUL bytes in the headers were removed")
    raw = b"\n" + raw.lstrip(b"\r\n")
    values: dict[str, str] = {}
    names = _NAMES
    # One expression finds the wanted headers and their continuation lines: far cheaper than
    # a Python loop over every line of a block that is mostly Received headers.
    for name, value in _WANTED_LINE.findall(raw):
        key = names.get(name)
        if key is None:
            key = name.lower().decode("ascii")
            if len(names) < 1024:  # the spellings met ("From", "FROM"...), not every one possible
                names[name] = key
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError:
            text = _text_of(value, notes)
        if "\n" in text:
            text = _UNFOLD.sub(" ", text)
        text = text.strip()
        if "=?" in text and key not in _ADDRESS_HEADERS:  # addresses are split first: a decoded name may hold a comma
            text = decode_words(text)
        if key in values:
            if key in _JOINED and text:
                values[key] = f"{values[key]}, {text}" if key != "references" else f"{values[key]} {text}"
            continue
        values[key] = text
    if _MALFORMED_LINE.search(raw):
        notes.append("some header lines are malformed and were ignored")
    return Headers(values, tuple(notes))


def _text_of(value: bytes, notes: list[str]) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        if "a header with 8-bit bytes was read as Windows-1252" not in notes:
            notes.append("a header with 8-bit bytes was read as Windows-1252")
        return value.decode("cp1252", errors="replace")


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words (``=?UTF-8?Q?...?=``); a broken one stays as written.

    An unknown charset is read as UTF-8 with replacement characters, a bad base64 payload
    leaves the word untouched: a subject half-decoded beats a message skipped.
    """
    if "=?" not in value:
        return value
    value = _BETWEEN_WORDS.sub(r"\1\2", value)  # whitespace between encoded words is not text
    return _ENCODED_WORD.sub(_decode_word, value)


def _decode_word(match: re.Match[str]) -> str:
    charset, encoding, payload = match.group(1), match.group(2).lower(), match.group(3)
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix: =?utf-8*it?Q?...?=
    try:
        if encoding == "b":
            data = base64.b64decode(payload + "=" * (-len(payload) % 4), validate=False)
        else:
            data = quopri.decodestring(payload.replace("_", " ").encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return match.group(0)
    return data.decode(known_charset(charset), errors="replace")


@lru_cache(maxsize=256)
def known_charset(name: str) -> str:
    """The codec for a charset label, or UTF-8 when Python knows no such charset."""
    label = name.strip().strip('"').lower() or "utf-8"
    if label in ("unknown-8bit", "x-unknown", "unknown", "default", "us-ascii"):
        label = "utf-8" if label != "us-ascii" else "ascii"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return "utf-8"


@dataclass(frozen=True, slots=True)
class Address:
    """A mailbox as written in a header: the normalised address and the display name."""

    email: str
    name: str = ""


# A plain ASCII dot-atom local part: the form nearly every address has, and one that
# email-validator accepts unchanged, so only its domain needs the (slow) full validation.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")
# "Name <addr>", "addr" or "\"Name, Jr\" <addr>" separated by commas: what mail programs write.
_SIMPLE_LIST = re.compile(r"[^()\\:;\[\]]*\Z")
_GROUP_START = re.compile(r'(^|,)\s*[^,:;"<>@()]*:')
_GROUP_END = re.compile(r";")
_SIMPLE_ITEM = re.compile(r'\s*(?:"((?:[^"\\]|\\.)*)"|([^",<>]*?))\s*(?:<([^<>,\s]*)>)?\s*(?:,|\Z)')


@lru_cache(maxsize=131072)
def normalised_address(address: str) -> str | None:
    """``normalise_email`` for mail headers, or ``None`` when the address is not valid.

    Cached, because a mailbox repeats the same few thousand correspondents, and the domain
    is validated once per domain: email-validator spends most of its time there.
    """
    local, at, domain = address.rpartition("@")
    if at and 0 < len(local) <= 64 and len(address) <= 254 and _PLAIN_LOCAL.match(local):
        valid_domain = _normalised_domain(domain)
        if valid_domain is None:
            return None
        return f"{local.lower()}@{valid_domain}"
    try:
        return normalise_email(address)
    except InvalidValue:
        return None


@lru_cache(maxsize=16384)
def _normalised_domain(domain: str) -> str | None:
    try:
        return normalise_email(f"postmaster@{domain}").partition("@")[2]
    except InvalidValue:
        return None


def split_addresses(header: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header, like ``email.utils.getaddresses``.

    The common forms are split with one expression; anything with comments, groups, quoted
    pairs or brackets goes to ``getaddresses``, which knows all of RFC 5322 but is slow.
    """
    return list(_split_addresses(header))


@lru_cache(maxsize=65536)
def _split_addresses(header: str) -> tuple[tuple[str, str], ...]:
    if ":" in header or ";" in header:
        # Group syntax ("undisclosed-recipients:;", "Team: a@x, b@y;"): keep the members.
        header = _GROUP_END.sub("", _GROUP_START.sub(r"\1", header))
    if _SIMPLE_LIST.match(header) and header.count('"') % 2 == 0:
        pairs: list[tuple[str, str]] = []
        position = 0
        while position < len(header):
            match = _SIMPLE_ITEM.match(header, position)
            if match is None or match.end() == position:
                break
            quoted, bare, bracketed = match.groups()
            position = match.end()
            if bracketed is not None:
                pairs.append(((quoted if quoted is not None else bare or "").strip(), bracketed))
            elif quoted is not None:
                pairs.append((quoted, ""))
            elif bare and bare.strip():
                text = bare.strip()
                pairs.append(("", text) if "@" in text and " " not in text else (text, ""))
        else:
            return tuple(pairs)
    return tuple(getaddresses([header]))


def parse_addresses(field: str, header: str, notes: list[str]) -> tuple[Address, ...]:
    """Every valid address in a From/To/Cc value, normalised; invalid ones are noted and dropped."""
    if not header:
        return ()
    found, problems = _parsed_addresses(field, header)
    if problems:
        notes.extend(problems)
    return found


@lru_cache(maxsize=16384)
def _parsed_addresses(field: str, header: str) -> tuple[tuple[Address, ...], tuple[str, ...]]:
    # Cached: a mailbox repeats the same From and To values ("Ana <ana@x>") thousands of times.
    notes: list[str] = []
    found: list[Address] = []
    seen: set[str] = set()
    for name, address in _split_addresses(header):
        address = address.strip()
        if not address:
            if name.strip():
                notes.append(f"{field}: {name.strip()!r} has no address and was dropped")
            continue
        normal = normalised_address(address)
        if normal is None:
            notes.append(f"{field}: {address!r} is not a valid address and was dropped")
            continue
        if normal not in seen:
            seen.add(normal)
            found.append(Address(normal, " ".join(decode_words(name).split())))
    return tuple(found), tuple(notes)


def parse_date(value: str) -> tuple[datetime, int] | None:
    """A Date header as an aware UTC time and the writer's offset in minutes, or ``None``.

    Understands RFC 5322 and the obsolete forms ``parsedate_tz`` knows (two-digit years,
    zone names such as ``EST``, no zone); a time without a zone is read as UTC.
    """
    text = value.strip()
    if not text:
        return None
    fast = _RFC5322_DATE.match(text)
    if fast is not None:
        day, month_name, year_text, hour, minute, second, sign, zone_h, zone_m = fast.groups()
        month = _MONTH_NUMBERS.get(month_name.lower())
        year = int(year_text)
        if month is not None and 1970 <= year <= 2200 and int(zone_h) < 24:
            zone = _ZONES.get(sign + zone_h + zone_m)
            if zone is None:
                minutes = (int(zone_h) * 60 + int(zone_m)) * (-1 if sign == "-" else 1)
                zone = (minutes, timedelta(0, minutes * 60))
                if len(_ZONES) < 256:  # the offsets met: a few dozen exist
                    _ZONES[sign + zone_h + zone_m] = zone
            minutes, shift = zone
            try:
                # Positional arguments: datetime's and timedelta's keywords cost more than the rest.
                local = datetime(year, month, int(day), int(hour), int(minute), min(int(second or 0), 59), 0, UTC)
            except ValueError:
                return None
            return (local - shift if minutes else local), minutes
    try:
        parts = parsedate_tz(text)
    except (TypeError, ValueError, IndexError):
        parts = None
    if parts is None:
        return _iso_date(text)
    year, month, day, hour, minute, second = parts[:6]
    offset = parts[9] or 0
    if abs(offset) >= 24 * 3600:
        offset = 0
    try:
        local = datetime(year, month, day, hour, minute, min(second, 59))
    except (ValueError, OverflowError):
        return None
    if not 1970 <= year <= 2200:
        return None
    return (local - timedelta(seconds=offset)).replace(tzinfo=UTC), offset // 60


# "Mon, 3 Mar 2025 11:00:00 +0100 (CET)": what nearly every program writes, read without
# the general parser (which handles the obsolete forms that remain).
_RFC5322_DATE = re.compile(
    r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s+([+-])(\d\d)(\d\d)\b"
)
_ZONES: dict[str, tuple[int, timedelta]] = {}  # "+0100" -> (60, its timedelta)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def _iso_date(text: str) -> tuple[datetime, int] | None:
    """``2025-03-03T10:00:00+01:00``, which some scripts write instead of RFC 5322."""
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        return None
    if not 1970 <= found.year <= 2200:
        return None
    offset = found.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return found.astimezone(UTC) if offset is not None else found.replace(tzinfo=UTC), minutes


def message_id(value: str) -> str | None:
    """The id inside ``<...>`` in a Message-ID or In-Reply-To value (the first one), or a bare id."""
    match = _MESSAGE_ID.search(value)
    if match:
        return match.group(1)
    bare = value.strip().split()
    return bare[0] if bare and "@" in bare[0] and "<" not in value and ">" not in value else None


def message_ids(value: str) -> tuple[str, ...]:
    """All ``<...>`` ids in a References value, in order, without repeats."""
    return tuple(dict.fromkeys(_MESSAGE_ID.findall(value)))


def gmail_labels(value: str) -> tuple[str, ...]:
    """Split ``X-Gmail-Labels`` (``Inbox,Sent,"Work, 2024"``) into labels."""
    if not value:
        return ()
    if '"' not in value:
        return tuple(label.strip() for label in value.split(",") if label.strip())
    labels: list[str] = []
    current: list[str] = []
    quoted = False
    for char in value:
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            labels.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    labels.append("".join(current).strip())
    return tuple(label for label in labels if label)


def content_type(value: str) -> tuple[str, dict[str, str]]:
    """``text/plain; charset="utf-8"`` -> (``text/plain``, ``{"charset": "utf-8"}``)."""
    main, *rest = value.split(";")
    params: dict[str, str] = {}
    for part in rest:
        key, eq, val = part.partition("=")
        if eq:
            params[key.strip().lower()] = val.strip().strip('"')
    return (main.strip().lower() or "text/plain"), params
