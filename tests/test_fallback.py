"""Characters the theme's fonts lack print in a fallback font, not as empty boxes, in every string a template prints."""

from __future__ import annotations

import shutil
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from conftest import ROOT

from generator.building import pipeline
from generator.cli import main
from generator.content import loader
from generator.courses import configure
from generator.outputs.timeline import Event, Style, labels
from generator.settings import Settings, Theme
from generator.typesetting import fallback, glyphs
from generator.typesetting.fonts import register

SONG = Path(__file__).parent / "corpus" / "song-china.yaml"
PT = ROOT / "content" / "y12-history" / "assets" / "fonts"
NAMES = "蔡倫畢昇"


def _chars(pdf: Path, wanted: str, pages: slice = slice(None)) -> list[dict]:
    with pdfplumber.open(pdf) as document:
        return [c for page in document.pages[pages] for c in page.chars if c["text"] in wanted]


def test_chinese_names_print_in_the_fallback_font(tmp_path: Path) -> None:
    pdf = pipeline.build_handout(SONG, tmp_path, Settings()).path
    chars = _chars(pdf, NAMES)
    assert {c["text"] for c in chars} == set(NAMES)
    assert all(c["fontname"].endswith("DroidSansFallback") for c in chars)
    with pikepdf.open(pdf) as document:
        fonts = {str(font.BaseFont) for page in document.pages for font in page.Resources.Font.values()}
    assert any(name.endswith("DroidSansFallback") for name in fonts)  # embedded (subset), as TrueType


@pytest.fixture(scope="module")
def song(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Song China with its Chinese in a running head, a card footer and a timeline label too."""
    folder = tmp_path_factory.mktemp("song")
    text = SONG.read_text(encoding="utf-8").replace("title: ", "title: 宋 ", 2)  # title (running head), short_title
    assert "\ntitle: 宋 " in text and "short_title: 宋 " in text
    topic = folder / "song-china.yaml"
    topic.write_text(text.replace("label: Movable type", "label: 畢昇 movable type"), encoding="utf-8")
    assert "label: 畢昇" in topic.read_text(encoding="utf-8")
    pipeline.build(topic, folder / "out", Settings(), ("handout", "flashcards"))
    return folder / "out" / "song-china"


def test_card_sides_and_footers_print_in_the_fallback_font(song: Path) -> None:
    cards = _chars(song / "flashcards.pdf", NAMES + "宋")
    assert {c["text"] for c in cards} >= set("蔡倫宋")  # a figure's native name on its card, the title in footers
    assert all(c["fontname"].endswith("DroidSansFallback") for c in cards)


def test_running_heads_and_timeline_labels_print_in_the_fallback_font(song: Path) -> None:
    with pdfplumber.open(song / "handout.pdf") as document:
        second = document.pages[1]
        head = [c for c in second.chars if c["top"] < 60]  # the running head above the frame
        song_char = [c for c in head if c["text"] == "宋"]
        assert song_char and song_char[0]["fontname"].endswith("DroidSansFallback")
        baseline = song_char[0]["matrix"][5]
        after = [c for c in head if c["matrix"][5] == baseline and c["x0"] > song_char[0]["x0"]]
        assert after and after[0]["x0"] >= song_char[0]["x1"] - 0.01  # the next run starts where it ends
        drawn = [c for page in document.pages for c in page.chars if c["text"] in "畢昇" and c["size"] < 8]
    assert drawn and all(c["fontname"].endswith("DroidSansFallback") for c in drawn)  # the timeline's label


def test_the_timeline_measures_labels_in_the_fonts_it_draws_them_in() -> None:
    settings = Settings()
    style = Style.of(Theme(), settings.fonts.faces(), settings.fonts.fallback_faces())
    label = "畢昇 printed with movable type"
    measured = labels.measure(Event(1041.0, 1041.0, "c. 1041", label), 400, style)
    drawn = fallback.width(label, style.text_font[0], style.size, settings.fonts.fallback_faces())
    from reportlab.pdfbase import pdfmetrics

    register(*style.text_font)
    assert measured.width == pytest.approx(drawn)
    assert drawn != pytest.approx(pdfmetrics.stringWidth(label, style.text_font[0], style.size))  # not as boxes


def test_the_glyph_check_warns_only_where_no_font_sets_the_character(tmp_path: Path) -> None:
    warnings = [str(w) for w in glyphs.check(loader.load(SONG), Settings().fonts, Settings().theme)]
    assert warnings == []  # native names print on cards and in the handout alike
    topic = tmp_path / "topic.yaml"
    topic.write_text(SONG.read_text(encoding="utf-8").replace("native_name: 蔡倫", "native_name: 蔡倫 ሀ"))
    warnings = [str(w) for w in glyphs.check(loader.load(topic), Settings().fonts, Settings().theme)]
    assert len(warnings) == 1 and "U+1200" in warnings[0] and "key_figures[0].native_name" in warnings[0]


GREEK = "The Athenians (Ἀθηναῖοι) sent ships; Cai Lun (蔡倫) made paper."


def _course(tmp_path: Path, fallbacks: str) -> Path:
    """A course in PT Serif and PT Sans (no Greek), with `fallbacks` as its theme.fallback_fonts."""
    folder = tmp_path / "course"
    shutil.copytree(PT, folder / "assets" / "fonts")
    shutil.copy(ROOT / "generator" / "fonts" / "NotoSans-Regular.ttf", folder / "assets" / "fonts")
    (folder / "course.yaml").write_text(
        "theme:\n  body_font:\n    regular: assets/fonts/PTSerif-Regular.ttf\n    bold: assets/fonts/PTSerif-Bold.ttf\n"
        f"  heading_font:\n    regular: assets/fonts/PTSans-Regular.ttf\n{fallbacks}",
        encoding="utf-8",
    )
    (folder / "topic.yaml").write_text(
        f"title: Greeks and Chinese\nsummary: '{GREEK}'\nkey_figures:\n  - name: Pericles\n    role: General\n",
        encoding="utf-8",
    )
    return folder


def test_a_course_names_its_own_fallback_fonts_tried_before_the_bundled_one(tmp_path: Path) -> None:
    folder = _course(tmp_path, "  fallback_fonts: [assets/fonts/NotoSans-Regular.ttf]\n")
    settings = configure.configure(folder / "course.yaml")
    assert settings.fonts.fallbacks[0] == str(folder / "assets" / "fonts" / "NotoSans-Regular.ttf")
    assert glyphs.check(loader.load(folder / "topic.yaml"), settings.fonts, settings.theme) == []
    pdf = pipeline.build(folder / "topic.yaml", tmp_path / "out", settings, ("handout",))[0].path
    fonts = {c["text"]: c["fontname"].split("+")[-1] for c in _chars(pdf, "Ἀθηναῖοι蔡倫")}
    assert set(fonts.values()) == {"NotoSans-Regular", "DroidSansFallback"}
    assert fonts["Ἀ"] == "NotoSans-Regular" and fonts["蔡"] == "DroidSansFallback"
    plain = _course(tmp_path / "plain", "")  # without it, the bundled Noto Sans sets the Greek, then Droid
    unset = configure.configure(plain / "course.yaml")
    assert glyphs.check(loader.load(plain / "topic.yaml"), unset.fonts, unset.theme) == []
    pdf = pipeline.build(plain / "topic.yaml", tmp_path / "plain-out", unset, ("handout",))[0].path
    fonts = {c["text"]: c["fontname"].split("+")[-1] for c in _chars(pdf, "Ἀθηναῖοι蔡倫")}
    assert fonts["Ἀ"] == "NotoSans-Regular" and fonts["蔡"] == "DroidSansFallback"


def test_a_course_fallback_font_is_checked_like_its_other_fonts(tmp_path: Path, capsys) -> None:
    folder = _course(tmp_path, "  fallback_fonts:\n    - assets/fonts/NotoSans-Regular.ttf\n    - assets/none.ttf\n")
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'course.yaml'}:9:" in err and "theme.fallback_fonts[1]: file not found" in err
    assert not (tmp_path / "out").exists()
