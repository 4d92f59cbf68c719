"""The timeline's strokes come from the theme: a course's course.yaml reaches the printed marks.

The example's chronology has an approximate date ("1937~", a hollow dot) and an
approximate period is added, so both hollow marks are drawn; the course changes
the outline's width and dash and the leaders' and axis' weights, and the PDF is
read back to see them.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import yaml
from conftest import EXAMPLE

from generator.cli import main

COURSE = """
handout: {timeline: vertical}
theme:
  timeline:
    soft_width: 1.6
    soft_dash: [3, 2]
    leader_width: 0.9
    axis_width: 2.5
"""


def _strokes(pdf: Path) -> dict[str, set]:
    """Line widths and dash patterns of the handout's drawn shapes, by kind."""
    found: dict[str, set] = {"curve": set(), "rect": set(), "line": set()}
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for shape in page.curves + page.rects + page.lines:
                if shape["stroke"]:
                    pattern, _phase = shape.get("dash") or ((), 0)
                    found[shape["object_type"]].add((round(shape["linewidth"], 2), tuple(pattern)))
    return found


def test_a_course_sets_the_outline_of_hollow_marks_and_the_line_weights(tmp_path: Path) -> None:
    folder = tmp_path / "course"
    folder.mkdir()
    topic = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    topic["chronology"].append({"date": "1941~/1945~", "event": "The war in the east.", "label": "War in the east"})
    (folder / "topic.yaml").write_text(yaml.safe_dump(topic, allow_unicode=True), encoding="utf-8")
    (folder / "course.yaml").write_text(COURSE, encoding="utf-8")
    assert main(["build", str(folder), "-o", str(tmp_path / "out"), "--only", "handout"]) == 0
    strokes = _strokes(tmp_path / "out" / "course" / "topic" / "handout.pdf")
    assert (1.6, (3, 2)) in strokes["curve"], f"hollow dot outline: {strokes['curve']}"
    assert (1.6, (3, 2)) in strokes["rect"], f"dashed period outline: {strokes['rect']}"
    assert (0.9, ()) in strokes["line"] | strokes["curve"], "leader weight"
    assert (2.5, ()) in strokes["line"], "axis weight"
