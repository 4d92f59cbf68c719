"""Text made ready for print: typographic quotes and dashes, hyphenation, lists, and the line length."""

from pathlib import Path

import pdfplumber
from conftest import BLOCKS, write

from generator.building import pipeline
from generator.content import markup
from generator.outputs import context
from generator.settings import Settings
from generator.typesetting.fonts import parsed

SHY = markup.SOFT_HYPHEN


def test_typographer_quotes_apostrophes_and_dashes() -> None:
    assert markup.inline('Caesar\'s "war" -- and more') == "Caesar’s “war” – and more"
    assert markup.inline("Caesar's", prose=markup.Prose(typographer=False)) == "Caesar&apos;s"


def test_hyphenation_marks_long_ordinary_words_only() -> None:
    prose = markup.Prose(hyphenate="en")
    out = markup.blocks(
        "Collectivization and NKVD and McPhee and evalString wrote.", "Body", "Bullets", prose=prose, **BLOCKS
    )
    assert f"Col{SHY}lec" in out  # capitalized words break too
    assert "NKVD" in out and "McPhee" in out and "evalString" in out  # capitals inside: left whole
    assert SHY not in markup.blocks("Collectivization", "Body", "Bullets", **BLOCKS)  # no language, no hyphens


def _handout_words(tmp_path: Path, summary: str, more: str = "") -> str:
    """The words of a one-figure topic's handout, every page, spaces folded."""
    topic = write(tmp_path, f"title: T\nsummary: {summary}\nkey_figures:\n  - name: N\n    role: R\n{more}")
    pdf = pipeline.build_handout(topic, tmp_path / "out", Settings()).path
    with pdfplumber.open(pdf) as document:
        return " ".join(" ".join(page.extract_text() for page in document.pages).split())


def test_space_before_a_change_of_font_survives_hyphenation(tmp_path: Path) -> None:
    """Also where the space is a line break of the source: long words before emphasis and links."""
    summary = (
        "|\n  And Newton's *Principia* appeared. See the online exhibition\n"
        "  *Japan* now, and the ridiculously\n  [Modern](https://example.org) side.\n"
    )
    words = _handout_words(tmp_path, summary)
    assert "Newton’s Principia appeared." in words
    assert "exhibition Japan now" in words and "ridiculously Modern side" in words


def test_running_text_keeps_its_measure_and_tables_take_the_whole_frame(tmp_path: Path) -> None:
    example = Path(__file__).parent / "corpus" / "french-revolution.yaml"
    settings = Settings()
    geometry = context.page_geometry(settings, measured=True)
    right = geometry.side + geometry.measure
    pdf = pipeline.build_handout(example, tmp_path, settings).path
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        body = [
            c for c in page.chars if c["fontname"].endswith("NotoSerif-Regular") and c["size"] > 10 and c["text"] != " "
        ]
        tables = [c for page in document.pages[2:] for c in page.chars if c["fontname"].endswith("NotoSerif-Regular")]
    assert body and max(c["x1"] for c in body) <= right + 0.5  # the summary: about 70 characters a line
    assert max(c["x1"] for c in tables) > right + 36  # the tables run on past it, in the frame's whole width
    assert max(c["x1"] for c in tables) <= geometry.side + geometry.frame_width + 0.5


def test_body_lines_hold_sixty_to_seventy_five_characters(tmp_path: Path) -> None:
    example = Path(__file__).parent / "corpus" / "french-revolution.yaml"
    for paper in ("letter", "a4"):
        settings = Settings(paper=paper)
        pdf = pipeline.build_handout(example, tmp_path / paper, settings).path
        geometry = context.page_geometry(settings, measured=True)
        right = geometry.side + geometry.measure  # running text ends here; tables take the whole frame
        with pdfplumber.open(pdf) as document:
            page = document.pages[0]
            body = [c for c in page.chars if c["fontname"].endswith("NotoSerif-Regular") and round(c["size"]) == 11]
            lines: dict[int, list] = {}
            for char in body:
                lines.setdefault(round(char["top"]), []).append(char)
            full = [len(chars) for chars in lines.values() if max(c["x1"] for c in chars) > right - 2]
        lengths = sorted(full)
        assert len(lengths) > 10 and 60 <= lengths[len(lengths) // 2] <= 75, (paper, lengths)


def test_block_quotations_headings_and_bare_addresses() -> None:
    prose = markup.Prose(hyphenate="en")
    source = (
        "Barbaro wrote:\n\n> At dawn the Turks entered the city.\n\n## Reading\n\n"
        "See https://www.example.org/digitised/manuscript/chronicle.html today."
    )
    out = markup.blocks(source, "Body", "Bullets", prose=prose, **BLOCKS)
    assert '<para style="Quote">At dawn the Turks entered the city.</para>' in out
    assert '<para style="Subheading">Reading</para>' in out
    address = "https://www.example.org/digitised/manuscript/chronicle.html"
    assert f'<a href="{address}">{address}</a>' in out  # a link, and no soft hyphen inside the address
    assert f"to{SHY}day" not in out and "today" in out


def test_every_bullet_depth_prints_in_the_bundled_faces() -> None:
    """A bullet the font lacks is invisible (◦ was): the third level of a list had no marker."""
    settings = Settings()
    face = settings.theme.styles.Bullets.bullet_font
    font = parsed(face, settings.fonts.faces()[face])
    assert all(ord(bullet) in font.face.charToGlyph for bullet in markup.BULLETS)
    nested = markup.blocks("- a\n  - b\n    - c\n      - d", "Body", "Bullets", **BLOCKS)
    assert [f'start="{bullet}"' in nested for bullet in markup.BULLETS] == [True] * 3


def test_timeline_labels_get_typographic_quotes(tmp_path: Path) -> None:
    chronology = (
        "chronology:\n  - date: 1917-03-08\n    event: Strikes.\n    label: Women's Day strikes\n"
        "  - date: 1917-11-07\n    event: October.\n"
    )
    text = _handout_words(tmp_path, "S.", chronology)
    assert "Women’s Day strikes" in text and "Women's" not in text
