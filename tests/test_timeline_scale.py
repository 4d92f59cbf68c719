"""Large print is large in the drawn timeline too: its sizes follow the theme's base size."""

from pathlib import Path

import pdfplumber
import pytest
from conftest import EXAMPLE

from generator.building import pipeline
from generator.outputs import timeline
from generator.settings import Settings
from generator.settings.theme import Theme


def test_the_default_base_size_draws_the_style_as_declared() -> None:
    settings = Settings()
    style = timeline.Style.of(settings.theme, settings.fonts.faces())
    assert (style.size, style.leading, style.max_label_width) == (7.0, 8.4, 110.0)


def test_a_larger_base_size_scales_the_timeline_text(tmp_path: Path) -> None:
    settings = Settings(theme=Theme(base_size=16))
    style = timeline.Style.of(settings.theme, settings.fonts.faces())
    assert style.size == pytest.approx(7.0 * 16 / 11) and style.max_label_width == pytest.approx(110 * 16 / 11)
    pdf = pipeline.build_handout(EXAMPLE, tmp_path, settings).path
    with pdfplumber.open(pdf) as document:
        sizes = {round(char["size"], 1) for page in document.pages for char in page.chars}
    assert round(7.0 * 16 / 11, 1) in sizes and 7.0 not in sizes
