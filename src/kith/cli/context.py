"""The workspace a command runs in, opened once per invocation from the global options."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Protocol

from kith.app.workspace import Workspace


class _State(Protocol):
    def workspace(self) -> Workspace: ...


# Set by the main callback for the command being run (Typer's own context is internal to it).
current_state: ContextVar[_State] = ContextVar("kith_cli_state")


def workspace() -> Workspace:
    """The workspace of the running command (``--db``/``KITH_DB``), opened on first use."""
    return current_state.get().workspace()
