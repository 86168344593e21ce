"""The one output layer of the command line: Rich for people, JSON for scripts, one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, NoReturn

import orjson
from rich.console import Console

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)


def _default(value: Any) -> Any:
    # orjson writes datetimes, dates, enums and dataclasses itself; these are the rest.
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(value: Any) -> str:
    return orjson.dumps(value, default=_default, option=orjson.OPT_NON_STR_KEYS).decode()


def print_json(value: Any) -> None:
    text = orjson.dumps(value, default=_default, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode()
    sys.stdout.write(text + "\n")


def stream_json_array(items: Iterable[Any]) -> int:
    """Write a JSON array one element at a time, so memory stays flat; returns the count.

    The elements go out as UTF-8 bytes some 64 KiB at a time (not decoded to text and encoded
    again one by one): ``kith list --json`` writes 55 MB for 100,000 people."""
    sys.stdout.flush()
    out = getattr(sys.stdout, "buffer", None)
    write = out.write if out is not None else (lambda data: sys.stdout.write(data.decode()))
    dumps, option = orjson.dumps, orjson.OPT_NON_STR_KEYS
    count = 0
    # Each element is copied into one buffer at once and its own bytes let go: orjson's
    # results take a few KiB of the heap each, and keeping a thousand of them until they are
    # written made the heap grow and shrink again and again (200,000 page faults, a second
    # of system time for 100,000 people).
    pending = bytearray(b"[")
    for item in items:
        pending += b",\n" if count else b"\n"
        pending += dumps(item, default=_default, option=option)
        count += 1
        if len(pending) >= _WRITE_BYTES:
            write(pending)
            pending.clear()
    pending += b"\n]\n" if count else b"]\n"
    write(pending)
    if out is not None:
        out.flush()
    return count


_WRITE_BYTES = 64 * 1024  # below glibc's threshold for a mapping of its own: the heap reuses it


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr, then exit: 1 for a failure, 2 for a usage error."""
    errors.print(f"kith: {message}", markup=False, soft_wrap=True)
    raise SystemExit(code)


def warn(message: str) -> None:
    errors.print(f"kith: {message}", markup=False, soft_wrap=True)
