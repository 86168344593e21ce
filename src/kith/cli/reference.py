"""Print the command-line reference (every command's --help) as Markdown.

``make docs`` writes it to ``docs/cli-reference.md``; a test fails when the file drifts
from the commands, so the documentation cannot fall behind the code.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import Any

import typer
import typer.main
from typer.core import TyperGroup

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


def commands() -> dict[str, Any]:
    """Every command as typed after ``kith`` ("add", "goal new"...), with its Click command."""
    found: dict[str, Any] = {}

    def visit(prefix: str, group: TyperGroup) -> None:
        with group.make_context(prefix.strip() or "kith", [], resilient_parsing=True) as ctx:
            for name in group.list_commands(ctx):
                command = group.get_command(ctx, name)
                if isinstance(command, TyperGroup):
                    visit(f"{prefix}{name} ", command)
                elif command is not None:
                    found[f"{prefix}{name}"] = command

    root = typer.main.get_command(app)
    assert isinstance(root, TyperGroup)
    visit("", root)
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
