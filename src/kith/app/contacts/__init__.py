"""Importing contacts: LinkedIn exports, vCards, Google, Outlook and any other CSV.

An import is a list of stages, like beets' importer: **read** (``kith.sources.contacts``
streams records), **normalise** (``normalise``: the values kith keeps), **match** and
**decide** (``session``: the record's own earlier import, else identity resolution in
``kith.core.matching``; only a strong match merges), **write** (``session``: batched, one
statement per table). The whole import is one transaction: when anything fails, the
database is as it was. ``--dry-run`` runs every stage and then rolls the transaction back,
so its report is exactly what the import would have done. ``--strict`` stops at the first
record that cannot be read; otherwise each is reported ``FILE:LINE: reason`` and skipped.
"""

from __future__ import annotations

import hashlib
import itertools
import time
import weakref
from collections import Counter
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Connection

from kith.app.contacts.linkedin import Exchange, interaction_row, invitation_exchange, message_exchanges, own_profile
from kith.app.contacts.normalise import Incoming, normalise
from kith.app.contacts.reading import read_items
from kith.app.contacts.session import ImportSession, long_lived
from kith.app.imports import ImportOptions, ImportSummary, Progress
from kith.app.workspace import Workspace
from kith.core.errors import InputError
from kith.core.matching import Prepared, ProfileId
from kith.core.model import IdentityKind
from kith.sources.contacts import (
    FORMATS,
    ContactPoint,
    ContactRecord,
    LinkedInInvitation,
    LinkedInMessage,
    Provenance,
    Skipped,
    read_contacts,
)
from kith.store import contacts as store
from kith.store.database import Database
from kith.store.schema import interactions
from kith.store.sources import add_source

# Names that suggest a contacts file: used only to give the reader's own error (an empty
# file, a binary one, a wrong encoding) for a file whose content no importer claims.
_CONTACT_SUFFIXES = (".csv", ".vcf", ".vcard", ".zip", ".txt", ".tsv")
PROGRESS_EVERY = 250


class _DryRun(Exception):
    """Raised inside the transaction of a dry run, to roll it back."""


class ContactsImporter:
    """``kith import`` for contact files (see the module docstring)."""

    kind = "contacts"
    formats: tuple[str, ...] = FORMATS

    def claims(self, path: Path) -> bool:
        try:
            for item in itertools.islice(read_contacts(path), 50):
                if path.is_file() or not isinstance(item, Skipped):
                    return True
        except InputError:
            return path.is_file() and path.suffix.lower() in _CONTACT_SUFFIXES
        return False

    def run(self, ws: Workspace, path: Path, options: ImportOptions, progress: Progress) -> ImportSummary:
        started = time.perf_counter()
        summary = ImportSummary(path=str(path), kind=self.kind, format="", dry_run=options.dry_run)
        earlier = _last_prepared.take(ws.db)
        try:
            with long_lived(), ws.db.transaction() as conn:
                run = _Run(ws, conn, path, options, progress, summary, earlier)
                run.go()
                if options.dry_run:
                    raise _DryRun
            _last_prepared.keep(ws.db, run.session.prepared_people())
        except _DryRun:
            pass
        summary.seconds = time.perf_counter() - started
        return summary


class _LastPrepared:
    """What the match index of the last contacts import prepared, by person id, and for which
    database: the next file of the same ``kith import A B`` takes over the people whose profile
    the database still gives (``MatchIndex(prepared_before=...)``) rather than preparing the
    whole network again (a sixth of such an import). Only the last import's, taken once, and
    held weakly by its database object."""

    def __init__(self) -> None:
        self._db: weakref.ref[Database] | None = None
        self._prepared: dict[ProfileId, Prepared] = {}

    def take(self, db: Database) -> dict[ProfileId, Prepared] | None:
        mine = self._db is not None and self._db() is db
        prepared, self._db, self._prepared = self._prepared, None, {}
        return prepared if mine else None

    def keep(self, db: Database, prepared: dict[ProfileId, Prepared]) -> None:
        self._db, self._prepared = weakref.ref(db), prepared


_last_prepared = _LastPrepared()


def estimated_records(path: Path) -> int | None:
    """About how many records a plain file holds (cards, or lines), for the progress bar."""
    if not path.is_file() or path.suffix.lower() == ".zip":
        return None
    cards = lines = 0
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            cards += chunk.upper().count(b"BEGIN:VCARD")
            lines += chunk.count(b"\n")
    return cards or max(lines - 1, 1)


def _fingerprint(path: Path) -> str:
    if not path.is_file():
        return "folder"
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return f"sha256:{digest.hexdigest()}"


class _Source:
    """The import's row in ``sources``, made on the first write (an unchanged file writes none).

    An object of its own rather than a method of ``_Run``: the session holds it, and a
    session holding its run would keep the match index alive until the garbage collector
    finds the cycle."""

    def __init__(self, ws: Workspace, conn: Connection, path: Path, now: datetime, formats: Counter[str]) -> None:
        self.ws, self.conn, self.path, self.now, self.formats = ws, conn, path, now, formats
        self._source_id: int | None = None

    def __call__(self) -> int:
        if self._source_id is None:
            kind = "linkedin" if any(f.startswith("linkedin") for f in self.formats) else "vcard"
            if not any(f.startswith("linkedin") or f == "vcard" for f in self.formats):
                kind = "csv"
            self._source_id = add_source(
                self.conn,
                self.ws.owner_id,
                kind,
                str(self.path.resolve())[:1000],
                self.now,
                fingerprint=_fingerprint(self.path),
            )
        return self._source_id


class _Run:
    def __init__(
        self, ws: Workspace, conn: Connection, path: Path, options: ImportOptions, progress: Progress,
        summary: ImportSummary, prepared_before: dict[ProfileId, Prepared] | None = None,
    ) -> None:  # fmt: skip
        self.ws, self.conn, self.path, self.options = ws, conn, path, options
        self.progress, self.summary = progress, summary
        self.now = ws.now()
        self.formats: Counter[str] = Counter()
        self.source = _Source(ws, conn, path, self.now, self.formats)
        self.session = ImportSession(conn, ws.owner_id, self.now, self.source, prepared_before)
        self.region = ws.default_region
        self._by_slug: dict[str, int] = {}

    def go(self) -> None:
        total = estimated_records(self.path)
        messages: list[LinkedInMessage] = []
        invitations: list[LinkedInInvitation] = []
        done = 0
        self.progress(0, total)
        for item in read_items(self.path, self.options, self.region):
            done += 1
            if done % PROGRESS_EVERY == 0:
                self.progress(done, max(total or 0, done) if total else None)
            if isinstance(item, Skipped):
                if self.options.strict:
                    raise item.problem
                self.summary.skipped.append(item.message)
                continue
            if isinstance(item, Incoming):
                self.formats[item.format] += 1
                self.summary.notes.extend(f"{item.where}: {warning}" for warning in item.warnings)
                named = self.session.new_profile_id()
                assert item.profile.id == named, "the reader names profiles r1, r2... in file order"
                self.session.decide(item)
                continue
            self.formats[item.provenance.format] += 1
            where = f"{item.provenance.where}:{item.provenance.line}"
            self.summary.notes.extend(f"{where}: {warning}" for warning in item.warnings)
            if isinstance(item, LinkedInMessage):
                messages.append(item)
            else:
                invitations.append(item)
        self.session.flush()
        if messages or invitations:
            self._linkedin(messages, invitations)
        self.progress(done, done)
        self._summarise()

    def _summarise(self) -> None:
        counts = self.session.counts
        self.summary.format = ", ".join(self.formats) or "contacts"
        self.summary.counts = {
            "added": counts.added,
            "updated": counts.updated,
            "merged": counts.merged,
            "unchanged": counts.unchanged,
            "waiting for review": counts.review,
            **({"interactions": self._interactions} if self._interactions else {}),
            "skipped": len(self.summary.skipped),
        }
        self.summary.notes[:0] = self.session.notes
        if counts.review:
            self.summary.notes.append(f"{counts.review:,} new people look like someone already known: see `kith dupes`")

    _interactions = 0

    # --- LinkedIn messages and invitations ---------------------------------------------------

    def _person_for(self, slug: str, name: str, provenance: Provenance) -> int:
        """The person whose LinkedIn profile is ``slug``, added (and matched) when unknown."""
        found = self._by_slug.get(slug) or self.session.identity_owner("linkedin", slug)
        if found is not None:
            return found
        record = ContactRecord(
            provenance=provenance,
            display_name=name or slug,
            contact_points=(
                ContactPoint(IdentityKind.LINKEDIN, f"https://www.linkedin.com/in/{slug}", "LinkedIn", slug),
            ),
        )
        ref = self.session.decide(normalise(record, self.region, self.session.new_profile_id()))
        self._by_slug[slug] = ref
        return ref

    def _linkedin(self, messages: list[LinkedInMessage], invitations: list[LinkedInInvitation]) -> None:
        session, owner = self.session, self.ws.owner_id
        known = store.own_identity(self.conn, owner, "linkedin")
        me = own_profile(
            known, messages, invitations, lambda slug: session.identity_owner("linkedin", slug) is not None
        )
        if me is None:
            if messages:
                self.summary.notes.append(
                    f"kith could not tell which LinkedIn profile is yours, so {len(messages):,} messages were "
                    "left out; import the whole LinkedIn export (with Invitations.csv) to fix it"
                )
            messages = []
        elif known is None:
            store.add_own_identity(self.conn, owner, "linkedin", me, self.now)
            self.summary.notes.append(f"your own LinkedIn profile is {me}")
        exchanges: list[tuple[Exchange, int]] = []
        for message in messages:
            assert me is not None
            found, problems = message_exchanges(message, me)
            self._problems(problems)
            exchanges.extend((e, self._person_for(e.slug, e.name, message.provenance)) for e in found)
        for invitation in invitations:
            slug = invitation.other_slug
            if slug is None or slug == me:
                self._problems([f"{invitation.provenance.where}:{invitation.provenance.line}: the invitation "
                                f"has no profile address for {invitation.other_name or '(no name)'}"])  # fmt: skip
                continue
            ref = self._person_for(slug, invitation.other_name, invitation.provenance)
            if invitation.sent_at is not None:
                session.evidence(ref, {"known_since": invitation.sent_at.date().isoformat()})
            exchange = invitation_exchange(invitation)
            if exchange is not None:
                exchanges.append((exchange, ref))
        session.flush()
        rows = []
        for exchange, ref in exchanges:
            if exchange.external_id in session.known.external_ids:
                continue
            session.known.external_ids.add(exchange.external_id)
            rows.append(interaction_row(owner, session.person_of(ref), exchange, self.source()))
        for start in range(0, len(rows), 2000):
            store.insert_rows(self.conn, interactions, rows[start : start + 2000])
        self._interactions = len(rows)

    def _problems(self, problems: list[str]) -> None:
        if problems and self.options.strict:
            file, _, rest = problems[0].partition(":")
            raise InputError(file, None, rest.strip())
        self.summary.skipped.extend(problems)


def contacts_importer() -> ContactsImporter:
    """The factory ``kith.app.imports.IMPORTERS`` lists."""
    return ContactsImporter()
