"""Labels along a line, in the order of their dates, as near their marks as spacing allows.

Each label has a target (the leading edge that would put it right at its mark)
and a size; consecutive labels must be `gap` apart. Minimising the squared
displacement under these order constraints is isotonic regression after a
change of variable (subtract each label's cumulative offset), solved exactly by
pool-adjacent-violators. Order is kept, so leaders drawn from marks to labels
can never cross one another.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate


def spread(targets: Sequence[float], sizes: Sequence[float], gap: float, low: float, high: float) -> list[float] | None:
    """Leading edges nearest `targets`, each label `gap` after the last, within [low, high]; None if they cannot fit."""
    if not targets:
        return []
    offsets = [0.0, *accumulate(size + gap for size in sizes[:-1])]
    ceiling = high - offsets[-1] - sizes[-1]
    if ceiling < low - 1e-6:
        return None
    shifted = _isotonic([target - offset for target, offset in zip(targets, offsets, strict=True)])
    return [min(max(value, low), ceiling) + offset for value, offset in zip(shifted, offsets, strict=True)]


def _isotonic(values: Sequence[float]) -> list[float]:
    """The non-decreasing sequence nearest `values` in least squares (pool adjacent violators)."""
    blocks: list[list[float]] = []  # [sum, count]
    for value in values:
        blocks.append([value, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    return [total / count for total, count in blocks for _ in range(int(count))]


def lanes(spans: Sequence[tuple[float, float]], gap: float) -> list[int]:
    """A lane for each span (start, end), in the order given: the first lane whose last span ended `gap` before it."""
    ends: list[float] = []
    chosen = []
    for start, end in spans:
        lane = next((k for k, last in enumerate(ends) if last + gap < start), len(ends))
        if lane == len(ends):
            ends.append(end)
        ends[lane] = end
        chosen.append(lane)
    return chosen


EXIT_INSET = 3.0
"""How far into a bar from its start its leader leaves it, in points (or its middle, when the bar is shorter)."""


def route(spans: Sequence[tuple[float, float]], gap: float, margin: float) -> list[tuple[int, float]]:
    """A lane and an exit for each bar `spans` (start, end, along the axis): where its leader leaves it.

    Leaders leave their bars across the lanes, outwards (towards higher lanes), so an exit must lie where no bar
    of a higher lane is (within `margin`). Long bars take the inner lanes, where they have most room around the
    short ones; a bar with no free exit, on itself or just past either end, is moved to a lane of its own outside
    the others, until every bar has one (or every bar has been moved once: then the nearest exit is kept).
    """
    order = sorted(range(len(spans)), key=lambda k: (spans[k][0] - spans[k][1], spans[k][0], k))
    lane = [0] * len(spans)
    ends: list[list[tuple[float, float]]] = []
    for k in order:
        start, end = spans[k]
        lane[k] = next(
            (n for n, taken in enumerate(ends) if all(end + gap < a or b + gap < start for a, b in taken)), len(ends)
        )
        if lane[k] == len(ends):
            ends.append([])
        ends[lane[k]].append(spans[k])
    for _ in range(len(spans)):
        exits = [_exit(spans, lane, k, margin) for k in range(len(spans))]
        blocked = [k for k, found in enumerate(exits) if found is None]
        if not blocked:
            break
        lane[blocked[0]] = max(lane) + 1
    exits = [_exit(spans, lane, k, margin) for k in range(len(spans))]
    return [(lane[k], sum(spans[k]) / 2 if found is None else found) for k, found in enumerate(exits)]


def _exit(spans: Sequence[tuple[float, float]], lane: list[int], k: int, margin: float) -> float | None:
    """The free point of bar `k` nearest a little after its start (or just past an end), clear of every bar
    outside its lane.

    Near the start, so that periods' labels, ordered by where their leaders leave the bars, read in the order
    of their first dates, as the chronology's table lists them; a few points in (or the middle of a short bar),
    so the leader is seen to leave the bar and not its corner.
    """
    start, end = spans[k]
    aim = min(start + EXIT_INSET, (start + end) / 2)
    walls = [(a - margin, b + margin) for n, (a, b) in enumerate(spans) if lane[n] > lane[k]]
    candidates = [aim, start, end, start - 2 * margin, end + 2 * margin]
    candidates += [edge for wall in walls for edge in wall if start - 2 * margin <= edge <= end + 2 * margin]
    free = [c for c in candidates if not any(a < c < b for a, b in walls)]
    return min(free, key=lambda c: (not start <= c <= end, abs(c - aim))) if free else None
