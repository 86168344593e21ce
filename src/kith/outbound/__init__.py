"""What leaves the machine, only when the user asks: files written (vCard and CSV exports,
.eml, .ics), mail sent (SMTP), events published (CalDAV), drafts polished by a language
model. Imports only the core, like the store and the sources; ``kith.app`` calls it.
"""
