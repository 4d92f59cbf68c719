"""Timeline geometry: historians' ticks, order-keeping placement, broken axes, layouts and events."""

import itertools
import random

import pytest

from generator.content.models import Topic
from generator.outputs import context, timeline
from generator.outputs.timeline import placement, scale, ticks
from generator.settings import Settings, Theme

STYLE = timeline.Style.of(Theme(), Settings().fonts.faces())


def _texts(first: float, last: float, spacing: float, era: bool = True) -> list[str]:
    return [mark.text for mark in ticks.marks(first, last, spacing, era)]


def test_bce_ticks_fall_on_round_years_with_no_year_zero() -> None:
    assert _texts(-120, 0, 20) == ["120 BCE", "100 BCE", "80 BCE", "60 BCE", "40 BCE", "20 BCE"]
    assert _texts(-3000, 1100, 1000) == ["3000 BCE", "2000 BCE", "1000 BCE", "1 CE", "1000 CE"]
    assert _texts(-250, 250, 100) == ["200 BCE", "100 BCE", "1 CE", "100 CE", "200 CE"]
    # 1 BCE is astronomical year 0 and is followed directly by 1 CE.
    assert _texts(-2, 2, 1) == ["3 BCE", "2 BCE", "1 BCE", "1 CE", "2 CE"]
    assert [m.time for m in ticks.marks(-2, 2, 1, True)] == [-2, -1, 0, 1, 2]


def test_ce_only_axes_have_plain_years_and_months_under_two_years() -> None:
    assert _texts(1924, 1956, 5, era=False) == ["1925", "1930", "1935", "1940", "1945", "1950", "1955"]
    assert _texts(1792.6, 1793.3, 2 / 12, era=False) == ["Sep 1792", "Nov", "Jan 1793", "Mar"]


def test_spans_under_three_months_get_day_ticks_where_dates_put_days() -> None:
    october = 1962 + 9 / 12
    found = ticks.marks(october + 13 / 372, october + 40 / 372, 5 / 372, False)
    assert [m.text for m in found] == ["16 Oct 1962", "21 Oct", "26 Oct", "1 Nov", "6 Nov"]
    assert found[0].time == pytest.approx(october + 15 / 372), "day 16 where content.dates.span puts it"


def test_the_axis_names_months_and_eras_in_the_class_language() -> None:
    """The axis speaks as the labels' dates do (content.datewords): a French class reads "av. J.-C." and "janv."."""
    assert [m.text for m in ticks.marks(-300, 200, 100, True, "de")][:4] == [
        "300 v. Chr.", "200 v. Chr.", "100 v. Chr.", "1 n. Chr."
    ]  # fmt: skip
    assert [m.text for m in ticks.marks(1792.6, 1793.3, 2 / 12, False, "fr")] == [
        "sept. 1792",
        "nov.",
        "janv. 1793",
        "mars",
    ]
    roman = [("-0263/-0240", "Première guerre punique"), ("-0043-03-15", "César assassiné"), ("0014", "Mort d’Auguste")]
    topic = Topic.model_validate(
        {"title": "Rome", "summary": "Rome.", "key_figures": [{"name": "César", "role": "Consul"}],
         "chronology": [{"date": date, "event": label} for date, label in roman]}
    )  # fmt: skip
    for layout in ("horizontal", "vertical"):
        laid = context.drawn_timeline(
            topic, Settings.model_validate({"language": "fr", "handout": {"timeline": layout}})
        )
        assert laid is not None
        years = [tick.text for piece in laid.pieces for tick in piece.tick_labels]
        assert any(year.endswith("av. J.-C.") for year in years) and not any("BCE" in year for year in years), years


def test_an_axis_of_many_thousand_years_gets_ticks() -> None:
    found = ticks.marks(-170_000_002, 2000, 20_000_000, True)
    assert 2 <= len(found) <= 11
    assert found[0].text.endswith("BCE") and found[-1].text == "1 CE"
    assert found[0].text == f"{1 - found[0].time:,.0f} BCE", "long years grouped by thousands"


def test_placement_is_the_exact_least_squares_order_keeping_spread() -> None:
    rng = random.Random(4)
    for _ in range(200):
        count = rng.randint(1, 5)
        targets = sorted(rng.uniform(0, 40) for _ in range(count))
        sizes = [rng.uniform(1, 10) for _ in range(count)]
        placed = placement.spread(targets, sizes, 2.0, 0.0, 100.0)
        assert placed is not None
        for k in range(count - 1):
            assert placed[k + 1] >= placed[k] + sizes[k] + 2.0 - 1e-9
        cost = sum((p - t) ** 2 for p, t in zip(placed, targets, strict=True))
        # No feasible arrangement on a fine grid does better.
        for trial in itertools.product(range(0, 101, 4), repeat=min(count, 2)):
            if count > 2:
                break
            positions = list(trial)
            ok = all(positions[k + 1] >= positions[k] + sizes[k] + 2 for k in range(count - 1))
            ok = ok and positions[-1] + sizes[-1] <= 100
            if ok:
                assert cost <= sum((p - t) ** 2 for p, t in zip(positions, targets, strict=True)) + 1e-6


def test_placement_refuses_what_cannot_fit() -> None:
    assert placement.spread([0, 1], [60, 60], 2, 0, 100) is None


def test_long_empty_stretch_beside_a_cluster_is_broken_out_and_even_spacing_is_not() -> None:
    ancient = [-3200, -2600, -2000, -1400, -800, -200, 400, 1000]
    cluster = [1440, 1450, 1455, 1465, 1470, 1476, 1495, 1501, 1517]
    times = ancient + cluster
    found = scale.groups([(t, t + 1) for t in times], [t + 0.5 for t in times])
    assert [len(group) for group in found] == [len(ancient), len(cluster)]
    even = list(range(1900, 2000, 7))
    assert len(scale.groups([(t, t + 1) for t in even], [t + 0.5 for t in even])) == 1


def test_segments_are_proportional_within_and_each_gets_its_floor() -> None:
    fitted = scale.fit([(-3200, 1000), (1440, 1520)], [100, 300], 600, 6, 12)
    ancient, cluster = fitted.segments
    assert cluster.end - cluster.start >= 300 - 12 - 1e-6
    assert ancient.at(-1100) == pytest.approx((ancient.start + ancient.end) / 2)
    assert fitted.breaks == ((ancient.end + 6, cluster.start - 6),)


@pytest.mark.parametrize(
    ("text", "period", "soft"),
    [("1936/1938", True, False), ("1937~", False, True), ("1938?", False, True), ("1927", False, False),
     ("-0043-03-15", False, False), ("19XX", True, True), ("1936~/1938", True, True)],
)  # fmt: skip
def test_events_know_periods_and_approximate_dates(text: str, period: bool, soft: bool) -> None:
    event = timeline.event(text, text, "x")
    assert (event.period, event.soft) == (period, soft)


def _events(count: int, first: float = 1900, step: float = 3) -> list[timeline.Event]:
    return [timeline.Event(first + k * step, first + k * step + 1, str(k), f"Event {k} happens") for k in range(count)]


def test_auto_layout_is_horizontal_when_sparse_and_vertical_when_dense() -> None:
    assert timeline.layout(_events(4), 468, STYLE).layout == "horizontal"
    assert timeline.layout(_events(30), 468, STYLE).layout == "vertical"


def test_a_dense_vertical_timeline_continues_in_pieces_no_taller_than_a_page() -> None:
    laid = timeline.layout(_events(80, step=0.02), 468, STYLE, "vertical", 600)
    assert len(laid.pieces) > 1
    assert all(piece.height <= 600 for piece in laid.pieces)
    assert sorted(laid.anchors) == list(range(80)), "every event has a mark"
    assert sum(len(piece.labels) for piece in laid.pieces) == 80, "and a label"
