"""Documentation that cannot drift: every command has help, a reference entry and a README mention."""

from __future__ import annotations

from pathlib import Path

import pytest

from kith.cli.reference import command_names, commands, reference

ROOT = Path(__file__).resolve().parents[2]


def test_the_cli_reference_is_up_to_date() -> None:
    current = (ROOT / "docs" / "cli-reference.md").read_text()
    assert current == reference(), "docs/cli-reference.md is stale: run `make docs`"


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help_text(name: str) -> None:
    assert (commands()[name].help or "").strip(), f"kith {name} has no help text"


@pytest.mark.parametrize("name", command_names())
def test_every_command_appears_in_the_readme(name: str) -> None:
    assert f"kith {name}" in (ROOT / "README.md").read_text(), f"README.md never shows `kith {name}`"


def test_every_command_is_loaded_from_the_module_that_defines_it() -> None:
    """The table that lets ``kith`` import one command's module matches what the modules register."""
    import typer
    import typer.main

    from kith.cli.main import COMMAND_MODULES, register_commands

    everything = typer.Typer()
    register_commands(everything, tuple(dict.fromkeys(m for ms in COMMAND_MODULES.values() for m in ms)))
    assert sorted(typer.main.get_group(everything).commands) == sorted(COMMAND_MODULES)
    for name, modules in COMMAND_MODULES.items():
        alone = typer.Typer()
        register_commands(alone, modules)
        assert name in typer.main.get_group(alone).commands, f"kith {name} is not defined in {modules}"
