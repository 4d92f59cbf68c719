"""Where everything of a vertical piece goes: the scale down the axis, the columns across, each label's top.

Computed once per candidate piece and used twice: by `vertical.pages`, to cut a
chronology into pieces that fit a page, and by `vertical.piece`, to draw one.
Depths are points down from the top of the piece.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.outputs.timeline import labels as text
from generator.outputs.timeline.axis import tick_marks, widest
from generator.outputs.timeline.model import Event, Style
from generator.outputs.timeline.placement import lanes, route, spread
from generator.outputs.timeline.scale import Scale, fit, groups

BAND = 22.0  # between marks and a column of labels, where leaders bend
LANE = 3.0  # between period lanes
INSET = 6.0  # axis beyond the first and last event of a segment
STRETCHES = (1.15, 1.4, 1.7)
"""How much longer than its labels stacked the axis may be drawn: the least that keeps every label within `REACH`
leadings of its mark, or failing that (marks piled on one day) within a tenth of the nearest any of these gets."""
REACH = 4.0
TICK_PITCH = 3.0
"""Year labels down the axis are at least this many lines apart."""


@dataclass(frozen=True)
class Columns:
    """x of each column across the piece, left to right."""

    periods: float  # the right edge of the periods' labels (0 without periods)
    lanes_left: float
    lanes_right: float
    axis: float
    points: float  # the left edge of the points' labels

    def lane(self, number: int, style: Style) -> float:
        """x of the bars of lane `number`: lane 0 is beside the year labels, higher lanes further out."""
        return self.lanes_right - (number + 1) * (style.bar_width + LANE) + LANE


@dataclass(frozen=True)
class Plan:
    scale: Scale
    length: float
    columns: Columns
    texts: dict[int, text.Text]
    tops: dict[int, float]
    """Each label's top (depth), for every event of the piece."""
    bars: dict[int, tuple[float, float]]
    """Each period's bar, from its first depth to its last."""
    lanes: dict[int, tuple[int, float]]
    """Each period's lane and the depth its leader leaves it at."""
    reach: float
    """How far the farthest label is from its mark, in points."""
    years: float
    """The width of the year labels' column."""
    inset: float = INSET


def columns(periods: float, count: int, width_of_years: float, style: Style) -> Columns:
    lanes_left = periods + BAND if count else 0.0
    lanes_right = lanes_left + count * (style.bar_width + LANE)
    axis = lanes_right + width_of_years + 8 + style.dot_radius
    return Columns(periods, lanes_left, lanes_right, axis, axis + style.dot_radius + 2 + BAND)


def plan(events: Sequence[Event], chosen: Sequence[int], width: float, style: Style, era: bool) -> Plan:
    """The vertical piece of the events `chosen` (indices into `events`), `width` wide.

    The year labels' column is as wide as the widest year the axis draws (a century axis needs less room than a
    day's "28 May 1888 BCE"), so the period bars sit nearer the axis; if the narrower column changes the axis so
    that a wider year is drawn, the column made for the widest year is kept.
    """
    laid = _plan(events, chosen, width, style, era, widest(era, style))
    needed = _years(laid, style, era)
    if needed < laid.years:
        tighter = _plan(events, chosen, width, style, era, needed)
        if _years(tighter, style, era) <= needed:
            return tighter
    return laid


def _years(laid: Plan, style: Style, era: bool) -> float:
    """The width of the widest year label the axis of `laid` draws."""
    marks = tick_marks(laid.scale, era, TICK_PITCH * style.leading, INSET, style.language)
    return max((text.text_width(mark.text, style) for mark in marks), default=0.0)


def _plan(events: Sequence[Event], chosen: Sequence[int], width: float, style: Style, era: bool, years: float) -> Plan:
    points = sorted((i for i in chosen if not events[i].period), key=lambda i: (events[i].time, i))
    periods = sorted((i for i in chosen if events[i].period), key=lambda i: (events[i].start, events[i].end, i))
    period_texts = {i: text.measure(events[i], style.max_label_width, style) for i in periods}
    left = max((t.width for t in period_texts.values()), default=0.0)
    indent = max((text.date_width(events[i], style) for i in points), default=0.0) + style.size
    spans = [(events[i].start, events[i].end) for i in chosen]
    segs = [[chosen[k] for k in group] for group in groups(spans, [events[i].time for i in chosen])]
    ranges = [(min(events[i].start for i in g), max(events[i].end for i in g)) for g in segs]
    count = max(lanes([(events[i].start, events[i].end) for i in periods], 0.0), default=-1) + 1
    tried: list[Plan] = []
    for stretch in STRETCHES:
        for _ in range(len(periods) + 1):  # the lanes the bars need once placed may be more than time alone says
            cols = columns(left, count, years, style)
            wrap = max(width - cols.points - indent, style.min_label_width / 2)
            texts = {**period_texts, **{i: text.measure_beside(events[i], indent, wrap, style) for i in points}}
            floors = [max(_stack(texts, [i for i in g if events[i].period], style),
                          _stack(texts, [i for i in g if not events[i].period], style)) for g in segs]  # fmt: skip
            length = max(sum(floors) * stretch + (len(segs) - 1) * style.break_size, 60.0)
            scale = fit(ranges, floors, length, INSET, style.break_size)
            bars = {i: _bar(scale, events[i]) for i in periods}
            routed = dict(zip(periods, route([bars[i] for i in periods], 2.0, 1.0), strict=True))
            needed = max((lane for lane, _ in routed.values()), default=-1) + 1
            if needed <= count:
                break
            count = needed
        tops: dict[int, float] = {}
        reach = 0.0
        for group, extent in zip(segs, scale.extents, strict=True):
            for side in (
                sorted((i for i in group if not events[i].period), key=lambda i: (events[i].time, i)),
                sorted((i for i in group if events[i].period), key=lambda i: (routed[i][1], i)),
            ):
                marks = [routed[i][1] if events[i].period else scale.at(events[i].time) for i in side]
                found = _spread(marks, [texts[i].height for i in side], extent, style)
                tops.update(zip(side, found, strict=True))
                moved = [abs(top + _MIDDLE * style.size - m) for top, m in zip(found, marks, strict=True)]
                reach = max([reach, *moved])
        tried.append(Plan(scale, length, cols, texts, tops, bars, routed, reach, years))
        if reach <= REACH * style.leading:
            return tried[-1]
    least = min(p.reach for p in tried)
    return next(p for p in tried if p.reach <= max(REACH * style.leading, least * 1.1))


_MIDDLE = text.ASCENT - 0.3
"""From a label's top to the middle of its first line, where its leader ends, as a fraction of the size."""


def _stack(texts: dict[int, text.Text], chosen: list[int], style: Style) -> float:
    return sum(texts[i].height + style.gap for i in chosen)


def _spread(marks: list[float], sizes: list[float], extent: tuple[float, float], style: Style) -> list[float]:
    """Tops of labels `sizes` tall, their first lines level with `marks` as near as may be, within `extent`."""
    tops = spread([m - _MIDDLE * style.size for m in marks], sizes, style.gap, *extent)
    assert tops is not None, "a segment is as long as its labels stacked"
    return tops


def _bar(scale: Scale, event: Event) -> tuple[float, float]:
    first, last = scale.at(event.start), scale.at(event.end)
    if last - first < 2:
        first, last = (first + last) / 2 - 1, (first + last) / 2 + 1
    return first, last
