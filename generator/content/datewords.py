"""Dates in the class's language: month names, date patterns and eras from Babel's CLDR data.

content/dates decides *what* to write (which parts of a range are shared, when an
era is named); this module says it in a language. CLDR gives each language's
month names, the order of day, month and year ("1. Dezember 1934", "1 de diciembre
de 1934"), its era abbreviations ("av. J.-C.", "v. Chr.", "a. C.") and how long
numbers are grouped. The few words CLDR has no data for ("c.", seasons, decades,
"or earlier") are messages in generator/messages. The choices are in docs/languages.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.dates import parse_pattern
from babel.numbers import format_decimal

from generator import messages
from generator.vocabulary import DateStyle

ENGLISH_ERAS = ("BCE", "CE")
"""CLDR's English abbreviations are BC/AD; studyguide writes the secular BCE/CE (CLDR's own variant)."""
FIRST_OF_MONTH = {"fr": "1er"}
"""French writes the first of a month as an ordinal (1er décembre); CLDR's patterns have no such rule."""
GROUPED_FROM = 10_000
"""Years from here are grouped by the language's separator (170,000,003 BCE; 170 000 003 av. J.-C.)."""


@dataclass(frozen=True)
class Words:
    """How one language (and, in English, the date style) writes the parts of a date."""

    language: str
    full: str
    """A day, month and year, as a %-format of d, MMMM, y ("%(d)s %(MMMM)s %(y)s")."""
    month_year: str
    """A month and year ("%(MMMM)s %(y)s", "%(MMMM)s de %(y)s")."""
    months: tuple[str, ...]
    short_months: tuple[str, ...]
    eras: tuple[str, str]
    """Before and after year 1, as abbreviations."""
    era_pattern: str
    """A year with its era ("%(y)s %(G)s")."""

    def say(self, message: str, **values: object) -> str:
        """A message of the catalogue in this language, its placeholders filled."""
        return messages.gettext(self.language, message).format(**values)

    def number(self, year: int) -> str:
        """A year's number (no era): grouped when it is long."""
        if year < GROUPED_FROM:
            return str(year)
        return format_decimal(year, locale=messages.locale(self.language))

    def year(self, year: int, bce: bool = True, ce: bool = False) -> str:
        """Astronomical `year` (0 is 1 BCE) as a historian writes it, its era named when `bce` or `ce` asks."""
        shown = self.number(1 - year if year <= 0 else year)
        return self.era(shown, bce=year <= 0) if (bce if year <= 0 else ce) else shown

    def era(self, year_text: str, bce: bool) -> str:
        """`year_text` with the era named: "44 BCE", "44 av. J.-C.", "14 n. Chr."."""
        return self.era_pattern % {"y": year_text, "G": self.eras[0 if bce else 1]}

    def day(self, day: int) -> str:
        return FIRST_OF_MONTH.get(messages.base(self.language), "1") if day == 1 else str(day)

    def date(self, day: int | None, month: int | None, year: str) -> str:
        """A date at the precision given: "1934", "December 1934", "1 December 1934"."""
        if month is None:
            return year
        if day is None:
            return self._fill(self.month_year, month, year)
        return self._fill(self.full, month, year, self.day(day))

    def days(self, first: int, last: int, month: int, year: str) -> str:
        """Days of one month: "2–6 September 1792", "2.–6. September 1792", "September 2–6, 1792"."""
        suffix = "." if "%(d)s." in self.full else ""  # German days are ordinals: 2.–6.
        return self._fill(self.full, month, year, f"{self.day(first)}{suffix}–{self.day(last)}")

    def months_of(self, first: int, last: int, year: str) -> str:
        """Months of one year: "March–May 1793", "marzo–mayo de 1793"."""
        return self.month_year % {"MMMM": f"{self.months[first - 1]}–{self.months[last - 1]}", "y": year}

    def across_months(self, low: tuple[int, int], high: tuple[int, int], year: str) -> str:
        """Days in two months of one year: "31 May – 2 June 1793", "May 31 – June 2, 1793"."""
        marks = [self.full.index(mark) for mark in ("%(d)s", "%(MMMM)s")]
        start = min(marks)
        end = max(mark + len(token) for mark, token in zip(marks, ("%(d)s", "%(MMMM)s"), strict=True))
        day_month = self.full[start:end]
        left, right = (self._fill(day_month, month, "", self.day(day)) for day, month in (low, high))
        return self.full[:start] % {"y": year} + f"{left} – {right}" + self.full[end:] % {"y": year}

    def _fill(self, pattern: str, month: int, year: str, day: str = "") -> str:
        name = self.months[month - 1]
        return pattern % {"d": day, "MMMM": name, "LLLL": name, "y": year}


@lru_cache(maxsize=16)
def words(language: str = "en", style: DateStyle = "day-month-year") -> Words:
    """The date words of `language` (a BCP 47 tag); `style` chooses the order in English only."""
    cldr = Locale.parse(messages.locale(language))
    english = messages.base(language) == "en"
    english_order = "MMMM d, y" if style == "month-day-year" else "d MMMM y"
    full = english_order if english else cldr.date_formats["long"].pattern
    skeletons = cldr.datetime_skeletons
    eras = cldr.eras["abbreviated"]
    return Words(
        language=language,
        full=str(parse_pattern(full).format),
        month_year=str(parse_pattern(skeletons["yMMMM"].pattern).format),
        months=tuple(cldr.months["format"]["wide"][m] for m in range(1, 13)),
        short_months=tuple(cldr.months["stand-alone"]["abbreviated"][m] for m in range(1, 13)),
        eras=ENGLISH_ERAS if english else (eras[0], eras[1]),
        era_pattern=str(parse_pattern(skeletons["Gy"].pattern).format),
    )
