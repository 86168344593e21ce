"""The domain, pure: no I/O, no database, no clock, no network.

Everything here takes "today" or "now" as an argument and returns values; the adapters
around it (store, sources, outbound, app, cli) do the reading and writing.
"""
