"""Flashcard sheets, checked on the PDF: where each card's text lands, front and back, for every stock and duplex mode.

The expected card positions are written out here from the products' own
measurements (Avery's templates, the paper sizes), not taken from the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from conftest import MINIMAL, write

from generator.building import pipeline
from generator.outputs.stock import PRESETS
from generator.settings import Settings

INCH, MM = 72.0, 72.0 / 25.4
LETTER, A4 = (612.0, 792.0), (595.2756, 841.8898)
TOLERANCE = 0.5


@dataclass(frozen=True)
class Spec:
    """A stock as its maker describes it: paper, card size, grid, and top/left margins (None: centred)."""

    paper: tuple[float, float]
    width: float
    height: float
    columns: int
    rows: int
    top: float | None = None
    left: float | None = None

    def rects(self) -> list[tuple[float, float, float, float]]:
        """(x0, y0, x1, y1) in PDF points for each card in reading order."""
        page_w, page_h = self.paper
        left = (page_w - self.columns * self.width) / 2 if self.left is None else self.left
        top = (page_h - self.rows * self.height) / 2 if self.top is None else self.top
        out = []
        for row in range(self.rows):
            for column in range(self.columns):
                x0 = left + column * self.width
                y1 = page_h - top - row * self.height
                out.append((x0, y1 - self.height, x0 + self.width, y1))
        return out


BUSINESS = Spec(LETTER, 3.5 * INCH, 2 * INCH, 2, 5, 0.5 * INCH, 0.75 * INCH)
SPECS = {
    "avery-5371": BUSINESS,
    "avery-5376": BUSINESS,
    "avery-5377": BUSINESS,
    "avery-8371": BUSINESS,
    "avery-5388": Spec(LETTER, 5 * INCH, 3 * INCH, 1, 3, 1 * INCH, 1.75 * INCH),
    "index-3x5": Spec(LETTER, 5 * INCH, 3 * INCH, 1, 3),
    "index-4x6": Spec(LETTER, 6 * INCH, 4 * INCH, 1, 2),
    "a7": Spec(A4, 74 * MM, 105 * MM, 2, 2),  # four upright A7 cards inside a printable margin
}
PERFORATED = {"avery-5371", "avery-5376", "avery-5377", "avery-8371", "avery-5388"}


def test_every_preset_has_a_spec() -> None:
    assert set(PRESETS) == set(SPECS)


def deck_topic(tmp_path: Path, count: int) -> Path:
    """A topic of `count` custom cards whose sides say which card they are."""
    cards = "".join(
        f"  - front: front{k:03d} question\n    back: back{k:03d} answer with a few more words\n"
        for k in range(1, count + 1)
    )
    return write(tmp_path, MINIMAL + "short_title: Deck\ncards:\n" + cards)


def build(topic: Path, out: Path, stock: str, duplex: str = "long-edge", **options: object) -> Path:
    settings = Settings(cards={"stock": stock, "duplex": duplex, "decks": ["custom"], "outline": True, **options})
    return pipeline.build(topic, out, settings, outputs=("flashcards",))[0].path


def inside(word: dict, rect: tuple[float, float, float, float], page_h: float) -> bool:
    x0, y0, x1, y1 = rect
    return (
        x0 - TOLERANCE <= word["x0"]
        and word["x1"] <= x1 + TOLERANCE
        and y0 - TOLERANCE <= page_h - word["bottom"]
        and page_h - word["top"] <= y1 + TOLERANCE
    )


def words_by_card(page: pdfplumber.page.Page, rects: list) -> dict[int, list[str]]:
    """Each card's words; every word on the page must lie inside exactly one card."""
    found: dict[int, list[str]] = {}
    for word in page.extract_words(x_tolerance=1, y_tolerance=1):
        homes = [i for i, rect in enumerate(rects) if inside(word, rect, page.height)]
        assert len(homes) == 1, f"{word['text']!r} lies in {len(homes)} cards"
        found.setdefault(homes[0], []).append(word["text"])
    return found


def mirror(rect: tuple, duplex: str, page: tuple[float, float], shift: tuple[float, float] = (0, 0)) -> tuple:
    x0, y0, x1, y1 = rect
    page_w, page_h = page
    dx, dy = shift
    if duplex == "short-edge":
        return (x0 + dx, page_h - y1 + dy, x1 + dx, page_h - y0 + dy)
    return (page_w - x1 + dx, y0 + dy, page_w - x0 + dx, y1 + dy)


def close(a: tuple, b: tuple) -> bool:
    return all(abs(p - q) <= TOLERANCE for p, q in zip(a, b, strict=True))


def outlines(page: pdfplumber.page.Page) -> list[tuple]:
    return sorted((r["x0"], r["y0"], r["x1"], r["y1"]) for r in page.rects)


@pytest.mark.parametrize("duplex", ["long-edge", "short-edge", "none"])
@pytest.mark.parametrize("stock", sorted(SPECS))
def test_cards_land_on_the_stock_and_backs_behind_fronts(tmp_path: Path, stock: str, duplex: str) -> None:
    spec = SPECS[stock]
    per_sheet = spec.columns * spec.rows
    count = per_sheet + max(1, per_sheet // 2)  # the last sheet is not full
    pdf_path = build(deck_topic(tmp_path, count), tmp_path / "out", stock, duplex)
    fronts = spec.rects()
    backs = [mirror(rect, duplex, spec.paper) for rect in fronts]
    with pdfplumber.open(pdf_path) as pdf:
        sheets = 2
        assert len(pdf.pages) == sheets * (1 if duplex == "none" else 2)
        for sheet in range(sheets):
            numbers = range(sheet * per_sheet + 1, min(count, (sheet + 1) * per_sheet) + 1)
            front_page = pdf.pages[sheet if duplex == "none" else 2 * sheet]
            assert (front_page.width, front_page.height) == pytest.approx(spec.paper, abs=0.01)
            assert all(close(a, b) for a, b in zip(outlines(front_page), sorted(fronts), strict=True))
            on_front = words_by_card(front_page, fronts)
            for slot, number in enumerate(numbers):
                assert f"front{number:03d}" in on_front[slot]
                assert f"{number}/{count}" in on_front[slot]  # the footer: "Deck · Custom · 3/13"
            if duplex == "none":
                continue
            on_back = words_by_card(pdf.pages[2 * sheet + 1], backs)
            assert sorted(on_back) == list(range(len(numbers)))
            for slot, number in enumerate(numbers):
                assert f"back{number:03d}" in on_back[slot]
        marks = front_page.lines
        if stock in PERFORATED:
            assert not marks
        else:
            assert marks, "plain paper needs crop marks"
            for line in marks:
                for x0, y0, x1, y1 in fronts:
                    overlaps = line["x0"] < x1 and line["x1"] > x0 and line["y0"] < y1 and line["y1"] > y0
                    assert not overlaps, f"a crop mark touches a card: {line['pts']}"


def test_footer_names_topic_deck_and_number(tmp_path: Path) -> None:
    pdf_path = build(deck_topic(tmp_path, 3), tmp_path / "out", "avery-5371")
    with pdfplumber.open(pdf_path) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
    assert "Deck · Custom · 1/3" in text and "Deck · Custom · 3/3" in text


def test_back_offset_shifts_only_the_backs(tmp_path: Path) -> None:
    pdf_path = build(deck_topic(tmp_path, 1), tmp_path / "out", "avery-5388", back_offset=(2.0, -1.5))
    spec = SPECS["avery-5388"]
    card = spec.rects()[0]
    with pdfplumber.open(pdf_path) as pdf:
        assert any(close(rect, card) for rect in outlines(pdf.pages[0]))
        shifted = mirror(card, "long-edge", spec.paper, (2 * MM, -1.5 * MM))
        assert any(close(rect, shifted) for rect in outlines(pdf.pages[1]))
        assert not any(close(rect, mirror(card, "long-edge", spec.paper)) for rect in outlines(pdf.pages[1]))


@pytest.mark.parametrize("stock", sorted(set(SPECS) - {"index-4x6"}))
def test_fold_puts_backs_beside_fronts_mirrored_across_the_fold(tmp_path: Path, stock: str) -> None:
    spec = SPECS[stock]
    pdf_path = build(deck_topic(tmp_path, 5), tmp_path / "out", stock, "fold")
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        size = (page.width, page.height)
        rects = outlines(page)
        fronts = sorted((r for r in rects if r[2] <= page.width / 2 + TOLERANCE), key=lambda r: (-r[3], r[0]))
        assert len(rects) == 2 * len(fronts) and fronts
        assert len(pdf.pages) == -(-5 // len(fronts))
        for front in fronts:
            assert (front[2] - front[0], front[3] - front[1]) == pytest.approx((spec.width, spec.height), abs=0.5)
        backs = [mirror(front, "long-edge", size) for front in fronts]
        others = sorted(set(rects) - set(fronts))
        assert all(close(a, b) for a, b in zip(sorted(backs), others, strict=True))
        found = words_by_card(page, fronts + backs)
        for slot in range(len(fronts)):
            assert f"front{slot + 1:03d}" in found[slot]
            assert f"back{slot + 1:03d}" in found[len(fronts) + slot]
        dashed = [line for line in page.lines if line["dash"] and line["dash"][0]]
        assert len(dashed) == 1 and dashed[0]["x0"] == pytest.approx(page.width / 2, abs=TOLERANCE)
        for line in page.lines:
            if line not in dashed:
                assert not any(
                    line["x0"] < x1 and line["x1"] > x0 and line["y0"] < y1 and line["y1"] > y0
                    for x0, y0, x1, y1 in rects
                ), "a crop mark touches a card"
