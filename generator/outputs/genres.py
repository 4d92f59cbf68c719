"""A thesis's kind in the words of the manual the bibliography follows.

Chicago writes "PhD diss.", MLA "PhD dissertation", APA "[Unpublished doctoral
dissertation]" (or "[Doctoral dissertation, University]" for one published in
a database or repository), and all three take the kind from the one CSL
`genre` a reference manager keeps. No CSL style can reword a variable's value,
so a thesis whose genre is one of the common English wordings below is handed
to a bundled style in that style's words; any other wording (a DPhil thesis, a
thèse de doctorat) and any course style's bibliography get the genre as stored.
"""

from __future__ import annotations

import re
from typing import Any

DOCTORAL = re.compile(
    r"(unpublished )?(ph\.? ?d\.? (diss\.?|dissertation|thesis)|doctoral (dissertation|thesis)|dissertation)"
)
MASTERS = re.compile(r"(unpublished )?(master'?s|m\.? ?a\.?|m\.? ?sc?\.?) thesis")
WORDS = {
    "chicago": {"doctoral": "PhD diss."},
    "mla": {"doctoral": "PhD dissertation"},
    "apa": {"doctoral": "Doctoral dissertation", "masters": "Master’s thesis"},
}
"""Each bundled style's words for a kind; a kind a style does not name keeps its stored wording."""

PUBLISHED = ("archive", "DOI", "URL")
"""APA 7 (10.6): a thesis found in a database or repository is published, and names its university in brackets."""


def kind(genre: str) -> str | None:
    """doctoral, masters, or None for a wording not recognised."""
    wording = genre.strip().casefold().replace("\u2019", "'")
    if DOCTORAL.fullmatch(wording):
        return "doctoral"
    if MASTERS.fullmatch(wording):
        return "masters"
    return None


def worded(item: dict[str, Any], style: str) -> dict[str, Any]:
    """The CSL JSON `item` with its thesis genre in `style`'s words (the item itself when nothing changes)."""
    genre = item.get("genre")
    if item.get("type") != "thesis" or not isinstance(genre, str) or style not in WORDS:
        return item
    words = WORDS[style].get(kind(genre) or "")
    if words is None:
        return item
    if style == "apa" and not any(item.get(name) for name in PUBLISHED):
        words = "Unpublished " + words[0].lower() + words[1:]
    return {**item, "genre": words}
