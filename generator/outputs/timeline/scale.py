"""Where a time goes along the axis: proportional, with long empty stretches broken out.

A chronology of five thousand years with a cluster of eighty would, drawn to one
scale, squeeze the cluster into a few points. So empty stretches much longer than
the chronology's usual spacing are cut out of the axis and drawn as a marked
break; each remaining segment is proportional within itself, and gets at least
the room its events need (`floors`), so a dense segment is drawn at a larger
scale than a sparse one. The axis says so: a break mark between segments.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

BREAK_RATIO = 10.0
"""An empty stretch is broken out when it is this many times the next step beside it…"""
BREAK_SHARE = 1 / 20
"""…and more than this share of the whole span."""


@dataclass(frozen=True)
class Segment:
    first: float
    last: float
    start: float  # axis position of `first`
    end: float  # axis position of `last`

    def at(self, time: float) -> float:
        if self.last <= self.first:
            return (self.start + self.end) / 2
        return self.start + (time - self.first) / (self.last - self.first) * (self.end - self.start)

    @property
    def rate(self) -> float:
        """Points per year (infinite for a single instant)."""
        return (self.end - self.start) / (self.last - self.first) if self.last > self.first else float("inf")


@dataclass(frozen=True)
class Scale:
    segments: tuple[Segment, ...]
    breaks: tuple[tuple[float, float], ...]
    """The axis positions (from, to) of each cut-out stretch."""
    extents: tuple[tuple[float, float], ...]
    """The stretch of axis each segment owns, from one break to the next: its labels stay within it, so none
    sits across a break from its own mark (where it would read as after the gap)."""

    def segment_of(self, time: float) -> int:
        """The index of the segment that draws `time`."""
        return next((k for k, segment in enumerate(self.segments) if time <= segment.last), len(self.segments) - 1)

    def at(self, time: float) -> float:
        for segment in self.segments:
            if time <= segment.last:
                return segment.at(max(time, segment.first))
        return self.segments[-1].at(time)


def groups(spans: Sequence[tuple[float, float]], anchors: Sequence[float]) -> list[list[int]]:
    """The indices of `spans` (start, end) in segments, cut at long empty stretches; in order of start.

    A stretch is cut out when it is many times (`BREAK_RATIO`) longer than the
    step from the event beside it to the next, on the denser side, and a fair
    share of the whole (`BREAK_SHARE`): an empty stretch between two equally
    sparse runs stays, one beside a dense cluster goes.
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    runs: list[list[int]] = []
    reach = -float("inf")
    for i in order:
        if runs and spans[i][0] <= reach:
            runs[-1].append(i)
        else:
            runs.append([i])
        reach = max(reach, spans[i][1])
    whole = max(end for _, end in spans) - min(start for start, _ in spans)
    times = sorted(anchors)
    merged: list[list[int]] = [runs[0]]
    for before, after in itertools.pairwise(runs):
        gap_from, gap_to = max(spans[i][1] for i in before), min(spans[i][0] for i in after)
        gap = gap_to - gap_from
        left = [t for t in times if t <= gap_from][::-1]
        right = [t for t in times if t >= gap_to]
        spacing = min(_step(left), _step(right))
        if gap > BREAK_RATIO * spacing and gap > BREAK_SHARE * whole:
            merged.append(list(after))
        else:
            merged[-1].extend(after)
    return merged


def _step(times: list[float]) -> float:
    """The first non-zero step from one event to the next, moving away from a stretch (infinite if none)."""
    return next((abs(b - a) for a, b in itertools.pairwise(times) if b != a), float("inf"))


def fit(
    ranges: Sequence[tuple[float, float]], floors: Sequence[float], length: float, inset: float, gap: float
) -> Scale:
    """Segments for time `ranges` along `length` points, each at least its floor long, `gap` between them.

    Each segment is `inset` longer at both ends than its times need, so marks
    never sit on the end of a piece of axis. Lengths are proportional to duration
    at one shared rate, except that no segment is shorter than its floor.
    """
    floors = [max(floor, 2 * inset) for floor in floors]
    room = length - gap * (len(ranges) - 1)
    durations = [last - first for first, last in ranges]

    def lengths(rate: float) -> list[float]:
        return [max(duration * rate + 2 * inset, floor) for duration, floor in zip(durations, floors, strict=True)]

    if sum(floors) >= room or not any(durations):
        spare = (room - sum(floors)) / len(floors)
        sizes = [floor * room / sum(floors) if spare < 0 else floor + spare for floor in floors]
    else:
        low, high = 0.0, room / min(d for d in durations if d > 0)
        for _ in range(60):
            middle = (low + high) / 2
            low, high = (middle, high) if sum(lengths(middle)) < room else (low, middle)
        sizes = lengths(low)
        sizes[-1] += room - sum(sizes)
    segments: list[Segment] = []
    breaks: list[tuple[float, float]] = []
    extents: list[tuple[float, float]] = []
    position = 0.0
    for (first, last), size in zip(ranges, sizes, strict=True):
        if segments:
            breaks.append((position, position + gap))
            position += gap
        pad = min(inset, size / 2)
        segments.append(Segment(first, last, position + pad, position + size - pad))
        extents.append((position, position + size))
        position += size
    return Scale(tuple(segments), tuple(breaks), tuple(extents))
