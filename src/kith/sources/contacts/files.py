"""A file to read, wherever it lives (on disk or inside a ZIP), and its text line by line.

Readers never hold a whole file: they take a ``Source``, open it (twice if they must: once
for a sample to detect the format, once to stream) and read lines as they come.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from kith.core.errors import InputError
from kith.sources.contacts.encoding import SAMPLE_BYTES


@dataclass(frozen=True, slots=True)
class Source:
    """One file to read. ``file`` is the path the user gave (the ZIP for a member)."""

    file: str
    opener: Callable[[], BinaryIO]
    member: str = ""

    @property
    def where(self) -> str:
        return f"{self.file}/{self.member}" if self.member else self.file

    def sample(self) -> bytes:
        with self.opener() as stream:
            return stream.read(SAMPLE_BYTES)


def text_lines(source: Source, encoding: str) -> Iterator[str]:
    """The file's lines with their line endings, decoded; a byte that does not decode is an
    ``InputError`` naming the line, since the rest of the file cannot be trusted either."""
    with source.opener() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        line_number = 0
        try:
            for line in text:
                line_number += line.count("\n") or 1
                yield line
        except UnicodeDecodeError as exc:
            raise InputError(
                source.where,
                line_number + 1,
                f"the text stops being {encoding} near this line (byte 0x{exc.object[exc.start]:02x}); "
                "save the file as UTF-8 and import it again",
            ) from exc
