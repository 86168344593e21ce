"""Everything kith reads from outside: contact files, and later mail and calendars.

A reader turns a file into plain records and nothing else: it knows no database, no people
and no matching. The ``app`` layer resolves each record to a person and stores it.
"""
