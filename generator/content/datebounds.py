"""What an EDTF value means on the calendar: its earliest and latest day, and whether it can be a date at all.

The edtf package parses every level of EDTF (intervals open at either end,
sets `[..1760-12-03]`, lists `{1667,1668}`, unspecified digits `19XX`, years
written `Y-170000002` or `Y17E7`, seasons), but its own bounds mix
`struct_time`s with infinities and accept days no calendar has (1900-02-29).
Here every value the parser returns gets one answer: the first and last day
it can mean, None where it is open or unknown, and a ValueError when it is not
a real date (a day past the end of its month, an interval that ends before it
starts, a year beyond `MAX_YEAR`).
"""

from __future__ import annotations

import calendar

from edtf.parser import parser_classes as edtf_types

Day = tuple[int, int, int]
Bounds = tuple[Day | None, Day | None]
MAX_YEAR = 100_000_000_000
"""Years further from year 0 than this (about seven times the age of the universe) are refused."""
_LAST = (12, 31)


def month_days(year: int, month: int) -> int:
    """Days in a month of the proleptic Gregorian calendar; EDTF's year 0 (1 BCE) is a leap year."""
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _year(value: edtf_types.LongYear) -> int:
    if isinstance(value, edtf_types.ExponentialYear):
        digits = len(str(value.base).lstrip("-")) + int(value.exponent)
        if digits > len(str(MAX_YEAR)):
            raise ValueError(f"the year {value} is too far away; years go up to {MAX_YEAR:,} either way")
    year = value._precise_year()
    if abs(year) > MAX_YEAR:
        raise ValueError(f"the year {value} is too far away; years go up to {MAX_YEAR:,} either way")
    return year


def _unknown_year(value: edtf_types.Date) -> bool:
    return str(value.year).lstrip("-").strip("X") == ""


def _check_day(value: edtf_types.Date) -> None:
    """A day written in full must exist: 1900-02-29 does not (1900 was not a leap year)."""
    if isinstance(value, edtf_types.Season) or getattr(value, "season", None):
        return  # a season has no day
    year, month, day = (str(part) if part is not None else "" for part in (value.year, value.month, value.day))
    if year.lstrip("-").isdigit() and month.isdigit() and day.isdigit():
        if not 1 <= int(month) <= 12:
            return  # a season (21-41), which has no day
        last = month_days(int(year), int(month))
        if int(day) > last:
            era = f" ({1 - int(year)} BCE)" if int(year) <= 0 else ""  # EDTF's year -0043 is 44 BCE
            name = calendar.month_name[int(month)] if int(month) != 2 else f"February {year}{era}"
            raise ValueError(f"{value} is not a date: {name} has {last} days")


def bounds(value: edtf_types.EDTFObject | None) -> Bounds:
    """The first and last day `value` can mean; None for an open or unknown end."""
    if value is None or isinstance(value, edtf_types.UnspecifiedIntervalSection):
        return None, None
    if isinstance(value, edtf_types.UncertainOrApproximate | edtf_types.DateAndTime):
        return bounds(value.date)
    if isinstance(value, edtf_types.Interval):
        lower, upper = bounds(value.lower)[0], bounds(value.upper)[1]
        if lower and upper and lower > upper:
            raise ValueError(f"{value} ends before it starts: write the earlier date first")
        return lower, upper
    if isinstance(value, edtf_types.OneOfASet | edtf_types.MultipleDates):
        sides = [bounds(member) for member in value.objects]
        lows, highs = [low for low, _ in sides], [high for _, high in sides]
        return (None if None in lows else min(lows)), (None if None in highs else max(highs))  # type: ignore[type-var]
    if isinstance(value, edtf_types.LongYear):
        year = _year(value)
        return (year, 1, 1), (year, *_LAST)
    if isinstance(value, edtf_types.Date):
        if _unknown_year(value):
            return None, None
        _check_day(value)
        low, high = tuple(value.lower_strict()[:3]), tuple(value.upper_strict()[:3])
        high = (high[0], high[1], min(high[2], month_days(high[0], high[1])))  # 19XX-02-29 ends on a real day
        return low, high  # type: ignore[return-value]
    raise ValueError(f"{value} is not a date studyguide can place")  # pragma: no cover - every edtf type is above
