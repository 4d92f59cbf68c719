"""Where everything of a horizontal strip goes: the scale across, each bar's lane, each label's left edge.

Computed by `horizontal.strips` to decide where to cut a chronology and by
`horizontal.piece` to draw one strip. Each segment of the axis is given at least
the width its labels need side by side (in whichever row needs more), so the
labels of a segment can stay within the stretch it owns; a strip whose segments
cannot all have that room does not fit (None), and is cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.outputs.timeline import labels as text
from generator.outputs.timeline.model import Event, Style
from generator.outputs.timeline.placement import route, spread
from generator.outputs.timeline.scale import Scale, fit, groups

MARGIN = 16.0  # each end of the axis, room for a centred year label
INSET = 6.0  # axis beyond the first and last event of a segment
WRAP_STEP = 6.0


@dataclass(frozen=True)
class Strip:
    scale: Scale
    wrap: float
    """The width labels are wrapped to: the widest at which they fit."""
    texts: dict[int, text.Text]
    lefts: dict[int, float]
    """Each label's left edge, for every event of the strip."""
    marks: dict[int, float]
    """Where each leader leaves its mark: a dot's x, or the x of its exit from a bar."""
    bars: dict[int, tuple[float, float]]
    lanes: dict[int, tuple[int, float]]
    """Each period's lane (0 nearest the axis) and the x its leader leaves the bar at."""
    reach: float
    """How far the farthest label's middle is from its mark, in points, beyond what it must be whatever the cut:
    half the width of all the labels on its mark side by side."""

    def x_of(self, time: float) -> float:
        return MARGIN + self.scale.at(time)

    def mark(self, event: int) -> float:
        return self.marks[event]


def strip(events: Sequence[Event], chosen: Sequence[int], width: float, style: Style) -> Strip | None:
    """The strip of the events `chosen` across `width`, at the widest wrap that fits; None if none does."""
    order = sorted(chosen, key=lambda i: (events[i].start, events[i].end, i))
    spans = [(events[i].start, events[i].end) for i in order]
    segs = [[order[k] for k in group] for group in groups(spans, [events[i].time for i in order])]
    wrap = style.max_label_width
    while wrap >= style.min_label_width:
        found = _at(events, segs, wrap, width, style)
        if found is not None:
            return found
        wrap -= WRAP_STEP
    return None


def _at(events: Sequence[Event], segs: list[list[int]], wrap: float, width: float, style: Style) -> Strip | None:
    texts = {i: text.measure(events[i], wrap, style) for g in segs for i in g}
    floors = []
    for k, group in enumerate(segs):
        rows = [sum(texts[i].width + style.gap for i in group if events[i].period == kind) for kind in (False, True)]
        dots = 6.0 * len({round(events[i].time, 6) for i in group}) + 6
        ends = MARGIN * ((k == 0) + (k == len(segs) - 1))  # the end segments' labels may use the margins
        floors.append(max(max(rows) - style.gap - ends, dots))
    length = width - 2 * MARGIN
    if sum(floors) + (len(segs) - 1) * style.break_size > length:
        return None
    ranges = [(min(events[i].start for i in g), max(events[i].end for i in g)) for g in segs]
    scale = fit(ranges, floors, length, INSET, style.break_size)
    periods = sorted((i for g in segs for i in g if events[i].period), key=lambda i: (events[i].start, i))
    bars = {i: _bar(MARGIN + scale.at(events[i].start), MARGIN + scale.at(events[i].end)) for i in periods}
    lanes = dict(zip(periods, route([bars[i] for i in periods], 3.0, 1.0), strict=True))
    marks = {i: lanes[i][1] if events[i].period else MARGIN + scale.at(events[i].time) for g in segs for i in g}
    lefts: dict[int, float] = {}
    for k, group in enumerate(segs):
        low, high = scale.extents[k]
        region = (0.0 if k == 0 else MARGIN + low, width if k == len(segs) - 1 else MARGIN + high)
        for kind in (False, True):
            row = sorted((i for i in group if events[i].period == kind), key=lambda i: (marks[i], i))
            widths = [texts[i].width for i in row]
            found = spread([marks[i] - w / 2 for i, w in zip(row, widths, strict=True)], widths, style.gap, *region)
            if found is None:
                return None
            lefts.update(zip(row, found, strict=True))
    piles: dict[tuple[bool, float], float] = {}
    for i in lefts:
        key = (events[i].period, round(marks[i]))
        piles[key] = piles.get(key, -style.gap) + texts[i].width + style.gap
    reach = max(
        abs(lefts[i] + texts[i].width / 2 - marks[i]) - (piles[events[i].period, round(marks[i])] - texts[i].width) / 2
        for i in lefts
    )
    return Strip(scale, wrap, texts, lefts, marks, bars, lanes, reach)


def _bar(x1: float, x2: float) -> tuple[float, float]:
    """A period's bar, at least two points long so that a short one still shows."""
    return (x1, x2) if x2 - x1 >= 2 else ((x1 + x2) / 2 - 1, (x1 + x2) / 2 + 1)
