"""The message a draft becomes when it is handed over to mail: the words (the template, the
user's own, or a rewrite by their language model, always coached), the message built from
them, the step it is for, and a ``mailto:`` link. Where it goes is decided elsewhere
(``app.handoff``: an .eml file or the Drafts folder; ``app.sending``: SMTP); nothing with a
blocking finding goes anywhere.

The message is from the user (``kith me``: their name and first address, or the SMTP
account's), to the person's best address that is not bouncing, with a Message-ID kept on
the outreach step it is for: today's planned step for them, else a step planned for the
draft. A draft saved again for the same step keeps its Message-ID (both copies are the same
message), and a follow-up threads under the messages of its sequence (``In-Reply-To``,
``References``). When a reply names that Message-ID, the follow-ups end.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage

from kith.app.drafts import Drafted, draft_for
from kith.app.me import about_me
from kith.app.messages import Outgoing, compose_message, smtp_account
from kith.app.plan import today_plan, working_campaign
from kith.app.polish import PolishRequest, person_notes, polish_draft
from kith.app.workspace import Workspace
from kith.core.errors import InvalidValue, KithError
from kith.core.handoff import best_email, mailto_link, usable_emails
from kith.core.model import Channel, IdentityKind, OutreachKind, OutreachStatus, OutreachStep
from kith.core.words.coach import BLOCKING, CoachReport, FindingKind, coach
from kith.outbound.message import Mailbox
from kith.store import handoff as store
from kith.store import outreach as outreach_store
from kith.store import people as people_store
from kith.store.drafts import user_name

HISTORY_READ = 300  # recent interactions read to find the address mail last used


@dataclass(frozen=True)
class Request:
    """What the user asked for: the composer's choices, and optionally their own words or a polish."""

    goal: str | None = None
    language: str | None = None
    step: OutreachKind | None = None
    seed: int = 0
    channel: Channel | None = None  # the hand-offs are email; ``kith draft`` alone may ask for another
    email_only: bool = False  # handed over to mail: an email, whatever the plan suggests
    polish: bool = False
    body: str | None = None  # the user's own text instead of the template
    subject: str | None = None


@dataclass(frozen=True)
class Worded:
    """The words that would go out, and what the coach said of them.

    ``origin`` is ``template`` (the composer's), ``own`` (the user's) or ``polished`` (the
    model's rewrite of either); ``polish_error`` says in one line why a polish was not used.
    """

    drafted: Drafted
    subject: str
    body: str
    report: CoachReport
    origin: str
    polish_error: str = ""

    @property
    def blocking(self) -> bool:
        """Whether these words must not go out; an ask the stage allows is not an early ask."""
        allowed = {FindingKind.EARLY_ASK} if self.drafted.draft.ask_included else set()
        return any(f.kind in BLOCKING and f.kind not in allowed for f in self.report.findings)


def word(ws: Workspace, who: str, request: Request = Request()) -> Worded:
    """The draft for ``who`` and the words to send: the template or the user's own, polished
    when asked, coached in every case. Refuses (``KithError``) anyone who asked not to be
    contacted; a polish that fails keeps the words it was given (``polish_error``)."""
    drafted = _drafted(ws, who, request)
    d = drafted.draft
    subject = " ".join((request.subject or d.subject).split())
    if request.body is not None:
        subject, body = _own_subject(request.body, subject)
        report = coach(body, language=request.language, step=d.step, channel=d.channel, recipient_name=drafted.name)
        worded = Worded(drafted, subject, body, report, "own")
    else:
        worded = Worded(drafted, subject, d.body, drafted.report, "template")
    if not request.polish:
        return worded
    with ws.db.reading() as conn:
        me = user_name(conn, ws.owner_id)
    polished = polish_draft(
        ws,
        PolishRequest(
            body=worded.body,
            recipient_name=drafted.name,
            language=worded.report.language if worded.origin == "own" else d.language,
            step=d.step.value,
            channel=d.channel,
            user_name=me,
            notes=tuple(person_notes(ws, str(drafted.person_id))),
        ),
    )
    if not polished.polished:
        return Worded(drafted, subject, worded.body, worded.report, worded.origin, polished.error)
    return Worded(drafted, subject, polished.text, polished.report, "polished")


def _drafted(ws: Workspace, who: str, request: Request) -> Drafted:
    """The composer's draft; for mail, an email even where the plan suggests another channel."""

    def composed(channel: Channel | None) -> Drafted:
        return draft_for(
            ws, who, goal=request.goal, channel=channel, language=request.language, step=request.step, seed=request.seed
        )

    drafted = composed(request.channel)
    planned = drafted.draft.channel
    if request.email_only and planned is not Channel.EMAIL:
        drafted = replace(
            composed(Channel.EMAIL),
            channel_reason=f"email, to hand it to your mail (the plan suggests {planned.value}: {drafted.channel_reason})",
        )
    return drafted


def _own_subject(text: str, subject: str) -> tuple[str, str]:
    """A first line ``Subject: ...`` in the user's text is the subject; the rest is the body."""
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    if first.lower().startswith("subject:") and rest.strip():
        return " ".join(first.partition(":")[2].split()) or subject, rest.strip("\n")
    return subject, text.strip("\n")


# The message -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """The outreach step a message is for: a stored step, or one to plan for it."""

    person_id: int
    kind: OutreachKind
    sequence: int
    step_id: int | None  # None: nothing planned today matches; a step is planned when the message is kept
    message_id: str | None  # the Message-ID already given to this step's message, if any


@dataclass(frozen=True)
class Prepared:
    """A message ready to hand over, and everything the user should see before it goes."""

    worded: Worded
    sender: Mailbox
    recipient: Mailbox
    recipient_reason: str
    message: EmailMessage
    target: Target
    in_reply_to: str | None = None
    references: tuple[str, ...] = field(default_factory=tuple)

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])

    @property
    def message_date(self) -> datetime:
        """The message's Date (the workspace's clock, in the user's zone)."""
        when: datetime = self.message["Date"].datetime
        return when

    @property
    def outgoing(self) -> Outgoing:
        return Outgoing(
            to_name=self.recipient.name,
            to_email=self.recipient.email,
            subject=str(self.message["Subject"]),
            body=self.worded.body,
            in_reply_to=self.in_reply_to,
            references=self.references,
            message_id=self.message_id,
        )


def sender(ws: Workspace, *, sending: bool = False) -> Mailbox:
    """Who a message is from: the user's name and first address (``kith me``); when sending,
    the SMTP account's address, which the server lets them send as."""
    me = about_me(ws)
    account = smtp_account(ws)
    name = me.name or (account.from_name if account else "")
    if account is not None and (sending or not me.addresses):
        return Mailbox(name, account.from_address)
    if not me.addresses:
        raise KithError(
            "kith does not know your address to write from: `kith me add you@example.org` "
            '(and `kith me --name "Your Name"` to sign), or set the SMTP account with `kith setup smtp`'
        )
    return Mailbox(name, me.addresses[0])


def recipient(ws: Workspace, person_id: int) -> tuple[Mailbox, str]:
    """The person's best address that is not bouncing, and why it is that one."""
    with ws.db.reading() as conn:
        person = people_store.load_person(conn, ws.owner_id, person_id)
        history = people_store.recent_interactions(conn, ws.owner_id, person_id, HISTORY_READ)
    assert person is not None
    emails = [i for i in person.identities if i.kind is IdentityKind.EMAIL]
    usable = usable_emails(person)
    last_used: dict[str, datetime] = {}
    for interaction in history:
        if interaction.channel is Channel.EMAIL and interaction.external_id and "|" in interaction.external_id:
            address = interaction.external_id.rpartition("|")[2]
            last_used.setdefault(address, interaction.occurred_at)
    chosen = best_email(person, last_used)
    if chosen is None:
        if emails:
            bad = ", ".join(i.value for i in emails)
            raise KithError(
                f"{person.display_name} has no address that works ({bad} bounced): "
                f"add one with `kith edit {person_id} --add-email ...`; nothing was saved or sent"
            )
        raise KithError(
            f"kith knows no email address for {person.display_name}: "
            f"add one with `kith edit {person_id} --add-email ...`; nothing was saved or sent"
        )
    if len(usable) == 1:
        why = "their address" if len(emails) == 1 else "their only address that does not bounce"
    elif chosen.value in last_used:
        why = "the address your last mail with them used"
    else:
        why = "the first of their addresses"
    return Mailbox(person.display_name, chosen.value), why


def target(ws: Workspace, worded: Worded) -> Target:
    """The step the message is for (see the module doc); nothing is written."""
    d = worded.drafted.draft
    with ws.db.reading() as conn:
        planned = outreach_store.open_step(conn, ws.owner_id, worded.drafted.person_id, ws.today())
    found = _matching(planned, d.step, d.sequence)
    if found is not None:
        return Target(worded.drafted.person_id, d.step, d.sequence, found.id, found.message_id)
    return Target(worded.drafted.person_id, d.step, d.sequence, None, None)


def _matching(step: OutreachStep | None, kind: OutreachKind, sequence: int) -> OutreachStep | None:
    """The stored step when it is the one a message of ``kind`` and ``sequence`` is for."""
    if step is not None and step.id is not None and (step.kind, step.sequence) == (kind, sequence):
        return step
    return None


def _thread(ws: Workspace, person_id: int, kind: OutreachKind) -> tuple[str, ...]:
    """The Message-IDs a follow-up answers (its sequence's messages so far); none for another step."""
    if kind not in (OutreachKind.FOLLOWUP, OutreachKind.LAST):
        return ()
    with ws.db.reading() as conn:
        return tuple(store.thread_so_far(conn, ws.owner_id, person_id))


def prepare(ws: Workspace, worded: Worded, *, sending: bool = False) -> Prepared:
    """The message for ``worded``, from the user to the person's best address, with the
    Message-ID of its step (a new one if it has none yet) and, for a follow-up, the thread."""
    if worded.drafted.draft.channel is not Channel.EMAIL:
        raise InvalidValue(
            "channel", worded.drafted.draft.channel.value, "only an email goes to a mail program or a server"
        )
    to, why = recipient(ws, worded.drafted.person_id)
    aim = target(ws, worded)
    references = _thread(ws, aim.person_id, aim.kind)
    in_reply_to = references[-1] if references else None
    outgoing = Outgoing(
        to_name=to.name,
        to_email=to.email,
        subject=worded.subject,
        body=worded.body,
        in_reply_to=in_reply_to,
        references=references,
        message_id=aim.message_id,
    )
    source = sender(ws, sending=sending)
    message = compose_message(ws, outgoing, source)
    return Prepared(
        worded=worded,
        sender=source,
        recipient=to,
        recipient_reason=why,
        message=message,
        target=aim,
        in_reply_to=in_reply_to,
        references=references,
    )


def refuse_blocking(worded: Worded, doing: str) -> None:
    """Raise ``KithError`` when the words have a blocking finding: they are never saved or sent."""
    if worded.blocking:
        kinds = sorted({f.kind.value.replace("_", " ") for f in worded.report.findings if f.blocking})
        raise KithError(f"the draft has blocking findings ({', '.join(kinds)}): it was not {doing}")


def remember(ws: Workspace, prepared: Prepared) -> int:
    """Keep the message's Message-ID on its step (today's planned step for the person when it
    is the one the message is for, else a step planned for it today); returns the step's id.
    Call only once the message was written, saved or sent."""
    aim = prepared.target
    day = ws.today()
    with ws.db.reading() as conn:
        planned_today = bool(outreach_store.steps_on(conn, ws.owner_id, day))
    if not planned_today:
        # Today's plan first (as `kith done` does): the step is then one of the day's steps,
        # not the whole day, and a step carried over from an earlier day is today's.
        today_plan(ws, save=True)
    campaign, _ = working_campaign(ws)
    with ws.db.transaction() as conn:
        planned = outreach_store.open_step(conn, ws.owner_id, aim.person_id, day)
        found = _matching(planned, aim.kind, aim.sequence)
        if found is not None and found.id is not None:
            step_id = found.id
        else:
            step = OutreachStep(
                person_id=aim.person_id,
                kind=aim.kind,
                planned_on=day,
                campaign_id=campaign.id,
                sequence=aim.sequence,
                channel=Channel.EMAIL,
                status=OutreachStatus.PLANNED,
            )
            step_id = outreach_store.insert_step(conn, ws.owner_id, step, ws.now(), note="a draft handed over")
        store.remember_message_id(conn, ws.owner_id, step_id, prepared.message_id)
    return step_id


def as_email(request: Request) -> Request:
    """The request for an email (the only channel mail takes); another channel is refused."""
    if request.channel not in (None, Channel.EMAIL):
        raise InvalidValue("channel", request.channel.value, "a message handed over to mail is an email")
    return replace(request, email_only=True)


def link_for(ws: Workspace, worded: Worded) -> str:
    """The ``mailto:`` link of these words: to the person's best address, under the last
    message of the sequence for a follow-up. Refuses (``KithError``) blocking words."""
    refuse_blocking(worded, "linked")
    to, _ = recipient(ws, worded.drafted.person_id)
    thread = _thread(ws, worded.drafted.person_id, worded.drafted.draft.step)
    return mailto_link(to.email, worded.subject, worded.body, in_reply_to=thread[-1] if thread else "")


def mailto(ws: Workspace, who: str, request: Request | None = None) -> str:
    """A ``mailto:`` link that opens the user's mail program on the draft for ``who`` (for the
    web app). A link cannot carry a Message-ID, so none is kept; a reply still threads by its
    subject. Refuses (``KithError``) words with a blocking finding."""
    return link_for(ws, word(ws, who, as_email(request or Request())))
