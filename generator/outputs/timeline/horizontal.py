"""The horizontal layout: a time axis across the page, for sparse chronologies.

Point events hang their labels in one row above the axis; periods are bars in
their own lanes below the axis's year labels, with their labels in one row
beneath. Within each row, labels keep the order of their marks (placed by
`placement.spread`), and each leader runs from its mark straight up (or down)
into the band between axis and row, across it, and straight into its label, so
leaders never cross each other or any text. When a row cannot hold its labels,
the chronology continues on another strip below, with the axis resumed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.outputs.geometry import Line
from generator.outputs.timeline import labels as text
from generator.outputs.timeline.axis import tick_marks, widest
from generator.outputs.timeline.model import Bar, Dot, Event, Label, Piece, Style, Text
from generator.outputs.timeline.placement import lanes, spread
from generator.outputs.timeline.scale import Scale, fit, groups


@dataclass(frozen=True)
class Row:
    """A row of labels: each event's left edge and measured text, and the band its leaders cross."""

    placed: dict[int, tuple[float, text.Text]]
    band: float

    @property
    def tallest(self) -> float:
        return max((m.height for _, m in self.placed.values()), default=0.0)


MARGIN = 16.0  # each end of the axis, room for a centred year label
STUB = 3.0  # the straight part of a leader at each end
LANE = 3.0  # between period lanes


def wrap_width(events: Sequence[Event], width: float, style: Style) -> float | None:
    """The widest wrap (down to the style's least) at which `events`' labels fit side by side in `width`."""
    wrap = style.max_label_width
    while wrap >= style.min_label_width:
        if sum(text.measure(e, wrap, style).width + style.gap for e in events) <= width + style.gap:
            return wrap
        wrap -= 6
    return None


def strips(events: Sequence[Event], width: float, style: Style) -> list[list[int]]:
    """Indices of `events` in date order, cut into as few strips as hold their rows, of about equal counts."""
    order = sorted(range(len(events)), key=lambda i: (events[i].start, events[i].end, i))
    for count in range(1, len(order) + 1):
        size = -(-len(order) // count)
        found = [order[k : k + size] for k in range(0, len(order), size)]
        if all(_fits([events[i] for i in strip], width, style) for strip in found):
            return found
    return [[i] for i in order]


def _fits(strip: Sequence[Event], width: float, style: Style) -> bool:
    rows = [[e for e in strip if e.period == kind] for kind in (False, True)]
    return all(not row or wrap_width(row, width, style) is not None for row in rows)


def piece(
    events: Sequence[Event], chosen: Sequence[int], width: float, style: Style, era: bool
) -> tuple[Piece, dict[int, tuple[float, float]]]:
    """One strip: the events `chosen` (indices into `events`) on an axis across `width`."""
    spans = [(events[i].start, events[i].end) for i in chosen]
    segs = [[chosen[k] for k in group] for group in groups(spans, [events[i].time for i in chosen])]
    ranges = [(min(events[i].start for i in g), max(events[i].end for i in g)) for g in segs]
    floors = [6.0 * len({round(events[i].time, 6) for i in g}) + 6 for g in segs]
    scale = fit(ranges, floors, width - 2 * MARGIN, 6.0, style.break_size)

    def x_of(time: float) -> float:
        return MARGIN + scale.at(time)

    points = sorted((i for i in chosen if not events[i].period), key=lambda i: (events[i].time, i))
    periods = sorted((i for i in chosen if events[i].period), key=lambda i: (events[i].start + events[i].end, i))
    lane_list = lanes([(x_of(events[i].start), x_of(events[i].end)) for i in periods], 3.0)
    point_row = _row(events, points, [x_of(events[i].time) for i in points], width, style)
    period_row = _row(
        events, periods, [(x_of(events[i].start) + x_of(events[i].end)) / 2 for i in periods], width, style
    )
    tick_room = STUB + style.size + 2
    lanes_room = (max(lane_list, default=-1) + 1) * (style.bar_width + LANE)
    period_band, point_band = period_row.band, point_row.band
    below = (period_row.tallest + period_band + lanes_room) if periods else 0.0
    axis_y = below + tick_room + style.dot_radius
    height = axis_y + style.dot_radius + point_band + point_row.tallest
    drawing = Piece(width, height)
    anchors: dict[int, tuple[float, float]] = {}

    for segment in scale.segments:
        drawing.axis.append(Line(MARGIN + segment.start - 6, axis_y, MARGIN + segment.end + 6, axis_y))
    for start, end in scale.breaks:
        for x in (MARGIN + start, MARGIN + end):
            drawing.breaks.append(Line(x - 1.5, axis_y - 4, x + 1.5, axis_y + 4))
    _ticks(drawing, scale, era, axis_y, style)

    row_bottom = axis_y + style.dot_radius + point_band
    for i, (left, measured) in point_row.placed.items():
        x = x_of(events[i].time)
        drawing.dots.append(Dot(x, axis_y, events[i].soft))
        anchors[i] = (x, axis_y)
        end_x = _inside(x, left, measured.width)
        drawing.leaders.append(
            (
                (x, axis_y + style.dot_radius), (x, axis_y + style.dot_radius + STUB),
                (end_x, row_bottom - STUB), (end_x, row_bottom - 1),
            )
        )  # fmt: skip
        baseline = row_bottom + text.DESCENT * style.size + len(measured.lines) * style.leading
        drawing.labels.append(Label(left, baseline, measured.date, measured.lines, measured.width))

    lanes_top = axis_y - tick_room - style.dot_radius
    row_top = lanes_top - lanes_room - period_band
    for lane, (i, (left, measured)) in zip(lane_list, period_row.placed.items(), strict=True):
        x1, x2 = x_of(events[i].start), x_of(events[i].end)
        if x2 - x1 < 2:
            x1, x2 = (x1 + x2) / 2 - 1, (x1 + x2) / 2 + 1
        bar_top = lanes_top - lane * (style.bar_width + LANE)
        drawing.bars.append(Bar(x1, bar_top - style.bar_width, x2 - x1, style.bar_width, events[i].soft))
        x = (x1 + x2) / 2
        anchors[i] = (x, bar_top - style.bar_width / 2)
        end_x = _inside(x, left, measured.width)
        knee = lanes_top - lanes_room
        drawing.leaders.append(
            ((x, bar_top - style.bar_width), (x, knee - STUB), (end_x, row_top + STUB), (end_x, row_top + 1))
        )
        baseline = measured.baseline(row_top, style)
        drawing.labels.append(Label(left, baseline, measured.date, measured.lines, measured.width))
    return drawing, anchors


def _row(events: Sequence[Event], order: list[int], anchors: list[float], width: float, style: Style) -> Row:
    """Each label's left edge and text, in `order`, spread along the row nearest their anchors."""
    if not order:
        return Row({}, 0.0)
    wrap = wrap_width([events[i] for i in order], width, style) or style.min_label_width
    measured = [text.measure(events[i], wrap, style) for i in order]
    widths = [m.width for m in measured]
    targets = [anchor - w / 2 for anchor, w in zip(anchors, widths, strict=True)]
    lefts = spread(targets, widths, style.gap, 0.0, width)
    if lefts is None:
        raise ValueError("a strip's labels do not fit across it")  # strips() cuts so they do
    moved = max(abs(left + w / 2 - a) for left, w, a in zip(lefts, widths, anchors, strict=True))
    # Room between marks and labels: taller when labels had to move far, so leaders do not lie flat.
    band = min(max(12.0, 2 * STUB + moved * 0.2), 40.0)
    return Row({i: (left, m) for i, left, m in zip(order, lefts, measured, strict=True)}, band)


def _inside(x: float, left: float, width: float) -> float:
    """Where a leader meets its label: below its anchor if the label spans it, else at the label's nearer end."""
    return min(max(x, left + 2), left + width - 2)


def _ticks(drawing: Piece, scale: Scale, era: bool, axis_y: float, style: Style) -> None:
    pitch = text.text_width(widest(era), style) + 8
    kept_right = -float("inf")
    for tick in tick_marks(scale, era, pitch, 6.0):
        x = MARGIN + tick.position
        half = text.text_width(tick.text, style) / 2
        drawing.ticks.append(Line(x, axis_y - STUB, x, axis_y + STUB))
        if x - half >= max(kept_right + 6, 0) and x + half <= drawing.width:
            drawing.tick_labels.append(Text(x, axis_y - STUB - 2 - text.ASCENT * style.size, tick.text, "centre"))
            kept_right = x + half
