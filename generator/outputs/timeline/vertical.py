"""The vertical layout: the axis runs down the page, labels beside it, for dense chronologies.

Year labels sit left of the axis, period bars in lanes just right of it, and
the labels in a column to the right, as wide as the page allows. Labels keep
the order of their marks and are spread down the column by `placement.spread`
(nearest their marks under minimum spacing), so leaders, each running across
from its mark and into its label, never cross. A chronology taller than a page
continues in another piece, with the axis resumed at its next event.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.outputs.geometry import Line
from generator.outputs.timeline import labels as text
from generator.outputs.timeline.axis import tick_marks, widest
from generator.outputs.timeline.model import Bar, Dot, Event, Label, Piece, Style, Text
from generator.outputs.timeline.placement import lanes, spread
from generator.outputs.timeline.scale import fit, groups

BAND = 22.0  # between the marks and the labels' column, where leaders bend
STUB = 3.0
LANE = 3.0
INSET = 6.0  # axis beyond the first and last event of a segment
STRETCH = 1.15
"""The axis is this much longer than its labels stacked, so most labels sit level with their marks."""


def label_x(style: Style, era: bool, count: int) -> tuple[float, float, float]:
    """x of the axis, of the end of the period lanes, and of the labels' column."""
    axis_x = text.text_width(widest(era), style) + 8 + style.dot_radius
    lanes_end = axis_x + style.dot_radius + 2 + count * (style.bar_width + LANE)
    return axis_x, lanes_end, lanes_end + BAND


def pages(events: Sequence[Event], width: float, style: Style, era: bool, first: float, rest: float) -> list[list[int]]:
    """Indices of `events` in date order, cut into pieces no taller than `first` (the first) or `rest`."""
    order = sorted(range(len(events)), key=lambda i: (_anchor(events[i]), i))
    wrap = width - label_x(style, era, _lanes_needed(events))[2]
    needs = [(text.measure(events[i], wrap, style).height + style.gap) * STRETCH for i in order]
    if sum(needs) + 2 * INSET <= rest:  # one piece, even if it has to start on the next page
        return [order]
    found: list[list[int]] = [[]]
    used = 0.0
    for i, need in zip(order, needs, strict=True):
        if found[-1] and used + need + 2 * INSET > (first if len(found) == 1 else rest):
            found.append([])
            used = 0.0
        found[-1].append(i)
        used += need
    return found


def piece(
    events: Sequence[Event], chosen: Sequence[int], width: float, style: Style, era: bool
) -> tuple[Piece, dict[int, tuple[float, float]]]:
    """The events `chosen` (indices into `events`) down an axis, labels in a column `width` wide at most."""
    periods = sorted((i for i in chosen if events[i].period), key=lambda i: (events[i].start, events[i].end, i))
    lane_list = lanes([(events[i].start, events[i].end) for i in periods], 0.0)
    axis_x, lanes_end, column = label_x(style, era, _lanes_needed(events))
    order = sorted(chosen, key=lambda i: (_anchor(events[i]), i))
    measured = {i: text.measure(events[i], width - column, style) for i in order}
    spans = [(events[i].start, events[i].end) for i in order]
    segs = [[order[k] for k in group] for group in groups(spans, [events[i].time for i in order])]
    ranges = [(min(events[i].start for i in g), max(events[i].end for i in g)) for g in segs]
    floors = [sum(measured[i].height + style.gap for i in g) for g in segs]
    length = max(sum(floors) * STRETCH + (len(segs) - 1) * style.break_size, 60.0)
    scale = fit(ranges, floors, length, INSET, style.break_size)

    tops = spread(
        [scale.at(_anchor(events[i])) - (text.ASCENT - text.DESCENT) / 2 * style.size for i in order],
        [measured[i].height for i in order], style.gap, 0.0, length,
    )  # fmt: skip
    assert tops is not None, "the axis is longer than its labels stacked"
    height = length + 2
    drawing = Piece(width, height)
    anchors: dict[int, tuple[float, float]] = {}

    def y_of(depth: float) -> float:
        return height - depth

    for segment in scale.segments:
        drawing.axis.append(Line(axis_x, y_of(segment.start - INSET), axis_x, y_of(segment.end + INSET)))
    for start, end in scale.breaks:
        for depth in (start, end):
            drawing.breaks.append(Line(axis_x - 4, y_of(depth) - 1.5, axis_x + 4, y_of(depth) + 1.5))
    kept = float("inf")
    for tick in tick_marks(scale, era, 3 * style.leading, INSET):
        y = y_of(tick.position)
        drawing.ticks.append(Line(axis_x - STUB, y, axis_x + STUB, y))
        baseline = y - 0.25 * style.size
        top = baseline + text.ASCENT * style.size
        room = text.text_width(tick.text, style) <= axis_x - STUB - 3
        if room and top < min(kept, height) and baseline - text.DESCENT * style.size >= 0:
            drawing.tick_labels.append(Text(axis_x - STUB - 3, baseline, tick.text, "right"))
            kept = baseline - text.DESCENT * style.size - 1

    lane_of = dict(zip(periods, lane_list, strict=True))
    for i, top in zip(order, tops, strict=True):
        event, label = events[i], measured[i]
        baseline = y_of(top) - text.ASCENT * style.size
        middle = baseline + 0.3 * style.size
        if event.period:
            x = axis_x + style.dot_radius + 2 + lane_of[i] * (style.bar_width + LANE)
            y1, y2 = y_of(scale.at(event.end)), y_of(scale.at(event.start))
            if y2 - y1 < 2:
                y1, y2 = (y1 + y2) / 2 - 1, (y1 + y2) / 2 + 1
            drawing.bars.append(Bar(x, y1, style.bar_width, y2 - y1, event.soft))
            origin = (x + style.bar_width, (y1 + y2) / 2)
        else:
            y = y_of(scale.at(event.time))
            drawing.dots.append(Dot(axis_x, y, event.soft))
            origin = (axis_x + style.dot_radius, y)
        anchors[i] = (origin[0] - (style.bar_width / 2 if event.period else style.dot_radius), origin[1])
        drawing.leaders.append((origin, (lanes_end, origin[1]), (column - STUB - 1, middle), (column - 1.5, middle)))
        drawing.labels.append(Label(column, baseline, label.date, label.lines, label.width))
    return drawing, anchors


def _anchor(event: Event) -> float:
    return (event.start + event.end) / 2 if event.period else event.time


def _lanes_needed(events: Sequence[Event]) -> int:
    periods = sorted((e.start, e.end) for e in events if e.period)
    return max(lanes(periods, 0.0), default=-1) + 1
