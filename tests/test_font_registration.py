"""A course's fonts are registered under the shared face names (Body, Heading): they must not outlive its build.

ReportLab keeps the first TrueType font registered under a name and ignores a
later one, until a document resets its registry. Text measured before
typesetting (card text fitting, timeline labels, footers) would then be
measured in the previous course's fonts while the PDF is set in this one's.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from conftest import EXAMPLE

from generator.building import pipeline
from generator.courses import configure
from generator.settings import Settings
from generator.typesetting.fonts import register

Y12 = EXAMPLE.parent / "y12-history"


def _fonts(pdf: Path) -> set[str]:
    with pdfplumber.open(pdf) as document:
        return {char["fontname"].split("+")[-1] for page in document.pages for char in page.chars}


def test_a_face_name_follows_the_latest_registration() -> None:
    from reportlab.pdfbase import pdfmetrics

    faces = Settings().fonts.faces()
    register("Body", str(Y12 / "assets" / "fonts" / "PTSerif-Regular.ttf"))
    register("Body", faces["Body"])
    assert pdfmetrics.getFont("Body").face.name == b"NotoSerif-Regular"


def test_two_courses_in_one_process_each_use_their_own_fonts(tmp_path: Path) -> None:
    default, course = Settings(), configure.configure(Y12 / "course.yaml")
    ours_before, _ = pipeline.rml("flashcards", pipeline.read(EXAMPLE, default), default)
    theirs_before, _ = pipeline.rml("flashcards", pipeline.read(Y12 / "great-purge.yaml", course), course)
    theirs = pipeline.build(Y12 / "great-purge.yaml", tmp_path / "y12", course, ("flashcards",))
    assert {font.split("-")[0] for built in theirs for font in _fonts(built.path)} == {"PTSerif", "PTSans"}
    theirs_after, _ = pipeline.rml("flashcards", pipeline.read(Y12 / "great-purge.yaml", course), course)
    assert theirs_after == theirs_before  # measured in PT Serif both times, whatever was registered before
    ours = pipeline.build(EXAMPLE, tmp_path / "default", default, ("flashcards",))
    assert {font.split("-")[0] for built in ours for font in _fonts(built.path)} == {"NotoSerif", "NotoSans"}
    ours_after, _ = pipeline.rml("flashcards", pipeline.read(EXAMPLE, default), default)
    assert ours_after == ours_before  # the cards' text measured in Noto again, not in the course's PT fonts
