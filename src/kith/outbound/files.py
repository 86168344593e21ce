"""Writing a user's file atomically: a temporary file beside it, flushed, then renamed over it.

A crash, a full disk or Ctrl-C never leaves half a file under its name: the old file (or
none) stays until the new one is whole. ``write_text_atomically`` streams (an export of a
whole network is never held in memory); ``write_atomically`` writes bytes already made (a
message, a calendar).
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from kith.core.errors import InvalidValue, KithError

T = TypeVar("T")


def write_text_atomically(
    path: str | os.PathLike[str],
    write: Callable[[IO[str]], T],
    *,
    newline: str = "",
    what: str = "the file",
    private: bool = True,
) -> T:
    """Call ``write`` with a UTF-8 text stream, then put what it wrote at ``path`` in one rename.

    ``newline=""`` keeps the line ends the writer chose (CRLF for vCard and CSV). ``private``
    (the default: an export holds a network) makes the file readable by its owner only.
    Raises ``InvalidValue`` when the folder does not exist, ``KithError`` when writing fails.
    """

    def through_text(out: IO[bytes]) -> T:
        text = io.TextIOWrapper(out, encoding="utf-8", newline=newline)
        try:
            return write(text)
        finally:
            text.flush()
            text.detach()  # the binary file is closed by its owner, below

    return _replace(Path(path).expanduser(), through_text, what, private)


def write_atomically(path: Path, data: bytes, *, what: str = "the file", private: bool = False) -> Path:
    """Write ``data`` to ``path`` (``~`` expanded) in one step; returns the path written."""
    target = Path(path).expanduser()
    _replace(target, lambda out: out.write(data), what, private)
    return target


def _replace(target: Path, fill: Callable[[IO[bytes]], T], what: str, private: bool) -> T:
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InvalidValue("file", str(target), "its folder does not exist; choose another --output")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise KithError(f"cannot write {what} {target}: {exc.strerror or exc}; choose another --output") from exc
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            result = fill(out)
            out.flush()
            os.fsync(out.fileno())
        if not private:
            # mkstemp makes the file its owner's only; a calendar or a message file is as
            # readable as any file the user makes (the umask decides).
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise KithError(f"cannot write {what} {target}: {exc.strerror or exc}; choose another --output") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result
