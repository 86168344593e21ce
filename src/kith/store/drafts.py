"""What a draft reads beyond the person and their plan: the changes imports found on them, and
the user's wording of a goal in each language (settings ``goal.ID.words.LANG``)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kith.core.words.context import GoalWords
from kith.core.words.recipient import Change
from kith.store.schema import person_changes
from kith.store.settings import get_setting, set_setting, settings_under

# The fields whose change is news worth a message: a new role, a new company, a move.
NEWS_FIELDS = ("title", "company", "city")
_WORD_FIELDS = ("why_now", "agenda", "offer", "gap_context")


def changes_of(conn: Connection, owner_id: int, person_id: int) -> list[Change]:
    """The person's changed title, company or city, oldest first."""
    c = person_changes.c
    query = (
        sa.select(c.field, c.old_value, c.new_value, c.changed_at)
        .where(c.owner_id == owner_id, c.person_id == person_id, c.field.in_(NEWS_FIELDS))
        .order_by(c.changed_at, c.id)
    )
    return [Change(row.field, row.old_value, row.new_value, row.changed_at.date()) for row in conn.execute(query)]


def _words_key(goal_id: int, language: str = "") -> str:
    return f"goal.{goal_id}.words.{language}"


def goal_words(conn: Connection, owner_id: int, goal_id: int) -> list[GoalWords]:
    """The user's wording of a goal, one per language they wrote it in."""
    found = []
    prefix = _words_key(goal_id)
    for key, value in settings_under(conn, owner_id, prefix).items():
        if isinstance(value, dict):
            found.append(GoalWords(key.removeprefix(prefix), **{f: str(value.get(f, "")) for f in _WORD_FIELDS}))
    return found


def set_goal_words(conn: Connection, owner_id: int, goal_id: int, words: GoalWords) -> None:
    value: dict[str, Any] = {f: getattr(words, f) for f in _WORD_FIELDS}
    set_setting(conn, owner_id, _words_key(goal_id, words.language), value)


def user_name(conn: Connection, owner_id: int) -> str:
    """The user's own name (``me.name``), to sign drafts with; "" until they give it."""
    value = get_setting(conn, owner_id, "me.name", "")
    return value.strip() if isinstance(value, str) else ""
