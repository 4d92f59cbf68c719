"""Geometry of the drawn timeline: where the axis, marks and labels go.

Dates are placed in proportion to time. Labels are packed into levels above and
below the axis, nearest first, so that no two labels in a level overlap; the
template only draws what this module computes. Widths are measured with the
same font the template draws the labels in, so "never overlap" holds on paper.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

from generator.typesetting.fonts import register

FLAG_GAP = 3.0  # between a leader line and its label text


@dataclass(frozen=True)
class Event:
    """What the timeline needs of one chronology entry."""

    start: float  # fractional years
    end: float
    date: str  # in words
    label: str


@dataclass(frozen=True)
class Label:
    x: float  # left edge
    y: float  # baseline of the first line
    anchor_x: float  # where the leader meets the axis mark
    leader_from: float  # y where the leader starts (at the axis)
    leader_to: float  # y where the leader ends (at the label)
    date: str
    lines: tuple[str, ...]
    width: float


@dataclass(frozen=True)
class Span:
    x1: float
    x2: float


@dataclass(frozen=True)
class Tick:
    x: float
    text: str


@dataclass
class Timeline:
    width: float
    height: float
    axis_y: float
    axis_x1: float
    axis_x2: float
    style: Style
    ticks: list[Tick] = field(default_factory=list)
    marks: list[Span] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    unlabelled: int = 0
    """Events too crowded to label within `Style.max_levels`; they are marked on the axis."""


@dataclass(frozen=True)
class Style:
    """Everything the timeline is drawn with, in one place: sizes, colours, fonts ((name, TTF path) pairs)."""

    date_font: tuple[str, str]
    text_font: tuple[str, str]
    size: float = 7.0
    leading: float = 8.4
    max_label_width: float = 78.0
    gap: float = 5.0
    level_gap: float = 5.0
    axis_margin: float = 12.0
    max_lines: int = 3
    """A label longer than this is cut short with an ellipsis (the full text is in the table)."""
    max_levels: int = 14
    """Rows of labels, half above and half below; events beyond them are marked but not labelled."""
    tick_font: str = "Heading"
    axis_color: str = "#1f4e79"
    tick_color: str = "#555555"
    leader_color: str = "#b0b0b0"
    mark_color: str = "#c0392b"
    date_color: str = "#1f4e79"
    text_color: str = "#222222"
    axis_width: float = 1.2
    tick_width: float = 0.6
    leader_width: float = 0.4
    mark_width: float = 3.0
    dot_radius: float = 2.2


def _steps() -> Iterator[int]:
    """Tick steps in years: 1, 2, 5, 10, 20, 25, 50, 100, … then 1, 2 and 5 times each power of ten, without end."""
    yield from (1, 2, 5, 10, 20, 25, 50)
    power = 100
    while True:
        yield from (power, 2 * power, 5 * power)
        power *= 10


def _ticks(first: float, last: float, x_of: Callable[[float], float]) -> list[Tick]:
    years = last - first
    step = next(s for s in _steps() if years / s <= 10)
    year = math.ceil(first / step) * step
    ticks = []
    while year <= last:
        ticks.append(Tick(x_of(year), f"{1 - year} BCE" if year <= 0 else str(year)))
        year += step
    return ticks


@dataclass
class _Level:
    """One row of labels: levels alternate above (even) and below (odd) the axis."""

    boxes: list[tuple[float, float]] = field(default_factory=list)
    leaders: list[float] = field(default_factory=list)  # x of leaders of farther labels crossing it


def _box(left: float, label_width: float, anchor: float, gap: float) -> tuple[float, float]:
    return min(left, anchor) - gap / 2, max(left + label_width, anchor) + gap / 2


def _fits(
    levels: list[_Level], slot: int, left: float, label_width: float, anchor: float, gap: float, *, leaders: bool
) -> bool:
    """Whether a label fits in `slot`: never on another label; with `leaders`, crossing no leader line."""
    box = _box(left, label_width, anchor, gap)
    if slot < len(levels):
        level = levels[slot]
        if any(box[0] < right and left_ < box[1] for left_, right in level.boxes):
            return False
        if leaders and any(box[0] <= x <= box[1] for x in level.leaders):
            return False
    # Its own leader must not run through a label in a nearer level on the same side.
    return not leaders or not any(
        left_ <= anchor <= right
        for inner in range(slot % 2, min(slot, len(levels)), 2)
        for left_, right in levels[inner].boxes
    )


def layout(events: Sequence[Event], width: float, style: Style) -> Timeline:
    """Place every event on an axis `width` points wide, labels packed into levels."""
    date_font = register(*style.date_font)
    text_font = register(*style.text_font)
    first = math.floor(min(e.start for e in events))
    last = math.ceil(max(e.end for e in events))
    if last - first < 1:
        last = first + 1
    x1, x2 = style.axis_margin, width - style.axis_margin

    def x_of(year: float) -> float:
        return x1 + (year - first) / (last - first) * (x2 - x1)

    boxes = []
    for event in sorted(events, key=lambda e: (e.start, e.end)):
        lines = tuple(simpleSplit(event.label, text_font, style.size, style.max_label_width))
        if len(lines) > style.max_lines:
            lines = (*lines[: style.max_lines - 1], lines[style.max_lines - 1] + "…")
        label_width = max(
            [pdfmetrics.stringWidth(event.date, date_font, style.size)]
            + [pdfmetrics.stringWidth(line, text_font, style.size) for line in lines]
        )
        anchor = (x_of(event.start) + x_of(event.end)) / 2
        height = (1 + len(lines)) * style.leading
        boxes.append((event, anchor, label_width, lines, height))

    # Placed right to left, so a label farther from the axis has its leader left of the
    # nearer labels' flags and never runs through their text.
    levels: list[_Level] = []
    placed = []
    unlabelled = []
    for event, anchor, label_width, lines, height in reversed(boxes):
        # A flag: the text starts just right of its leader line; only at the right edge
        # does it end just left of it (a left flag would cover the anchors still to come).
        left = anchor + FLAG_GAP
        if left + label_width > width:
            left = max(anchor - FLAG_GAP - label_width, 0.0)
        slots = range(min(len(levels) + 2, style.max_levels))
        slot = next((i for i in slots if _fits(levels, i, left, label_width, anchor, style.gap, leaders=True)), None)
        if slot is None:  # rare: every free level would cross a leader; never overlap a label, though
            slot = next(
                (i for i in slots if _fits(levels, i, left, label_width, anchor, style.gap, leaders=False)), None
            )
        if slot is None:  # too crowded to label: the event is still marked, and listed in the table
            unlabelled.append(event)
            continue
        while len(levels) <= slot:
            levels.append(_Level())
        levels[slot].boxes.append(_box(left, label_width, anchor, style.gap))
        for inner in range(slot % 2, slot, 2):  # the leader crosses the nearer levels on its side
            levels[inner].leaders.append(anchor)
        placed.append((slot, event, anchor, left, label_width, lines, height))

    tallest = max((height for *_, height in placed), default=0.0)
    band = tallest + style.level_gap
    above = (len(levels) + 1) // 2
    below = len(levels) // 2
    tick_room = style.leading + 4
    axis_y = tick_room + below * band + (style.level_gap if below else 0)
    total = axis_y + above * band + style.level_gap

    timeline = Timeline(
        width, total, axis_y, x1, x2, style, ticks=_ticks(first, last, x_of), unlabelled=len(unlabelled)
    )
    timeline.marks.extend(Span(x_of(event.start), x_of(event.end)) for event in unlabelled)
    for slot, event, anchor, left, label_width, lines, height in placed:
        depth = slot // 2
        if slot % 2 == 0:
            bottom = axis_y + style.level_gap + depth * band
            top_baseline = bottom + height - style.size
            leader_to = bottom - 1
        else:
            top = axis_y - tick_room - style.level_gap - depth * band
            top_baseline = top - style.size
            leader_to = top + 1
        timeline.labels.append(Label(left, top_baseline, anchor, axis_y, leader_to, event.date, lines, label_width))
        timeline.marks.append(Span(x_of(event.start), x_of(event.end)))
    return timeline
