"""Contact files read into plain records: LinkedIn exports, vCard, Google and Outlook CSV,
any other CSV. ``read_contacts`` is the entry point; the records are in ``records``."""

from kith.sources.contacts.archive import ZipLimits
from kith.sources.contacts.columns import FIELDS as MAP_FIELDS
from kith.sources.contacts.reader import read_contacts
from kith.sources.contacts.records import (
    FORMATS,
    ContactPoint,
    ContactRecord,
    LinkedInInvitation,
    LinkedInMessage,
    PostalAddress,
    Provenance,
    ReadResult,
    Skipped,
)
from kith.sources.contacts.vcard import PHOTO_LIMIT

__all__ = [
    "FORMATS",
    "MAP_FIELDS",
    "PHOTO_LIMIT",
    "ContactPoint",
    "ContactRecord",
    "LinkedInInvitation",
    "LinkedInMessage",
    "PostalAddress",
    "Provenance",
    "ReadResult",
    "Skipped",
    "ZipLimits",
    "read_contacts",
]
