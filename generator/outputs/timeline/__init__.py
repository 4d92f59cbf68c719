"""The drawn timeline: events placed in time, every one labelled, nothing crossing any text.

`layout` chooses between the horizontal layout (an axis across the page, for
sparse chronologies) and the vertical one (down the page, for dense ones), or
takes the course's choice, and returns plain shapes and strings for
templates/partials/timeline.rml.j2 to draw. `event` reads what the timeline needs
of a chronology entry's EDTF date.
"""

from __future__ import annotations

from collections.abc import Sequence

from edtf.parser import parser_classes as edtf_types

from generator.content import dates
from generator.outputs.timeline import horizontal, vertical
from generator.outputs.timeline.axis import chronology_reaches_bce
from generator.outputs.timeline.model import Event, Layout, Piece, Style, Timeline

__all__ = ["Event", "Layout", "Style", "Timeline", "event", "layout"]

COMFORTABLE = 80.0
"""The auto layout stays horizontal only if one strip holds every label wrapped at least this wide, none of them
farther from its mark than `horizontal.REACH` allows."""


def event(text: str, date: str, label: str) -> Event | None:
    """The timeline's view of an EDTF date `text`: its span, and whether it is a period or approximate.

    None for a date with no place on an axis (wholly unknown: "../..", "XXXX").
    """
    value = dates.parse(text)
    span = dates.span(text)
    if span is None:
        return None
    start, end = span
    sides = [value.lower, value.upper] if isinstance(value, edtf_types.Interval) else [value]
    period = len(sides) == 2 and not any(isinstance(s, edtf_types.UnspecifiedIntervalSection) for s in sides)
    soft = any(isinstance(s, edtf_types.UncertainOrApproximate | edtf_types.Unspecified) for s in sides)
    # "19XX" is somewhere in a century: a soft period, not a point in its middle.
    period = period or (isinstance(value, edtf_types.Unspecified) and end - start > 1.5)
    return Event(start, end, date, label, period=period, soft=soft)


def layout(
    events: Sequence[Event], width: float, style: Style, choice: Layout = "auto", page_height: float = 640.0
) -> Timeline:
    """Every event placed and labelled on drawings `width` wide and at most `page_height` tall."""
    era = chronology_reaches_bce(min(e.start for e in events))
    if choice == "auto":
        one = horizontal.fits(events, range(len(events)), width, style)
        choice = "horizontal" if one is not None and one.wrap >= COMFORTABLE else "vertical"
    if choice == "horizontal":
        groups = horizontal.strips(events, width, style)
        build = horizontal.piece
    else:
        groups = vertical.pages(events, width, style, era, page_height / 2, page_height)
        build = vertical.piece
    pieces: list[Piece] = []
    anchors = {}
    for chosen in groups:
        drawing, where = build(events, chosen, width, style, era)
        anchors.update({i: (len(pieces), x, y) for i, (x, y) in where.items()})
        pieces.append(drawing)
    return Timeline(choice, style, pieces, anchors)
