"""The ``kith`` command: global options, the command groups, and turning errors into one line."""

from __future__ import annotations

import functools
import gc
import importlib
import os
import sys
import traceback
from dataclasses import dataclass, field
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup

from kith import __version__
from kith.app.workspace import Workspace, open_workspace
from kith.cli.context import current_state
from kith.cli.output import fail
from kith.core.errors import KithError

# Each command and the module that defines it, imported only when that command runs: importing
# every command's dependencies (the composer's phrasebooks and Babel, the mail reader, the
# backup's checks) cost about a second at every start. `goals` and `drafts` load together
# because `kith goal words` is defined with the composer. A test checks this table against
# what the modules register.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "status": ("overview",),
    **dict.fromkeys(
        ("today", "done", "skip", "unskip", "snooze", "replied", "stop", "unstop", "pin", "exclude", "cooling", "plan"),
        ("plan",),
    ),
    **dict.fromkeys(("add", "show", "list", "edit", "log", "note", "tag", "forget"), ("people",)),
    "ties": ("ties",),
    **dict.fromkeys(("favor",), ("goals", "drafts")),
    "import": ("imports",),
    **dict.fromkeys(("dupes", "merge", "unmerge"), ("dupes",)),
    "demo-mbox": ("mail",),
    "sync": ("sync",),
    "coach": ("coach",),
    "draft": ("goals", "drafts"),
    "send": ("sending",),
    **dict.fromkeys(("export", "restore"), ("backup",)),
    "demo": ("demo",),
    # the groups of subcommands
    **dict.fromkeys(("goal", "campaign"), ("goals", "drafts")),
    **dict.fromkeys(("me", "candidates"), ("mail",)),
    "setup": ("setup",),
}
_SETTINGS = {"help_option_names": ["-h", "--help"]}


def register_commands(target: typer.Typer, modules: tuple[str, ...]) -> None:
    """Add the commands of these ``kith.cli`` modules to a Typer app."""
    for name in modules:
        importlib.import_module(f"kith.cli.{name}").register(target)


@functools.cache
def _commands_of(modules: tuple[str, ...]) -> dict[str, Any]:
    # Built once per process: registering twice would add a group's commands to it twice.
    part = typer.Typer(rich_markup_mode="markdown", context_settings=_SETTINGS)
    register_commands(part, modules)
    return dict(typer.main.get_group(part).commands)


class _CommandsOnDemand(TyperGroup):
    """The ``kith`` group, which imports a command's module when the command is looked up."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMAND_MODULES)

    def get_command(self, ctx: Any, cmd_name: str) -> TyperCommand | TyperGroup | None:
        modules = COMMAND_MODULES.get(cmd_name)
        return None if modules is None else _commands_of(modules).get(cmd_name)


app = typer.Typer(
    name="kith",
    cls=_CommandsOnDemand,
    help=(
        "kith brings a cold professional network back to life: it learns whom you knew, "
        "finds the dormant ties worth reviving, and keeps the network warm.\n\n"
        "Your data stays on this machine, in one database: --db PATH or the KITH_DB "
        "environment variable choose it (a file path or a postgresql:// URL)."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings=_SETTINGS,
)


@dataclass
class State:
    """What the global options decided; the workspace opens on first use only."""

    database: str | None = None
    debug: bool = False
    _workspace: Workspace | None = field(default=None, repr=False)

    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = open_workspace(self.database)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


def _version(value: bool) -> None:
    if value:
        print(f"kith {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="KITH_DB",
            help="Database: a file path or a SQLAlchemy URL (postgresql://...).",
            show_envvar=True,
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Print the full traceback of an error.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    state = State(database=db, debug=debug)
    ctx.obj = state
    current_state.set(state)
    ctx.call_on_close(state.close)


def run() -> None:
    """Entry point: a ``KithError`` is one line and exit 1; a usage error exit 2; a bug a hint."""
    debug = "--debug" in sys.argv[1:]
    # What is loaded by now (Typer, SQLAlchemy, kith's modules) lives as long as the process:
    # out of the collector's way, each collection scans only what the command makes
    # (kith list --json at 100,000 people: about 0.3 s of CPU less). Once per process: the
    # tests and the reference generator call this many times.
    if not gc.get_freeze_count():
        gc.freeze()
    try:
        result = app(prog_name="kith", standalone_mode=False)
    except typer.Abort:
        fail("cancelled", 1)
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except typer.TyperException as exc:  # Typer's usage errors (a missing argument, a bad option)
        if type(exc).__name__ == "NoArgsIsHelpError":
            show_help = getattr(exc, "show", None)
            if show_help is not None:
                show_help()
            raise SystemExit(0) from None
        code = int(getattr(exc, "exit_code", 2))
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        fail(f"{message} (see --help)" if code == 2 else message, code)
    except KithError as exc:
        if debug:
            traceback.print_exc()
        fail(str(exc), 1)
    except BrokenPipeError:
        # `kith list | head`: the reader left; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(0) from None
    except KeyboardInterrupt:
        fail("interrupted; nothing half-written was kept", 130)
    except Exception as exc:
        if debug:
            traceback.print_exc()
        fail(f"internal error ({type(exc).__name__}: {exc}); run again with --debug and report it", 1)
    if isinstance(result, int) and result:
        raise SystemExit(result)
