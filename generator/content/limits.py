"""How much a topic may hold: limits chosen so that the largest topic accepted still builds in seconds.

Each limit was measured (see docs/content-format.md, Limits): typesetting
time grows with the amount of text, and some things grow faster than that —
one table cell or timeline label holding a book, a list of thousands of
entries that every output lays out. A value past its limit is refused at its
line with the limit named, before anything is built.
"""

from __future__ import annotations

FILE_BYTES = 256 * 1024
"""A topic file (or course.yaml, or a .csl style): some twelve times the example topic, which is 20 KB."""
FIELD_CHARACTERS = 4_000
"""Any one text field but the summary (a definition, an event, an annotation): about 650 words."""
SUMMARY_CHARACTERS = 60_000
"""The summary, which is set as paragraphs that may run over pages: about 10,000 words, twenty pages."""
PARAGRAPH_CHARACTERS = 6_000
"""A paragraph longer than this is set in pieces of about half of it, so that line breaking stays linear."""
ENTRIES = {
    "key_figures": 100,
    "chronology": 300,
    "terms": 300,
    "questions": 100,
    "further_reading": 150,
    "sources": 150,
    "see_also": 100,
    "cards": 500,
}
"""The most entries each list of a topic may have."""
