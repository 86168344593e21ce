"""Command: ``kith sync URL --user NAME`` for CalDAV calendars (http:// or https://).

The password comes from ``KITH_CALDAV_PASSWORD`` or a prompt, and is used for this sync
only: never stored, printed or logged.
"""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from kith.app.calendar_sync import sync_calendar
from kith.cli.context import workspace
from kith.cli.imports import in_words, show_skipped
from kith.cli.output import console, errors, print_json
from kith.core.errors import KithError

PASSWORD_VARIABLE = "KITH_CALDAV_PASSWORD"


def caldav_password(user: str, variable: str = PASSWORD_VARIABLE) -> str:
    """The password from ``variable``, else asked for (hidden) when a person is at the terminal."""
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        raise KithError(f"no password for {user}: set {variable} or run kith where it can ask you for it")
    answer: str = typer.prompt(f"Password for {user}", hide_input=True)
    return answer


def sync(
    url: Annotated[str, typer.Argument(help="The calendar's CalDAV address, http:// or https://.", show_default=False)],
    user: Annotated[str, typer.Option("--user", "-u", help="Your user name on the calendar server.")],
    ca_file: Annotated[
        Path | None,
        typer.Option("--ca-file", help="The certificate of a private CA that signed the server's certificate."),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Bring in the meetings of a CalDAV calendar (Nextcloud, Radicale, iCloud, Fastmail...).

    A second sync fetches only what changed since the last one; an event cancelled or
    deleted on the server stops counting. The password comes from KITH_CALDAV_PASSWORD or
    is asked for; kith never stores it.

    Example: kith sync https://dav.example.org/ana/work/ --user ana
    """
    password = caldav_password(user)
    with console.status("Syncing the calendar...", spinner="dots") if errors.is_terminal else nullcontext():
        summary = sync_calendar(workspace(), url, user, password, ca_file=ca_file)
    if json:
        print_json(asdict(summary))
        return
    console.print(in_words(summary).replace("Imported calendar", "Synced the calendar"), markup=False)
    for line in summary.notes:
        console.print(f"  {line}", markup=False)
    show_skipped(summary)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("sync")(sync)
