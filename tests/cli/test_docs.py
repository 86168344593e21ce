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
    assert (commands()[name].__doc__ or "").strip(), f"kith {name} has no help text"


@pytest.mark.parametrize("name", command_names())
def test_every_command_appears_in_the_readme(name: str) -> None:
    assert f"kith {name}" in (ROOT / "README.md").read_text(), f"README.md never shows `kith {name}`"
