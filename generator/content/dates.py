"""Historical dates: EDTF text in, words out.

Teachers write dates as EDTF (ISO 8601 extended for history): `1934-12-01`,
`1936-08`, `1937~` (about), `1938?` (uncertain), `-0043` (44 BCE: EDTF counts a
year 0, so -0043 is 44 BCE), `1936/1938` (a span). The edtf package parses them;
this module turns them into words for print and into keys for sorting.
"""

from __future__ import annotations

import calendar
import contextlib
import io
import re
from functools import lru_cache

from edtf import parse_edtf
from edtf.parser import parser_classes as edtf_types
from edtf.parser.edtf_exceptions import EDTFParseException

from generator.content.datebounds import bounds
from generator.vocabulary import DateStyle

# Spelt out rather than calendar.month_name, which follows the process's locale.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SEASONS = {21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}
SEASONS |= {25 + i: f"{name} (Northern Hemisphere)" for i, name in enumerate(SEASONS.values())}
SEASONS |= {29 + i: f"{name} (Southern Hemisphere)" for i, name in enumerate(list(SEASONS.values())[:4])}
SEASONS |= {33: "Q1", 34: "Q2", 35: "Q3", 36: "Q4", 37: "Four months 1", 38: "Four months 2", 39: "Four months 3"}
SEASONS |= {40: "First half of", 41: "Second half of"}
UNKNOWN = "date unknown"
EXAMPLES = "1934-12-01, 1936-08, 1937~, 1938?, -0043 (44 BCE) or 1936/1938"


# Plain dates (1934, 1936-08, 1934-12-01, -0043), spans of them and a plain date
# qualified as a whole (1937~, 1938?, 1938%) are most of what teachers write.
# edtf's pyparsing grammar takes about 4 ms a date, and its first use 0.1 s more
# (pyparsing streamlines the grammar); these we build directly as the same objects.
QUALIFIERS = ("~", "?", "%")
"""Approximate, uncertain, both: after a whole date, as edtf's UncertainOrApproximate."""
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
    """Parse EDTF text, checked to be real calendar dates in order; a ValueError says what is wrong."""
    text = text.strip()
    sides = [_plain(side) for side in text.split("/")] if text.count("/") <= 1 else [None]
    plain = [side for side in sides if side is not None]
    qualified = _plain(text[:-1]) if text[-1:] in QUALIFIERS else None
    value: edtf_types.EDTFObject
    if len(plain) == len(sides):
        value = plain[0] if len(plain) == 1 else edtf_types.Interval(*plain)
    elif qualified is not None:
        value = edtf_types.UncertainOrApproximate(qualified, edtf_types.UA(text[-1]))
    else:
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # edtf prints a line of its own on some errors
                value = parse_edtf(text)
        except (EDTFParseException, ValueError, TypeError, IndexError, AttributeError, KeyError):
            raise ValueError(f"{text!r} is not an EDTF date; write dates like {EXAMPLES}") from None
    bounds(value)  # raises ValueError for 1900-02-29, 1950/1900, Y1E999
    return value


def check(text: str) -> str:
    """Validate EDTF text for a model field, returning it unchanged."""
    parse(text)
    return text


def _year(year: int) -> str:
    """EDTF counts a year 0, which is 1 BCE; long years get thousands separators (170,000,003 BCE)."""
    shown = 1 - year if year <= 0 else year
    number = f"{shown:,}" if shown >= 10_000 else str(shown)
    return f"{number} BCE" if year <= 0 else number


def _unspecified_year(year: str) -> str:
    """Unspecified digits said honestly: 193X the 1930s, 19XX the 1900s, 2XXX 2000–2999, XXXX unknown."""
    digits = year.lstrip("-")
    if not digits.strip("X"):
        return "year unknown"
    low, high = int(digits.replace("X", "0")), int(digits.replace("X", "9"))
    if not year.startswith("-") and digits.endswith("X") and digits.count("X") <= 2 and "X" not in digits.rstrip("X"):
        return f"{low}s"
    if year.startswith("-"):
        return f"{_year(-high)}–{_year(-low)}"
    return f"{low}–{high}"


def _in_words(date: edtf_types.Date, style: DateStyle) -> str:
    written = str(date.year)
    year = _year(int(written)) if written.lstrip("-").isdigit() else _unspecified_year(written)
    month, day = (str(part) if part is not None else "" for part in (date.month, date.day))
    if not month.isdigit():
        return year
    name = MONTHS[int(month) - 1]
    if not day.isdigit():
        return f"{name} {year}"
    if style == "month-day-year":
        return f"{name} {int(day)}, {year}"
    return f"{int(day)} {name} {year}"


def _members(value: edtf_types.EDTFObject, style: DateStyle) -> str:
    """A set's member: `..1760` is "1760 or earlier", `1760..` "1760 or later", `1670..1672` a span."""
    if isinstance(value, edtf_types.EarlierConsecutives):
        return f"{_words(value.upper, style)} or earlier"
    if isinstance(value, edtf_types.LaterConsecutives):
        return f"{_words(value.lower, style)} or later"
    if isinstance(value, edtf_types.Consecutives):
        return f"{_words(value.lower, style)}–{_words(value.upper, style)}"
    return _words(value, style)


def _words(value: edtf_types.EDTFObject, style: DateStyle) -> str:
    if isinstance(value, edtf_types.UncertainOrApproximate):
        inner = _words(value.date, style)
        prefix = "c. " if value.is_approximate or value._uncertain_and_approximate else ""
        suffix = "?" if value.is_uncertain or value._uncertain_and_approximate else ""
        return f"{prefix}{inner}{suffix}"
    if isinstance(value, edtf_types.OneOfASet | edtf_types.MultipleDates):
        joiner = " or " if isinstance(value, edtf_types.OneOfASet) else " and "
        return joiner.join(_members(member, style) for member in value.objects)
    if isinstance(value, edtf_types.Interval):
        if _open(value.lower) and _open(value.upper):
            return UNKNOWN
        lower = "" if _open(value.lower) else _words(value.lower, style)
        upper = "" if _open(value.upper) else _words(value.upper, style)
        joiner = " – " if " " in lower or " " in upper else "–"
        return f"{lower}{joiner}{upper}".strip()
    if isinstance(value, edtf_types.Season):
        return f"{SEASONS.get(int(value.season), 'Season')} {_year(int(value.year))}"
    if isinstance(value, edtf_types.PartialUncertainOrApproximate) and value.season:
        return _words(value.season, style) + ("?" if value.is_uncertain else "")
    if isinstance(value, edtf_types.Date):
        words = _in_words(value, style)
        if isinstance(value, edtf_types.PartialUncertainOrApproximate):
            words = f"{'c. ' if value.is_approximate else ''}{words}{'?' if value.is_uncertain else ''}"
        return words
    if isinstance(value, edtf_types.DateAndTime):
        return _words(value.date, style)
    if isinstance(value, edtf_types.LongYear):
        return _year(value._precise_year())
    return str(value)  # pragma: no cover - every type edtf returns is above


def _open(section: object) -> bool:
    return isinstance(section, edtf_types.UnspecifiedIntervalSection)


def display(text: str, style: DateStyle = "day-month-year", era: bool = False) -> str:
    """Words for print: '1 December 1934' (or 'December 1, 1934'), 'c. 1937', '44 BCE', '1936–1938'.

    A range is written as a historian writes it (the rules, with examples, are in
    docs/content-format.md): what both ends share is written once, '2–6 September
    1792', 'March–May 1793', '88–87 BCE'; the era is written on both sides only when
    the range crosses it, '63 BCE – 14 CE'. With `era` (a BCE date is in view, as in
    a chronology that reaches back before year 1), CE years say so: '14 CE'.
    """
    value = parse(text)
    if isinstance(value, edtf_types.Interval) and not (_open(value.lower) or _open(value.upper)):
        ranged = _range(value.lower, value.upper, style, era)
        if ranged:
            return ranged
    words = _words(value, style)
    if era and not isinstance(value, edtf_types.Interval) and not is_bce(text):
        return f"{words[:-1]} CE?" if words.endswith("?") else f"{words} CE"
    return words


def is_bce(text: str) -> bool:
    """Whether the date reaches back before year 1 (so CE dates near it are written with their era)."""
    return sort_key(text)[0][0] <= 0


def _qualified(side: object) -> tuple[str, edtf_types.Date, str] | None:
    """A range's end as (prefix, plain date, suffix): ('c. ', 1425, ''); None for seasons, decades and the like."""
    prefix = suffix = ""
    if isinstance(side, edtf_types.UncertainOrApproximate):
        both = side._uncertain_and_approximate
        prefix = "c. " if side.is_approximate or both else ""
        suffix = "?" if side.is_uncertain or both else ""
        side = side.date
    return (prefix, side, suffix) if type(side) is edtf_types.Date else None


def _range(lower: object, upper: object, style: DateStyle, era: bool) -> str | None:
    """Both ends of a range in words, what they share written once; None when an end is not a plain date."""
    first, last = _qualified(lower), _qualified(upper)
    if first is None or last is None:
        return None
    (before_l, low, after_l), (before_u, high, after_u) = first, last
    crossing = int(low.year) <= 0 < int(high.year)
    era_high = " BCE" if int(high.year) <= 0 else (" CE" if crossing or era else "")
    era_low = " BCE" if crossing else ""
    if not (before_l or after_l or before_u or after_u) and low.year == high.year:
        shared = _elided(low, high, style, _year(int(high.year)).removesuffix(" BCE") + era_high)
        if shared:
            return shared
    left = f"{before_l}{_in_words(low, style).removesuffix(' BCE')}"
    right = f"{before_u}{_in_words(high, style).removesuffix(' BCE')}"
    joiner = " – " if crossing or " " in left or " " in right else "–"  # 88–87 BCE, but 63 BCE – 14 CE
    return f"{left}{era_low}{after_l}{joiner}{right}{era_high}{after_u}"


def _elided(low: edtf_types.Date, high: edtf_types.Date, style: DateStyle, year: str) -> str | None:
    """A range within one year: '2–6 September 1792', '31 May – 2 June 1793', 'March–May 1793'."""
    days = low.day is not None and high.day is not None
    if low.month is None and high.month is None:
        return year
    if low.month is None or high.month is None or days != (low.day is not None or high.day is not None):
        return None  # one end more precise than the other: written out in full
    first, last = MONTHS[int(low.month) - 1], MONTHS[int(high.month) - 1]
    if not days:
        return f"{first}–{last} {year}" if first != last else f"{first} {year}"
    d1, d2 = int(low.day), int(high.day)
    if first == last:
        return f"{first} {d1}–{d2}, {year}" if style == "month-day-year" else f"{d1}–{d2} {first} {year}"
    if style == "month-day-year":
        return f"{first} {d1} – {last} {d2}, {year}"
    return f"{d1} {first} – {d2} {last} {year}"


_LAST_OF_ALL = (10**12, 12, 31)
"""Where a date with no known day sorts: after every other."""


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Earliest then latest possible day, so spans sort after their first day.

    An open or unknown end ("1878/..") has no day to sort by: the known end
    stands for both; a date with neither ("../..", "XXXX") sorts last.
    """
    low, high = bounds(parse(text))
    return low or high or _LAST_OF_ALL, high or low or _LAST_OF_ALL


def _csl_year(year: int) -> int:
    """CSL counts no year 0 (-44 is 44 BC); EDTF does (-0043 is 44 BCE)."""
    return year - 1 if year <= 0 else year


def csl_date(text: str) -> dict[str, object]:
    """The date as a CSL-JSON date object at the precision written.

    1990 -> [[1990]], 1936/1938 -> [[1936], [1938]]; an approximate (~) or
    uncertain (?) date sets CSL's `circa` flag, and an EDTF season (1937-21)
    becomes the year with CSL's `season` (1 spring … 4 winter). What CSL's
    date-parts cannot say (193X, sets, partly uncertain dates) goes as a
    literal in words, printed as it is.
    """
    value = parse(text)
    sides = [value.lower, value.upper] if isinstance(value, edtf_types.Interval) else [value]
    result: dict[str, object] = {"date-parts": []}
    for side in sides:
        if _open(side):
            continue
        if isinstance(side, edtf_types.UncertainOrApproximate):
            if side.is_approximate or side.is_uncertain or side._uncertain_and_approximate:
                result["circa"] = True
            side = side.date
        if isinstance(side, edtf_types.DateAndTime):
            side = side.date
        if isinstance(side, edtf_types.Season):
            result["season"] = (int(side.season) - 21) % 4 + 1
            result["date-parts"].append([_csl_year(int(side.year))])  # type: ignore[attr-defined]
        elif type(side) is edtf_types.Date:
            fields = [int(f) for f in (side.year, side.month, side.day) if f is not None]
            result["date-parts"].append([_csl_year(fields[0]), *fields[1:]])  # type: ignore[attr-defined]
        else:
            return {"literal": display(text)}
    return result


def span(text: str) -> tuple[float, float] | None:
    """The date as fractional years (start, end) for a time axis, months counting as equal; None when unknown."""
    (y1, m1, d1), (y2, m2, d2) = sort_key(text)
    if y1 == _LAST_OF_ALL[0]:
        return None
    return y1 + (m1 - 1) / 12 + (d1 - 1) / 372, y2 + (m2 - 1) / 12 + d2 / 372
