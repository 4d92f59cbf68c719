"""Library files: a reference manager's export, read into CSL-JSON items by key.

Four formats, as Zotero and Better BibTeX export them: CSL JSON (.json) and CSL
YAML (.yaml, .yml) are read directly (the YAML with every value's line, for
error messages); BibTeX/BibLaTeX (.bib) is converted to CSL JSON by pandoc,
whose BibLaTeX reader is thorough; RIS (.ris) by our own reader (`ris`),
since pandoc's keeps too little of what Zotero writes. A course-wide library is named by every topic of the course,
so a parse is kept in memory while the file is unchanged (one read per build)
and a pandoc conversion also in the cache folder, keyed by the file's bytes
and the pandoc version (a rebuild does not run pandoc).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import cache, pandoc
from generator.content import decoding, loader, ris
from generator.content.loader import Loaded
from generator.errors import Location, UserError

FORMATS = {".json": "csljson", ".yaml": "yaml", ".yml": "yaml", ".bib": "biblatex", ".ris": "ris"}
"""Library file types by suffix, and how each is read (`biblatex`: pandoc's reader)."""
MAX_BYTES = 32 * 1024 * 1024
"""The largest CSL JSON, BibLaTeX or RIS library read: a Zotero library of some 20,000 items."""


@dataclass(frozen=True)
class Library:
    """A library file's items by key, and where each was written."""

    path: Path
    items: dict[str, dict[str, Any]]
    text: str
    loaded: Loaded | None = None
    """Positions of every value, for a CSL YAML file."""
    indexes: tuple[tuple[str | int, ...], ...] = ()
    """Each item's path in `loaded`, in the order of `items`."""

    def locate(self, key: str) -> Loaded:
        """The item as a `Loaded`, so that its errors point into the library file."""
        item = self.items[key]
        if self.loaded is not None:
            prefix = self.indexes[list(self.items).index(key)]
            return Loaded(self.path, item, _under(self.loaded.values, prefix), _under(self.loaded.keys, prefix))
        found = re.search(rf"(?<![\w:.-]){re.escape(key)}(?![\w:.-])", self.text)
        line = self.text.count("\n", 0, found.start()) + 1 if found else None
        return Loaded(self.path, item, {(): Location(self.path, line)})


def _under(table: dict[tuple[str | int, ...], Location], prefix: tuple[str | int, ...]) -> dict:
    """The positions below `prefix`, keyed from there."""
    return {where[len(prefix) :]: at for where, at in table.items() if where[: len(prefix)] == prefix}


_memory: dict[tuple[str, int, int], Library] = {}


def read(path: Path, cache_dir: Path | None = None) -> Library:
    """The library at `path` (raises UserError when it cannot be read)."""
    try:
        status = path.stat()
    except OSError as error:
        raise UserError(f"cannot read the library: {error.strerror}", Location(path)) from None
    memo = (str(path.resolve()), status.st_mtime_ns, status.st_size)
    if memo not in _memory:
        _memory[memo] = _parse(path, cache_dir)
    return _memory[memo]


def _parse(path: Path, cache_dir: Path | None) -> Library:
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise UserError(f"a library must be a {', '.join(FORMATS)} file", Location(path))
    if kind == "yaml":
        loaded = loader.load(path, "library files", MAX_BYTES)
        data = loaded.data
        prefix: tuple[str, ...] = ("references",) if isinstance(data, dict) else ()
        entries = data.get("references") if isinstance(data, dict) else data
        text = ""
    else:
        text = decoding.read_text(path, "library files", MAX_BYTES)
        loaded, prefix = None, ()
        if kind == "csljson":
            entries = _json(path, text)
        elif kind == "ris":
            entries = ris.parse(text)
        else:
            entries = _converted(path, kind, text, cache_dir)
    if not isinstance(entries, list):
        raise UserError("expected a list of items (CSL YAML: under `references:`)", Location(path, 1, 1))
    items: dict[str, dict[str, Any]] = {}
    indexes: list[tuple[str | int, ...]] = []
    for index, entry in enumerate(entries):
        if isinstance(entry, dict) and "id" in entry and str(entry["id"]) not in items:
            items[str(entry["id"])] = entry
            indexes.append((*prefix, index))
    return Library(path, items, text, loaded, tuple(indexes))


def _json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"not CSL JSON: {error.msg}", Location(path, error.lineno, error.colno)) from None


def _converted(path: Path, kind: str, text: str, cache_dir: Path | None) -> Any:
    """CSL JSON of a .bib file from pandoc, or from the cache when pandoc already converted this text."""
    key = hashlib.sha256(f"{text}\0{kind}\0{pandoc.version()}".encode()).hexdigest()[:32]
    cached = cache_dir / f"library-{key}.json" if cache_dir else None
    found = cache.load(cached, "library") if cached else None
    if isinstance(found, list):
        return found
    result = pandoc.run(["-f", kind, "-t", "csljson"], text)
    if result.returncode != 0:
        raise UserError(f"pandoc could not read the library: {result.stderr.strip()}", Location(path))
    converted = json.loads(result.stdout)
    if cached:
        cache.store(cached, "library", converted)
    return converted
