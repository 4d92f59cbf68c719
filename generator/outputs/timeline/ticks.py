"""Round dates for the axis, in historians' numbering: no year zero, 1 BCE is followed by 1 CE.

Times are astronomical fractional years (year 0 is 1 BCE, -99 is 100 BCE), as
`content.dates.span` gives them; a tick at historian year N BCE sits at the start
of astronomical year 1 - N. So a century axis reads …, 200 BCE, 100 BCE, 1 CE,
100 CE, 200 CE, …; spans under two years get month ticks.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterator
from dataclasses import dataclass

from generator.content.datewords import words

MONTH_STEPS = (1, 2, 3, 6)
DAY_STEPS = (1, 2, 5, 10)
DAY = 1 / 372
"""A day on the axis: `content.dates.span` counts every month as 1/12 of a year and 31 days."""


@dataclass(frozen=True)
class Mark:
    time: float
    text: str


def year_name(year: int, era: bool, language: str = "en") -> str:
    """Astronomical `year` as a historian writes it in `language` (content.datewords, as the labels' dates are);
    `era` adds "CE" (for axes that reach back before 1 CE)."""
    said = words(language)
    number = said.number(1 - year if year <= 0 else year)  # long years grouped
    return said.era(number, bce=year <= 0) if era or year <= 0 else number


def marks(first: float, last: float, spacing: float, era: bool, language: str = "en") -> list[Mark]:
    """Round dates within [first, last], at least about `spacing` years apart (the finest that allows)."""
    if last - first < 0.25:
        day_step = next((s for s in DAY_STEPS if s * DAY >= spacing), None)
        if day_step is not None:
            return _days(first, last, day_step, era, language)
    if last - first < 2:
        step = next((s for s in MONTH_STEPS if s / 12 >= spacing), None)
        if step is not None:
            return _months(first, last, step, era, language)
    step = next(s for s in _year_steps() if s >= spacing)
    return _years(first, last, step, era, language)


def _year_steps() -> Iterator[int]:
    """1, 2, 5, 10, 20, 25, 50, then 1, 2 and 5 times each power of ten, without end (EDTF allows long years)."""
    yield from (1, 2, 5, 10, 20, 25, 50)
    power = 100
    while True:
        yield from (power, 2 * power, 5 * power)
        power *= 10


def _months(first: float, last: float, step: int, era: bool, language: str) -> list[Mark]:
    found: list[Mark] = []
    for index in range(math.ceil(first * 12 - 1e-9), math.floor(last * 12 + 1e-9) + 1):
        year, month = divmod(index, 12)
        if month % step:
            continue
        name = words(language).short_months[month]
        found.append(Mark(index / 12, f"{name} {year_name(year, era, language)}" if month == 0 or not found else name))
    return found


def _days(first: float, last: float, step: int, era: bool, language: str) -> list[Mark]:
    found: list[Mark] = []
    for index in range(math.floor(first * 12), math.floor(last * 12) + 1):
        year, month = divmod(index, 12)
        length = (
            calendar.monthrange(year, month + 1)[1]
            if year >= 1
            else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month]
        )
        for day in range(1, length - step + 2, step):  # no tick crowding the next month's first
            time = index / 12 + (day - 1) * DAY
            if first - 1e-9 <= time <= last + 1e-9:
                name = f"{day} {words(language).short_months[month]}"
                found.append(Mark(time, f"{name} {year_name(year, era, language)}" if not found else name))
    return found


def _years(first: float, last: float, step: int, era: bool, language: str) -> list[Mark]:
    low, high = math.ceil(first - 1e-9), math.floor(last + 1e-9)  # astronomical years within reach
    # Historian year N BCE is astronomical 1 - N; CE years are themselves. Multiples of the step on each side.
    bce = range(max(step * math.ceil((1 - high) / step), step), 1 - low + 1, step) if low <= 0 else range(0)
    ce = range(max(step * math.ceil(low / step), step), high + 1, step) if high >= 1 else range(0)
    years = {1 - written for written in bce} | set(ce)
    # 1 CE stands in for the missing year 0 on axes of decades and more (…, 100 BCE, 1 CE, 100 CE, …).
    if step >= 10 and low <= 1 <= high:
        years.add(1)
    return [Mark(float(year), year_name(year, era, language)) for year in sorted(years)]
