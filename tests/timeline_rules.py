"""Two rules of the printed timeline, read from the page: no label across a break from its mark, no leader over a bar.

A label set past an axis break reads as an event after the gap; a leader drawn
over a period's bar reads as part of it. Both are checked on what prints (see
timeline_pdf.read): the axis is the long straight lines, a break is a slanted
stroke across it, a leader runs from its mark (a dot or a bar) to its label.
"""

from __future__ import annotations

import itertools

from timeline_pdf import Box, Drawn, crosses

AXIS_LENGTH = 15.0
"""An axis piece is at least this long; ticks (6 points) and break strokes (under 9) are shorter."""


def axes(page: Drawn, horizontal: bool) -> list[float]:
    """The cross coordinate of each axis on the page: y of horizontal axes, x of vertical ones."""
    found = set()
    for x1, y1, x2, y2 in page.segments:
        if horizontal and abs(y1 - y2) < 0.01 and abs(x2 - x1) > AXIS_LENGTH:
            found.add(round(y1, 1))
        if not horizontal and abs(x1 - x2) < 0.01 and abs(y2 - y1) > AXIS_LENGTH:
            found.add(round(x1, 1))
    return sorted(found)


def breaks(page: Drawn) -> list[tuple[float, float]]:
    """The centre of each break stroke: the short slanted lines drawn across an axis at each end of a gap."""
    return [
        ((x1 + x2) / 2, (y1 + y2) / 2)
        for x1, y1, x2, y2 in page.segments
        if abs(x1 - x2) > 0.01 and abs(y1 - y2) > 0.01 and (x2 - x1) ** 2 + (y2 - y1) ** 2 < AXIS_LENGTH**2
    ]


def across_a_break(page: Drawn, mark: Box, start: tuple[float, float], label: Box, horizontal: bool) -> bool:
    """Whether `label` reaches past a break of its mark's axis, on the other side from its mark.

    The mark's axis is the one through its dot, or for a bar the nearest axis on the bars' side (above the
    lanes, horizontally; right of them, vertically). The mark's side is where its leader leaves it (`start`).
    """
    centre = ((mark.x0 + mark.x1) / 2, (mark.top + mark.bottom) / 2)
    lines = axes(page, horizontal)
    if horizontal:
        on = [y for y in lines if abs(y - centre[1]) < 0.5] or [y for y in lines if y < mark.top][-1:]
    else:
        on = [x for x in lines if abs(x - centre[0]) < 0.5] or [x for x in lines if x > mark.x1][:1]
    if not on:
        return False
    for bx, by in breaks(page):
        cross, along = (by, bx) if horizontal else (bx, by)
        if abs(cross - on[0]) > 0.5:
            continue
        position = start[0] if horizontal else start[1]
        low, high = (label.x0, label.x1) if horizontal else (label.top, label.bottom)
        if (position < along and high > along + 0.5) or (position > along and low < along - 0.5):
            return True
    return False


def over_a_bar(page: Drawn, leader: list[tuple[float, float]]) -> bool:
    """Whether any straight part of `leader` enters a bar (its own or another's)."""
    return any(crosses((*a, *b), bar, 0.3) for a, b in itertools.pairwise(leader) for bar in page.bars)
