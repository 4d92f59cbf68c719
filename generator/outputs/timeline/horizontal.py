"""The horizontal layout: a time axis across the page, for sparse chronologies.

Point events hang their labels in one row above the axis; periods are bars in
lanes below the axis's year labels, with their labels in one row beneath. Within
each row, labels keep the order of their marks and are spread by
`placement.spread` within the stretch of axis their mark's segment owns, so no
label sits across a break from its mark. Each leader runs from its mark straight
up (or down) into the band between marks and row, across it, and straight into
its label, so leaders never cross each other or any text; a period's leader
leaves its bar where no outer lane has a bar (`placement.route`), so it crosses
none. A chronology whose labels do not fit one strip, or would drift more than
`REACH` label widths from their marks, is cut at its widest gaps in time into
strips drawn one below the other.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from generator.outputs.geometry import Line
from generator.outputs.timeline import labels as text
from generator.outputs.timeline.axis import tick_marks, widest
from generator.outputs.timeline.model import Bar, Dot, Event, Label, Piece, Style, Text
from generator.outputs.timeline.strip import MARGIN, Strip, strip

STUB = 3.0  # the straight part of a leader at each end
LANE = 3.0  # between period lanes
REACH = 1.0
"""The farthest a label may sit from its mark, in widest labels (`max_label_width`), beyond what a pile of labels
on one mark needs whatever the cut: farther, the strip is cut."""


def fits(events: Sequence[Event], chosen: Sequence[int], width: float, style: Style) -> Strip | None:
    """The strip of the events `chosen`, at the widest wrap that fits, if one fits with no label too far away."""
    laid = strip(events, chosen, width, style)
    return laid if laid is not None and laid.reach <= REACH * style.max_label_width else None


def strips(events: Sequence[Event], width: float, style: Style) -> list[list[int]]:
    """Indices of `events` in date order, cut at the widest gaps in time until each strip fits."""
    order = sorted(range(len(events)), key=lambda i: (events[i].start, events[i].end, i))
    found: list[list[int]] = []
    for cut in _cut(events, order, width, style):  # then neighbours joined again where they fit together
        if found and fits(events, found[-1] + cut, width, style) is not None:
            found[-1] = found[-1] + cut
        elif found and (_instant(events, cut) or _instant(events, found[-1])):
            found[-1:] = _share(events, found[-1], cut, width, style)
        else:
            found.append(cut)
    return found


def _instant(events: Sequence[Event], strip: list[int]) -> bool:
    """Whether a strip holds a single moment, which would be drawn on an axis a day or a year long."""
    return len({(events[i].start, events[i].end) for i in strip}) == 1


def _share(events: Sequence[Event], left: list[int], right: list[int], width: float, style: Style) -> list[list[int]]:
    """Two neighbouring strips, one of them a single moment, with the cut between them moved (the fewest events)
    so that each spans some time and both fit; as they were if no such cut exists."""
    joined = left + right
    cuts = sorted(range(1, len(joined)), key=lambda k: abs(k - len(left)))
    for k in cuts:
        a, b = joined[:k], joined[k:]
        if _instant(events, a) or _instant(events, b) or events[a[-1]].start == events[b[0]].start:
            continue
        if fits(events, a, width, style) is not None and fits(events, b, width, style) is not None:
            return [a, b]
    return [left, right]


def _cut(events: Sequence[Event], order: list[int], width: float, style: Style) -> list[list[int]]:
    if len(order) == 1 or fits(events, order, width, style) is not None:
        return [order]
    # Cut where the time from everything before to the next start is longest (never inside a period).
    reach = list(itertools.accumulate((events[i].end for i in order), max))
    gaps = [(events[order[k + 1]].start - reach[k], k + 1) for k in range(len(order) - 1)]
    _, cut = max(gaps, key=lambda gap: (gap[0], -abs(gap[1] - len(order) / 2)))
    return _cut(events, order[:cut], width, style) + _cut(events, order[cut:], width, style)


def piece(
    events: Sequence[Event], chosen: Sequence[int], width: float, style: Style, era: bool
) -> tuple[Piece, dict[int, tuple[float, float]]]:
    """One strip: the events `chosen` (indices into `events`) on an axis across `width`."""
    laid = strip(events, chosen, width, style)
    if laid is None:
        raise ValueError("a strip's labels do not fit across it")  # strips() cuts so they do
    lanes = max((lane for lane, _ in laid.lanes.values()), default=-1) + 1
    tick_room = STUB + style.size + 2
    lanes_room = lanes * (style.bar_width + LANE)
    point_band, period_band = _band(laid, events, False), _band(laid, events, True)
    tallest = {kind: max((laid.texts[i].height for i in laid.lefts if events[i].period == kind), default=0.0)
               for kind in (False, True)}  # fmt: skip
    below = (tallest[True] + period_band + lanes_room) if laid.lanes else 0.0
    axis_y = below + tick_room + style.dot_radius
    height = axis_y + style.dot_radius + point_band + tallest[False]
    drawing = Piece(width, height)
    anchors: dict[int, tuple[float, float]] = {}

    for segment in laid.scale.segments:
        drawing.axis.append(Line(MARGIN + segment.start - 6, axis_y, MARGIN + segment.end + 6, axis_y))
    for start, end in laid.scale.breaks:
        for x in (MARGIN + start, MARGIN + end):
            drawing.breaks.append(Line(x - 1.5, axis_y - 4, x + 1.5, axis_y + 4))
    _ticks(drawing, laid, era, axis_y, style)

    row_bottom = axis_y + style.dot_radius + point_band
    lanes_top = axis_y - tick_room - style.dot_radius
    knee = lanes_top - lanes_room
    row_top = knee - period_band
    for i, left in laid.lefts.items():
        event, measured = events[i], laid.texts[i]
        if not event.period:
            x = laid.x_of(event.time)
            drawing.dots.append(Dot(x, axis_y, event.soft))
            anchors[i] = (x, axis_y)
            end_x = _inside(x, left, measured.width)
            drawing.leaders.append(
                ((x, axis_y + style.dot_radius), (x, axis_y + style.dot_radius + STUB),
                 (end_x, row_bottom - STUB), (end_x, row_bottom - 1))
            )  # fmt: skip
            baseline = row_bottom + text.DESCENT * style.size + len(measured.lines) * style.leading
        else:
            lane, exit_x = laid.lanes[i]
            x1, x2 = laid.bars[i]
            bar_top = lanes_top - lane * (style.bar_width + LANE)
            bottom = bar_top - style.bar_width
            drawing.bars.append(Bar(x1, bottom, x2 - x1, style.bar_width, event.soft))
            anchors[i] = ((x1 + x2) / 2, bar_top - style.bar_width / 2)
            end_x = _inside(exit_x, left, measured.width)
            drawing.leaders.append(
                ((min(max(exit_x, x1), x2), bottom), (exit_x, bottom - 1.5), (exit_x, knee - STUB),
                 (end_x, row_top + STUB), (end_x, row_top + 1))
            )  # fmt: skip
            baseline = measured.baseline(row_top, style)
        drawing.labels.append(Label(left, baseline, measured.date, measured.lines, measured.width))
    return drawing, anchors


def _band(laid: Strip, events: Sequence[Event], periods: bool) -> float:
    """Room between marks and a row: taller when labels had to move far, so leaders do not lie flat."""
    moved = [abs(left + laid.texts[i].width / 2 - laid.mark(i)) for i, left in laid.lefts.items()
             if events[i].period == periods]  # fmt: skip
    return min(max(12.0, 2 * STUB + max(moved, default=0.0) * 0.2), 40.0) if moved else 0.0


def _inside(x: float, left: float, width: float) -> float:
    """Where a leader meets its label: below its anchor if the label spans it, else at the label's nearer end."""
    return min(max(x, left + 2), left + width - 2)


def _ticks(drawing: Piece, laid: Strip, era: bool, axis_y: float, style: Style) -> None:
    pitch = widest(era, style) + 8
    kept_right = -float("inf")
    for tick in tick_marks(laid.scale, era, pitch, 6.0, style.language):
        x = MARGIN + tick.position
        half = text.text_width(tick.text, style) / 2
        drawing.ticks.append(Line(x, axis_y - STUB, x, axis_y + STUB))
        if x - half >= max(kept_right + 6, 0) and x + half <= drawing.width:
            drawing.tick_labels.append(Text(x, axis_y - STUB - 2 - text.ASCENT * style.size, tick.text, "centre"))
            kept_right = x + half
