"""Hyphenated compounds in titles, made ready for pandoc's title case.

Chicago and MLA always capitalize the first part of a hyphenated compound ("The
First In-Depth Biography", "A To-Do List"). Pandoc's citeproc title-cases each
part as a word of its own, so a first part that is a short preposition or article
stays lowercase ("in-Depth"). A title stored in sentence case (CSL's convention)
has that part lowercase, so for the bundled title-case styles it is capitalized
before pandoc sees it; pandoc keeps a capital it is given. Sentence-case styles
(APA) and titles in other languages get the title as stored.
"""

from __future__ import annotations

import re
from typing import Any

TITLE_CASE_STYLES = ("chicago", "mla")
TITLES = ("title", "container-title", "collection-title", "volume-title")
COMPOUND = re.compile(r"(?<![\w'’-])([a-z])(?=[a-z]*-\w)")
"""The lowercase first letter of a word that begins a hyphenated compound ("in-depth", "to-do", "up-to-date")."""


def in_language(item: dict[str, Any], language: str) -> bool:
    """Whether the item is in `language` (a BCP 47 tag; its primary subtag counts): its own `language` says so, or
    it has none and the course's is that."""
    stored = item.get("language")
    own = stored.strip() if isinstance(stored, str) and stored.strip() else language
    return own.replace("_", "-").split("-")[0].lower() == language.replace("_", "-").split("-")[0].lower()


def english(item: dict[str, Any], course_english: bool) -> bool:
    """Whether CSL title-cases the item: its `language` is English, or it has none and the course is English."""
    stored = item.get("language")
    return in_language(item, "en") if isinstance(stored, str) and stored.strip() else course_english


def prepared(item: dict[str, Any], style: str, course_english: bool) -> dict[str, Any]:
    """The CSL JSON `item` with each title's compounds' first letters capitalized, for a title-case style."""
    if style not in TITLE_CASE_STYLES or not english(item, course_english):
        return item
    changed = {
        name: COMPOUND.sub(lambda match: match.group(1).upper(), item[name])
        for name in TITLES
        if isinstance(item.get(name), str)
    }
    return {**item, **changed}
