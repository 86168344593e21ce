"""The one entry point for reading contact files: ``read_contacts``.

It takes a file, a folder or a ZIP, tells each file's format from its content (or takes
the one forced), and streams records. A record that cannot be read is a ``Skipped`` item
(``FILE:LINE: reason``) and reading goes on. A file that cannot be read at all (unknown
format, empty, binary, a ZIP without contacts, a zip bomb) raises ``InputError`` before any
of its records is yielded; a decoding error or an oversized member found deep in a file
raises where it is found, and the caller's transaction undoes what came before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from kith.core.errors import InputError, InvalidValue
from kith.sources.contacts.archive import ZipLimits, folder_files, is_zip, zip_members
from kith.sources.contacts.csvfile import CSV_FORMATS, read_csv
from kith.sources.contacts.encoding import detect_encoding
from kith.sources.contacts.files import Source
from kith.sources.contacts.records import FORMATS, ReadResult, Skipped
from kith.sources.contacts.vcard import PHOTO_LIMIT, read_vcards


def read_contacts(
    path: str | Path,
    *,
    format: str | None = None,
    column_map: Mapping[str, str] | None = None,
    region: str | None = None,
    photo_limit: int = PHOTO_LIMIT,
    zip_limits: ZipLimits | None = None,
) -> Iterator[ReadResult]:
    """Stream the contacts, LinkedIn messages and invitations in ``path``.

    ``format`` forces one of ``FORMATS``; ``column_map`` maps a CSV's column names to record
    fields (``{"E-mail": "email"}``); ``region`` (the user's ISO country) reads phone numbers
    written without a country code. In a folder, a file that is not a contacts file becomes
    a ``Skipped`` item, so that one stray picture does not stop the import of the others.
    """
    if format is not None and format not in FORMATS:
        raise InvalidValue("format", format, f"it must be one of {', '.join(FORMATS)}")
    target = Path(path)
    limits = zip_limits or ZipLimits()
    options = _Options(format, column_map, region, photo_limit, limits)
    if target.is_dir():
        files = folder_files(target)
        first = next(files, None)
        if first is None:
            raise InputError(str(target), None, "the folder holds no files")
        for file in (first, *files):
            try:
                records = _open_path(file, options)
            except InputError as exc:
                yield Skipped(exc)
                continue
            yield from records
        return
    if not target.exists():
        raise InputError(str(target), None, "there is no such file or folder")
    yield from _open_path(target, options)


@dataclass(frozen=True, slots=True)
class _Options:
    forced: str | None
    column_map: Mapping[str, str] | None
    region: str | None
    photo_limit: int
    limits: ZipLimits


def _open_path(path: Path, options: _Options) -> Iterator[ReadResult]:
    """Check one file (or ZIP) and return its records to stream; raises ``InputError`` now."""
    source = Source(str(path), lambda: path.open("rb"))
    try:
        sample = source.sample()
    except OSError as exc:
        raise InputError(str(path), None, f"the file cannot be read: {exc.strerror or exc}") from exc
    if not is_zip(sample):
        return _open_source(source, sample, options)
    opened = [_open_source(member, member.sample(), options) for member in zip_members(path, options.limits)]
    return (record for records in opened for record in records)


def _open_source(source: Source, sample: bytes, options: _Options) -> Iterator[ReadResult]:
    decoded = detect_encoding(sample, source.where)
    forced = options.forced
    starts_as_vcard = decoded.text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD")
    if forced == "vcard" and "BEGIN:VCARD" not in decoded.text.upper():
        raise InputError(source.where, None, "this is not a vCard file: it has no BEGIN:VCARD")
    if forced == "vcard" or (forced is None and starts_as_vcard):
        return read_vcards(source, decoded, region=options.region, photo_limit=options.photo_limit)
    if forced is not None and forced not in CSV_FORMATS:
        raise InputError(source.where, None, f"the file is not in the {forced} format")
    return read_csv(source, decoded, forced=forced, column_map=options.column_map, region=options.region)
