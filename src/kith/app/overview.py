"""The network at a glance: what ``kith status`` (and ``make run``) shows first."""

from __future__ import annotations

from kith.app.workspace import Workspace
from kith.store.overview import NetworkTotals, network_totals


def network_overview(ws: Workspace) -> NetworkTotals:
    with ws.db.reading() as conn:
        return network_totals(conn, ws.owner_id)
