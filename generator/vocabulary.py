"""The words every stage shares: paper sizes, units, duplex modes, date styles, sections and outputs.

A leaf module: it imports nothing from studyguide, so the lowest layer (content)
and the highest (the command line) can both name the same things.
"""

from __future__ import annotations

from typing import Literal

from reportlab.lib.pagesizes import A4, LETTER

INCH = 72.0
MM = 72.0 / 25.4

Paper = Literal["letter", "a4"]
PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}

Duplex = Literal["long-edge", "short-edge", "fold", "none"]
DUPLEX_MODES: tuple[Duplex, ...] = ("long-edge", "short-edge", "fold", "none")

DateStyle = Literal["day-month-year", "month-day-year"]
DATE_STYLES: tuple[DateStyle, ...] = ("day-month-year", "month-day-year")
TimelineLayout = Literal["auto", "horizontal", "vertical"]
"""The drawn timeline: across the page, down it, or whichever suits the chronology's density."""

Section = Literal[
    "summary", "key_figures", "chronology", "terms", "questions", "further_reading", "see_also", "sources"
]
SECTIONS: tuple[Section, ...] = (
    "summary", "key_figures", "chronology", "terms", "questions", "further_reading", "see_also", "sources",
)  # fmt: skip
HEADINGS: dict[Section, str] = {
    "summary": "Summary",
    "key_figures": "Key figures",
    "chronology": "Chronology",
    "terms": "Key terms",
    "questions": "Discussion questions",
    "further_reading": "Further reading",
    "see_also": "See also",
    "sources": "Sources",
}

Exercise = Literal["matching", "ordering", "blanks", "short_answer"]
EXERCISES: tuple[Exercise, ...] = ("matching", "ordering", "blanks", "short_answer")
EXERCISE_HEADINGS: dict[Exercise, str] = {
    "matching": "Who was who?",
    "ordering": "Put the events in order",
    "blanks": "Fill in the missing terms",
    "short_answer": "Short answer",
}

OutputName = Literal["handout", "flashcards", "worksheet", "anki", "csv"]
"""What can be made of a topic; each is an entry of the outputs registry (outputs/registry.py)."""
OUTPUTS: tuple[OutputName, ...] = ("handout", "flashcards", "worksheet")
"""What `studyguide build` makes of each topic by default."""

CITATION_STYLES: dict[str, str] = {
    "chicago": "chicago-note-bibliography.csl",
    "mla": "modern-language-association.csl",
    "apa": "apa.csl",
}
"""The citation styles that ship with studyguide, by name, and their files in generator/styles/."""
