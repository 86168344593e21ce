"""Calendars: .ics files read as a stream, and CalDAV calendars synchronised incrementally."""
