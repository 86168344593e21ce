"""Fixtures of the app tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kith.app.workspace import Workspace, fixed_clock, open_workspace
from tests.app.test_backup import fill_every_table
from tests.conftest import NOW


@pytest.fixture
def network(database: str) -> Iterator[Workspace]:
    """A workspace on a small network with a row in every table (``fill_every_table``)."""
    fill_every_table(database)
    ws = open_workspace(database, clock=fixed_clock(NOW))
    try:
        yield ws
    finally:
        ws.close()
