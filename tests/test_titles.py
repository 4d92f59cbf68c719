"""Titles and headings never end in one word on a line of its own."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

import pdfplumber
import pytest
from conftest import MINIMAL, write

from generator.building import pipeline
from generator.content import markup
from generator.settings import Settings

NBSP = "\u00a0"


def test_a_short_last_word_is_tied_to_the_one_before() -> None:
    assert markup.tie("The Fall of the Roman Republic") == f"The Fall of the Roman{NBSP}Republic"
    assert markup.tie("Key figures") == f"Key{NBSP}figures"
    assert markup.tie("Chronology") == "Chronology"  # one word: nothing to tie
    assert markup.tie("Decolonisation and Historiographical Controversies") == (
        "Decolonisation and Historiographical Controversies"  # a long last word keeps its own line if it must
    )


def _title_lines(pdf: Path) -> list[str]:
    """The lines of the largest text on the first page (the title), as words."""
    with pdfplumber.open(pdf) as document:
        words = document.pages[0].extract_words(extra_attrs=["size"])
    biggest = max(word["size"] for word in words)
    title = [word for word in words if word["size"] == biggest]
    return [" ".join(w["text"] for w in line) for _, line in groupby(title, key=lambda w: round(w["top"]))]


@pytest.mark.parametrize(
    "title",
    [
        "The Fall of the Roman Republic and the Crisis of the Senate",
        "Trade, Printing and Paper Money in Song Imperial China",
    ],
)
def test_a_wrapped_title_does_not_end_in_one_word(tmp_path: Path, title: str) -> None:
    topic = write(tmp_path, MINIMAL.replace("A Minimal Topic", title))
    lines = _title_lines(pipeline.build(topic, tmp_path / "out", Settings(), ("handout",))[0].path)
    assert len(lines) >= 2 and " ".join(lines).replace(NBSP, " ") == title
    assert len(lines[-1].replace(NBSP, " ").split()) >= 2, lines
