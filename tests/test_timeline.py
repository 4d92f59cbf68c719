"""Timeline geometry: proportional dates, labels that never overlap or get crossed."""

import random

import pytest

from generator.outputs import timeline
from generator.resources import FONTS

STYLE = timeline.Style(
    date_font=("Sans-Bold", str(FONTS / "NotoSans-Bold.ttf")),
    text_font=("Sans", str(FONTS / "NotoSans-Regular.ttf")),
)


def _events(points: list[float]) -> list[timeline.Event]:
    return [timeline.Event(p, p + 0.05, f"{int(p)}", f"Event number {i} happens") for i, p in enumerate(points)]


def _boxes(t: timeline.Timeline) -> list[tuple[float, float, float, float]]:
    return [
        (label.x, label.y - (len(label.lines)) * STYLE.leading - 2, label.x + label.width, label.y + STYLE.size)
        for label in t.labels
    ]


@pytest.mark.parametrize("seed", range(20))
def test_labels_never_overlap_and_stay_on_the_drawing(seed: int) -> None:
    rng = random.Random(seed)
    points = [rng.uniform(1900, 1960) for _ in range(rng.randint(2, 25))]
    t = timeline.layout(_events(points), 468, STYLE)
    boxes = _boxes(t)
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[2] <= t.width + 0.01
        assert a[1] >= 0 and a[3] <= t.height
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], "labels overlap"


def test_dense_cluster_leaders_cross_no_label() -> None:
    t = timeline.layout(
        _events(
            [1924, 1927, 1934.9, 1935.1, 1936.6, 1936.7, 1937.0, 1937.5, 1938.2, 1938.9, 1939.7, 1940.6, 1953.2, 1956.1]
        ),
        468,
        STYLE,
    )
    boxes = _boxes(t)
    for label in t.labels:
        low, high = sorted((label.leader_from, label.leader_to))
        for box in boxes:
            crosses = box[0] < label.anchor_x < box[2] and low < box[1] < high
            assert not crosses, f"the leader of {label.lines} runs through a label"


def test_dates_are_proportional_in_time() -> None:
    t = timeline.layout(_events([1900, 1910, 1950]), 500, STYLE)
    xs = sorted(label.anchor_x for label in t.labels)
    assert (xs[1] - xs[0]) * 4 == pytest.approx(xs[2] - xs[1], rel=0.01)
    assert [tick.text for tick in t.ticks][:2] == ["1900", "1910"]


def test_too_crowded_events_are_marked_but_not_labelled() -> None:
    events = [timeline.Event(1937.0, 1937.0, "1937", f"Event {i} with a longish label") for i in range(40)]
    laid = timeline.layout(events, 480, STYLE)
    assert laid.unlabelled > 0 and len(laid.labels) + laid.unlabelled == 40
    assert len(laid.marks) == 40
    assert laid.height < 600, "the drawing still fits on a page"


def test_an_axis_of_many_thousand_years_gets_ticks() -> None:
    from generator.outputs.timeline import _ticks

    ticks = _ticks(-170_000_002, 2000, lambda year: year)
    assert 2 <= len(ticks) <= 11
    assert ticks[0].text.endswith("BCE")
