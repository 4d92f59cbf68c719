"""What the timeline is made of: events in, a drawing out, and the style it is drawn with.

The layouts (`horizontal`, `vertical`) compute every coordinate; the template
(templates/partials/timeline.rml.j2) only draws these shapes and strings, in
RML's coordinates (points, origin at the drawing's bottom left).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.outputs.geometry import Line
from generator.settings import Theme
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
    """Everything the timeline is drawn with: the theme's timeline style (settings.looks.TimelineStyle, where each
    value is described) with its fonts as (name, TTF path) pairs and its colours as #rrggbb."""

    date_font: tuple[str, str]
    text_font: tuple[str, str]
    size: float
    leading: float
    max_label_width: float
    min_label_width: float
    gap: float
    axis_color: str
    tick_color: str
    leader_color: str
    mark_color: str
    period_color: str
    date_color: str
    text_color: str
    paper_color: str
    axis_width: float
    tick_width: float
    leader_width: float
    dot_radius: float
    bar_width: float
    break_size: float
    soft_width: float
    soft_dash: tuple[float, float]
    space_after: float
    fallbacks: tuple[tuple[str, str], ...] = ()
    """The fallback fonts (face, TTF path) for characters the two fonts lack, in the order they are tried."""
    language: str = "en"
    """The class's language (BCP 47), in which the axis names months and eras, as the labels' dates do."""

    @classmethod
    def of(
        cls, theme: Theme, faces: dict[str, str], fallbacks: dict[str, str] | None = None, language: str = "en"
    ) -> Style:
        """The theme's timeline style, drawn with these faces (RML face name → TTF path) and fallbacks, in
        `language`."""
        values = theme.timeline.model_dump()
        # Large print is large everywhere: the text and the room it needs grow with the base size (the defaults are
        # for the default base size, so a course that keeps it draws exactly these numbers).
        scale = theme.base_size / type(theme).model_fields["base_size"].default
        for name in ("size", "leading", "max_label_width", "min_label_width", "gap", "dot_radius", "bar_width"):
            values[name] *= scale
        for name in ("date_font", "text_font"):
            values[name] = (values[name], faces[values[name]])
        for name in [key for key in values if key.endswith("_color")]:
            values[name] = theme.paint(values[name])
        return cls(**values, fallbacks=tuple((fallbacks or {}).items()), language=language)


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
    text_x: float | None = None
    """Where the text starts when it is written beside the date (its first line on the date's baseline)."""
    flush_right: bool = False
    """Each line ends at `x + width` (a label left of its marks) instead of starting at `x`."""


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
