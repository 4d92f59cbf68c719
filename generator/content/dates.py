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
from generator.content.datewords import Words, words
from generator.vocabulary import DateStyle

SEASONS = {21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}
"""EDTF's seasons 21-24; 25-28 are the same in the Northern Hemisphere, 29-32 in the Southern."""
DIVISIONS = {33: "Q1", 34: "Q2", 35: "Q3", 36: "Q4", 37: "Four months 1", 38: "Four months 2", 39: "Four months 3"}
DIVISIONS |= {40: "First half of", 41: "Second half of"}
SEASON_WORDS = (
    "{season} {year}", "{season} (Northern Hemisphere)", "{season} (Southern Hemisphere)", "Season",
    *SEASONS.values(), *DIVISIONS.values(),
)  # fmt: skip
WORDS = (
    "c. {date}", "{date} or earlier", "{date} or later", "{first} or {second}", "{first} and {second}",
    "date unknown", "year unknown", "{decade}s", "b. {date}", "d. {date}",
)  # fmt: skip
"""The date words CLDR has no data for: messages, translated in generator/messages (a test reads these)."""
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
            from generator.content.datehints import suggest  # only on this error path: it imports this module

            raise ValueError(
                f"{text!r} is not an EDTF date; {suggest(text) or f'write dates like {EXAMPLES}'}"
            ) from None
    bounds(value)  # raises ValueError for 1900-02-29, 1950/1900, Y1E999
    return value


def check(text: str) -> str:
    """Validate EDTF text for a model field, returning it unchanged."""
    parse(text)
    return text


def _year(year: int, w: Words, era: bool = True) -> str:
    """EDTF counts a year 0, which is 1 BCE; BCE years name their era unless `era` is False (a range names it once)."""
    return w.year(year, bce=era)


def _unspecified_year(year: str, w: Words) -> str:
    """Unspecified digits said honestly: 193X the 1930s, 19XX 1900–1999, XXXX unknown."""
    digits = year.lstrip("-")
    if not digits.strip("X"):
        return w.say("year unknown")
    low, high = int(digits.replace("X", "0")), int(digits.replace("X", "9"))
    if not year.startswith("-") and digits.endswith("X") and digits.count("X") == 1:
        return w.say("{decade}s", decade=low)
    if year.startswith("-"):
        return f"{_year(-high, w)}–{_year(-low, w)}"
    return f"{low}–{high}"


def _in_words(date: edtf_types.Date, w: Words, era: bool = True) -> str:
    written = str(date.year)
    year = _year(int(written), w, era) if written.lstrip("-").isdigit() else _unspecified_year(written, w)
    month, day = (str(part) if part is not None else "" for part in (date.month, date.day))
    if not month.isdigit():
        return year
    return w.date(int(day) if day.isdigit() else None, int(month), year)


def _plain_bce_year(value: edtf_types.EDTFObject) -> int | None:
    """The year of a set's member that is a bare year before year 1 (EDTF's -0445), else None."""
    if (
        not isinstance(value, edtf_types.Date)
        or value.month
        or isinstance(value, edtf_types.PartialUncertainOrApproximate)
    ):
        return None
    year = str(value.year)
    return int(year) if year.lstrip("-").isdigit() and int(year) <= 0 else None


def _members(value: edtf_types.EDTFObject, w: Words) -> str:
    """A set's member: `..1760` is "1760 or earlier", `1760..` "1760 or later", `1670..1672` a span."""
    if isinstance(value, edtf_types.EarlierConsecutives):
        return w.say("{date} or earlier", date=_words(value.upper, w))
    if isinstance(value, edtf_types.LaterConsecutives):
        return w.say("{date} or later", date=_words(value.lower, w))
    if isinstance(value, edtf_types.Consecutives):
        return f"{_words(value.lower, w)}–{_words(value.upper, w)}"
    return _words(value, w)


def _qualify(words: str, w: Words, approximate: bool, uncertain: bool) -> str:
    """'c. 1937', '1938?': about (~) and uncertain (?) in the language's words."""
    words = w.say("c. {date}", date=words) if approximate else words
    return f"{words}?" if uncertain else words


def _season(value: edtf_types.Season, w: Words) -> str:
    number = int(value.season)
    if number in DIVISIONS:
        name = w.say(DIVISIONS[number])
    elif 21 <= number <= 32:
        name = w.say(SEASONS[21 + (number - 21) % 4])
        if number >= 25:
            half = "{season} (Northern Hemisphere)" if number < 29 else "{season} (Southern Hemisphere)"
            name = w.say(half, season=name)
    else:
        name = w.say("Season")
    return w.say("{season} {year}", season=name, year=_year(int(value.year), w))


def _words(value: edtf_types.EDTFObject, w: Words) -> str:
    if isinstance(value, edtf_types.UncertainOrApproximate):
        both = value._uncertain_and_approximate
        return _qualify(_words(value.date, w), w, value.is_approximate or both, value.is_uncertain or both)
    if isinstance(value, edtf_types.OneOfASet | edtf_types.MultipleDates):
        joiner = "{first} or {second}" if isinstance(value, edtf_types.OneOfASet) else "{first} and {second}"
        # Years all before year 1 name their era once, as a range does: "446 or 445 BCE", not "446 BCE or 445 BCE".
        years = [_plain_bce_year(member) for member in value.objects]
        bce = [year for year in years if year is not None]
        one_era = bool(bce) and len(bce) == len(years)
        members = [_year(year, w, era=False) for year in bce] if one_era else [_members(m, w) for m in value.objects]
        joined = members[0] if members else ""
        for member in members[1:]:
            joined = w.say(joiner, first=joined, second=member)
        return w.era(joined, bce=True) if one_era else joined
    if isinstance(value, edtf_types.Interval):
        if _open(value.lower) and _open(value.upper):
            return w.say("date unknown")
        lower = "" if _open(value.lower) else _words(value.lower, w)
        upper = "" if _open(value.upper) else _words(value.upper, w)
        joiner = " – " if " " in lower or " " in upper else "–"
        return f"{lower}{joiner}{upper}".strip()
    if isinstance(value, edtf_types.Season):
        return _season(value, w)
    if isinstance(value, edtf_types.PartialUncertainOrApproximate) and value.season:
        return _words(value.season, w) + ("?" if value.is_uncertain else "")
    if isinstance(value, edtf_types.Date):
        written = _in_words(value, w)
        if isinstance(value, edtf_types.PartialUncertainOrApproximate):
            written = _qualify(written, w, bool(value.is_approximate), bool(value.is_uncertain))
        return written
    if isinstance(value, edtf_types.DateAndTime):
        return _words(value.date, w)
    if isinstance(value, edtf_types.LongYear):
        return _year(value._precise_year(), w)
    return str(value)  # pragma: no cover - every type edtf returns is above


def _open(section: object) -> bool:
    return isinstance(section, edtf_types.UnspecifiedIntervalSection)


def display(text: str, style: DateStyle = "day-month-year", era: bool = False, language: str = "en") -> str:
    """Words for print in `language`: '1 December 1934' (or 'December 1, 1934'), 'c. 1937', '44 BCE', '1936–1938'.

    A range is written as a historian writes it (the rules, with examples, are in
    docs/content-format.md): what both ends share is written once, '2–6 September
    1792', 'March–May 1793', '88–87 BCE'; the era is written on both sides only when
    the range crosses it, '63 BCE – 14 CE'. With `era` (a BCE date is in view, as in
    a chronology that reaches back before year 1), CE years say so: '14 CE'. In
    French, German and Spanish the same rules give '2–6 septembre 1792', '88–87 v. Chr.'.
    """
    w = words(language, style)
    value = parse(text)
    if isinstance(value, edtf_types.Interval) and not (_open(value.lower) or _open(value.upper)):
        ranged = _range(value.lower, value.upper, w, era)
        if ranged:
            return ranged
    written = _words(value, w)
    if era and not isinstance(value, edtf_types.Interval) and not is_bce(text):
        return f"{w.era(written[:-1], bce=False)}?" if written.endswith("?") else w.era(written, bce=False)
    return written


def lifespan(text: str, style: DateStyle = "day-month-year", era: bool = False, language: str = "en") -> str:
    """A person's dates: 'd. 1492' when only the death is known (`../1492`), 'b. 1950' when only the birth;
    otherwise as `display` writes them ('c. 1312 – 1337'). "–1492" alone reads as a typo."""
    value = parse(text)
    if isinstance(value, edtf_types.Interval) and _open(value.lower) != _open(value.upper):
        known = value.upper if _open(value.lower) else value.lower
        message = "d. {date}" if _open(value.lower) else "b. {date}"
        return words(language, style).say(message, date=display(str(known), style, era, language))
    return display(text, style, era, language)


def is_bce(text: str) -> bool:
    """Whether the date reaches back before year 1 (so CE dates near it are written with their era)."""
    return sort_key(text)[0][0] <= 0


def _qualified(side: object) -> tuple[bool, edtf_types.Date, bool] | None:
    """A range's end as (approximate, plain date, uncertain); None for seasons, decades and the like."""
    approximate = uncertain = False
    if isinstance(side, edtf_types.UncertainOrApproximate):
        both = side._uncertain_and_approximate
        approximate, uncertain = bool(side.is_approximate or both), bool(side.is_uncertain or both)
        side = side.date
    return (approximate, side, uncertain) if type(side) is edtf_types.Date else None


def _range(lower: object, upper: object, w: Words, era: bool) -> str | None:
    """Both ends of a range in words, what they share written once; None when an end is not a plain date."""
    first, last = _qualified(lower), _qualified(upper)
    if first is None or last is None:
        return None
    (about_l, low, unsure_l), (about_u, high, unsure_u) = first, last
    crossing = int(low.year) <= 0 < int(high.year)
    high_era = int(high.year) <= 0 or crossing or era  # the era named once, after the range, or on both sides

    def named(text: str, date: edtf_types.Date, shown: bool) -> str:
        return w.era(text, bce=int(date.year) <= 0) if shown else text

    if not (about_l or unsure_l or about_u or unsure_u) and low.year == high.year:
        shared = _elided(low, high, w, named(_year(int(high.year), w, era=False), high, high_era))
        if shared:
            return shared
    left = _qualify(_in_words(low, w, era=False), w, about_l, False)
    right = _qualify(_in_words(high, w, era=False), w, about_u, False)
    joiner = " – " if crossing or " " in left or " " in right else "–"  # 88–87 BCE, but 63 BCE – 14 CE
    left, right = named(left, low, crossing), named(right, high, high_era)
    return f"{left}{'?' if unsure_l else ''}{joiner}{right}{'?' if unsure_u else ''}"


def _elided(low: edtf_types.Date, high: edtf_types.Date, w: Words, year: str) -> str | None:
    """A range within one year: '2–6 September 1792', '31 May – 2 June 1793', 'March–May 1793'."""
    days = low.day is not None and high.day is not None
    if low.month is None and high.month is None:
        return year
    if low.month is None or high.month is None or days != (low.day is not None or high.day is not None):
        return None  # one end more precise than the other: written out in full
    first, last = int(low.month), int(high.month)
    if not days:
        return w.months_of(first, last, year) if first != last else w.date(None, first, year)
    if first == last:
        return w.days(int(low.day), int(high.day), first, year)
    return w.across_months((int(low.day), first), (int(high.day), last), year)


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
