"""The JSON backup: a network covering every table survives export and restore exactly,
and a foreign, newer, damaged or invalid file is refused with nothing written."""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.app.backup import (
    FORMAT_VERSION,
    export_backup,
    export_backup_to_file,
    restore_backup,
    restore_backup_from_file,
)
from kith.app.backup_records import IdSet
from kith.app.workspace import Workspace, fixed_clock, open_workspace
from kith.core.errors import DatabaseError, InputError
from kith.core.model import (
    Birthday,
    Channel,
    Direction,
    Favor,
    FavorKind,
    Identity,
    IdentityKind,
    IdentityStatus,
    Interaction,
    InteractionKind,
    Note,
    Person,
    RelationshipKind,
)
from kith.store import schema
from kith.store.backup import BACKUP_TABLES, TABLE_ORDER, count_rows
from kith.store.database import open_database, schema_head
from kith.store.records import favor_row, identity_row, interaction_row, note_row, person_row
from tests.conftest import NOW

AN_HOUR_EAST = timezone(timedelta(hours=1))


def fill_every_table(url: str) -> None:
    """A small network with at least one row, and every kind of value, in every backed-up table.

    Ids are deliberately not 1, 2, 3: a restore must keep them, not renumber.
    """
    db = open_database(url)
    owner = db.owner_id
    earlier = datetime(2019, 3, 4, 18, 30, 15, 123456, tzinfo=UTC)
    with db.transaction() as conn:
        conn.execute(schema.owners.update().where(schema.owners.c.id == owner).values(default_region="IT"))
        conn.execute(
            schema.sources.insert(),
            [
                {"id": 3, "owner_id": owner, "kind": "linkedin", "locator": "/home/ana/Connections.csv",
                 "fingerprint": "sha256:ab12", "imported_at": earlier},
                {"id": 8, "owner_id": owner, "kind": "mbox", "locator": "/mail/Archive.mbox", "fingerprint": None,
                 "imported_at": NOW},
            ],
        )  # fmt: skip
        conn.execute(
            schema.my_identities.insert(),
            [
                {"id": 2, "owner_id": owner, "kind": "email", "value": "me@example.org", "created_at": earlier},
                {"id": 4, "owner_id": owner, "kind": "phone", "value": "+393331234567", "created_at": earlier},
            ],
        )
        conn.execute(
            schema.settings.insert(),
            [
                {"owner_id": owner, "key": "plan.per_day", "value": 10},
                {"owner_id": owner, "key": "followup.days", "value": [7, 7, 14, 21]},
                {"owner_id": owner, "key": "ranking.weights", "value": {"history": 0.5, "novelty": 0.25}},
                {"owner_id": owner, "key": "plan.working_days_only", "value": True},
                {"owner_id": owner, "key": "words.signature", "value": "Ciao,\nAna"},
                {"owner_id": owner, "key": "words.closing", "value": None},  # JSON's null, not a missing value
            ],
        )
        ana = Person(
            id=5,
            display_name="Ana María Pérez",
            given_name="Ana María",
            family_name="Pérez",
            company="Acme Robotics",
            title="Head of Research",
            city="Milano",
            country="IT",
            languages=("it", "en-GB", "es"),
            interests=("climbing", "type design"),
            how_we_met="Master's course in Turin, 2012",
            postal_address="Via Roma 1\n20121 Milano",
            birthday=Birthday(month=3, day=12, year=1984),
            keep_in_touch_days=90,
            known_since=date(2012, 10, 1),
            intended_kind=RelationshipKind.DORMANT,
            created_at=earlier,
            updated_at=NOW,
        )
        bo = Person(
            id=9,
            display_name="Bo Tanaka",
            given_name="Bo",
            family_name="Tanaka",
            city="Tokyo",
            country="JP",
            languages=("ja",),
            birthday=Birthday(month=2, day=29),  # no year: the address book did not know it
            do_not_contact_since=datetime(2025, 6, 1, 8, 0, tzinfo=UTC),
            intended_kind=RelationshipKind.ONE_WAY,
            created_at=earlier,
            updated_at=earlier,
        )
        zoe = Person(id=12, display_name="Zoë", created_at=NOW, updated_at=NOW)
        conn.execute(
            schema.people.insert(),
            [
                person_row(ana, owner, NOW, source_id=3, source_record="line 4") | {"do_not_contact_reason": None},
                person_row(bo, owner, NOW) | {"do_not_contact_reason": "asked to stop, June 2025"},
                person_row(zoe, owner, NOW) | {"do_not_contact_reason": None},
            ],
        )
        conn.execute(
            schema.person_changes.insert(),
            [
                {"owner_id": owner, "person_id": 5, "field": "title", "old_value": "Researcher",
                 "new_value": "Head of Research", "changed_at": NOW, "source_id": 3, "source_record": "line 4"},
            ],
        )  # fmt: skip
        conn.execute(
            schema.person_fields.insert(),
            [
                {"person_id": 5, "owner_id": owner, "field": "company", "source_id": 8, "source_record": "<m1@x>",
                 "recorded_at": NOW, "by_hand": False},
                {"person_id": 5, "owner_id": owner, "field": "title", "source_id": None, "source_record": None,
                 "recorded_at": NOW, "by_hand": True},
            ],
        )  # fmt: skip
        conn.execute(
            schema.identities.insert(),
            [
                identity_row(Identity(IdentityKind.EMAIL, "ana@acme.example", "work", id=20), owner, 5, earlier, 3),
                identity_row(
                    Identity(IdentityKind.EMAIL, "ana.old@uni.example", status=IdentityStatus.BOUNCING, id=21),
                    owner,
                    5,
                    earlier,
                ),
                identity_row(Identity(IdentityKind.PHONE, "+393471234567", "mobile", id=22), owner, 5, earlier),
                identity_row(Identity(IdentityKind.LINKEDIN, "ana-maria-perez-1234", id=23), owner, 5, earlier),
                identity_row(Identity(IdentityKind.HANDLE, "github:anamp", id=24), owner, 5, earlier),
                identity_row(Identity(IdentityKind.URL, "https://ana.example/blog", id=25), owner, 5, earlier),
                identity_row(Identity(IdentityKind.EMAIL, "bo@tanaka.example", id=30), owner, 9, earlier),
            ],
        )
        conn.execute(
            schema.tags.insert(),
            [{"id": 40, "owner_id": owner, "name": "alumni"}, {"id": 41, "owner_id": owner, "name": "tokyo"}],
        )
        conn.execute(
            schema.person_tags.insert(),
            [{"person_id": 5, "tag_id": 40}, {"person_id": 9, "tag_id": 40}, {"person_id": 9, "tag_id": 41}],
        )
        interactions = [
            Interaction(5, earlier, Channel.EMAIL, Direction.OUTBOUND, "Congrats on the new role", id=100,
                        utc_offset_minutes=60, external_id="<m1@x>", thread_id="<m1@x>", source_id=8),
            Interaction(5, earlier + timedelta(days=1), Channel.EMAIL, Direction.INBOUND, "Re: Congrats",
                        id=101, utc_offset_minutes=-300, external_id="<m2@x>", thread_id="<m1@x>", source_id=8),
            Interaction(5, earlier + timedelta(days=2), Channel.EMAIL, Direction.INBOUND, "Out of office",
                        kind=InteractionKind.AUTO_REPLY, id=102, external_id="<m3@x>", thread_id="<m1@x>",
                        returns_on=date(2019, 3, 12)),
            Interaction(9, earlier, Channel.EMAIL, Direction.INBOUND, "Undeliverable", kind=InteractionKind.BOUNCE,
                        id=103, external_id="<m4@x>"),
            Interaction(9, datetime(2020, 1, 2, 12, 0, tzinfo=UTC), Channel.CALL, Direction.MUTUAL, "", id=110),
            Interaction(12, NOW, Channel.LETTER, Direction.OUTBOUND, "Card with a pressed flower", id=111),
        ]  # fmt: skip
        conn.execute(schema.interactions.insert(), [interaction_row(i, owner) for i in interactions])
        favours = [
            Favor(5, FavorKind.THEY_DID, "Introduced me to her CTO", date(2019, 3, 1), None, id=50),
            Favor(5, FavorKind.I_DID, "Reviewed her paper", date(2018, 5, 2), date(2018, 5, 30), id=51),
            Favor(9, FavorKind.I_OWE, "Send the Kyoto guide", None, None, id=52),
            Favor(9, FavorKind.I_OFFERED, "Help with the visa forms", date(2020, 1, 2), None, id=53),
            Favor(12, FavorKind.THEY_OFFERED, "A desk in her studio", None, None, id=54),
        ]
        conn.execute(schema.favors.insert(), [favor_row(f, owner, earlier) for f in favours])
        conn.execute(
            schema.notes.insert(),
            [
                note_row(Note(5, "Loves Calvino; two kids; 🚲 to work", earlier, id=60), owner)
                | {"source_id": None, "source_record": None},
                note_row(Note(9, "Moved back to Tokyo", NOW, id=61), owner) | {"source_id": 3, "source_record": "7"},
            ],
        )
        conn.execute(
            schema.goals.insert(),
            [
                {"id": 70, "owner_id": owner, "title": "Moving to Tokyo", "why_now": "Relocating in March",
                 "agenda": "Find a team", "offer": "Intros in Milan", "gap_context": "abroad",
                 "relevance": {"cities": ["Tokyo"], "countries": ["JP"], "companies": ["Sony"], "industries": [],
                               "schools": ["Todai"], "tags": ["tokyo"], "words": ["robotics"]},
                 "created_at": earlier, "archived_at": None},
                {"id": 71, "owner_id": owner, "title": "Old goal", "why_now": "", "agenda": "", "offer": "",
                 "gap_context": "", "relevance": {}, "created_at": earlier,
                 "archived_at": NOW},
            ],
        )  # fmt: skip
        conn.execute(
            schema.campaigns.insert(),
            [
                {"id": 80, "owner_id": owner, "goal_id": 70, "name": "Tokyo 2027", "per_day": 7,
                 "working_days": [0, 1, 2, 3], "start_on": date(2026, 12, 1), "holidays": ["2026-12-25"],
                 "cap": 250, "tie_classes": ["dormant", "weak"], "channel": "email", "language": "ja",
                 "active": True, "created_at": NOW},
                {"id": 81, "owner_id": owner, "goal_id": None, "name": "Paused", "per_day": 10,
                 "working_days": [0, 1, 2, 3, 4], "start_on": None, "holidays": [], "cap": None,
                 "tie_classes": ["dormant"], "channel": None, "language": "", "active": False, "created_at": NOW},
            ],
        )  # fmt: skip
        conn.execute(
            schema.person_overrides.insert(),
            [
                {"id": 90, "owner_id": owner, "person_id": 5, "campaign_id": None, "action": "pin",
                 "until_on": None, "created_at": NOW},
                {"id": 91, "owner_id": owner, "person_id": 9, "campaign_id": 80, "action": "skip",
                 "until_on": date(2027, 1, 15), "created_at": NOW},
            ],
        )  # fmt: skip
        conn.execute(
            schema.outreach_steps.insert(),
            [
                {"id": 95, "owner_id": owner, "person_id": 5, "campaign_id": 80, "kind": "first", "sequence": 0,
                 "planned_on": date(2026, 12, 1), "slot": "morning", "channel": "email", "status": "done",
                 "done_at": NOW, "message_id": "<draft1@kith>", "interaction_id": 111, "note": "sent from phone",
                 "created_at": NOW},
                {"id": 96, "owner_id": owner, "person_id": 5, "campaign_id": 80, "kind": "followup", "sequence": 1,
                 "planned_on": date(2026, 12, 8), "slot": "afternoon", "channel": None, "status": "planned",
                 "done_at": None, "message_id": None, "interaction_id": None, "note": "", "created_at": NOW},
            ],
        )  # fmt: skip
        conn.execute(
            schema.contact_records.insert(),
            [
                {"id": 120, "owner_id": owner, "person_id": 5, "record_key": "linkedin:ana-maria-perez-1234",
                 "digest": "3f2a", "fields": {"given_name": "Ana María", "identities": [["linkedin", "ana-maria-perez-1234"]]},
                 "source_id": 3, "source_record": "line 4", "imported_at": earlier},
            ],
        )  # fmt: skip
        conn.execute(
            schema.person_photos.insert(),
            [
                {"id": 125, "owner_id": owner, "person_id": 5, "media_type": "image/png", "data": "iVBORw0KGgo=",
                 "source_id": 3, "source_record": "card 2", "created_at": earlier},
            ],
        )  # fmt: skip
        conn.execute(
            schema.merges.insert(),
            [
                {"id": 130, "owner_id": owner, "kept_person_id": 5, "merged_person_id": 14, "merged_name": "Ana Perez",
                 "how": "by_hand", "reasons": ["score 31.5", "same email ana@acme.example"],
                 "snapshot": {"person": {"id": 14, "display_name": "Ana Perez"}, "moved": {"notes": [60]}},
                 "source_id": None, "source_record": None, "merged_at": earlier, "undone_at": NOW},
            ],
        )  # fmt: skip
        conn.execute(
            schema.mail_messages.insert(),
            [
                {"id": 120, "owner_id": owner, "message_key": "m1@x", "thread_id": "m1@x", "from_me": True,
                 "kind": "personal", "occurred_at": earlier, "topic": "congrats on the new role", "reply": False,
                 "source_id": 8, "source_record": "0"},
                {"id": 121, "owner_id": owner, "message_key": "sha1:9f2c", "thread_id": "m1@x", "from_me": False,
                 "kind": "auto_reply", "occurred_at": None, "topic": "", "reply": False, "source_id": None,
                 "source_record": None},
            ],
        )  # fmt: skip
        conn.execute(
            schema.mail_candidates.insert(),
            [
                {"id": 130, "owner_id": owner, "address": "reader@blog.example", "display_name": "A Reader",
                 "inbound": 2, "outbound": 0, "first_at": earlier, "last_at": NOW, "dismissed": False,
                 "source_id": 8, "source_record": "4096", "created_at": NOW},
                {"id": 131, "owner_id": owner, "address": "once@shop.example", "display_name": "",
                 "inbound": 0, "outbound": 1, "first_at": None, "last_at": None, "dismissed": True,
                 "source_id": None, "source_record": None, "created_at": NOW},
            ],
        )  # fmt: skip
        conn.execute(
            schema.candidate_messages.insert(),
            [
                {"id": 140, "owner_id": owner, "candidate_id": 130, "occurred_at": earlier, "utc_offset_minutes": 120,
                 "direction": "inbound", "kind": "personal", "summary": "Loved your talk",
                 "external_id": "r1@blog|reader@blog.example", "thread_id": "r1@blog", "returns_on": None,
                 "source_id": 8, "source_record": "4096"},
                {"id": 141, "owner_id": owner, "candidate_id": 130, "occurred_at": NOW, "utc_offset_minutes": None,
                 "direction": "inbound", "kind": "auto_reply", "summary": "Away", "external_id": "r2@blog|reader@blog.example",
                 "thread_id": None, "returns_on": date(2026, 12, 14), "source_id": None, "source_record": None},
            ],
        )  # fmt: skip
        conn.execute(
            schema.mail_progress.insert(),
            [
                {"id": 150, "owner_id": owner, "locator": "/mail/Archive.mbox", "fingerprint": "ab12:cd34",
                 "position": 3_000_000_000, "messages": 41_000, "finished": True, "updated_at": NOW},
                {"id": 151, "owner_id": owner, "locator": "imap://ana@mail.example:993/INBOX",
                 "fingerprint": "1796155538", "position": 0, "messages": 0, "finished": False, "updated_at": NOW},
            ],
        )  # fmt: skip
        conn.execute(
            schema.sources.insert(),
            [{"id": 12, "owner_id": owner, "kind": "caldav", "locator": "https://dav.example.org/ana/work/",
              "fingerprint": None, "imported_at": NOW}],
        )  # fmt: skip
        conn.execute(
            schema.calendar_syncs.insert(),
            [{"id": 4, "owner_id": owner, "source_id": 12, "sync_token": "http://radicale.org/ns/sync/4f2a",
              "synced_at": NOW}],
        )  # fmt: skip
        conn.execute(
            schema.calendar_resources.insert(),
            [
                {"id": 6, "owner_id": owner, "source_id": 12, "href": "/ana/work/standup.ics",
                 "etag": '"a1b2"', "uid": "040000008200E00074C5B7101A82E008@outlook", "settled": True},
                {"id": 7, "owner_id": owner, "source_id": 12, "href": "/ana/work/broken.ics", "etag": "",
                 "uid": None, "settled": False},
            ],
        )  # fmt: skip
    db.close()


@pytest.fixture
def target(other_database: str) -> Iterator[Workspace]:
    ws = open_workspace(other_database, clock=fixed_clock(NOW + timedelta(hours=3)))
    try:
        yield ws
    finally:
        ws.close()


def exported(ws: Workspace) -> str:
    out = io.StringIO()
    export_backup(ws, out)
    return out.getvalue()


def without_exported_at(text: str) -> str:
    return re.sub(r'"exported_at": "[^"]*"', '"exported_at": ""', text, count=1)


def owner_region(ws: Workspace) -> str:
    with ws.db.reading() as conn:
        region = conn.execute(
            sa.select(schema.owners.c.default_region).where(schema.owners.c.id == ws.owner_id)
        ).scalar_one()
    return str(region)


def assert_nothing_written(ws: Workspace) -> None:
    with ws.db.reading() as conn:
        assert set(count_rows(conn, ws.owner_id).values()) == {0}
    assert owner_region(ws) == "US"


def test_every_table_of_the_network_is_in_the_backup(network: Workspace) -> None:
    document = json.loads(exported(network))
    assert document["format"] == "kith-backup"
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_revision"] == schema_head()
    assert document["exported_at"] == "2026-11-25T10:00:00+00:00"
    assert document["owner"]["name"] == "me"
    assert document["owner"]["default_region"] == "IT"
    assert list(document)[6:] == list(TABLE_ORDER)
    for table in TABLE_ORDER:
        assert document[table], f"the test network has no {table}"
    ana, bo, zoe = document["people"]
    assert ana["id"] == 5
    assert ana["birthday"] == "1984-03-12"
    assert bo["birthday"] == "--02-29"
    assert zoe["birthday"] is None
    assert bo["do_not_contact_since"] == "2025-06-01T08:00:00+00:00"
    assert ana["languages"] == ["it", "en-GB", "es"]
    assert "name_key" not in ana
    assert "owner_id" not in ana
    assert document["interactions"][0]["occurred_at"] == "2019-03-04T18:30:15.123456+00:00"
    assert document["campaigns"][0]["start_on"] == "2026-12-01"
    assert document["person_tags"] == [
        {"person_id": 5, "tag_id": 40},
        {"person_id": 9, "tag_id": 40},
        {"person_id": 9, "tag_id": 41},
    ]


def test_every_table_the_schema_holds_for_an_owner_is_backed_up() -> None:
    owned = {t.name for t in schema.metadata.sorted_tables if "owner_id" in t.c or "person_id" in t.c}
    assert owned == set(TABLE_ORDER)
    # each table comes after the tables it refers to, so that restore can check every reference
    for position, table in enumerate(BACKUP_TABLES):
        for column in table.fields:
            if column.references is not None:
                assert TABLE_ORDER.index(column.references) < position, (table.name, column.name)


def test_a_restored_network_exports_to_the_same_document(network: Workspace, target: Workspace) -> None:
    first = exported(network)
    summary = restore_backup(target, io.BytesIO(first.encode()), name="backup.json")
    assert summary.counts["people"] == 3
    assert summary.counts["interactions"] == 6
    assert summary.counts["person_tags"] == 3
    assert summary.total == sum(len(v) for k, v in json.loads(first).items() if k in TABLE_ORDER)
    second = exported(target)
    assert '"exported_at": "2026-11-25T13:00:00+00:00"' in second
    assert without_exported_at(second) == without_exported_at(first)
    assert owner_region(target) == "IT"


def test_a_restore_in_small_batches_gives_the_same_network(network: Workspace, target: Workspace) -> None:
    first = exported(network)
    restore_backup(target, io.BytesIO(first.encode()), name="backup.json", batch_size=2)
    assert without_exported_at(exported(target)) == without_exported_at(first)


def _inserted_id(conn: sa.Connection, statement: sa.Insert) -> int:
    key = conn.execute(statement).inserted_primary_key
    assert key is not None
    return int(key[0])


def test_new_rows_after_a_restore_take_fresh_ids(network: Workspace, target: Workspace) -> None:
    restore_backup(target, io.BytesIO(exported(network).encode()), name="backup.json")
    with target.db.transaction() as conn:
        new_person = _inserted_id(
            conn, schema.people.insert().values(person_row(Person(display_name="New"), target.owner_id, NOW))
        )
        new_interaction = _inserted_id(
            conn,
            schema.interactions.insert().values(
                interaction_row(Interaction(new_person, NOW, Channel.CALL, Direction.MUTUAL), target.owner_id)
            ),
        )
    assert new_person == 13
    assert new_interaction == 112


def test_a_restore_reads_text_streams_too(network: Workspace, target: Workspace) -> None:
    restore_backup(target, io.StringIO(exported(network)), name="<stdin>")
    with target.db.reading() as conn:
        assert count_rows(conn, target.owner_id)["identities"] == 7


def test_the_restored_values_are_the_original_ones(network: Workspace, target: Workspace) -> None:
    restore_backup(target, io.BytesIO(exported(network).encode()), name="backup.json")
    with target.db.reading() as conn:
        bo = conn.execute(sa.select(schema.people).where(schema.people.c.id == 9)).mappings().one()
        step = conn.execute(sa.select(schema.outreach_steps).where(schema.outreach_steps.c.id == 95)).mappings().one()
        setting = conn.execute(
            sa.select(schema.settings.c.value).where(schema.settings.c.key == "ranking.weights")
        ).scalar_one()
    assert (bo["birth_year"], bo["birth_month"], bo["birth_day"]) == (None, 2, 29)
    assert bo["name_key"] == "bo tanaka"
    assert bo["do_not_contact_reason"] == "asked to stop, June 2025"
    assert bo["owner_id"] == target.owner_id
    assert step["interaction_id"] == 111
    assert step["done_at"] == NOW
    assert setting == {"history": 0.5, "novelty": 0.25}


def test_an_empty_network_round_trips(database: str, target: Workspace) -> None:
    ws = open_workspace(database, clock=fixed_clock(NOW))
    try:
        text = exported(ws)
    finally:
        ws.close()
    assert json.loads(text)["people"] == []
    summary = restore_backup(target, io.BytesIO(text.encode()), name="empty.json")
    assert summary.total == 0


def test_a_restore_into_a_network_that_has_data_is_refused(network: Workspace) -> None:
    text = exported(network)
    with pytest.raises(DatabaseError, match=r"already holds data \(3 sources.*3 people.*restore only into a new"):
        restore_backup(network, io.BytesIO(text.encode()), name="backup.json")
    with network.db.reading() as conn:
        assert count_rows(conn, network.owner_id)["people"] == 3


def test_an_export_to_a_file_is_atomic_and_private(network: Workspace, tmp_path: Path) -> None:
    (tmp_path / "backups").mkdir()
    path = tmp_path / "backups" / "backup.json"
    summary = export_backup_to_file(network, path)
    assert summary.location == str(path)
    assert json.loads(path.read_text(encoding="utf-8"))["people"][0]["display_name"] == "Ana María Pérez"
    assert path.stat().st_mode & 0o077 == 0
    assert [p.name for p in path.parent.iterdir()] == ["backup.json"]


def test_an_interrupted_export_leaves_the_old_file_and_no_half_file(network: Workspace, tmp_path: Path) -> None:
    (tmp_path / "backups").mkdir()
    path = tmp_path / "backups" / "backup.json"
    path.write_text("yesterday's backup")

    def interrupt(table: str, done: int, total: int | None) -> None:
        if table == "interactions":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_backup_to_file(network, path, progress=interrupt)
    assert path.read_text() == "yesterday's backup"
    assert [p.name for p in path.parent.iterdir()] == ["backup.json"]


def test_an_export_into_a_missing_folder_says_so(network: Workspace, tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"nowhere/backup.json.*folder does not exist; choose another --output"):
        export_backup_to_file(network, tmp_path / "nowhere" / "backup.json")


def test_progress_counts_the_rows_of_each_table(network: Workspace, target: Workspace) -> None:
    seen: dict[str, tuple[int, int | None]] = {}

    def note(table: str, done: int, total: int | None) -> None:
        seen[table] = (done, total)

    text = io.StringIO()
    export_backup(network, text, progress=note)
    assert seen["interactions"] == (6, 6)
    assert seen["outreach_steps"] == (2, 2)
    seen.clear()
    restore_backup(target, io.BytesIO(text.getvalue().encode()), name="b.json", progress=note)
    assert seen["favors"] == (5, None)
    assert seen["people"] == (3, None)


def test_a_missing_backup_file_is_named(target: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone.json: cannot read it"):
        restore_backup_from_file(target, tmp_path / "gone.json")


# --- refusals: each writes nothing -------------------------------------------------------

Edit = Callable[[dict[str, Any]], None]


def _set(table: str, index: int, field: str, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document[table][index][field] = value

    return edit


def _drop(table: str, index: int, field: str) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        del document[table][index][field]

    return edit


def _header(key: str, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document[key] = value

    return edit


def _append(table: str, record: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document[table].append(record)

    return edit


def _move_to_end(table: str) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document[table] = document.pop(table)

    return edit


INVALID_RECORDS: list[tuple[str, Edit, str]] = [
    ("wrong type", _set("people", 0, "keep_in_touch_days", "ninety"),
     r"backup.json:people\[0\]: field 'keep_in_touch_days' is \"ninety\": it should be a whole number"),
    ("a bool is not a number", _set("campaigns", 1, "per_day", True),
     r"campaigns\[1\]: field 'per_day' is true: it should be a whole number"),
    ("missing field", _drop("people", 2, "display_name"), r"people\[2\]: field 'display_name' is missing"),
    ("null list", _set("people", 0, "languages", None), r"people\[0\]: field 'languages' is null: it should be a list"),
    ("null where required", _set("interactions", 3, "channel", None),
     r"interactions\[3\]: field 'channel' is null: it cannot be empty"),
    ("bad email", _set("identities", 1, "value", "ana.old@"),
     r"identities\[1\]: field 'value' is \"ana.old@\": it is not a valid email"),
    ("bad phone", _set("identities", 2, "value", "+39 12"), r"identities\[2\]: field 'value' is \"\+39 12\""),
    ("bad enum", _set("interactions", 4, "channel", "fax"),
     r"interactions\[4\]: field 'channel' is \"fax\": it should be one of email, call"),
    ("bad favour kind", _set("favors", 0, "kind", "gift"), r"favors\[0\]: field 'kind' is \"gift\""),
    ("bad country", _set("people", 1, "country", "Narnia"),
     r"people\[1\]: field 'country' is \"Narnia\": it is not a country"),
    ("bad language", _set("people", 0, "languages", ["it", "klingonish"]), r"people\[0\]: field 'languages'"),
    ("bad birthday", _set("people", 1, "birthday", "--02-30"), r"people\[1\]: field 'birthday' is \"--02-30\""),
    ("naive time", _set("notes", 0, "created_at", "2020-01-01T10:00:00"),
     r"notes\[0\]: field 'created_at' is \"2020-01-01T10:00:00\": it should be a time with its offset"),
    ("bad date", _set("favors", 1, "settled_on", "30/05/2018"), r"favors\[1\]: field 'settled_on'"),
    ("too long", _set("tags", 1, "name", "x" * 101), r"tags\[1\]: field 'name' is \"x+\.\.\.: it is longer than 100"),
    ("person who is nobody", _set("interactions", 5, "person_id", 999),
     r"interactions\[5\]: field 'person_id' is 999: no record of people has this id"),
    ("campaign that is not there", _set("outreach_steps", 1, "campaign_id", 82),
     r"outreach_steps\[1\]: field 'campaign_id' is 82: no record of campaigns"),
    ("same id twice", _set("people", 2, "id", 5), r"people\[2\]: field 'id' is 5: another record of people has the same id"),
    ("unknown field", _set("tags", 0, "colour", "red"), r"tags\[0\]: field 'colour' is not part of a kith backup"),
    ("not a record", _append("notes", [1, 2]), r"notes\[2\]: it should be a record"),
    ("bad weekday", _set("campaigns", 0, "working_days", [0, 7]), r"campaigns\[0\]: field 'working_days'"),
    ("bad relevance", _set("goals", 0, "relevance", {"planets": ["Mars"]}), r"goals\[0\]: field 'relevance'"),
    ("duplicate identity", _set("identities", 6, "value", "ana@acme.example"),
     r"identities\[6\]: the database refused this record"),
    ("duplicate external id", _set("interactions", 1, "external_id", "<m1@x>"),
     r"interactions\[1\]: the database refused this record"),
    ("section out of order", _move_to_end("settings"), r"backup.json:settings: this section appears twice or out of order"),
    ("unknown section", _header("friends", []), r"backup.json:friends: this is not a section of a kith backup"),
    ("newer format", _header("format_version", FORMAT_VERSION + 1),
     r"backup.json: this backup was written by a newer kith \(backup format 3; this kith reads up to 2\); upgrade"),
    ("another program's format", _header("format", "vcard-json"), r"backup.json: this is not a kith backup"),
]  # fmt: skip


@pytest.mark.parametrize(("edit", "message"), [pytest.param(e, m, id=i) for i, e, m in INVALID_RECORDS])
def test_an_invalid_record_is_named_and_nothing_is_written(
    network: Workspace, target: Workspace, edit: Edit, message: str
) -> None:
    document = json.loads(exported(network))
    edit(document)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    with pytest.raises(InputError, match=message):
        restore_backup(target, io.BytesIO(text.encode()), name="backup.json", batch_size=2)
    assert_nothing_written(target)


def _cut_in_a_record(text: str) -> str:
    return text[: text.index('"Re: Congrats"') + 5]


def _cut_between_sections(text: str) -> str:
    return text[: text.index('"favors"')]


FOREIGN_OR_DAMAGED: list[tuple[str, Callable[[str], str], str]] = [
    ("another program's JSON", lambda _: '{"name": "Ana", "people": []}', r"backup.json: this is not a kith backup"),
    ("a JSON list", lambda _: "[1, 2, 3]", r"this is not a kith backup \(it does not start with \{\)"),
    ("not JSON", lambda _: "BEGIN:VCARD\nVERSION:3.0\n", r"backup.json: this is not a kith backup \(it is not JSON"),
    ("empty", lambda _: "", r"backup.json: the file ends in the middle of the backup: it is truncated"),
    ("cut in a record", _cut_in_a_record, r"backup.json:interactions\[1\]: the file ends in the middle of the backup"),
    ("cut between sections", _cut_between_sections, r"backup.json: the file ends in the middle of the backup"),
    ("cut at the last brace", lambda t: t.rstrip()[:-1], r"backup.json: the file ends in the middle"),
    ("trailing garbage", lambda t: t + "{}", r"backup.json: the file is damaged here"),
    ("damaged in the middle", lambda t: t.replace('"Bo Tanaka"', '"Bo Tanaka', 1), r"backup.json:people\[1\]: the file is damaged"),
    ("header after records", lambda t: t.replace('\n}\n', ',\n  "owner": {}\n}\n'), r"backup.json:owner: the header must come before"),
]  # fmt: skip


@pytest.mark.parametrize(("damage", "message"), [pytest.param(d, m, id=i) for i, d, m in FOREIGN_OR_DAMAGED])
def test_a_foreign_or_damaged_file_is_refused_and_nothing_is_written(
    network: Workspace, target: Workspace, damage: Callable[[str], str], message: str
) -> None:
    text = damage(exported(network))
    with pytest.raises(InputError, match=message):
        restore_backup(target, io.BytesIO(text.encode()), name="backup.json", batch_size=1)
    assert_nothing_written(target)


def test_a_file_that_is_not_utf8_is_refused(target: Workspace) -> None:
    data = b'{"format": "kith-backup", "format_version": 1, "sources": [{"kind": "\xff\xfe"}]}'
    with pytest.raises(InputError, match=r"backup.json"):
        restore_backup(target, io.BytesIO(data), name="backup.json")
    assert_nothing_written(target)


def test_a_hand_written_minimal_backup_fills_defaults(target: Workspace) -> None:
    document = {
        "format": "kith-backup",
        "format_version": 1,
        "people": [
            {"id": 1, "display_name": "Ana", "languages": ["Italian"], "interests": [], "country": "italy",
             "created_at": "2026-01-01T09:00:00+01:00", "updated_at": "2026-01-01T09:00:00Z"},
        ],
        "identities": [
            {"id": 1, "person_id": 1, "kind": "email", "value": "Ana@Example.ORG", "created_at": "2026-01-01T08:00:00Z"},
        ],
    }  # fmt: skip
    summary = restore_backup(target, io.BytesIO(json.dumps(document).encode()), name="mine.json")
    assert summary.counts["people"] == 1
    restored = json.loads(exported(target))
    ana = restored["people"][0]
    assert (ana["country"], ana["languages"], ana["city"], ana["birthday"]) == ("IT", ["it"], "", None)
    assert ana["created_at"] == "2026-01-01T08:00:00+00:00"
    assert restored["identities"][0]["value"] == "ana@example.org"
    assert restored["identities"][0]["status"] == "ok"
    assert owner_region(target) == "US"


def test_the_format_document_describes_every_section_and_field() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "backup-format.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^### `(\w+)`\n(.*?)(?=^### |^## |\Z)", text, flags=re.M | re.S))
    assert list(sections) == list(TABLE_ORDER)
    for table in BACKUP_TABLES:
        documented = set(re.findall(r"`(\w+)`", sections[table.name]))
        fields = {f.name for f in table.fields} - {"birth_year", "birth_month", "birth_day"}
        if table.name == "people":
            fields.add("birthday")
        assert fields <= documented, f"{table.name}: {sorted(fields - documented)} not in docs/backup-format.md"


def test_a_backup_holds_only_its_owners_network(network: Workspace, database: str) -> None:
    before = exported(network)
    alice_db = open_database(database, owner="alice")
    with alice_db.transaction() as conn:
        conn.execute(
            schema.people.insert().values(
                person_row(Person(id=500, display_name="Alice's friend"), alice_db.owner_id, NOW)
            )
        )
        conn.execute(schema.tags.insert().values(id=501, owner_id=alice_db.owner_id, name="alumni"))
        conn.execute(schema.person_tags.insert().values(person_id=500, tag_id=501))
        conn.execute(schema.settings.insert().values(owner_id=alice_db.owner_id, key="plan.per_day", value=3))
    alice_db.close()
    assert exported(network) == before
    alice = open_workspace(database, clock=fixed_clock(NOW), owner="alice")
    try:
        document = json.loads(exported(alice))
    finally:
        alice.close()
    assert document["owner"]["name"] == "alice"
    assert [p["id"] for p in document["people"]] == [500]
    assert document["person_tags"] == [{"person_id": 500, "tag_id": 501}]
    assert document["settings"] == [{"key": "plan.per_day", "value": 3}]
    assert document["interactions"] == []


_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False) | _TEXT,
    _containers,
    max_leaves=8,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=_TEXT.filter(lambda text: text.strip() != ""),
    body=_TEXT,
    summary=_TEXT,
    setting=_JSON,
    moment=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)),
)
def test_any_text_time_and_setting_survives_a_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    request: pytest.FixtureRequest,
    name: str,
    body: str,
    summary: str,
    setting: Any,
    moment: datetime,
) -> None:
    folder = tmp_path_factory.mktemp("round-trip")
    source, target = folder / "source.db", folder / "target.db"
    template = request.getfixturevalue("_sqlite_template")
    shutil.copyfile(template, source)
    shutil.copyfile(template, target)
    db = open_database(source)
    with db.transaction() as conn:
        conn.execute(schema.people.insert().values(person_row(Person(id=1, display_name=name), db.owner_id, moment)))
        conn.execute(schema.notes.insert().values(note_row(Note(1, body, moment, id=1), db.owner_id)))
        conn.execute(
            schema.interactions.insert().values(
                interaction_row(Interaction(1, moment, Channel.EMAIL, Direction.INBOUND, summary, id=1), db.owner_id)
            )
        )
        conn.execute(schema.settings.insert().values(owner_id=db.owner_id, key="anything", value=setting))
    db.close()
    first, second = (
        open_workspace(str(source), clock=fixed_clock(NOW)),
        open_workspace(str(target), clock=fixed_clock(NOW)),
    )
    try:
        text = exported(first)
        restore_backup(second, io.BytesIO(text.encode()), name="backup.json")
        assert exported(second) == text
    finally:
        first.close()
        second.close()


@given(
    added=st.lists(st.integers(-(2**40), 2**40) | st.integers(0, 5000)), probes=st.lists(st.integers(-(2**40), 2**40))
)
def test_the_ids_read_so_far_behave_as_a_set(added: list[int], probes: list[int]) -> None:
    ids, reference = IdSet(), set[int]()
    for number in added:
        ids.add(number)
        reference.add(number)
    for number in [*added, *probes, -1, 0, 1, 2**27, 2**27 - 1]:
        assert (number in ids) == (number in reference)
