"""Print the command-line reference (every command's --help) as Markdown.

``make docs`` writes it to ``docs/cli-reference.md``; a test fails when the file drifts
from the commands, so the documentation cannot fall behind the code.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys

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


def command_names() -> list[str]:
    return sorted(c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands)


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
        parts += ["", f"## kith {name}", "", "```", _help(name), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    sys.stdout.write(reference())
