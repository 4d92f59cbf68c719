"""The build cache in the output folder, as data: never trusted, never fatal.

Whoever can write the output folder could plant a cache entry, and a full disk
or a killed build can leave one truncated. So an entry holds data only (for
the bibliography: pandoc's document tree of each entry, which is escaped into
RML on every use, exactly as pandoc's own answer is), is checked on read, and
anything unexpected (not JSON, another format, the wrong shape, too large)
counts as missing: the entry is made again and rewritten. Writing goes to a
temporary file renamed into place, so a failed write leaves nothing half
written; a cache that cannot be written is skipped (it only saves time).

Beside the output folder's cache there is one per user (`user_folder`), for what
studyguide derives from its own files and a course's templates in every process:
compiled templates, the files each template names, parsed hyphenation
dictionaries. Its entries are keyed by the bytes they were made from and by
studyguide's version, and read with the same care.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from generator import __version__

FORMAT = "studyguide-cache/1"
MAX_BYTES = 16 * 1024 * 1024


def load(path: Path, kind: str) -> Any | None:
    """The data stored at `path` for `kind`, or None when it is missing, unreadable or not what we wrote."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        stored = json.loads(raw) if len(raw) <= MAX_BYTES else None
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("format") != FORMAT or stored.get("kind") != kind:
        return None
    return stored.get("data")


def store(path: Path, kind: str, data: Any) -> None:
    """Write `data` for `kind` to `path` whole or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"format": FORMAT, "kind": kind, "data": data}, handle)
        Path(tmp).replace(path)
    except OSError:  # a full disk: the cache only saves time
        Path(tmp).unlink(missing_ok=True)


USER_CACHE = "STUDYGUIDE_CACHE"
"""The environment variable naming the per-user cache folder (empty: no per-user cache)."""


def user_folder() -> Path | None:
    """This version's per-user cache folder, made private to the user; None when it is off or not ours alone.

    The folder is the platform's (~/.cache/studyguide on Linux) unless STUDYGUIDE_CACHE names another.
    Compiled templates are code, so a folder that others could write to is not used.
    """
    named = os.environ.get(USER_CACHE)
    if named == "":
        return None
    if named is None:
        from platformdirs import user_cache_dir

        named = user_cache_dir("studyguide")
    folder = Path(named) / __version__
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        found = folder.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (found.st_uid != os.getuid() or found.st_mode & 0o022):
        return None
    return folder
