"""Printing cards as a teacher does: the print dialog's settings, marks to cut along, warnings, text sizes."""

from __future__ import annotations

import random
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from conftest import EXAMPLE, MINIMAL, write

from generator.building import pipeline
from generator.cli import main
from generator.outputs import decks, flashcards
from generator.outputs.stock import PRESETS
from generator.settings import Settings
from generator.vocabulary import MM


def viewer(pdf_path: Path) -> dict[str, str]:
    with pikepdf.open(pdf_path) as pdf:
        return {str(k): str(v) for k, v in pdf.Root.get("/ViewerPreferences", {}).items()}


@pytest.mark.parametrize(
    ("duplex", "flip"),
    [("long-edge", "/DuplexFlipLongEdge"), ("short-edge", "/DuplexFlipShortEdge"), ("fold", "/Simplex"),
     ("none", "/Simplex")],
)  # fmt: skip
def test_card_pdfs_tell_the_print_dialog_actual_size_and_how_to_flip(tmp_path: Path, duplex: str, flip: str) -> None:
    stock = ["--stock", "avery-5388"] if duplex == "fold" else []
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path), "--deck", "trials", "--duplex", duplex, *stock]) == 0
    assert viewer(tmp_path / "great-purge" / "flashcards.pdf") == {
        "/PrintScaling": "/None",
        "/Duplex": flip,
        "/DisplayDocTitle": "True",
    }


def test_calibration_and_worksheets_print_at_actual_size(tmp_path: Path) -> None:
    assert main(["cards", "--calibrate", "-o", str(tmp_path), "--duplex", "short-edge"]) == 0
    assert viewer(tmp_path / "calibration.pdf") == {
        "/PrintScaling": "/None",
        "/Duplex": "/DuplexFlipShortEdge",
        "/DisplayDocTitle": "True",
    }
    assert main(["worksheet", str(EXAMPLE), "-o", str(tmp_path)]) == 0
    for name in ("worksheet.pdf", "worksheet-key.pdf"):
        assert viewer(tmp_path / "great-purge" / name)["/PrintScaling"] == "/None"


def test_fold_mode_has_no_cut_mark_on_the_fold(tmp_path: Path) -> None:
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path), "--deck", "trials", "--duplex", "fold"]) == 0
    with pdfplumber.open(tmp_path / "great-purge" / "flashcards.pdf") as pdf:
        page = pdf.pages[0]
        middle = page.width / 2
        on_fold = [line for line in page.lines if abs(line["x0"] - middle) < 0.5 and abs(line["x1"] - middle) < 0.5]
        marks = [line for line in page.lines if max(line["height"], line["width"]) < 7 * MM]
    assert len(on_fold) == 1 and on_fold[0]["height"] > page.height / 2, "only the fold line itself"
    assert marks and not any(abs(mark["x0"] - middle) < 0.5 for mark in marks)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--duplex", "fold", "--back-offset", "1,-2"], "--back-offset 1,-2 has no effect with --duplex fold"),
        (["--duplex", "none", "--back-offset=0.5,0"], "--back-offset 0.5,0 has no effect with --duplex none"),
        (["--paper", "a4", "--stock", "avery-5371"], "the paper is a4 (--paper, or the course's), but avery-5371"),
        (["--stock", "custom", "--card-size", "3.5in,2in", "--grid", "2x5", "--margins", "0.5in,0mm", "--perforated"],
         "custom cards put text 3.6 mm from the paper's edge"),
    ],
)  # fmt: skip
def test_print_settings_that_would_go_wrong_are_said(tmp_path: Path, capsys, options: list[str], message: str) -> None:
    args = ["cards", str(EXAMPLE), "-o", str(tmp_path), "--deck", "trials", *options]
    assert main(args) == 0
    assert f"warning: {message}" in capsys.readouterr().err
    assert main([*args, "--strict", "-o", str(tmp_path / "strict")]) == 2
    assert message in capsys.readouterr().err and not (tmp_path / "strict").exists()


@pytest.mark.parametrize("size", [["--stock", "avery-5371"], ["--stock", "custom", "--card-size", "50mm,30mm",
                                                               "--grid", "3x6"]])  # fmt: skip
def test_footers_keep_clear_of_the_card_edge(tmp_path: Path, size: list[str]) -> None:
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path), "--deck", "trials", "--outline", *size]) == 0
    with pdfplumber.open(tmp_path / "great-purge" / "flashcards.pdf") as pdf:
        page = pdf.pages[0]
        cards = page.rects
        footers = [char for char in page.chars if char["size"] < 7.5 and char["text"] == "·"]
    assert footers
    for char in footers:
        card = next(r for r in cards if r["x0"] <= char["x0"] <= r["x1"] and r["top"] <= char["top"] <= r["bottom"])
        assert card["bottom"] - char["bottom"] >= 4 * MM - 0.01


def test_a4_takes_four_a7_cards_and_a_perforated_a7_sheet_eight(tmp_path: Path) -> None:
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path / "a"), "--paper", "a4", "--deck", "terms"]) == 0
    args = ["--stock", "custom", "--paper", "a4", "--card-size", "105mm,74mm", "--grid", "2x4", "--perforated"]
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path / "b"), "--deck", "terms", *args]) == 0
    for folder, per_sheet in (("a", 4), ("b", 8)):
        with pdfplumber.open(tmp_path / folder / "great-purge" / "flashcards.pdf") as pdf:
            fronts = pdf.pages[0].extract_text()
            assert len(pdf.pages) == 2 * -(-13 // per_sheet)
        assert fronts.count("Terms ·") == per_sheet


def test_min_size_is_the_smallest_text_printed(tmp_path: Path, capsys) -> None:
    """A native name is set smaller than the name above it: --min-size holds for it too; warnings say the PDF's size."""
    out = tmp_path / "out"
    assert main(["cards", str(EXAMPLE), "-o", str(out), "--deck", "figures", "--min-size", "10", "--strict"]) == 2
    err = capsys.readouterr().err
    assert "Figures card 1: the front has text set at 9.30 pt, below the 10 pt minimum" in err
    assert "Сталин”; use larger cards or a lower --min-size" in err  # shortening would not help
    long = " ".join(f"word{i}" for i in range(400))
    topic = write(tmp_path, MINIMAL + f"cards:\n  - front: Long\n    back: {long}\n")
    assert main(["cards", str(topic), "-o", str(out), "--deck", "custom"]) == 0
    said = float(capsys.readouterr().err.split("has text set at ")[1].split(" pt")[0])
    with pdfplumber.open(out / "topic" / "flashcards.pdf") as pdf:
        printed = min(char["size"] for char in pdf.pages[1].chars if char["text"].startswith("w"))
    assert said == pytest.approx(printed, abs=0.01)


def test_shrunk_text_is_printed_at_the_size_measured_and_centred(tmp_path: Path) -> None:
    rng = random.Random(3)
    vocabulary = ["the", "of", "Politburo", "NKVD", "counterrevolutionary", "show", "trial", "purge", "1937"]
    backs = []
    for i in range(20):
        words = " ".join(rng.choice(vocabulary) for _ in range(rng.choice([20, 45, 70, 100])))
        long_word = "Supercalifragilisticexpialidocious" * 2 + " " if i % 4 == 0 else ""
        backs.append(f"  - front: F{i:02d}\n    back: Q{i:02d} {long_word}{words}\n")
    topic = write(tmp_path, MINIMAL + "cards:\n" + "".join(backs))
    settings = Settings(cards={"stock": "avery-5371", "decks": ["custom"]})
    source = pipeline.read(topic)
    pdf_path = pipeline.build(topic, tmp_path / "out", settings, ("flashcards",))[0].path
    cards = decks.build(source.topic, source.loaded.locate, ["custom"])
    data = flashcards.context(
        "T",
        cards,
        settings.cards,
        PRESETS["avery-5371"],
        settings.fonts.faces(),
        roles=settings.theme.cards,
        footer=settings.theme.card_footer,
    )
    shrunk = 0
    with pdfplumber.open(pdf_path) as pdf:
        for k in range(len(cards)):
            entry, slot = data["sheets"][k // 10][k % 10]["back"], data["backs"][k % 10]
            page = pdf.pages[2 * (k // 10) + 1]
            frame_top = page.height - slot.text.y - slot.text.height
            mine = [c for c in page.chars if slot.text.x <= c["x0"] <= slot.text.x + slot.text.width
                    and frame_top <= c["top"] <= page.height - slot.text.y]  # fmt: skip
            assert {round(c["size"], 2) for c in mine} == {round(entry["smallest"], 2)}  # one role: the body
            shrunk += entry["scale"] != 1.0
            above = min(c["top"] for c in mine) - frame_top
            below = page.height - slot.text.y - max(c["bottom"] for c in mine)
            assert abs(above - below) < entry["smallest"], "centred in its frame"
    assert shrunk >= 10


def test_eight_a7_cards_fill_plain_a4_edge_to_edge_with_cut_lines(tmp_path: Path, capsys) -> None:
    args = ["--stock", "custom", "--paper", "a4", "--card-size", "105mm,74mm", "--grid", "2x4"]
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path), "--deck", "terms", *args]) == 0
    assert "warning" not in capsys.readouterr().err
    with pdfplumber.open(tmp_path / "great-purge" / "flashcards.pdf") as pdf:
        page = pdf.pages[0]
        assert page.extract_text().count("Terms ·") == 8
        lines = {(round(line["x0"] / MM, 1), round(line["top"] / MM, 1), round(line["x1"] / MM, 1),
                  round(line["bottom"] / MM, 1)) for line in page.lines}  # fmt: skip
    block_top = round((297 - 4 * 74) / 2, 1)
    assert (105.0, block_top, 105.0, block_top + 296) in lines, "the cut down the middle"
    assert {(0.0, block_top + 74 * k, 210.0, block_top + 74 * k) for k in range(5)} <= lines
    assert not any(x0 == x1 and x0 in (0.0, 210.0) for x0, _, x1, _ in lines), "nothing to cut at the paper's edge"
