"""Rewriting a draft with a language model the user configured (``--polish``, off by default).

Any server that speaks the OpenAI chat-completions protocol will do: a local Ollama,
llama.cpp or vLLM, or a hosted one. The draft and what kith knows about the person go to
``BASE_URL/chat/completions`` with ``httpx``; the reply's text comes back. What is done with
it (the coach, never sending a blocked draft) is the caller's business: this module only
asks, and turns every failure (a timeout, an error status, a reply that is not a chat
completion) into one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from kith.core.errors import InvalidValue, KithError

TIMEOUT_SECONDS = 60.0

INSTRUCTIONS = """You polish a short personal message that {user} is about to send to {name}, \
someone they have not been in touch with for a while. Keep it in {language}, in the same register \
(formal or informal address), as short as it is or shorter, and keep what it says: the time that \
has passed acknowledged honestly, why {user} is writing now, what they offer, and a question about \
the other person. Make it read naturally and warmly, as {user} would write it. Never add facts that \
are not in the draft or the notes, never blame or pressure the other person (no "you never replied"), \
and never ask for a job or a favour unless the draft already does. The message goes by {channel}. \
Answer with the message text only: no subject line, no quotes, no comments."""


class PolishError(KithError):
    """The language model could not polish the draft; the template draft stands."""


@dataclass(frozen=True, slots=True)
class ChatEndpoint:
    """An OpenAI-compatible server: its base URL (``http://127.0.0.1:11434/v1``) and model.

    ``api_key_variable`` names the environment variable that holds the key, if the server
    needs one; the key itself is never stored.
    """

    base_url: str
    model: str
    api_key_variable: str = ""
    timeout: float = TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidValue("base_url", self.base_url, "write it as http://127.0.0.1:11434/v1 or https://...")
        if not self.model.strip():
            raise InvalidValue("model", self.model, "name the model the server should use")
        if self.timeout <= 0:
            raise InvalidValue("timeout", str(self.timeout), "give a number of seconds above 0")

    @property
    def completions_url(self) -> str:
        return self.base_url.rstrip("/") + "/chat/completions"


@dataclass(frozen=True, slots=True)
class DraftToPolish:
    """The draft and what the model may use: the person's name, the user's, notes about the person."""

    text: str
    recipient_name: str
    language: str  # a language name in English: "Italian", "Tagalog"
    channel: str  # "email", "LinkedIn message"...
    user_name: str = "the user"
    notes: Sequence[str] = ()


def _messages(draft: DraftToPolish) -> list[dict[str, str]]:
    system = INSTRUCTIONS.format(
        user=draft.user_name, name=draft.recipient_name, language=draft.language, channel=draft.channel
    )
    notes = "\n".join(f"- {n}" for n in draft.notes if n.strip())
    user = f"Draft:\n{draft.text.strip()}" + (
        f"\n\nWhat {draft.user_name} knows about {draft.recipient_name}:\n{notes}" if notes else ""
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _reply_text(payload: Any) -> str:
    try:
        content = payload["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise PolishError("the language model's answer is not a chat completion; the template draft is kept") from exc
    if not isinstance(content, str) or not content.strip():
        raise PolishError("the language model answered with an empty message; the template draft is kept")
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`").partition("\n")[2] or text.strip("`")
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'“”":
        text = text[1:-1]
    return text.strip()


def polish(endpoint: ChatEndpoint, api_key: str | None, draft: DraftToPolish) -> str:
    """The model's rewrite of ``draft``; raises ``PolishError`` (one line) when there is none."""
    host = urlsplit(endpoint.base_url).netloc
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    body = {"model": endpoint.model, "messages": _messages(draft), "temperature": 0.3, "stream": False}
    try:
        response = httpx.post(endpoint.completions_url, json=body, headers=headers, timeout=endpoint.timeout)
        response.raise_for_status()
        payload = response.json()
    except httpx.TimeoutException as exc:
        raise PolishError(
            f"the language model at {host} did not answer within {endpoint.timeout:g} s; the template draft is kept"
        ) from exc
    except httpx.HTTPStatusError as exc:
        raise PolishError(
            f"the language model at {host} answered {exc.response.status_code}"
            f"{_said(exc.response)}; the template draft is kept"
        ) from exc
    except httpx.HTTPError as exc:
        raise PolishError(f"cannot reach the language model at {host}: {exc}; the template draft is kept") from exc
    except ValueError as exc:  # the body is not JSON
        raise PolishError(f"the language model at {host} did not answer in JSON; the template draft is kept") from exc
    return _reply_text(payload)


def _said(response: httpx.Response) -> str:
    """The server's own error message, if it gave one (OpenAI's ``{"error": {"message": ...}}``)."""
    try:
        payload = response.json()
    except ValueError:
        return ""
    error = payload.get("error") if isinstance(payload, dict) else None
    message = error.get("message") if isinstance(error, dict) else error
    return f" ({' '.join(str(message).split())[:200]})" if message else ""
