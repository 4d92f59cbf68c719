"""Build a chronology's timeline as a PDF and read it back: strings, lines and marks as drawn.

The timeline partial is typeset on its own page (the handout's frame and
fonts), so what the tests check is what prints: pdfplumber's character boxes
grouped into the strings the template drew, its line segments, its rectangles
(period bars) and curves (point marks).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from io import BytesIO

import pdfplumber

from generator.content.models import Topic
from generator.outputs import context
from generator.outputs.timeline import Timeline
from generator.settings import Settings
from generator.typesetting import render, typeset

WRAPPER = """<?xml version="1.0" encoding="utf-8"?>
<document filename="timeline.pdf" invariant="1">
<docinit>{% include "partials/fonts.rml.j2" %}</docinit>
<template pagesize="({{ page.width }}, {{ page.height }})">
  <pageTemplate id="page">
    <frame id="body" x1="{{ page.margin }}" y1="{{ page.margin }}" width="{{ page.frame_width }}"
           height="{{ page.height - 2 * page.margin }}"/>
  </pageTemplate>
</template>
<story>{% include "partials/timeline.rml.j2" %}</story>
</document>
"""


def topic(entries: list[tuple[str, str]]) -> Topic:
    return Topic.model_validate(
        {
            "title": "Timeline",
            "summary": "A chronology.",
            "key_figures": [{"name": "Nobody", "role": "None"}],
            "chronology": [{"date": date, "event": label} for date, label in entries],
        }
    )


def build(
    entries: list[tuple[str, str]], layout: str = "auto", paper: str = "letter", look: dict | None = None
) -> tuple[Timeline, bytes]:
    """The timeline of `entries` and its PDF; `look` overrides the theme's timeline style (sizes, colours)."""
    settings = Settings.model_validate(
        {"paper": paper, "handout": {"timeline": layout}, "theme": {"timeline": look or {}}}
    )
    laid = context.drawn_timeline(topic(entries), settings)
    assert laid is not None
    return laid, printed(laid, settings)


def printed(laid: Timeline, settings: Settings) -> bytes:
    """The PDF of timeline `laid` alone, drawn by the handout's partial in the handout's frame."""
    page = context.page(topic([]), settings)["page"]
    rml = render.environment().from_string(WRAPPER).render(timeline=laid, fonts=settings.fonts.faces(), page=page)
    return typeset.typeset(rml)


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str = ""
    colour: tuple = ()

    def meets(self, other: Box, slack: float = 0.0) -> bool:
        return (
            self.x0 < other.x1 - slack
            and other.x0 < self.x1 - slack
            and self.top < other.bottom - slack
            and other.top < self.bottom - slack
        )


@dataclass
class Drawn:
    """One page as drawn: strings, straight segments, leaders (paths in the leader colour), bars and dots."""

    width: float
    height: float
    strings: list[Box]
    segments: list[tuple[float, float, float, float]]
    leaders: list[list[tuple[float, float]]]
    bars: list[Box]
    dots: list[Box]


def read(pdf: bytes, leader_colour: str) -> list[Drawn]:
    """Every page's strings and shapes, in pdfplumber's coordinates (y down from the top of the page)."""
    pages = []
    with pdfplumber.open(BytesIO(pdf)) as document:
        for page in document.pages:
            segments, leaders, dots = [], [], []
            for shape in page.lines + page.curves:
                points = [tuple(point) for point in shape["pts"]]
                drawn_in = tuple(shape["stroking_color"] or ())
                if shape["stroke"] and not shape["fill"] and same_colour(drawn_in, rgb(leader_colour)):
                    leaders.append(points)
                elif shape["object_type"] == "curve":
                    dots.append(Box(shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
                else:
                    segments.extend((*a, *b) for a, b in itertools.pairwise(points))
            bars = [Box(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects]
            pages.append(Drawn(page.width, page.height, _strings(page.chars), segments, leaders, bars, dots))
    return pages


def _strings(chars: list[dict]) -> list[Box]:
    """Characters joined into the strings drawn: same baseline and colour, each starting where the last ended."""
    found: list[Box] = []
    for char in chars:
        colour = tuple(char["non_stroking_color"] or ())
        last = found[-1] if found else None
        if (
            last
            and last.colour == colour
            and abs(last.bottom - char["bottom"]) < 0.01
            and abs(last.x1 - char["x0"]) < 0.5
        ):
            found[-1] = Box(
                last.x0, min(last.top, char["top"]), char["x1"], last.bottom, last.text + char["text"], colour
            )
        else:
            found.append(Box(char["x0"], char["top"], char["x1"], char["bottom"], char["text"], colour))
    return found


def rgb(colour: str) -> tuple[float, ...]:
    return tuple(int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5))


def same_colour(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(abs(x - y) < 0.01 for x, y in zip(a, b, strict=True))


def crosses(segment: tuple[float, float, float, float], box: Box, shrink: float = 0.25) -> bool:
    """Whether the segment enters the box's interior (Liang–Barsky clipping)."""
    x1, y1, x2, y2 = segment
    left, right, top, bottom = box.x0 + shrink, box.x1 - shrink, box.top + shrink, box.bottom - shrink
    if left >= right or top >= bottom:
        return False
    low, high = 0.0, 1.0
    dx, dy = x2 - x1, y2 - y1
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                low = max(low, t)
            else:
                high = min(high, t)
    return low < high


def segments_meet(a: tuple, b: tuple) -> bool:
    """Whether two segments cross properly (touching at an end does not count)."""

    def side(p: tuple, q: tuple, r: tuple) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    p1, p2, q1, q2 = a[:2], a[2:4], b[:2], b[2:4]
    d1, d2, d3, d4 = side(q1, q2, p1), side(q1, q2, p2), side(p1, p2, q1), side(p1, p2, q2)
    return d1 * d2 < -1e-6 and d3 * d4 < -1e-6


@dataclass(frozen=True)
class Drawing:
    """A label as printed: its date string, its text lines below it, and the box around them."""

    date: str
    text: str
    box: Box


def labels(page: Drawn, date_colour: str, text_colour: str, leading: float, vertical: bool) -> list[Drawing]:
    """Each date string with its text: lines set under it (flush left or flush right, one leading apart), or
    beside it (the first line on the date's baseline, to its right, the others under that one: the vertical
    layout's points, where no other label shares a line)."""
    texts = [s for s in page.strings if same_colour(s.colour, rgb(text_colour))]
    found = []
    for date in (s for s in page.strings if same_colour(s.colour, rgb(date_colour))):
        reach = date.x0 + 16 * (date.bottom - date.top)  # past the widest date, short of the next column
        beside = [t for t in texts if vertical and abs(t.bottom - date.bottom) < 0.05 and date.x1 < t.x0 < reach]
        lines = [min(beside, key=lambda t: t.x0)] if beside else []
        bottom = lines[0].bottom if lines else date.bottom
        while True:
            first = lines[0] if lines else date
            below = [
                t
                for t in texts
                if abs(t.bottom - bottom - leading) < 0.05
                and (abs(t.x0 - first.x0) < 0.01 or (not beside and abs(t.x1 - first.x1) < 0.01))
            ]
            if not below:
                break
            lines.append(below[0])
            bottom = below[0].bottom
        parts = [date, *lines]
        box = Box(min(p.x0 for p in parts), date.top, max(p.x1 for p in parts), bottom)
        found.append(Drawing(date.text, " ".join(line.text for line in lines), box))
    return found


def problems(entries: list[tuple[str, str]], laid: Timeline, pdf: bytes, margin: float) -> list[str]:
    """Everything wrong with the printed timeline; empty when every rule of issue 15 holds on paper."""
    from generator.content import dates, markup

    style = laid.style
    era = any(dates.is_bce(date) for date, _ in entries)  # CE is written when a BCE date is in view
    expected = sorted((dates.display(date, era=era), markup.plain(label)) for date, label in entries)
    times = {dates.display(date, era=era): dates.span(date) for date, _ in entries}
    found: list[str] = []
    printed = []
    for number, page in enumerate(read(pdf, style.leader_color), 1):
        where = f"page {number}"
        drawn = labels(page, style.date_color, style.text_color, style.leading, laid.layout == "vertical")
        printed += [(label.date, label.text) for label in drawn]
        for a, b in itertools.combinations(page.strings, 2):
            if a.meets(b, 0.01):
                found.append(f"{where}: {a.text!r} overlaps {b.text!r}")
        for string in page.strings:
            for mark in page.dots + page.bars:
                if string.meets(mark, 0.01):
                    found.append(f"{where}: {string.text!r} overlaps a mark")
            for segment in page.segments + [(*a, *b) for leader in page.leaders for a, b in itertools.pairwise(leader)]:
                if crosses(segment, string):
                    found.append(f"{where}: a line crosses {string.text!r}")
            inside = margin - 0.5 <= string.x0 and string.x1 <= page.width - margin + 0.5
            if not inside or not (margin - 0.5 <= string.top and string.bottom <= page.height - margin + 0.5):
                found.append(f"{where}: {string.text!r} is outside the frame")
        found += _leader_problems(page, drawn, times, laid.layout, where)
    if sorted(printed) != expected:
        missing = sorted(set(expected) - set(printed))[:3]
        extra = sorted(set(printed) - set(expected))[:3]
        found.append(f"labels differ from the chronology: missing {missing}, unexpected {extra}")
    return found


def _leader_problems(page: Drawn, drawn: list[Drawing], times: dict, layout: str, where: str) -> list[str]:
    import timeline_rules  # it reads this module's shapes

    found = []
    marks = page.dots + page.bars
    along: dict[float, list[tuple[float, float]]] = {}  # axis (y or x of the dots) -> (position, time)
    for leader in page.leaders:
        start, end = leader[0], leader[-1]
        touched = [
            m for m in marks if m.x0 - 0.6 <= start[0] <= m.x1 + 0.6 and m.top - 0.6 <= start[1] <= m.bottom + 0.6
        ]
        if not touched:
            found.append(f"{where}: a leader starting at {start} touches no mark")
            continue
        distance = [(_gap(end, label.box), k) for k, label in enumerate(drawn)]
        near = sorted(distance)
        if not near or near[0][0] > 3 or (len(near) > 1 and near[1][0] <= near[0][0] + 0.5):
            found.append(f"{where}: a leader ending at {end} does not end at one label")
            continue
        label = drawn[near[0][1]]
        if timeline_rules.across_a_break(page, touched[0], start, label.box, layout == "horizontal"):
            found.append(f"{where}: the label {label.date!r} is across a break from its mark")
        if timeline_rules.over_a_bar(page, leader):
            found.append(f"{where}: the leader of {label.date!r} crosses a period's bar")
        for dot in page.dots:
            own = dot.x0 - 0.6 <= start[0] <= dot.x1 + 0.6 and dot.top - 0.6 <= start[1] <= dot.bottom + 0.6
            if not own and any(crosses((*a, *b), dot, 0.3) for a, b in itertools.pairwise(leader)):
                found.append(f"{where}: the leader of {label.date!r} runs through another event's mark")
        if touched[0] in page.dots:
            dot = touched[0]
            centre = ((dot.x0 + dot.x1) / 2, (dot.top + dot.bottom) / 2)
            axis, position = (
                (round(centre[1], 1), centre[0]) if layout == "horizontal" else (round(centre[0], 1), centre[1])
            )
            along.setdefault(axis, []).append((position, sum(times[label.date]) / 2))
    for other in page.leaders:
        for leader in page.leaders:
            if leader is not other and any(
                segments_meet((*a, *b), (*c, *d))
                for a, b in itertools.pairwise(leader)
                for c, d in itertools.pairwise(other)
            ):
                found.append(f"{where}: two leaders cross")
    for points in along.values():
        ordered = [time for _, time in sorted(points)]
        if ordered != sorted(ordered):
            found.append(f"{where}: marks along an axis are not in the order of their labels' dates")
    return found


def _gap(point: tuple[float, float], box: Box) -> float:
    dx = max(box.x0 - point[0], 0.0, point[0] - box.x1)
    dy = max(box.top - point[1], 0.0, point[1] - box.bottom)
    return (dx * dx + dy * dy) ** 0.5
