"""Writing a user's file atomically: a crash or a full disk never leaves half a file under its name."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from kith.core.errors import KithError

T = TypeVar("T")


def write_atomically(path: str | os.PathLike[str], write: Callable[[IO[str]], T], *, newline: str = "") -> T:
    """Call ``write`` with a text stream, then put what it wrote at ``path`` in one rename.

    The file is readable by its owner only (it holds a network). ``newline=""`` keeps the
    line ends the writer chose (CRLF for vCard and CSV).
    """
    target = Path(path)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, before the rename)
            "w", encoding="utf-8", newline=newline, dir=target.parent, prefix=f".{target.name}.", suffix=".part",
            delete=False,
        )  # fmt: skip
    except OSError as exc:
        raise KithError(f"cannot write {target}: {exc.strerror or exc}; choose another --output") from exc
    temporary = Path(handle.name)
    try:
        with handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise KithError(f"cannot write {target}: {exc.strerror or exc}; choose another --output") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result
