"""Commands: setup smtp, setup polish, setup show, setup forget: where mail is sent from and which
language model polishes drafts. Settings only: a password or an API key is never stored."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kith.app.messages import (
    Security,
    SmtpAccount,
    forget_smtp_account,
    set_smtp_account,
    smtp_account,
    smtp_account_from_url,
)
from kith.app.polish import ChatEndpoint, forget_polish_endpoint, polish_endpoint, set_polish_endpoint
from kith.app.sending import SMTP_PASSWORD_VARIABLE
from kith.cli.context import workspace
from kith.cli.output import console, print_json
from kith.core.errors import KithError

setup_app = typer.Typer(
    help=(
        "Where mail is sent from (`kith send`) and which language model polishes drafts (`--polish`).\n\n"
        "Only settings are kept: passwords and API keys stay in the keyring or the environment."
    ),
    no_args_is_help=True,
)


class SecurityChoice(enum.StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"


class Setting(enum.StrEnum):
    SMTP = "smtp"
    POLISH = "polish"


@setup_app.command("smtp")
def setup_smtp(
    server: Annotated[
        str,
        typer.Argument(
            metavar="URL",
            help="smtps://you@smtp.example.org (TLS, port 465) or smtp://you@smtp.example.org (STARTTLS, 587).",
        ),
    ],
    from_address: Annotated[str, typer.Option("--from", metavar="ADDRESS", help="The address you send as.")],
    name: Annotated[
        str | None, typer.Option("--name", help="Your name on the From line (default: `kith me --name`).")
    ] = None,
    user: Annotated[
        str | None, typer.Option("--user", "-u", help="Your user name on the server, when the URL does not say it.")
    ] = None,
    security: Annotated[
        SecurityChoice | None,
        typer.Option(case_sensitive=False, help="Override the URL: none only for a relay on this machine, no user."),
    ] = None,
    ca_file: Annotated[
        Path | None, typer.Option("--ca-file", help="A certificate authority to trust (a self-hosted server).")
    ] = None,
) -> None:
    """Set the SMTP server `kith send` sends through, and the address you send as.

    kith sends only when you run `kith send` and confirm. The password is never stored: it
    comes from the OS keyring (service "kith", user name the smtp://user@host:port address
    shown below), else the KITH_SMTP_PASSWORD environment variable, else a prompt. Put an
    @ in a user name as %40.

    Example: kith setup smtp smtps://ana%40example.org@smtp.example.org --from ana@example.org

    Example: kith setup smtp smtp://smtp.fastmail.com --user ana@fastmail.com --from ana@example.org
    """
    account = smtp_account_from_url(
        server,
        from_address,
        from_name=name or "",
        user=user,
        security=Security(security.value) if security is not None else None,
        ca_file=str(ca_file.expanduser().resolve()) if ca_file else "",
    )
    stored = set_smtp_account(workspace(), account)
    _print_smtp(stored)
    if stored.username:
        console.print(
            f"  password: keyring (`keyring set kith {stored.locator}`), else ${SMTP_PASSWORD_VARIABLE}, else asked"
        )


@setup_app.command("polish")
def setup_polish(
    base_url: Annotated[
        str,
        typer.Argument(
            metavar="URL",
            help="The OpenAI-compatible base URL: http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:8080/v1 "
            "(llama.cpp), https://api.openai.com/v1...",
        ),
    ],
    model: Annotated[str, typer.Option("--model", "-m", help="The model the server should use.")],
    key_env: Annotated[
        str | None,
        typer.Option(
            "--key-env", metavar="VARIABLE", help="The environment variable holding the API key (a hosted server)."
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds to wait before keeping kith's own draft.", min=1)
    ] = 60.0,
) -> None:
    """Set the language model that `--polish` asks to rewrite a draft (off until you set it).

    Any server speaking the OpenAI chat-completions protocol will do. The draft and what kith
    knows about the person (role, city, interests, your last contact) go to it; the rewrite
    goes through the coach before you see it, and a rewrite the coach blocks is never saved
    or sent. The key itself is never stored: only the name of the variable holding it.

    Example: kith setup polish http://127.0.0.1:11434/v1 --model llama3.1:8b

    Example: kith setup polish https://api.openai.com/v1 --model gpt-4o-mini --key-env OPENAI_API_KEY
    """
    stored = set_polish_endpoint(workspace(), ChatEndpoint(base_url, model, key_env or "", timeout))
    _print_polish(stored)


@setup_app.command("show")
def setup_show(json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False) -> None:
    """Show where mail is sent from and which language model polishes drafts (no secrets).

    Example: kith setup show
    """
    ws = workspace()
    account, endpoint = smtp_account(ws), polish_endpoint(ws)
    if json:
        print_json({"smtp": account, "polish": endpoint})
        return
    if account is not None:
        _print_smtp(account)
    else:
        console.print("SMTP: not set (`kith setup smtp --help`)")
    if endpoint is not None:
        _print_polish(endpoint)
    else:
        console.print("Polish: not set (`kith setup polish --help`)")


@setup_app.command("forget")
def setup_forget(what: Annotated[Setting, typer.Argument(help="smtp or polish.", case_sensitive=False)]) -> None:
    """Forget the SMTP account or the language model (`kith send` or `--polish` stop working).

    Example: kith setup forget polish
    """
    ws = workspace()
    forgotten = forget_smtp_account(ws) if what is Setting.SMTP else forget_polish_endpoint(ws)
    if not forgotten:
        raise KithError(f"no {what.value} setting to forget; `kith setup show` lists them")
    console.print(f"Forgot the {what.value} setting")


def _print_smtp(account: SmtpAccount) -> None:
    sender = f"{account.from_name} <{account.from_address}>" if account.from_name else account.from_address
    console.print(
        f"SMTP: {escape(account.locator)} ({account.security.value}) · from {escape(sender)}"
        + (f" · trusting {escape(account.ca_file)}" if account.ca_file else "")
    )


def _print_polish(endpoint: ChatEndpoint) -> None:
    key = f" · key from ${endpoint.api_key_variable}" if endpoint.api_key_variable else " · no key"
    console.print(
        f"Polish: {escape(endpoint.base_url)} · model {escape(endpoint.model)}{key} · {endpoint.timeout:g} s at most"
    )


def register(app: typer.Typer) -> None:
    """Add the ``setup`` group to ``app``."""
    app.add_typer(setup_app, name="setup")
