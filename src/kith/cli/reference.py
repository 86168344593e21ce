"""Print the command-line reference (every command's --help) as Markdown.

``make docs`` writes it to ``docs/cli-reference.md``; a test fails when the file drifts
from the commands, so the documentation cannot fall behind the code.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable
from typing import Any

import typer

from kith.cli.main import app, run


def _help(*command: str) -> str:
    out = io.StringIO()
    saved = sys.argv
    sys.argv = ["kith", *command, "--help"]
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            run()
    finally:
        sys.argv = saved
    return "\n".join(line.rstrip() for line in out.getvalue().strip("\n").splitlines())


def commands() -> dict[str, Callable[..., Any]]:
    """Every command as typed after ``kith`` ("add", "goal new"...), with its function."""
    found: dict[str, Callable[..., Any]] = {}

    def visit(prefix: str, typer_app: typer.Typer) -> None:
        for command in typer_app.registered_commands:
            if command.callback is not None:
                found[f"{prefix}{command.name or command.callback.__name__}"] = command.callback
        for group in typer_app.registered_groups:
            if group.typer_instance is not None:
                name = group.name or group.typer_instance.info.name
                visit(f"{prefix}{name} ", group.typer_instance)

    visit("", app)
    return dict(sorted(found.items()))


def command_names() -> list[str]:
    return list(commands())


def reference() -> str:
    saved = {k: os.environ.get(k) for k in ("COLUMNS", "NO_COLOR", "TERM")}
    os.environ.update(COLUMNS="100", NO_COLOR="1", TERM="dumb")
    try:
        return _render()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _render() -> str:
    parts = [
        "# Command-line reference",
        "",
        "Generated from the commands' `--help` by `make docs`; do not edit by hand.",
        "",
        "## kith",
        "",
        "```",
        _help(),
        "```",
    ]
    for name in command_names():
        parts += ["", f"## kith {name}", "", "```", _help(*name.split()), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    sys.stdout.write(reference())
