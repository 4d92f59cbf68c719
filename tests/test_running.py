"""Running heads and feet shortened to their line the way an editor would."""

import itertools
from pathlib import Path

import pdfplumber
from conftest import MINIMAL, write

from generator.building import pipeline
from generator.settings import CourseInfo, Settings
from generator.typesetting import running

TITLE = "The Russian Revolutions of 1917 and the Collapse of the Romanov Empire"
SUBTITLE = "From the February Days to the Dissolution of the Constituent Assembly"


def _fitted(text: str, width: int, short: str | None = None, code: str | None = None) -> str:
    known = running.values(CourseInfo(code=code), TITLE, short, SUBTITLE)
    return running.plain(running.fitted(text, known, lambda words: len(words) <= width))


def test_what_fits_is_printed_whole() -> None:
    assert _fitted("{topic.title} · {topic.subtitle}", 200) == f"{TITLE} · {SUBTITLE}"


def test_the_short_title_first_then_the_subtitle_cut_then_left_out() -> None:
    assert _fitted("{topic.title} · {topic.subtitle}", 90, short="Russia 1917") == f"Russia 1917 · {SUBTITLE}"
    assert _fitted("{topic.title} · {topic.subtitle}", 60, short="Russia 1917") == (
        "Russia 1917 · From the February Days to the Dissolution of…"
    )
    assert _fitted("{topic.title} · {topic.subtitle}", 20, short="Russia 1917") == "Russia 1917"


def test_a_course_code_is_left_out_before_the_title_is_lost() -> None:
    """HIST 204's header: the title is cut to a few words, then the code goes, never the title."""
    assert _fitted("{course.code} · {topic.title}", 40, code="HIST 204") == "HIST 204 · The Russian Revolutions of…"
    assert _fitted("{course.code} · {topic.title}", 24, code="HIST 204") == "The Russian Revolutions…"


def test_page_numbers_and_the_course_words_are_never_cut() -> None:
    assert _fitted("{topic.title} · page {page}", 30) == "The Russian… · page 999"


def test_a_worksheet_footer_with_a_long_title_stays_beside_its_page_number(tmp_path: Path) -> None:
    topic = write(tmp_path, MINIMAL.replace("A Minimal Topic", f"'{TITLE}: {SUBTITLE}'"))
    settings = Settings()
    for pdf in pipeline.build(topic, tmp_path / "out", settings, outputs=("worksheet",)):
        with pdfplumber.open(pdf.path) as document:
            page = document.pages[0]
            foot = [w for w in page.extract_words() if w["top"] > page.height - settings.margin]
        text = " ".join(w["text"] for w in foot)
        assert text.startswith("The Russian Revolutions") and "… · " in text and text.endswith("page 1 of 1"), text
        assert max(w["x1"] for w in foot) <= page.width - settings.margin + 1
        words = sorted(foot, key=lambda w: w["x0"])
        assert all(a["x1"] < b["x0"] for a, b in itertools.pairwise(words)), "no word over another"
