"""Use cases: the only layer that joins the store, the sources, the outbound side and the core."""
