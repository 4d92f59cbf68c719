"""Bad topic files give FILE:LINE:COL: field: message, pointing at what to fix."""

from pathlib import Path

import pytest
from conftest import EXAMPLE, MINIMAL, write

from generator.building import pipeline
from generator.errors import UserError

FIGURE = "key_figures:\n  - name: Ada Lovelace\n    role: Mathematician\n"

CASES = [
    # (YAML, expected line, expected field path, phrase of the message)
    ("summary: x\n" + FIGURE, 1, "title", "required"),
    ("title: T\nsumary: x\n" + FIGURE, 2, "sumary", "did you mean 'summary'"),
    ("title: T\nsummary: x\nkey_figures:\n  - name: A\n    rol: r\n", 5, "key_figures[0].rol", "did you mean 'role'"),
    ("title: T\nsummary: x\nkey_figures:\n  - name: A\n", 4, "key_figures[0].role", "required"),
    ("title: T\nsummary: x\nkey_figures: []\n", 3, "key_figures", "at least one"),
    ("title: ''\nsummary: x\n" + FIGURE, 1, "title", "must not be empty"),
    (
        "title: T\nsummary: x\n" + FIGURE + "chronology:\n  - date: 1930s\n    event: e\n",
        7,
        "chronology[0].date",
        "not an EDTF date",
    ),
    ("title: T\nsummary: x\n" + FIGURE + "    lived: 1878-1953\n", 6, "key_figures[0].lived", "EDTF"),
    ("title: T\nsummary: x\n" + FIGURE + "terms:\n  - term: NKVD\n", 7, "terms[0].definition", "required"),
    ("title: [a, b]\nsummary: x\n" + FIGURE, 1, "title", "expected text"),
    ("title: T\nsummary: x\nkey_figures:\n  name: A\n  role: r\n", 4, "key_figures", "expected a list"),
    (
        "title: T\nsummary: x\n" + FIGURE + "further_reading:\n  - id: a\n    title: B\n    type: boook\n",
        9,
        "further_reading[0].type",
        "did you mean 'book'",
    ),
    (
        "title: T\nsummary: x\n" + FIGURE + "further_reading:\n  - id: a\n    title: B\n    author:\n"
        "      - given: Robert\n",
        10,
        "further_reading[0].author[0]",
        "family",
    ),
    (
        "title: T\nsummary: x\n" + FIGURE + "further_reading:\n  - id: a\n    title: B\n    issued: May 1990\n",
        9,
        "further_reading[0].issued",
        "EDTF",
    ),
    (
        "title: T\nsummary: x\nkey_figures:\n  - name: A\n    role: |\n      two\n      lines\n",
        5,
        "key_figures[0].role",
        "single line",
    ),
]


@pytest.mark.parametrize(("text", "line", "field", "phrase"), CASES)
def test_bad_topics_point_at_the_problem(tmp_path: Path, text: str, line: int, field: str, phrase: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(UserError) as error:
        pipeline.check(path)
    message = str(error.value)
    assert f"{path}:{line}:" in message
    assert f": {field}: " in message
    assert phrase in message


def test_every_error_in_a_file_is_reported_at_once(tmp_path: Path) -> None:
    with pytest.raises(UserError) as error:
        pipeline.check(write(tmp_path, "titel: T\nsumary: x\n" + FIGURE))
    lines = str(error.value).splitlines()
    assert len(lines) == 4  # title and summary missing, titel and sumary unknown
    assert all(line.startswith(str(tmp_path)) for line in lines)


def test_duplicate_bibliography_ids(tmp_path: Path) -> None:
    item = "  - id: same\n    title: B\n"
    with pytest.raises(UserError, match="'same' is used twice"):
        pipeline.check(write(tmp_path, MINIMAL + "further_reading:\n" + item + "sources:\n" + item))


def test_the_example_topic_is_valid_and_complete() -> None:
    topic = pipeline.check(EXAMPLE)
    words = len(topic.summary.split())
    assert 500 <= words <= 800
    assert len(topic.key_figures) >= 10
    assert len(topic.chronology) >= 12
    assert len(topic.terms) >= 10
    assert len(topic.questions) >= 4
    assert len(topic.further_reading) == 13
    assert len(topic.sources) == 2
    years = sorted(int(entry.date[:4]) for entry in topic.chronology)
    assert years[0] <= 1924 and years[-1] >= 1956
