"""Hyphenation dictionaries parsed once per user, not once per process (see `cache.user_folder`).

pyphen reads a LibreOffice dictionary line by line into a table of patterns,
about 60 ms for English in every process that sets text. The table is plain data
(pattern → where its values start, the values), so it is kept in the per-user
cache as JSON, keyed by the dictionary's bytes and pyphen's version, and put
into pyphen's own in-process cache, where `Pyphen` looks first. An entry of the
wrong shape is ignored and the dictionary parsed again; a dictionary with
nonstandard hyphenation (values that carry replacements) is never stored.
"""

from __future__ import annotations

import hashlib
from itertools import chain
from pathlib import Path
from typing import Any

import pyphen

from generator import cache

KIND = "hyphenation patterns"


def _restored(found: Any) -> pyphen.HyphDict | None:
    """The dictionary a cache entry holds, or None if the entry is not one (whole integers where pyphen has them)."""
    if not isinstance(found, dict) or not found:
        return None
    try:
        patterns = {pattern: (start, tuple(values)) for pattern, (start, values) in found.items()}
    except (TypeError, ValueError):  # not [start, [values]]
        return None
    numbers = chain.from_iterable((start, *values) for start, values in patterns.values())
    if {type(number) for number in numbers} != {int}:
        return None
    dictionary = pyphen.HyphDict.__new__(pyphen.HyphDict)
    dictionary.patterns, dictionary.cache = patterns, {}
    dictionary.maxlen = max(map(len, patterns))
    return dictionary


def load(language: str, left: int, right: int) -> pyphen.Pyphen:
    """pyphen's hyphenator for `language` (or the nearest it has, else English), its patterns cached per user."""
    path = pyphen.LANGUAGES[pyphen.language_fallback(language) or "en"]
    folder = cache.user_folder()
    if path not in pyphen.hdcache and folder is not None:
        key = hashlib.sha256(Path(path).read_bytes() + pyphen.__version__.encode()).hexdigest()
        entry = folder / f"hyphenation-{key}.json"
        dictionary = _restored(cache.load(entry, KIND))
        if dictionary is None:
            dictionary = pyphen.HyphDict(Path(path))
            values = [value for _, found in dictionary.patterns.values() for value in found]
            if all(type(value) is int for value in values):
                table = {pattern: [start, list(found)] for pattern, (start, found) in dictionary.patterns.items()}
                cache.store(entry, KIND, table)
        pyphen.hdcache[path] = dictionary
    return pyphen.Pyphen(filename=path, left=left, right=right)
