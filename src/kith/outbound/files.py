"""Writing a user's file atomically: a temporary file beside it, flushed, then renamed over it.

An interrupted write leaves the old file (or none) and no half file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kith.core.errors import InvalidValue, KithError


def write_atomically(path: Path, data: bytes, *, what: str = "the file", private: bool = False) -> Path:
    """Write ``data`` to ``path`` (``~`` expanded) in one step; returns the path written.

    ``private`` makes the file readable by its owner only (a message, a backup).
    Raises ``InvalidValue`` when the folder does not exist, ``KithError`` when writing fails.
    """
    target = path.expanduser()
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InvalidValue("file", str(path), "its folder does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise KithError(f"{path}: could not write {what}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if not private:
            # mkstemp creates the file for its owner only; a calendar or a message file is
            # as readable as any file the user makes (the umask decides).
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise KithError(f"{path}: could not write {what}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
