"""Polishing a draft with the user's language model, then coaching the result (``--polish``).

Off unless the user configured an endpoint (the setting ``polish.endpoint``: base URL,
model, and the *name* of the environment variable holding the API key, never the key) and
asked for it. The template draft and what kith knows about the person go to the model; its
rewrite goes through the coach (``core.words.coach``) before anyone sees it. A rewrite with
a blocking finding (an accusation, an early ask, a placeholder, a blast) is shown with the
findings and is never sendable. When the model fails (a timeout, an error), the template
draft is kept, with the reason in one line.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from babel import Locale

from kith.app.people import profile
from kith.app.workspace import Workspace
from kith.core.errors import KithError
from kith.core.model import Channel
from kith.core.ties import day_in_words
from kith.core.words.coach import CoachReport, Step, coach
from kith.outbound.polish import ChatEndpoint as ChatEndpoint  # re-exported: the setting, for the interfaces
from kith.outbound.polish import DraftToPolish, PolishError, polish
from kith.store.settings import delete_setting, get_setting, set_setting

ENDPOINT_SETTING = "polish.endpoint"

_CHANNEL_WORDS = {
    Channel.EMAIL: "email",
    Channel.LINKEDIN: "LinkedIn message (at most 300 characters)",
    Channel.TEXT: "text message (at most 320 characters)",
    Channel.MESSAGE: "direct message",
    Channel.LETTER: "handwritten card (at most 80 words)",
    Channel.CALL: "phone call (talking points)",
    Channel.MEETING: "note before a meeting",
}


def set_polish_endpoint(ws: Workspace, endpoint: ChatEndpoint) -> ChatEndpoint:
    """Store the endpoint (its URL, model and the key's variable name: never the key)."""
    value: dict[str, Any] = {
        "base_url": endpoint.base_url.strip(),
        "model": endpoint.model.strip(),
        "api_key_variable": endpoint.api_key_variable.strip(),
        "timeout": endpoint.timeout,
    }
    with ws.db.transaction() as conn:
        set_setting(conn, ws.owner_id, ENDPOINT_SETTING, value)
    return ChatEndpoint(**value)


def forget_polish_endpoint(ws: Workspace) -> bool:
    """Forget the endpoint (``--polish`` is off again); whether there was one."""
    with ws.db.transaction() as conn:
        return delete_setting(conn, ws.owner_id, ENDPOINT_SETTING)


def polish_endpoint(ws: Workspace) -> ChatEndpoint | None:
    """The endpoint the user configured, if any."""
    with ws.db.reading() as conn:
        value = get_setting(conn, ws.owner_id, ENDPOINT_SETTING)
    if not isinstance(value, dict):
        return None
    try:
        return ChatEndpoint(
            base_url=str(value["base_url"]),
            model=str(value["model"]),
            api_key_variable=str(value.get("api_key_variable", "")),
            timeout=float(value.get("timeout", 60.0)),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise KithError(f"the setting {ENDPOINT_SETTING} is damaged ({exc}); set the endpoint again") from exc


@dataclass(frozen=True, slots=True)
class PolishRequest:
    """A template draft to polish, in plain values."""

    body: str
    recipient_name: str
    language: str  # "en", "it", "es", "tl"
    step: Step | str = Step.FIRST
    channel: Channel = Channel.EMAIL
    user_name: str = ""
    notes: Sequence[str] = field(default_factory=tuple)  # what kith knows about the person


@dataclass(frozen=True, slots=True)
class Polished:
    """What to show: the text (the rewrite, or the template when the model failed), its coaching,
    and whether it may be sent."""

    text: str
    report: CoachReport
    polished: bool  # the text is the model's rewrite
    error: str = ""  # why the template was kept

    @property
    def sendable(self) -> bool:
        """A draft with a blocking finding is shown, never sent."""
        return not self.report.blocking


def _language_name(tag: str) -> str:
    try:
        return str(Locale.parse(tag.replace("-", "_")).get_display_name("en") or tag)
    except (ValueError, TypeError):
        return tag


def person_notes(ws: Workspace, who: str) -> list[str]:
    """What kith knows about a person that a rewrite may use: role, place, interests, the last contact."""
    found = profile(ws, who, recent=1)
    person = found.person
    notes = []
    if person.title or person.company:
        notes.append(" at ".join(p for p in (person.title, person.company) if p))
    if person.city:
        notes.append(f"lives in {person.city}")
    if person.interests:
        notes.append("cares about " + ", ".join(person.interests))
    if person.how_we_met:
        notes.append(f"met: {person.how_we_met}")
    if found.recent:
        last = found.recent[0]
        notes.append(
            f"last in touch {day_in_words(last.occurred_at.date())} ({last.channel.value}"
            + (f": {last.summary}" if last.summary else "")
            + ")"
        )
    notes.extend(n.body for n in found.notes[-3:])
    return notes


def polish_draft(
    ws: Workspace, request: PolishRequest, *, endpoint: ChatEndpoint | None = None, api_key: str | None = None
) -> Polished:
    """Rewrite the draft with the configured model and coach the result.

    ``api_key`` defaults to the endpoint's environment variable. Raises ``KithError`` only
    when no endpoint is configured; a failing model keeps the template (``error`` says why).
    """
    chosen = endpoint or polish_endpoint(ws)
    if chosen is None:
        raise KithError(f"no language model is configured for --polish: set {ENDPOINT_SETTING} first")
    key = (
        api_key
        if api_key is not None
        else os.environ.get(chosen.api_key_variable, "")
        if chosen.api_key_variable
        else ""
    )
    draft = DraftToPolish(
        text=request.body,
        recipient_name=request.recipient_name,
        language=_language_name(request.language),
        channel=_CHANNEL_WORDS.get(request.channel, request.channel.value),
        user_name=request.user_name or "the user",
        notes=tuple(request.notes),
    )

    def coached(text: str) -> CoachReport:
        return coach(
            text,
            language=request.language,
            step=request.step,
            channel=request.channel,
            recipient_name=request.recipient_name,
        )

    try:
        text = polish(chosen, key or None, draft)
    except PolishError as exc:
        return Polished(request.body, coached(request.body), polished=False, error=str(exc))
    return Polished(text, coached(text), polished=True)
