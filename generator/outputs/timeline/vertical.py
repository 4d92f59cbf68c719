"""The vertical layout: the axis runs down the page, for dense chronologies.

Across the page, left to right: the periods' labels (flush right), the band
their leaders cross, the periods' bars in lanes, the year labels, the axis with
the points' dots, the band the points' leaders cross, and the points' labels,
each with its text beside its date. So the page's width is used by two columns
of labels, and a point's label takes one line where it used to take two. No
leader crosses a bar: a point's leader runs right, away from the bars, and a
period's leads left from a place on its bar where no outer lane has a bar
(`placement.route`). Each column's labels keep the order of their marks and are
spread down it by `placement.spread` within the stretch of axis their mark's
segment owns, so no label sits across a break from its mark and no leaders
cross. A chronology taller than a page continues in another piece, the axis
resumed at its next event.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.outputs.geometry import Line
from generator.outputs.timeline import labels as text
from generator.outputs.timeline.axis import tick_marks
from generator.outputs.timeline.model import Bar, Dot, Event, Label, Piece, Style, Text
from generator.outputs.timeline.plan import TICK_PITCH, Plan, plan

STUB = 3.0


def pages(events: Sequence[Event], width: float, style: Style, era: bool, first: float, rest: float) -> list[list[int]]:
    """Indices of `events` in date order, cut into pieces no taller than `first` (the first) or `rest`."""
    order = sorted(range(len(events)), key=lambda i: (_anchor(events[i]), i))
    if plan(events, order, width, style, era).length <= rest:  # one piece, even if it has to start on the next page
        return [order]
    found: list[list[int]] = []
    while order:
        limit = first if not found else rest
        low, high = 1, len(order)  # the most events whose piece fits: at least one
        while low < high:
            middle = (low + high + 1) // 2
            if plan(events, order[:middle], width, style, era).length <= limit:
                low = middle
            else:
                high = middle - 1
        found.append(order[:low])
        order = order[low:]
    return found


def piece(
    events: Sequence[Event], chosen: Sequence[int], width: float, style: Style, era: bool
) -> tuple[Piece, dict[int, tuple[float, float]]]:
    """The events `chosen` (indices into `events`) down an axis, across `width`."""
    laid = plan(events, chosen, width, style, era)
    height = laid.length
    drawing = Piece(width, height)
    anchors: dict[int, tuple[float, float]] = {}
    x = laid.columns

    def y_of(depth: float) -> float:
        return height - depth

    for segment in laid.scale.segments:
        drawing.axis.append(Line(x.axis, y_of(segment.start - laid.inset), x.axis, y_of(segment.end + laid.inset)))
    for start, end in laid.scale.breaks:
        for depth in (start, end):
            drawing.breaks.append(Line(x.axis - 4, y_of(depth) - 1.5, x.axis + 4, y_of(depth) + 1.5))
    _ticks(drawing, laid, style, era, height)

    for i, top in laid.tops.items():
        event, label = events[i], laid.texts[i]
        baseline = y_of(top) - text.ASCENT * style.size
        middle = baseline + 0.3 * style.size
        if event.period:
            lane, exit_depth = laid.lanes[i]
            bar_x = x.lane(lane, style)
            (d1, d2) = laid.bars[i]
            drawing.bars.append(Bar(bar_x, y_of(d2), style.bar_width, d2 - d1, event.soft))
            exit_point = (bar_x, y_of(min(max(exit_depth, d1), d2)))
            anchors[i] = (bar_x + style.bar_width / 2, y_of((d1 + d2) / 2))
            drawing.leaders.append(
                (exit_point, (bar_x - 1.5, y_of(exit_depth)), (x.lanes_left, y_of(exit_depth)),
                 (x.periods + STUB + 1, middle), (x.periods + 1.5, middle))
            )  # fmt: skip
            drawing.labels.append(
                Label(x.periods - label.width, baseline, label.date, label.lines, label.width, flush_right=True)
            )
        else:
            y = y_of(laid.scale.at(event.time))
            drawing.dots.append(Dot(x.axis, y, event.soft))
            anchors[i] = (x.axis, y)
            drawing.leaders.append(
                ((x.axis + style.dot_radius, y), (x.axis + style.dot_radius + 2, y),
                 (x.points - STUB - 1, middle), (x.points - 1.5, middle))
            )  # fmt: skip
            drawing.labels.append(
                Label(x.points, baseline, label.date, label.lines, label.width, x.points + (label.indent or 0.0))
            )
    return drawing, anchors


def _ticks(drawing: Piece, laid: Plan, style: Style, era: bool, height: float) -> None:
    """Year labels left of the axis, right of the period lanes, never closer than a line to one another."""
    x = laid.columns
    kept = float("inf")
    for tick in tick_marks(laid.scale, era, TICK_PITCH * style.leading, laid.inset, style.language):
        y = height - tick.position
        drawing.ticks.append(Line(x.axis - STUB, y, x.axis + STUB, y))
        baseline = y - 0.25 * style.size
        top = baseline + text.ASCENT * style.size
        room = text.text_width(tick.text, style) <= x.axis - STUB - 3 - x.lanes_right
        if room and top < min(kept, height) and baseline - text.DESCENT * style.size >= 0:
            drawing.tick_labels.append(Text(x.axis - STUB - 3, baseline, tick.text, "right"))
            kept = baseline - text.DESCENT * style.size - 1


def _anchor(event: Event) -> float:
    return (event.start + event.end) / 2 if event.period else event.time
