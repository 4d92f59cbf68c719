"""Alphabetical order as a reader expects it: accented letters filed under their base letters.

Python sorts by code point, so "Émigrés" and "Ōnin War" would follow "Zhou"
and upper case would precede lower. The key here is the text case-folded,
decomposed (NFKD) and stripped of its accents, with the letters that do not
decompose (æ, ø, ł, þ, …) spelt as the dictionaries file them; the text itself
breaks ties, so the order is total and the same on every machine.

This is not the Unicode Collation Algorithm: PyICU has that, but needs the ICU
library compiled in (no wheels on PyPI for most platforms), and Babel has locale
data but no collation. For the Latin-script terms of a history class the two
orders agree but for a few language-specific rules (Swedish files å after z).
"""

from __future__ import annotations

import unicodedata

UNDECOMPOSED = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
"""Letters NFKD leaves whole, as dictionaries alphabetize them."""


def alphabetical(text: str) -> tuple[str, str]:
    """A sort key that files a word with accents under its letters (émigrés under e), whatever the case."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED))
    return "".join(c for c in folded if not unicodedata.combining(c)), text
