"""The calibration page as a user meets it: read it held to the light, type what it says, and the backs line up."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from conftest import EXAMPLE, pdf_text

from generator.cli import main
from generator.outputs import calibration
from generator.outputs.stock import PRESETS
from generator.settings import Cards
from generator.settings.furniture import Calibration
from generator.vocabulary import MM

SHIFTS = [step * MM for step in range(-calibration.REACH, calibration.REACH + 1, 2)]
"""Misregistrations across the whole labelled range of the scales, in points."""


def reading(item: dict, shift: tuple[float, float], page: tuple[float, float], duplex: str) -> tuple[float, float]:
    """What a person reads on one target's scales when the printer puts the back `shift` points off.

    The front's cross, seen through the paper, sits at its mirror image; the
    scales (printed on the back) sit where the PDF puts them, moved by `shift`.
    """
    target = item["target"]
    seen_x, seen_y = (target.x, page[1] - target.y) if duplex == "short-edge" else (page[0] - target.x, target.y)
    zero_x = next(tick for tick in item["across"] if tick.label == "0").line.x1 + shift[0]
    zero_y = next(tick for tick in item["up"] if tick.label == "0").line.y1 + shift[1]
    return round((seen_x - zero_x) / MM * 2) / 2, round((seen_y - zero_y) / MM * 2) / 2


def test_the_offset_the_page_asks_for_is_accepted_as_printed_and_lines_the_backs_up(tmp_path: Path) -> None:
    shift = (1 * MM, -2 * MM)  # this printer puts the backs 1 mm right and 2 mm low
    stock = PRESETS["avery-5371"]
    page = stock.page_size
    readings = {
        reading(item, shift, page, "long-edge")
        for item in calibration.context(Cards(), stock, Calibration())["targets"]
    }
    assert readings == {(-1.0, 2.0)}
    typed = "-1,2"  # as the page says: --back-offset X,Y, two words on the command line
    assert (
        main(["cards", str(EXAMPLE), "-o", str(tmp_path), "--deck", "trials", "--outline", "--back-offset", typed]) == 0
    )
    with pdfplumber.open(tmp_path / "great-purge" / "flashcards.pdf") as pdf:
        fronts = sorted((round(r["x0"], 2), round(r["top"], 2)) for r in pdf.pages[0].rects)
        backs = sorted((round(r["x0"], 2), round(r["top"], 2)) for r in pdf.pages[1].rects)
    width = stock.width
    landed = sorted((round(x + shift[0], 2), round(top - shift[1], 2)) for x, top in backs)  # top is measured down
    assert landed == sorted((round(page[0] - x - width, 2), top) for x, top in fronts)
    assert main(["cards", "--calibrate", "-o", str(tmp_path), "--back-offset", typed]) == 0
    again = calibration.context(Cards(back_offset=(-1.0, 2.0)), stock, Calibration())
    assert {reading(item, shift, page, "long-edge") for item in again["targets"]} == {(0.0, 0.0)}
    text = pdf_text(tmp_path / "calibration.pdf")
    assert "printed with --back-offset -1,2: add X and Y to those numbers" in text
    assert "A positive X moves the backs right, a positive Y moves them up, as seen on this side" in text


def _front_and_back(pdf_path: Path) -> tuple[pdfplumber.page.Page, pdfplumber.page.Page, pdfplumber.PDF]:
    pdf = pdfplumber.open(pdf_path)
    return pdf.pages[0], pdf.pages[1], pdf


@pytest.mark.parametrize(("stock", "duplex"), [("avery-5371", "long-edge"), ("a7", "short-edge"), ("a7", "long-edge")])
def test_crosses_reach_the_scales_and_no_front_text_shows_through_on_the_numbers(
    tmp_path: Path, stock: str, duplex: str
) -> None:
    assert main(["cards", "--calibrate", "-o", str(tmp_path), "--stock", stock, "--duplex", duplex]) == 0
    front, back, pdf = _front_and_back(tmp_path / "calibration.pdf")
    with pdf:
        width, height = front.width, front.height
        arms = [line for line in front.lines if abs(line["x1"] - line["x0"] - 2 * calibration.ARM * MM) < 0.1
                or abs(line["bottom"] - line["top"] - 2 * calibration.ARM * MM) < 0.1]  # fmt: skip
        assert len(arms) == 6
        numbers = [c for c in back.chars if c["size"] <= 6]  # the scales' numbers and their X (mm), Y (mm)
        assert len(numbers) > 100
        front_text = front.chars

        def seen(x0: float, x1: float, top: float, bottom: float, shift: tuple[float, float]) -> tuple[float, ...]:
            """A box on the front as seen through the paper on the back (top-down coordinates), moved by `shift`."""
            if duplex == "short-edge":
                x0, x1, top, bottom = x0, x1, height - bottom, height - top
            else:
                x0, x1 = width - x1, width - x0
            return x0 + shift[0], x1 + shift[0], top - shift[1], bottom - shift[1]

        data = calibration.context(Cards(duplex=duplex), PRESETS[stock], Calibration())
        for shift in ((dx, dy) for dx in SHIFTS for dy in SHIFTS):
            for item in data["targets"]:
                across_y = height - item["across"][0].line.y1  # the across scale's line, top-down
                up_x = item["up"][0].line.x1
                crossing = [seen(a["x0"], a["x1"], a["top"], a["bottom"], shift) for a in arms]
                left, right = item["across"][0].line.x1 - 0.01, item["across"][-1].line.x1 + 0.01
                assert any(x0 == x1 and top < across_y < bottom and left <= x0 <= right
                           for x0, x1, top, bottom in crossing), (shift, "X")  # fmt: skip
                assert any(top == bottom and x0 < up_x < x1 for x0, x1, top, bottom in crossing), (shift, "Y")
            for char in front_text:
                x0, x1, top, bottom = seen(char["x0"], char["x1"], char["top"], char["bottom"], shift)
                for number in numbers:
                    overlaps = (
                        x0 < number["x1"] and number["x0"] < x1 and top < number["bottom"] and number["top"] < bottom
                    )
                    assert not overlaps, f"front {char['text']!r} over the back's {number['text']!r} at {shift}"
