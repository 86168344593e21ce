"""Command: ``kith sync``, the history from mail (IMAP) and calendar (CalDAV) servers, account by account."""

from __future__ import annotations

import sys
from dataclasses import asdict
from typing import Annotated

import typer

from kith.app.sync import AskPassword, SyncOptions, describe_accounts, forget_account, remembered_accounts, sync
from kith.cli.context import workspace
from kith.cli.imports import in_words, progress_bars, show_skipped
from kith.cli.output import console, errors, print_json


def _prompt(locator: str) -> str:
    return str(typer.prompt(f"Password for {locator}", hide_input=True, err=True))


def password_prompt() -> AskPassword | None:
    """A hidden prompt when someone is at the terminal; else None, and the app says which
    environment variable or keyring entry to set instead."""
    return _prompt if errors.is_terminal and sys.stdin.isatty() else None


def sync_accounts(
    account: Annotated[
        str | None,
        typer.Argument(
            metavar="[ACCOUNT]",
            help=(
                "imaps://you@mail.example.org (TLS), imap://you@host (STARTTLS), or a CalDAV calendar's "
                "https:// address; none: every remembered account."
            ),
            show_default=False,
        ),
    ] = None,
    folder: Annotated[
        list[str] | None,
        typer.Option(
            "--folder", metavar="NAME", help="A folder to read besides the inbox and the sent folder (repeat)."
        ),
    ] = None,
    user: Annotated[
        str | None,
        typer.Option("--user", "-u", help="Your user name on a calendar server (when the URL does not say it)."),
    ] = None,
    ca_file: Annotated[
        str | None, typer.Option("--ca-file", help="A certificate authority to trust (a self-hosted server).")
    ] = None,
    snippets: Annotated[
        bool,
        typer.Option("--snippets/--no-snippets", help="Keep the first few hundred characters of each message's text."),
    ] = True,
    listed: Annotated[bool, typer.Option("--list", help="List the remembered accounts and stop.")] = False,
    forget: Annotated[bool, typer.Option("--forget", help="Forget ACCOUNT (the history it brought stays).")] = False,
    json: Annotated[bool, typer.Option("--json", help="Print the summary of each account as JSON.")] = False,
) -> None:
    """Bring in the history from a mail server or a calendar server.

    Mail (IMAP): the inbox, the sent folder and the folders named; only headers and the
    start of each message's text are fetched, and only what is new since the last sync.
    Calendars (CalDAV: Nextcloud, Radicale, iCloud, Fastmail...): the meetings, fetching
    only what changed; an event cancelled or deleted on the server stops counting.

    Each account is remembered (never its password), so `kith sync` alone syncs them all
    again. The password comes from the OS keyring (service "kith", user name the account's
    imap:// or https:// address), else KITH_IMAP_PASSWORD or KITH_CALDAV_PASSWORD, else a
    prompt.

    Example: kith sync imaps://ana@mail.example.org --folder Archive

    Example: kith sync https://dav.example.org/ana/work/ --user ana
    """
    ws = workspace()
    if listed:
        lines = describe_accounts(remembered_accounts(ws))
        for line in lines or ["No account yet: `kith sync imaps://you@mail.example.org`"]:
            console.print(line, markup=False)
        return
    if forget:
        if account is None:
            raise typer.BadParameter("name the account to forget")
        console.print(f"Forgot {forget_account(ws, account)}", markup=False)
        return
    options = SyncOptions(snippets=snippets, folders=tuple(folder or ()), ca_file=ca_file, user=user)
    with progress_bars(errors.is_terminal) as bar:
        summaries = sync(ws, account, options, password_prompt(), lambda name: bar(name, "sync"))
    if json:
        print_json([asdict(s) for s in summaries] if len(summaries) > 1 else asdict(summaries[0]))
        return
    for summary in summaries:
        console.print(in_words(summary).replace("Imported", "Synced", 1), markup=False)
        for line in summary.notes:
            console.print(f"  {line}", markup=False)
        show_skipped(summary)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("sync")(sync_accounts)
