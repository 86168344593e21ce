"""What leaves the machine: files written (.eml, .ics), mail sent (SMTP), events published
(CalDAV), drafts polished by a language model. Imports only the core; ``kith.app`` calls it,
and nothing here runs unless the user asked for it."""
