"""The axis of one piece: its round-date ticks and the marks of its breaks, as positions along it."""

from __future__ import annotations

from dataclasses import dataclass

from generator.content.datewords import words
from generator.outputs.timeline import ticks
from generator.outputs.timeline.labels import text_width
from generator.outputs.timeline.model import Style
from generator.outputs.timeline.scale import Scale


@dataclass(frozen=True)
class Tick:
    position: float
    text: str


def tick_marks(scale: Scale, era: bool, pitch: float, inset: float, language: str = "en") -> list[Tick]:
    """Round dates at least `pitch` points apart in each segment, reaching `inset` past its events."""
    found: list[Tick] = []
    for segment in scale.segments:
        if segment.last <= segment.first:
            continue
        reach = inset / segment.rate
        for mark in ticks.marks(segment.first - reach, segment.last + reach, pitch / segment.rate, era, language):
            position = segment.at(mark.time)
            if not found or position - found[-1].position >= pitch * 0.6:
                found.append(Tick(position, mark.text))
    return found


def widest(era: bool, style: Style) -> float:
    """The width of the widest year label an axis may draw (a day's tick on the first of its segment, "28 May
    1888 BCE" in English), for room and spacing."""
    year = ticks.year_name(-1887 if era else 1888, era, style.language)
    return max(text_width(f"28 {month} {year}", style) for month in words(style.language).short_months)


def chronology_reaches_bce(first: float) -> bool:
    """Whether the axis names eras: only when something on it is before 1 CE."""
    return first < 1
