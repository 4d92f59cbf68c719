"""Write output files atomically, and a topic's files all together: the old ones stay until every new one is complete.

Each file is written to a temporary file beside it first; only when every file
of the set is complete are they renamed into place. A failure before that (a
typesetting error, a full disk) removes the temporary files and leaves every
previous file as it was, so a topic never has a mixed set of old and new PDFs.
A disk that fills up is the user's to fix: a clean error naming the folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from generator.errors import Location, UserError


def stage(path: Path, data: bytes) -> Path:
    """`data` in a complete temporary file beside `path`, not yet in its place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise UserError(f"cannot write to this folder: {error.strerror}", Location(path.parent)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).chmod(0o644)
    except OSError as error:  # a full disk, a quota
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"cannot write {path.name}: {error.strerror}", Location(path.parent)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_all(files: Sequence[tuple[Path, Callable[[], bytes]]]) -> None:
    """Make and stage every file, then move them all into place; on any failure none is replaced."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, make in files:
            staged.append((stage(path, make()), path))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, path in staged:
        tmp.replace(path)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`."""
    write_all([(path, lambda: data)])
