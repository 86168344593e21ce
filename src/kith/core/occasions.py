"""Occasions: a reason to get in touch now that is about them, not the user.

A later import that finds a person's company, title or city changed records it
(``PersonChange``). For ``occasion_days`` after the import saw it, and until the user is next
in touch with them, that change is an occasion: the plan offers a congratulations touch
("new role: Head of Data at Globe") before the keep-in-touch touches that are merely due.

Only people the user really knows get one: a tie with real two-way history or a
keep-in-touch cadence. Congratulating three hundred silent LinkedIn connections on their new
titles would be the mass mailing PRODUCT.md forbids.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from kith.core.model import PersonChange
from kith.core.settings import DEFAULTS, CadenceSettings

OCCASION_FIELDS = ("company", "title", "city")


def occasion_words(changes: Iterable[PersonChange]) -> str:
    """The latest change of each field in words: "new role: Head of Data at Globe", "moved to Lisbon"."""
    latest: dict[str, PersonChange] = {}
    for change in sorted(changes, key=lambda c: (c.changed_at, c.id or 0)):
        if change.field in OCCASION_FIELDS and change.new_value.strip():
            latest[change.field] = change
    company, title, city = (latest.get(f) for f in OCCASION_FIELDS)
    pieces = []
    if company is not None and title is not None:
        pieces.append(f"new role: {title.new_value.strip()} at {company.new_value.strip()}")
    elif company is not None:
        pieces.append(f"now at {company.new_value.strip()} (was {company.old_value.strip() or 'elsewhere'})")
    elif title is not None:
        pieces.append(f"new title: {title.new_value.strip()}")
    if city is not None:
        pieces.append(f"moved to {city.new_value.strip()}")
    return "; ".join(pieces)


def occasion_for(
    changes: Iterable[PersonChange],
    last_contact: date | None,
    today: date,
    *,
    knows_them: bool,
    settings: CadenceSettings = DEFAULTS.cadence,
) -> str:
    """The occasion to congratulate someone on ``today``, in words, or "" when there is none.

    A change counts when it was found within ``occasion_days`` before ``today`` (never one
    found after it: "today" may be a day in the past) and after ``last_contact`` (the latest
    interaction or step done): once the user has been in touch, the occasion is spent.
    """
    if not knows_them:
        return ""
    window_start = today - timedelta(days=settings.occasion_days)
    fresh = [
        c
        for c in changes
        if window_start < c.changed_at.date() <= today and (last_contact is None or c.changed_at.date() > last_contact)
    ]
    return occasion_words(fresh)
