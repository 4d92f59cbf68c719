"""What the timeline is made of: events in, a drawing out, and the style it is drawn with.

The layouts (`horizontal`, `vertical`) compute every coordinate; the template
(templates/partials/timeline.rml.j2) only draws these shapes and strings, in
RML's coordinates (points, origin at the drawing's bottom left).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.vocabulary import TimelineLayout as Layout


@dataclass(frozen=True)
class Event:
    """One chronology entry as the timeline needs it; times are astronomical fractional years."""

    start: float
    end: float
    date: str
    """The date in words, with "c." or "?" when it is approximate or uncertain."""
    label: str
    period: bool = False
    """A range ("1928/1933"), drawn as a bar in the periods' lane rather than as a point."""
    soft: bool = False
    """Approximate or uncertain: drawn hollow (a point) or dashed (a period)."""

    @property
    def time(self) -> float:
        """Where a point event sits: the middle of the day, month or year written."""
        return (self.start + self.end) / 2


@dataclass(frozen=True)
class Style:
    """Everything the timeline is drawn with, in one place: sizes, colours, fonts ((name, TTF path) pairs)."""

    date_font: tuple[str, str]
    text_font: tuple[str, str]
    size: float = 7.0
    leading: float = 8.4
    max_label_width: float = 110.0
    min_label_width: float = 56.0
    gap: float = 4.0
    """The least space between two labels, or a label and any line or mark."""
    axis_color: str = "#1f4e79"
    tick_color: str = "#555555"
    leader_color: str = "#9a9a9a"
    mark_color: str = "#c0392b"
    period_color: str = "#1f4e79"
    date_color: str = "#1f4e79"
    text_color: str = "#222222"
    axis_width: float = 1.2
    tick_width: float = 0.6
    leader_width: float = 0.4
    dot_radius: float = 2.2
    bar_width: float = 4.0
    break_size: float = 12.0
    """The length of axis a broken-off empty stretch takes."""


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    align: Literal["left", "centre", "right"] = "left"


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    soft: bool


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    soft: bool


@dataclass(frozen=True)
class Label:
    """An event's label: the date in bold on the first line, then the text, wrapped; `y` is the first baseline."""

    x: float
    y: float
    date: str
    lines: tuple[str, ...]
    width: float
    event: int
    """The event's index in the chronology as given."""


@dataclass
class Piece:
    """One drawing (one illustration): a whole timeline, or the part of it on one page or strip."""

    width: float
    height: float
    axis: list[Line] = field(default_factory=list)
    breaks: list[Line] = field(default_factory=list)
    ticks: list[Line] = field(default_factory=list)
    tick_labels: list[Text] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    leaders: list[tuple[tuple[float, float], ...]] = field(default_factory=list)
    """Each leader as the points of one path, from its mark to its label."""
    labels: list[Label] = field(default_factory=list)


@dataclass
class Timeline:
    layout: Layout
    style: Style
    pieces: list[Piece]
    anchors: dict[int, tuple[int, float, float]] = field(default_factory=dict)
    """Where each event's marker is: event index → (piece, x, y); what tests check leaders against."""
