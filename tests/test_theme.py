"""The look is data: a course's theme reaches every drawing, and the PDFs say who made them."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from conftest import MINIMAL, ROOT, write

from generator.building import pipeline
from generator.courses import configure
from generator.settings import Settings

HIST_204 = ROOT / "content" / "hist-204"


def test_the_timeline_is_drawn_in_the_course_accent() -> None:
    settings = configure.configure(HIST_204 / "course.yaml")
    (rml,), _ = pipeline.rml("handout", pipeline.read(HIST_204 / "great-purge.yaml"), settings)
    timeline = rml[rml.index("<illustration") : rml.index("</illustration>")]
    assert settings.theme.palette.accent == "#7a1f2b"
    assert '<stroke color="#7a1f2b"/>' in timeline  # the axis
    assert "#1f4e79" not in rml, "the default blue is drawn nowhere in a burgundy course"


def test_links_take_the_palette_link_colour(tmp_path: Path) -> None:
    topic = write(tmp_path, MINIMAL.replace("One paragraph.", "See [the archive](https://example.org/a)."))
    settings = Settings(theme={"palette": {"accent": "#123456"}})
    (rml,), _ = pipeline.rml("handout", pipeline.read(topic), settings)
    assert '<a href="https://example.org/a" color="#123456">' in rml
    settings = Settings(theme={"palette": {"link": "#00aa00"}})
    (rml,), _ = pipeline.rml("handout", pipeline.read(topic), settings)
    assert '<a href="https://example.org/a" color="#00aa00">' in rml


def test_a_course_overrides_part_of_a_style_and_the_rest_stays() -> None:
    # At the base size the styles are drawn at (10.5), so the RML shows the sizes unscaled.
    theme = {"base_size": 10.5, "styles": {"Heading": {"size": 15}}, "timeline": {"mark_color": "#00ff00"}}
    settings = Settings(theme=theme)
    heading = settings.theme.styles.Heading
    assert (heading.size, heading.font, heading.leading, heading.color) == (15, "Heading-Bold", 17, "heading")
    (rml,), _ = pipeline.rml("handout", pipeline.read(ROOT / "content" / "great-purge.yaml"), settings)
    assert re.search(r'<paraStyle name="Heading" fontName="Heading-Bold" fontSize="15" leading="17"', rml)
    assert '<fill color="#00ff00"/>' in rml


def test_a_colour_that_names_no_palette_colour_is_refused(tmp_path: Path) -> None:
    (tmp_path / "course.yaml").write_text("theme:\n  timeline:\n    axis_color: bluish\n", encoding="utf-8")
    with pytest.raises(configure.UserError, match="'bluish' is neither #rrggbb nor a palette colour"):
        configure.configure(tmp_path / "course.yaml")


def test_the_pdfs_author_is_the_course_instructor(tmp_path: Path) -> None:
    from generator.cli import main

    assert main(["build", str(HIST_204 / "great-purge.yaml"), "-o", str(tmp_path)]) == 0
    for name in ("handout.pdf", "worksheet.pdf", "worksheet-key.pdf", "flashcards.pdf"):
        assert pypdf.PdfReader(tmp_path / "great-purge" / name).metadata.author == "Dr. Maria Alvarez", name


def test_the_glyph_check_asks_the_theme_which_family_sets_a_field() -> None:
    from generator.settings import Theme
    from generator.typesetting import glyphs

    assert glyphs._families(("terms", 0, "term"), Theme()) == ["Heading"]
    assert glyphs._families(("terms", 0, "definition"), Theme()) == ["Body"]
    body = Theme(styles={"Term": {"font": "Body-Bold"}}, cards={"lead": {"face": "Body-Bold"}})
    assert glyphs._families(("terms", 0, "term"), body) == ["Body"]
    mixed = Theme(styles={"Term": {"font": "Body-Bold"}})
    assert glyphs._families(("terms", 0, "term"), mixed) == ["Body", "Heading"]


TABLES = ("palette", "styles", "rules", "timeline", "cards", "card_footer", "ruled", "thematic_break", "calibration",
          "anki", "logo_box")  # fmt: skip
"""The parts of the theme docs/courses.md lists key by key."""


def test_docs_list_every_theme_key() -> None:
    from generator.settings import options

    text = (ROOT / "docs" / "courses.md").read_text(encoding="utf-8")
    for path, _ in options.fields():
        if path[0] == "theme" and len(path) == 3 and path[1] in TABLES:
            assert f"`{path[1]}.{path[2]}`" in text, f"docs/courses.md does not list theme.{path[1]}.{path[2]}"
        elif path[0] == "theme" and len(path) == 2:
            assert f"theme.{path[1]}" in text, f"docs/courses.md does not list theme.{path[1]}"
