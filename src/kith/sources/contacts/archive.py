"""Folders and ZIP files: the files inside them that kith reads, and guards against zip bombs.

A folder is walked recursively (hidden files left out). A ZIP is checked from its
directory before anything is read (declared sizes, compression ratio), and each member is
read through a counter that stops at the declared size, so neither a lying directory nor a
huge member can fill the memory or the disk.
"""

from __future__ import annotations

import io
import lzma
import os
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from kith.core.errors import InputError
from kith.sources.contacts.files import Source

LINKEDIN_MEMBERS = ("Connections.csv", "messages.csv", "Invitations.csv")
_CONTACT_SUFFIXES = (".vcf", ".vcard", ".csv", ".txt")


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What a ZIP may hold before kith refuses it as a zip bomb."""

    max_member_bytes: int = 2 * 1024**3
    max_total_bytes: int = 4 * 1024**3
    max_ratio: int = 200  # text compresses 5 to 20 times; a bomb a thousand
    ratio_applies_above: int = 1024**2  # tiny members may compress absurdly well


def is_zip(sample: bytes) -> bool:
    return sample.startswith((b"PK\x03\x04", b"PK\x05\x06"))


def folder_files(folder: Path) -> Iterator[Path]:
    """The files under ``folder``, in name order, without hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def zip_members(path: Path, limits: ZipLimits) -> list[Source]:
    """The members of a ZIP worth reading: LinkedIn's three files for a LinkedIn export,
    otherwise every .vcf and .csv. Raises ``InputError`` for a damaged ZIP, a zip bomb, or
    a ZIP with nothing to read."""
    where = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            # A member without a name (a damaged directory) has nothing to read.
            infos = [i for i in archive.infolist() if i.filename and not i.is_dir() and not _hidden(i.filename)]
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise InputError(where, None, f"the ZIP file is damaged and cannot be opened ({exc})") from exc
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.max_member_bytes or total > limits.max_total_bytes:
            raise InputError(
                where, None, f"{info.filename} would unpack to {info.file_size:,} bytes: refusing a zip bomb"
            )
        if info.file_size > limits.ratio_applies_above and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise InputError(where, None, f"{info.filename} is compressed {ratio}:1: refusing a zip bomb")
    by_name = {Path(i.filename).name.casefold(): i for i in infos}
    linkedin = [by_name[n.casefold()] for n in LINKEDIN_MEMBERS if n.casefold() in by_name]
    chosen = linkedin or [i for i in infos if i.filename.casefold().endswith(_CONTACT_SUFFIXES)]
    if not chosen and "xl/workbook.xml" in {info.filename for info in infos}:
        raise InputError(
            where, None, "this is an Excel workbook; save it as CSV UTF-8 (File > Save As) and import that"
        )
    if not chosen:
        listed = ", ".join(i.filename for i in infos[:8]) or "nothing"
        raise InputError(
            where,
            None,
            f"the ZIP holds no contacts file (expected {', '.join(LINKEDIN_MEMBERS)}, .vcf or .csv files; it holds {listed})",
        )
    return [Source(where, _MemberOpener(path, info, limits), member=info.filename) for info in chosen]


def _hidden(name: str) -> bool:
    return name.startswith("__MACOSX/") or any(part.startswith(".") for part in name.split("/"))


@dataclass(frozen=True, slots=True)
class _MemberOpener:
    """Opens one member afresh each time (a reader opens a file twice: to sample, to stream)."""

    path: Path
    info: zipfile.ZipInfo
    limits: ZipLimits

    def __call__(self) -> BinaryIO:
        archive = zipfile.ZipFile(self.path)
        try:
            member = archive.open(self.info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
            archive.close()
            raise InputError(str(self.path), None, f"{self.info.filename} cannot be unpacked ({exc})") from exc
        limit = min(self.info.file_size, self.limits.max_member_bytes)
        return io.BufferedReader(_CountedMember(archive, member, limit, f"{self.path}/{self.info.filename}"))


class _CountedMember(io.RawIOBase):
    """A ZIP member that refuses to give more bytes than its directory declared."""

    def __init__(self, archive: zipfile.ZipFile, member: IO[bytes], limit: int, where: str) -> None:
        self._archive = archive
        self._member = member
        self._left = limit
        self._where = where

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._member.read(len(buffer))
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            raise InputError(self._where, None, f"the ZIP member is damaged ({exc})") from exc
        self._left -= len(data)
        if self._left < 0:
            raise InputError(
                self._where, None, "the member unpacks to more than its declared size: refusing a zip bomb"
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._member.close()
            self._archive.close()
        super().close()
