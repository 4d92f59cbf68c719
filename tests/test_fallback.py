"""Characters the theme's fonts lack print in the bundled fallback font, not as empty boxes."""

from pathlib import Path

import pdfplumber
import pikepdf

from generator.building import pipeline
from generator.content import loader
from generator.settings import Settings
from generator.typesetting import glyphs

SONG = Path(__file__).parent / "corpus" / "song-china.yaml"


def test_chinese_names_print_in_the_fallback_font(tmp_path: Path) -> None:
    pdf = pipeline.build_handout(SONG, tmp_path, Settings()).path
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in page.chars if c["text"] in "蔡倫畢昇"]
    assert {c["text"] for c in chars} == set("蔡倫畢昇")
    assert all(c["fontname"].endswith("DroidSansFallback") for c in chars)
    with pikepdf.open(pdf) as document:
        fonts = {str(font.BaseFont) for page in document.pages for font in page.Resources.Font.values()}
    assert any(name.endswith("DroidSansFallback") for name in fonts)  # embedded (subset), as TrueType


def test_the_glyph_check_warns_only_where_no_font_sets_the_character() -> None:
    warnings = [str(w) for w in glyphs.check(loader.load(SONG), Settings().fonts, Settings().theme)]
    assert not any("summary:" in w for w in warnings)  # the summary's 蔡倫 is set in the fallback font
    # Native names also print on flashcards, which have no fallback yet: still warned about.
    assert any("key_figures[0].native_name" in w and "蔡" in w for w in warnings)
