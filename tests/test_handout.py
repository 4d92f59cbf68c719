"""The example handout, checked by what is in the PDF."""

from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from conftest import EXAMPLE
from pypdf import PdfReader

from generator.building import pipeline
from generator.content import dates
from generator.outputs import context
from generator.settings import Settings

TOPIC = pipeline.check(EXAMPLE)
SECTIONS = [
    "Summary", "Key figures", "Chronology", "Key terms", "Discussion questions", "Further reading", "See also",
    "Sources",
]  # fmt: skip


def _in_order(text: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = text.find(" ".join(needle.split()), position)
        assert found >= 0, f"{needle!r} missing or out of order"
        position = found


def test_sections_appear_in_order(handout_text: str) -> None:
    _in_order(handout_text, [TOPIC.title, TOPIC.subtitle, *SECTIONS])


def test_every_figure_in_order(handout_text: str) -> None:
    start = handout_text.index("Key figures")
    _in_order(handout_text[start:], [figure.name for figure in TOPIC.key_figures])
    for figure in TOPIC.key_figures:  # a long native name wraps in its narrow column: its words are there
        assert all(word in handout_text for word in figure.native_name.split()), figure.native_name


def test_every_chronology_event_in_date_order(handout_text: str) -> None:
    # After the drawn timeline comes the dated list; its events must be in date order.
    listing = handout_text[handout_text.index("Lenin dies;") :]
    in_time = sorted(TOPIC.chronology, key=lambda entry: dates.sort_key(entry.date))
    _in_order(listing, [entry.event for entry in in_time])
    assert "1 December 1934" in listing and "c. 1937" in listing and "1937–1938" in listing


def test_every_bibliography_author_formatted(handout_text: str) -> None:
    reading = handout_text[handout_text.index("Further reading") : handout_text.index("See also")]
    for family in [
        "Conquest",
        "Crowley",
        "Getty",
        "Levytsky",
        "Potok",
        "Radzinsky",
        "Thurston",
        "Volkogonov",
        "Von Laue",
    ]:
        assert family in reading
    _in_order(
        reading,
        [
            "Conquest, Robert.",
            "———.",
            "Crowley, Joan Frances, and Dan Vaillancourt.",
            "Getty, J. Arch, and Oleg V. Naumov.",
            "Von Laue, Theodore.",
        ],
    )
    assert "New York: Oxford University Press, 1990." in reading
    assert "2nd ed." in reading  # Von Laue, edition 2, as Chicago writes it


def test_annotations_sit_beneath_their_entries(handout: Path) -> None:
    with pdfplumber.open(handout) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            entry = [w for w in words if w["text"] == "Potok,"]
            note = [w for w in words if w["text"] == "family" and w["top"] > 0]
            if entry:
                below = [w for w in note if w["top"] > entry[0]["top"]]
                assert below, "the annotation should be set under its entry"
                assert below[0]["x0"] > entry[0]["x0"] + 10, "annotations are indented under the hanging entry"
                return
    pytest.fail("Potok entry not found")


def test_outline_has_every_section(handout: Path) -> None:
    assert [item.title for item in PdfReader(handout).outline] == SECTIONS


def test_metadata(handout: Path) -> None:
    meta = PdfReader(handout).metadata
    assert meta.title == "The Great Purge"
    assert "Modern European History" in meta.subject
    assert "NKVD" in meta["/Keywords"] and "Gulag" in meta["/Keywords"]


def test_fonts_are_bundled_embedded_and_subset(handout: Path) -> None:
    fonts = set()
    with pikepdf.open(handout) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descriptor = font.get("/FontDescriptor")
                assert descriptor is not None and "/FontFile2" in descriptor, f"{font.BaseFont} not embedded"
                fonts.add(str(font.BaseFont).split("+", 1)[1])
    assert fonts >= {"NotoSerif-Regular", "NotoSerif-Italic", "NotoSans-Bold", "NotoSans-Regular"}
    assert not any("Helvetica" in name for name in fonts)


def test_running_header_and_page_n_of_m(handout: Path) -> None:
    with pdfplumber.open(handout) as pdf:
        count = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            text = page.extract_text()
            assert f"page {number} of {count}" in text
            if number > 1:
                assert text.splitlines()[0].startswith("The Great Purge · Stalin")


def test_a_long_running_header_and_footer_are_shortened_to_the_text_block(tmp_path: Path) -> None:
    """The header is the short title when the title and subtitle do not fit, cut at a word as a last resort."""
    long = "The Russian Revolutions of 1917 and the Collapse of the Romanov Empire"
    subtitle = "From the February Days to the Dissolution of the Constituent Assembly"
    summary = "A paragraph. " * 900  # pages enough to have running heads
    topic = tmp_path / "t.yaml"
    topic.write_text(
        f"title: {long}\nshort_title: Russia 1917\nsubtitle: {subtitle}\nsummary: {summary}\n"
        "key_figures:\n  - name: A\n    role: B\n"
    )
    settings = Settings()
    pdf = pipeline.build_handout(topic, tmp_path / "out", settings).path
    page = context.page_geometry(settings, measured=True)
    with pdfplumber.open(pdf) as document:
        second = document.pages[1]
        words = second.extract_words()
        head = " ".join(w["text"] for w in words if w["bottom"] < page.margin)
        foot = " ".join(w["text"] for w in words if w["top"] > second.height - page.margin)
        assert head == f"Russia 1917 · {subtitle}", head
        assert foot.startswith("The Russian Revolutions of 1917") and foot.endswith(f"page 2 of {len(document.pages)}")
        for word in words:
            assert page.side - 1 <= word["x0"] and word["x1"] <= second.width - page.side + 1, word["text"]


def test_letter_by_default_and_a4_on_request(handout: Path, tmp_path: Path) -> None:
    assert [round(v) for v in PdfReader(handout).pages[0].mediabox[2:]] == [612, 792]
    a4 = pipeline.build_handout(EXAMPLE, tmp_path, Settings(paper="a4")).path
    assert [round(float(v), 1) for v in PdfReader(a4).pages[0].mediabox[2:]] == [595.3, 841.9]


def test_questions_have_ruled_answer_lines(handout: Path) -> None:
    with pdfplumber.open(handout) as pdf:
        rules = [
            line
            for page in pdf.pages
            for line in page.lines
            if abs(line["top"] - line["bottom"]) < 0.1 and line["x1"] - line["x0"] > 300
        ]
    assert len(rules) >= 4 * len(TOPIC.questions)


def test_building_twice_gives_identical_bytes(handout: Path, tmp_path: Path) -> None:
    again = pipeline.build_handout(EXAMPLE, tmp_path, Settings()).path
    assert again.read_bytes() == handout.read_bytes()
