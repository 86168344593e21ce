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
    """Write a JSON array one element at a time, so memory stays flat; returns the count."""
    out = sys.stdout
    count = 0
    out.write("[")
    for item in items:
        out.write(",\n" if count else "\n")
        out.write(orjson.dumps(item, default=_default, option=orjson.OPT_NON_STR_KEYS).decode())
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr, then exit: 1 for a failure, 2 for a usage error."""
    errors.print(f"kith: {message}", markup=False, soft_wrap=True)
    raise SystemExit(code)


def warn(message: str) -> None:
    errors.print(f"kith: {message}", markup=False, soft_wrap=True)
