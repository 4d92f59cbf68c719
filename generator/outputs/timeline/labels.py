"""Label text measured in the fonts it is drawn in: wrapped, never cut short.

A label is the date (bold) on its first line and the event's words below it,
wrapped to a width. Its box runs from the top of the date's letters to the
bottom of the last line's descenders, so "no overlap" computed here holds on
paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.outputs.timeline.model import Event, Style
from generator.typesetting import fallback
from generator.typesetting.fonts import register

ASCENT = 0.78
"""Top of the tallest letters above the baseline, as a fraction of the size (Noto's cap height is 0.71)."""
DESCENT = 0.3
"""Bottom of descenders below the baseline, as a fraction of the size (Noto's descender is 0.29)."""


@dataclass(frozen=True)
class Text:
    date: str
    lines: tuple[str, ...]
    width: float
    height: float
    indent: float | None = None
    """Set for a label written in two columns: its text starts this far right of the date, on the date's line."""

    def baseline(self, top: float, style: Style) -> float:
        """The first baseline of a label whose box starts at `top` (RML y, upwards)."""
        return top - ASCENT * style.size


def measure(event: Event, wrap: float, style: Style) -> Text:
    """`event`'s label wrapped to `wrap` points; a single word wider than that keeps its own width."""
    lines, widths = _wrapped(event, wrap, style)
    return Text(event.date, lines, max([date_width(event, style), *widths]), height(len(lines), style))


def measure_beside(event: Event, indent: float, wrap: float, style: Style) -> Text:
    """`event`'s label with its text beside the date, `indent` from the label's left edge, wrapped to `wrap`.

    Half the height of a label stacked under its date, for columns wide enough to take a date and some words.
    """
    lines, widths = _wrapped(event, wrap, style)
    width = max([date_width(event, style)] + [indent + w for w in widths])
    return Text(event.date, lines, width, height(max(len(lines), 1) - 1, style), indent)


def _wrapped(event: Event, wrap: float, style: Style) -> tuple[tuple[str, ...], list[float]]:
    """The label's text wrapped to `wrap`, and each line's width."""
    text_font = register(*style.text_font)
    extra = dict(style.fallbacks)  # the characters the fonts lack are drawn, and so measured, in these
    lines = tuple(fallback.wrap(event.label, text_font, style.size, wrap, extra)) if event.label else ()
    return lines, [fallback.width(line, text_font, style.size, extra) for line in lines]


def date_width(event: Event, style: Style) -> float:
    """The width of `event`'s date as drawn (bold)."""
    return fallback.width(event.date, register(*style.date_font), style.size, dict(style.fallbacks))


def height(lines: int, style: Style) -> float:
    """The box height of a label with a date line and `lines` more."""
    return (ASCENT + DESCENT) * style.size + lines * style.leading


def text_width(text: str, style: Style) -> float:
    """The width of a tick label, drawn in the text font."""
    return fallback.width(text, register(*style.text_font), style.size, dict(style.fallbacks))
