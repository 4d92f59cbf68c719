"""Historical dates: EDTF text in, words out.

Teachers write dates as EDTF (ISO 8601 extended for history): `1934-12-01`,
`1936-08`, `1937~` (about), `1938?` (uncertain), `-0043` (44 BCE: EDTF counts a
year 0, so -0043 is 44 BCE), `1936/1938` (a span). The edtf package parses them;
this module turns them into words for print and into keys for sorting.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from edtf import parse_edtf
from edtf.parser import parser_classes as edtf_types
from edtf.parser.edtf_exceptions import EDTFParseException

from generator.vocabulary import DateStyle

# Spelt out rather than calendar.month_name, which follows the process's locale.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SEASONS = {21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}
EXAMPLES = "1934-12-01, 1936-08, 1937~, 1938?, -0043 (44 BCE) or 1936/1938"


# Plain dates (1934, 1936-08, 1934-12-01, -0043) and spans of them are most of what
# teachers write. edtf's pyparsing grammar takes about 4 ms a date, so a topic's
# thirty-odd dates cost 0.15 s; these we build directly as the same edtf objects.
_PLAIN = re.compile(r"(-?\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")


def _plain(text: str) -> edtf_types.Date | None:
    match = _PLAIN.fullmatch(text)
    if not match:
        return None
    year, month, day = match.groups()
    if day and (int(year) < 1 or int(day) > calendar.monthrange(int(year), int(month))[1]):
        return None  # the grammar decides (and explains) the unusual cases
    return edtf_types.Date(year=year, month=month, day=day)


@lru_cache(maxsize=4096)
def parse(text: str) -> edtf_types.EDTFObject:
    """Parse EDTF text; a ValueError says what is accepted."""
    text = text.strip()
    sides = [_plain(side) for side in text.split("/")] if text.count("/") <= 1 else [None]
    if all(sides):
        return sides[0] if len(sides) == 1 else edtf_types.Interval(*sides)
    try:
        return parse_edtf(text)
    except (EDTFParseException, ValueError, TypeError, IndexError):
        raise ValueError(f"{text!r} is not an EDTF date; write dates like {EXAMPLES}") from None


def check(text: str) -> str:
    """Validate EDTF text for a model field, returning it unchanged."""
    parse(text)
    return text


def _year(year: int) -> str:
    return f"{1 - year} BCE" if year <= 0 else str(year)


def _in_words(date: edtf_types.Date, style: DateStyle) -> str:
    year = int(date.year)
    if date.month is None:
        return _year(year)
    month = MONTHS[int(date.month) - 1]
    if date.day is None:
        return f"{month} {_year(year)}"
    if style == "month-day-year":
        return f"{month} {int(date.day)}, {_year(year)}"
    return f"{int(date.day)} {month} {_year(year)}"


def _words(value: edtf_types.EDTFObject, style: DateStyle) -> str:
    if isinstance(value, edtf_types.UncertainOrApproximate):
        inner = _words(value.date, style)
        prefix = "c. " if value.is_approximate or value._uncertain_and_approximate else ""
        suffix = "?" if value.is_uncertain or value._uncertain_and_approximate else ""
        return f"{prefix}{inner}{suffix}"
    if isinstance(value, edtf_types.Interval):
        lower = "" if _open(value.lower) else _words(value.lower, style)
        upper = "" if _open(value.upper) else _words(value.upper, style)
        joiner = " – " if " " in lower or " " in upper else "–"
        return f"{lower}{joiner}{upper}".strip()
    if isinstance(value, edtf_types.Season):
        return f"{SEASONS.get(int(value.season), 'Season')} {_year(int(value.year))}"
    if isinstance(value, edtf_types.Unspecified):
        year = str(value._year)
        if year.endswith("XX"):
            return f"{year[:-2]}00s"
        if year.endswith("X"):
            return f"{year[:-1]}0s"
        return _in_words(value, style)
    if isinstance(value, edtf_types.Date):
        return _in_words(value, style)
    return str(value)


def _open(section: object) -> bool:
    return isinstance(section, edtf_types.UnspecifiedIntervalSection)


def display(text: str, style: DateStyle = "day-month-year") -> str:
    """Words for print: '1 December 1934' (or 'December 1, 1934'), 'c. 1937', '44 BCE', '1936–1938'."""
    return _words(parse(text), style)


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Earliest then latest possible day, so spans sort after their first day."""
    value = parse(text)
    if isinstance(value, edtf_types.Interval):
        # An open end ("1878/..") has no day to sort by: use the known end for both.
        ends = [side for side in (value.lower, value.upper) if not _open(side)]
        value = edtf_types.Interval(ends[0], ends[-1]) if ends else value
    return tuple(value.lower_strict()[:3]), tuple(value.upper_strict()[:3])


def date_parts(text: str) -> list[list[int]]:
    """CSL date-parts at the precision written: 1990 -> [[1990]], 1936/1938 -> [[1936], [1938]]."""
    value = parse(text)
    sides = [value.lower, value.upper] if isinstance(value, edtf_types.Interval) else [value]
    parts = []
    for side in sides:
        side = getattr(side, "date", side)  # strip ~ and ?: CSL has its own "circa" flag
        if _open(side):
            continue
        fields = [side.year, getattr(side, "month", None), getattr(side, "day", None)]
        parts.append([int(f) for f in fields if f is not None])
    return parts


def span(text: str) -> tuple[float, float]:
    """The date as fractional years (start, end) for a time axis; months count as equal."""
    (y1, m1, d1), (y2, m2, d2) = sort_key(text)
    return y1 + (m1 - 1) / 12 + (d1 - 1) / 372, y2 + (m2 - 1) / 12 + d2 / 372
