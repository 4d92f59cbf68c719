"""The printed timeline, read back from the PDF: every event labelled, nothing overlapping or crossed.

Checked on what prints (pdfplumber's strings, lines, rectangles and curves; see
timeline_pdf.problems), for every layout, on the chronologies in
chronologies.py and on random ones: 2 to 80 events, spans from a month to six
thousand years, BCE and CE, clusters, periods, approximate and uncertain dates.
Examples are derandomized; set TIMELINE_EXAMPLES=500 for a long run.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import chronologies
import pytest
import timeline_pdf
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from generator.building import pipeline
from generator.settings import Settings

LAYOUTS = ("auto", "horizontal", "vertical")
MARGIN = Settings().margin
WORDS = ("the", "siege", "of", "treaty", "signed", "at", "council", "reform", "Constantinople",
         "revolt", "in", "province", "emperor", "crowned", "Kirov", "murder", "plague", "reaches", "city",
         "Hohenzollern-Sigmaringen", "battle", "law", "printed", "first", "new")  # fmt: skip
EXAMPLES = int(os.environ.get("TIMELINE_EXAMPLES", "6"))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", list(chronologies.ALL))
def test_named_chronologies_print_cleanly(name: str, layout: str) -> None:
    entries = chronologies.ALL[name]
    laid, pdf = timeline_pdf.build(entries, layout)
    assert timeline_pdf.problems(entries, laid, pdf, MARGIN) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_larger_type_on_a4_prints_cleanly(layout: str) -> None:
    """Sizes come from the theme: labels measured at 9 pt on A4 still never overlap or get crossed."""
    entries = chronologies.REIGN_OF_TERROR + chronologies.ROMAN_REPUBLIC[:3]
    look = {"size": 9, "leading": 11, "gap": 6, "dot_radius": 3, "mark_color": "#2a7a2a"}
    laid, pdf = timeline_pdf.build(entries, layout, "a4", look)
    assert laid.style.size == 9
    assert timeline_pdf.problems(entries, laid, pdf, MARGIN) == []


def test_the_checks_catch_what_they_look_for() -> None:
    """A label moved onto its neighbour, a leader sent to another event's mark, a label dropped: each is reported."""
    entries = chronologies.MOON_RACE
    laid, _ = timeline_pdf.build(entries, "horizontal")
    piece = laid.pieces[0]
    first, second = piece.labels[0], piece.labels[1]

    def problems() -> list[str]:
        return timeline_pdf.problems(entries, laid, timeline_pdf.printed(laid, Settings()), MARGIN)

    piece.labels[1] = replace(second, x=first.x + 5, y=first.y)
    assert any("overlaps" in problem for problem in problems())
    piece.labels[1] = second
    leader = piece.leaders[0]
    piece.leaders[0] = ((piece.dots[-1].x, leader[0][1]), *leader[1:])
    assert any("cross" in problem or "order" in problem for problem in problems())
    piece.leaders[0] = leader
    piece.labels.pop()
    assert any("missing" in problem for problem in problems())


def test_the_checks_catch_a_label_across_a_break_and_a_leader_over_a_bar() -> None:
    """The example's "20 August 1940" set beside 1953, past the break; the incunabula's leader sent down through
    the Gutenberg Bible's bar: each is reported (the first was printed so before labels kept to their segment)."""
    laid, _ = timeline_pdf.build(chronologies.EXAMPLE, "vertical")
    piece = laid.pieces[0]
    k = next(k for k, label in enumerate(piece.labels) if label.date == "20 August 1940")
    later = next(label for label in piece.labels if label.date == "5 March 1953")
    shift = later.y - 2 * laid.style.leading - piece.labels[k].y  # just under 1953's label, clear of it
    piece.labels[k] = replace(piece.labels[k], y=piece.labels[k].y + shift)
    *path, bend, end = piece.leaders[k]
    piece.leaders[k] = (*path, (bend[0], bend[1] + shift), (end[0], end[1] + shift))
    problems = timeline_pdf.problems(chronologies.EXAMPLE, laid, timeline_pdf.printed(laid, Settings()), MARGIN)
    assert any("'20 August 1940' is across a break" in problem for problem in problems), problems

    laid, _ = timeline_pdf.build(chronologies.HISTORY_OF_WRITING, "horizontal")
    piece = next(p for p in laid.pieces if any(label.date == "1450–1500 CE" for label in p.labels))
    k = next(k for k, label in enumerate(piece.labels) if label.date == "1450–1500 CE")
    widest = max(piece.bars, key=lambda bar: bar.width)  # the incunabula's
    inside = next(bar for bar in piece.bars if bar is not widest and widest.x < bar.x < widest.x + widest.width)
    x = inside.x + inside.width / 2  # through the Gutenberg Bible's bar, in the lane below the incunabula's
    (_, y0), (_, y1), (_, y2), *rest = piece.leaders[k]
    piece.leaders[k] = ((x, y0), (x, y1), (x, y2), *rest)
    problems = timeline_pdf.problems(
        chronologies.HISTORY_OF_WRITING, laid, timeline_pdf.printed(laid, Settings()), MARGIN
    )
    assert any("'1450–1500 CE' crosses a period's bar" in problem for problem in problems), problems


def _edtf(year: int, month: int, day: int, precision: int) -> str:
    text = f"-{-year:04d}" if year < 0 else f"{year:04d}"
    return text + (f"-{month:02d}" if precision > 0 else "") + (f"-{day:02d}" if precision > 1 else "")


@st.composite
def chronology(draw: st.DrawFn) -> list[tuple[str, str]]:
    """2–80 events over a month to 6,000 years, some clustered, some periods, some approximate."""
    months = draw(st.sampled_from([1, 3, 14, 30, 120, 600, 2400, 12000, 36000, 72000]))
    first = draw(st.integers(-4500 * 12, 2020 * 12 - months))
    count = draw(st.integers(2, 80))
    cluster = draw(st.one_of(st.none(), st.tuples(st.integers(0, months), st.integers(0, 24))))
    precision = 2 if months <= 36 else 1 if months <= 1200 else 0
    entries = []
    for k in range(count):
        if cluster and k % 2:
            at = min(months, cluster[0] + draw(st.integers(0, cluster[1])))
        else:
            at = draw(st.integers(0, months))
        year, month = divmod(first + at, 12)
        day = draw(st.integers(1, 28))
        date = _edtf(year, month + 1, day, precision)
        kind = draw(st.sampled_from(["point"] * 6 + ["period", "approximate", "uncertain"]))
        if kind == "period":
            length = draw(st.integers(1, max(1, months // 4)))
            end_year, end_month = divmod(first + min(months, at + length), 12)
            end = _edtf(end_year, end_month + 1, 28, min(precision, 1))
            date = f"{_edtf(year, month + 1, 1, min(precision, 1))}/{end}"
        elif kind in ("approximate", "uncertain"):
            date += "~" if kind == "approximate" else "?"
        label = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9)))
        entries.append((date, label))
    return entries


@pytest.mark.parametrize("layout", LAYOUTS)
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(entries=chronology())
def test_any_chronology_prints_cleanly(layout: str, entries: list[tuple[str, str]]) -> None:
    laid, pdf = timeline_pdf.build(entries, layout)
    assert timeline_pdf.problems(entries, laid, pdf, MARGIN) == []


def test_a_course_chooses_the_layout_and_a_wrong_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "moon.yaml"
    path.write_text(yaml.safe_dump(timeline_pdf.topic(chronologies.MOON_RACE).model_dump(exclude_defaults=True)))
    for layout, ticks in (("horizontal", "drawCentredString"), ("vertical", "drawRightString")):
        settings = Settings.model_validate({"handout": {"timeline": layout}})
        (rml,), _ = pipeline.rml("handout", pipeline.read(path), settings)
        drawing = rml[rml.index("<illustration") : rml.index("</illustration>")]
        assert ticks in drawing, f"{layout}: year labels drawn as {ticks}"
    with pytest.raises(ValidationError, match="timeline"):
        Settings.model_validate({"handout": {"timeline": "diagonal"}})
