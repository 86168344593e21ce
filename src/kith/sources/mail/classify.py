"""What kind of mail a message is: personal, or list, bulk, automated, newsletter,
auto-reply, bounce, or sent to too many people to count as contact.

A pure function of the headers (and the first lines of text, for out-of-office replies),
so that mbox, Maildir and IMAP messages are judged by one set of rules. The rules follow
RFC 2369/2919 (List-*), RFC 3834 (Auto-Submitted), RFC 3464 (delivery reports) and what
Exchange, Gmail, Postfix and Exim actually write. ``X-Auto-Response-Suppress`` alone is not
an auto-reply: Exchange puts it on ordinary mail (Discourse and Sisimai learned this).

The out-of-office phrases (English, Italian, Spanish, Tagalog) are hand-written: no library
knows them; dates in them are read by ``dateparser``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache

from kith.sources.mail.headers import split_addresses
from kith.sources.mail.records import Classification

MANY_RECIPIENTS = 8  # more recipients than this is a broadcast, not a conversation
_PERSONAL = Classification()

_OOO_SUBJECT = re.compile(
    r"""^\s*(?:
        automatic\s+reply | auto(?:matic)?[\s-]*(?:reply|response|respon[cs]e|antwort) | autoreply
      | out\s+of\s+(?:the\s+)?office | ooo\b | away\s+from\s+(?:the\s+)?office | on\s+vacation
      | vacation\s+(?:reply|notice|response) | i\s+am\s+(?:away|out)
      | risposta\s+automatica | fuori\s+(?:sede|ufficio) | assente\b | assenza\b | in\s+ferie
      | respuesta\s+autom[aá]tica | fuera\s+de\s+(?:la\s+)?oficina | ausente\b | de\s+vacaciones
      | awtomatikong\s+(?:tugon|sagot) | wala\s+sa\s+(?:opisina|tanggapan) | nasa\s+bakasyon
      | abwesenheitsnotiz | r[ée]ponse\s+automatique | absence\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_OOO_TEXT = re.compile(
    r"""(?:
        \b(?:i\s+am|i'm|i\s+will\s+be|i'll\s+be|i\s+am\s+currently|i'm\s+currently)\s+
            (?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away|on\s+(?:annual\s+|parental\s+|sick\s+)?(?:leave|vacation|holiday))
      | \bthank\s+you\s+for\s+your\s+(?:e-?mail|message)\.?\s+i\s+(?:am|will\s+be)\s+(?:currently\s+)?(?:out|away|on)
      | \b(?:sono|sar[òo])\s+(?:attualmente\s+)?(?:fuori\s+(?:sede|ufficio)|assente|in\s+ferie|in\s+vacanza)
      | \b(?:estoy|estar[ée]|me\s+encuentro)\s+(?:actualmente\s+)?(?:fuera\s+de\s+(?:la\s+)?oficina|ausente|de\s+vacaciones|fuera)
      | \bwala\s+(?:ako\s+)?sa\s+(?:opisina|tanggapan)\b | \bnasa\s+bakasyon\s+ako\b | \bako\s+ay\s+(?:nasa\s+bakasyon|wala\s+sa\s+opisina)
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# "back on <date>": the phrase, then the date it introduces; "until <date>" counts only
# when no phrase says when the writer returns.
_UNTIL = r"(?P<phrase>until\s+|till\s+|fino\s+al(?:l')?\s+|hasta\s+el\s+|hanggang\s+(?:sa\s+)?)"
# "back on <date>": the phrase, then the date it introduces (read by dateparser).
_RETURN = re.compile(
    r"""(?P<phrase>
        (?:be\s+)?back\s+(?:in\s+(?:the\s+)?office\s+)?(?:on\s+)? | return(?:ing)?\s+(?:to\s+(?:the\s+)?office\s+)?(?:on\s+)?
      | rientrer[òo]\s+(?:in\s+ufficio\s+)?(?:il\s+|lunedì\s+|luned[iì]\s+)? | sar[òo]\s+di\s+ritorno\s+(?:il\s+)? | rientro\s+(?:previsto\s+)?(?:il\s+)?
      | regresar[ée]\s+(?:a\s+la\s+oficina\s+)?(?:el\s+)? | volver[ée]\s+(?:el\s+)? | estar[ée]\s+de\s+(?:vuelta|regreso)\s+(?:el\s+)?
      | babalik\s+(?:ako\s+)?(?:sa\s+(?:opisina\s+)?)?(?:sa\s+)?(?:ika-?)?
    )
    (?P<date>
        (?:[^\W\d_]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+|ng\s+)?[^\W\d_]{3,}\.?(?:,?\s+(?:de\s+)?\d{4})?
      | [^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?
      | \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Every out-of-office first line holds one of these; ordinary mail rarely does.
_OOO_WORDS = (
    "out of the office",
    "out of office",
    "away",
    "on leave",
    "annual leave",
    "parental leave",
    "sick leave",
    "vacation",
    "on holiday",
    "fuori ufficio",
    "fuori sede",
    "assente",
    "in ferie",
    "in vacanza",
    "fuera",
    "ausente",
    "vacaciones",
    "opisina",
    "tanggapan",
    "bakasyon",
)

_UNTIL_DATE = re.compile(_UNTIL + _RETURN.pattern[_RETURN.pattern.index("(?P<date>") :], re.IGNORECASE | re.VERBOSE)
_ANSWER = re.compile(r"\s*(?:re|r|rif|aw|sv|antw|res|rv|vs)\s*:", re.IGNORECASE)

_NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply[-_.+].*|.*[-_.+]noreply|notifications?|notify"
    r"|alerts?|automated|mailer|bounces?(?:[-+].*)?|news(?:letter)?s?|updates?|digest|system)$",
    re.IGNORECASE,
)
_DAEMON = re.compile(r"^(?:mailer[-_]?daemon|postmaster|mail[-_]?delivery[-_]?(?:subsystem|system))$", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undelivered\s+mail\s+returned|mail\s+delivery\s+failed|delivery\s+status\s+notification\s+\(failure\)"
    r"|undeliverable:|undelivered:|returned\s+mail:|failure\s+notice|delivery\s+failure|mail\s+system\s+error"
    r"|non\s+recapitabile|no\s+se\s+puede\s+entregar|message\s+not\s+delivered|address\s+not\s+found)",
    re.IGNORECASE,
)
_REPORT = re.compile(r"multipart/report", re.IGNORECASE)
_DSN = re.compile(r"report-type\s*=\s*\"?delivery-status", re.IGNORECASE)
_NEWSLETTER_HEADERS = ("x-campaign", "x-mailchimp-campaign", "x-campaign-id", "x-newsletter")
_NEWSLETTER_MAILERS = re.compile(
    r"mailchimp|sendgrid|mailgun|campaign\s*monitor|constant\s*contact|sendinblue|brevo|substack|mailerlite|hubspot",
    re.IGNORECASE,
)


def classify(
    headers: Mapping[str, str],
    snippet: str = "",
    *,
    recipients: int | None = None,
    many: int = MANY_RECIPIENTS,
    sent: datetime | None = None,
    sender: str | None = None,
) -> Classification:
    """Judge one message from its headers (lower-case names) and the start of its text.

    ``recipients`` is the number of To and Cc addresses when the caller has counted them;
    ``many`` is the count above which a message is a broadcast; ``sent`` (the message's
    date) anchors a return date written without a year; ``sender`` is the normalised From
    address when the caller has read it.
    """
    reasons: list[str] = []
    subject = headers.get("subject", "")
    sender_local = _local_part(headers.get("from", "")) if sender is None else sender.rpartition("@")[0]

    bounce = _is_bounce(headers, subject, sender_local)
    if bounce:
        reasons.append(bounce)

    auto_reply = ""
    if not bounce:
        auto_reply = _auto_reply(headers, subject, snippet)
        if auto_reply:
            reasons.append(auto_reply)
    returns_on = _return_date(snippet, sent) if auto_reply else None

    mailing_list = ""
    if headers.get("list-id"):
        mailing_list = f"mailing list {headers['list-id'].strip()}"
    elif headers.get("list-post"):
        mailing_list = "mailing list (List-Post)"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence == "list" and not mailing_list:
        mailing_list = "Precedence: list"
    if mailing_list:
        reasons.append(mailing_list)

    newsletter = ""
    if not mailing_list and not bounce and not auto_reply:
        if headers.get("list-unsubscribe"):
            newsletter = "newsletter (List-Unsubscribe)"
        elif any(headers.get(name) for name in _NEWSLETTER_HEADERS):
            newsletter = "newsletter (campaign header)"
        elif "x-mailer" in headers and _NEWSLETTER_MAILERS.search(headers["x-mailer"]):
            newsletter = f"newsletter (sent by {headers['x-mailer'].strip()})"
    if newsletter:
        reasons.append(newsletter)

    bulk = ""
    if precedence in ("bulk", "junk") and not auto_reply and not bounce:
        bulk = f"Precedence: {precedence}"
        reasons.append(bulk)

    automated = ""
    if not bounce and not auto_reply:
        submitted = headers.get("auto-submitted", "").strip().lower()
        if submitted and not submitted.startswith("no"):
            automated = f"Auto-Submitted: {submitted.split(';')[0]}"
        elif sender_local and _automatic_sender(sender_local):
            automated = f"sent from an automatic address ({sender_local}@...)"
        elif headers.get("feedback-id"):
            automated = "sent by a bulk mail service (Feedback-ID)"
        if automated:
            reasons.append(automated)

    count = recipients if recipients is not None else _count(headers)
    many_recipients = count > many
    if many_recipients:
        reasons.append(f"sent to {count} people (more than {many})")

    if not reasons:
        return _PERSONAL  # most mail: one shared value (a frozen dataclass costs microseconds to make)
    return Classification(
        many_recipients=many_recipients,
        mailing_list=bool(mailing_list),
        bulk=bool(bulk),
        automated=bool(automated),
        newsletter=bool(newsletter),
        auto_reply=bool(auto_reply),
        bounce=bool(bounce),
        returns_on=returns_on,
        reasons=tuple(reasons),
    )


@lru_cache(maxsize=16384)
def _automatic_sender(local: str) -> bool:
    """Whether an address's local part is a no-reply, notification or mailer-daemon one
    (cached: a mailbox repeats the same senders, and the expressions backtrack)."""
    return bool(_NO_REPLY.match(local) or _DAEMON.match(local))


def _local_part(header: str) -> str:
    if not header:
        return ""
    pairs = split_addresses(header)
    address = pairs[0][1] if pairs else ""
    return address.rpartition("@")[0] if "@" in address else ""


def _count(headers: Mapping[str, str]) -> int:
    both = [headers.get("to", ""), headers.get("cc", "")]
    return len({a.lower() for _, a in split_addresses(", ".join(h for h in both if h)) if a})


def _is_bounce(headers: Mapping[str, str], subject: str, sender_local: str) -> str:
    """Why the headers say this is a delivery failure report, or ""."""
    content = headers.get("content-type", "")
    report = "report" in content.lower() and bool(_REPORT.search(content))
    if report and _DSN.search(content):
        return "delivery status report"
    if headers.get("x-failed-recipients"):
        return "delivery failure (X-Failed-Recipients)"
    if sender_local and _DAEMON.match(sender_local) and (report or _BOUNCE_SUBJECT.search(subject)):
        return f"delivery failure from {sender_local}"
    if report and _BOUNCE_SUBJECT.search(subject):
        return "delivery failure report"
    return ""


def _auto_reply(headers: Mapping[str, str], subject: str, snippet: str) -> str:
    """Why this is an automatic reply (an out-of-office, a vacation notice), or ""."""
    submitted = headers.get("auto-submitted", "").strip().lower()
    if submitted.startswith("auto-replied"):
        return "auto-reply (Auto-Submitted: auto-replied)"
    if headers.get("x-autoreply", "").strip().lower() not in ("", "no", "false"):
        return "auto-reply (X-Autoreply)"
    if headers.get("x-autorespond", "").strip():
        return "auto-reply (X-Autorespond)"
    if headers.get("precedence", "").strip().lower() == "auto_reply":
        return "auto-reply (Precedence: auto_reply)"
    if headers.get("x-ms-exchange-inbox-rules-loop", "").strip():
        return "auto-reply (Exchange inbox rule)"
    if _OOO_SUBJECT.match(subject):
        return "auto-reply (out-of-office subject)"
    # An out-of-office answers a message: only an answer's first lines are read, and only
    # when they hold one of the words every such line has (the full expression is costly).
    if snippet and answers_a_message(headers):
        first_lines = snippet[:400]
        lowered = first_lines.lower()
        if any(word in lowered for word in _OOO_WORDS) and _OOO_TEXT.search(first_lines):
            return "auto-reply (out-of-office text)"
    # RFC 3834 "auto-generated" answering a message is an auto-reply (Exchange's out-of-office).
    if submitted and not submitted.startswith("no") and (headers.get("in-reply-to") or headers.get("references")):
        return f"auto-reply (Auto-Submitted: {submitted.split(';')[0]} in reply to a message)"
    return ""


def answers_a_message(headers: Mapping[str, str]) -> bool:
    """Whether the message says it answers one (In-Reply-To, References, a "Re:" subject): only
    then can its text, rather than its headers, make it an out-of-office reply."""
    return bool(headers.get("in-reply-to") or headers.get("references") or _ANSWER.match(headers.get("subject", "")))


def _return_date(snippet: str, sent: datetime | None) -> date | None:
    """The date an out-of-office says its writer is back, when the text gives one."""
    text = " ".join(snippet[:1000].split())
    for match in (*_RETURN.finditer(text), *_UNTIL_DATE.finditer(text)):
        found = _day_and_month(match.group("date"), sent) or _dateparser(match.group("date"), sent)
        if found is not None and (sent is None or found >= sent.date()):
            return found
    return None


_MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "gen feb mar apr mag giu lug ago set ott nov dic",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ene feb mar abr may jun jul ago sept oct nov dic",
    "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
):
    for _number, _name in enumerate(_names.split(), start=1):
        _MONTHS.setdefault(_name, _number)
_MONTHS["setiembre"] = 9
_MONTHS["sept"] = 9

_DAY_MONTH = re.compile(
    r"(?:[^\W\d_]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+|ng\s+)?([^\W\d_]+)\.?(?:,?\s+(?:de\s+)?(\d{4}))?$"
)
_MONTH_DAY = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")


def _day_and_month(text: str, sent: datetime | None) -> date | None:
    """Read "3 March", "3 de marzo", "Marso 3, 2025" with month names in the four languages.

    Written out because ``dateparser`` takes milliseconds a call, and an mbox holds thousands
    of out-of-office replies; ``dateparser`` reads whatever this does not.
    """
    text = text.strip().lower()
    match = _DAY_MONTH.match(text)
    if match:
        day, month_name, year = match.groups()
    else:
        match = _MONTH_DAY.match(text)
        if match is None:
            return None
        month_name, day, year = match.groups()
    month = _MONTHS.get(month_name)
    if month is None:
        return None
    base = sent.date() if sent is not None else None
    try:
        if year:
            return date(int(year), month, int(day))
        if base is None:
            return None
        found = date(base.year, month, int(day))
        return found if found >= base else date(base.year + 1, month, int(day))
    except ValueError:
        return None


def _dateparser(text: str, sent: datetime | None) -> date | None:
    # Imported on first use: loading it takes a third of a second, and most imports never need it.
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "future", "REQUIRE_PARTS": ["day", "month"]}
    if sent is not None:
        settings["RELATIVE_BASE"] = sent.replace(tzinfo=None)
    found = dateparser.parse(text, languages=_LANGUAGES, settings=settings)
    return found.date() if found is not None else None


_LANGUAGES = ["en", "it", "es", "tl"]
