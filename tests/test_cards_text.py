"""What goes on the cards: decks, fitted text, warnings for text that does not fit, shuffling, calibration."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from conftest import EXAMPLE, MINIMAL, pdf_text, write
from test_flashcards import SPECS, build, deck_topic, inside, words_by_card

from generator.building import pipeline
from generator.cli import main
from generator.outputs import calibration, decks
from generator.outputs.stock import PRESETS
from generator.settings import Cards
from generator.settings.furniture import Calibration
from generator.vocabulary import MM

LONG = " ".join(["word"] * 790)  # 3,950 characters: within the 4,000 a field may have, far beyond a card


def test_card_dates_say_ce_where_the_deck_has_bce_dates(tmp_path: Path) -> None:
    """A card reading "105" after one reading "c. 3500 BCE" needs its era, as the handout's chronology has it."""
    chronology = "chronology:\n  - date: -3499~\n    event: Cuneiform.\n  - date: '0105'\n    event: Paper.\n"
    source = pipeline.read(write(tmp_path, MINIMAL + chronology))
    cards = decks.build(source.topic, source.loaded.locate, ["events", "dates"])
    assert [card.back.plain.split()[0:2] for card in cards if card.deck == "Events"] == [["c.", "3500"], ["105", "CE"]]
    assert [card.front.plain for card in cards if card.deck == "Dates"] == ["c. 3500 BCE", "105 CE"]
    modern = pipeline.read(write(tmp_path, MINIMAL + chronology.replace("-3499~", "1450~")))
    assert next(c.back.plain for c in decks.build(modern.topic, modern.loaded.locate, ["events"])) == "105"


def test_example_decks_and_their_sides() -> None:
    source = pipeline.read(EXAMPLE)
    cards = decks.build(source.topic, source.loaded.locate)
    counts = {deck: sum(card.deck == deck for card in cards) for deck in dict.fromkeys(c.deck for c in cards)}
    assert counts == {"Figures": 11, "Events": 16, "Terms": 13, "Trials": 4}  # dates (events reversed) when asked
    cards = decks.build(source.topic, source.loaded.locate, ["figures", "dates"])
    stalin = cards[0]
    assert stalin.front.plain == "Joseph Stalin Иосиф Виссарионович Сталин"
    assert stalin.back.plain.startswith("General Secretary of the Communist Party")
    first_date = next(card for card in cards if card.deck == "Dates")
    assert (first_date.front.plain, first_date.back.plain.split(";")[0]) == ("21 January 1924", "Lenin dies")
    assert first_date.back.field == "chronology[0].event"
    lines = EXAMPLE.read_text().splitlines()
    expected = lines.index("    event: Lenin dies; Stalin and Trotsky begin their struggle for the succession.") + 1
    assert first_date.back.location.line == expected


def test_decks_are_chosen_by_name_in_the_order_given() -> None:
    source = pipeline.read(EXAMPLE)
    cards = decks.build(source.topic, source.loaded.locate, ["terms", "TRIALS", "figures"])
    assert list(dict.fromkeys(card.deck for card in cards)) == ["Terms", "Trials", "Figures"]
    with pytest.raises(decks.UserError, match=r"unknown deck 'people'; this topic has: figures, events"):
        decks.build(source.topic, source.loaded.locate, ["people"])


def test_shuffle_is_reproducible_by_seed(tmp_path: Path) -> None:
    topic = deck_topic(tmp_path, 12)
    first = build(topic, tmp_path / "a", "avery-5371", shuffle=True, seed=7).read_bytes()
    again = build(topic, tmp_path / "b", "avery-5371", shuffle=True, seed=7).read_bytes()
    other = build(topic, tmp_path / "c", "avery-5371", shuffle=True, seed=8)
    assert first == again
    assert other.read_bytes() != first
    words = pdf_text(other).split()
    fronts = [w for w in words if w.startswith("front")]
    assert sorted(fronts) == [f"front{k:03d}" for k in range(1, 13)] and fronts != sorted(fronts)


def char_sizes(pdf_path: Path, page: int, word: str) -> set[float]:
    with pdfplumber.open(pdf_path) as pdf:
        chars = pdf.pages[page].chars
    text = "".join(c["text"] for c in chars)
    start = text.index(word)
    return {round(c["size"], 2) for c in chars[start : start + len(word)]}


def test_text_is_as_large_as_fits_and_the_measurement_matches_the_build(tmp_path: Path) -> None:
    long_back = " ".join(f"w{i}" for i in range(150))
    topic = write(tmp_path, MINIMAL + f"cards:\n  - front: Short\n    back: start {long_back}\n")
    settings = pipeline.Settings(cards={"stock": "avery-5371", "decks": ["custom"]})
    source = pipeline.read(topic)
    (rml,), warnings = pipeline.rml("flashcards", source, settings)
    assert not warnings
    pdf_path = pipeline.build(topic, tmp_path / "out", settings, ("flashcards",))[0].path
    base = PRESETS["avery-5371"].base_size
    body = 0.72 * base  # the body role's size at scale 1
    (front_size,) = char_sizes(pdf_path, 0, "Short")
    assert front_size == pytest.approx(0.8 * base, abs=0.01)  # short text stays at the base size
    (back_size,) = char_sizes(pdf_path, 1, "start")
    assert 7 <= back_size < body  # shrunk, but not below the minimum
    from generator.outputs import flashcards

    card = decks.build(source.topic, source.loaded.locate, ["custom"])[0]
    data = flashcards.context(
        "T",
        [card],
        settings.cards,
        PRESETS["avery-5371"],
        settings.fonts.faces(),
        roles=settings.theme.cards,
        footer=settings.theme.card_footer,
    )
    measured = body / data["sheets"][0][0]["back"]["scale"]
    assert back_size == pytest.approx(measured, abs=0.01)
    assert f'fontSize="{measured:.2f}"' in rml and "keepInFrame" not in rml  # set at that size, not scaled


def test_text_too_long_for_the_card_warns_and_strict_refuses(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    cards = f"cards:\n  - front: Too long\n    back: {LONG}\n  - front: Next\n    back: Fine\n"
    topic = write(tmp_path, MINIMAL + cards)
    out = tmp_path / "out"
    assert main(["cards", str(topic), "-o", str(out), "--deck", "custom"]) == 0
    err = capsys.readouterr().err
    assert f"warning: {topic}:8:11: cards[0].back: Custom card 1: the back has text set at " in err
    assert "pt, below the 7 pt minimum" in err
    assert "“word word word" in err
    pdf_path = out / "topic" / "flashcards.pdf"
    spec = SPECS["avery-5371"]
    with pdfplumber.open(pdf_path) as pdf:
        backs = [(612 - x1, y0, 612 - x0, y1) for x0, y0, x1, y1 in spec.rects()]
        on_back = words_by_card(pdf.pages[1], backs)
    assert on_back[0].count("word") == 790, "nothing is cut off"
    assert "Fine" in on_back[1], "the long card does not push the next one out of place"
    before = pdf_path.read_bytes()
    assert main(["cards", str(topic), "-o", str(out), "--deck", "custom", "--strict"]) == 2
    assert "Custom card 1: the back has text set at" in capsys.readouterr().err
    assert pdf_path.read_bytes() == before


def test_custom_stock_from_the_command_line(tmp_path: Path) -> None:
    topic = deck_topic(tmp_path, 4)
    out = tmp_path / "out"
    args = ["cards", str(topic), "-o", str(out), "--stock", "custom", "--card-size", "80mmx50mm", "--grid", "2x2"]
    assert main([*args, "--margins", "1in,20mm", "--gutter", "5mm,4mm", "--outline"]) == 0
    with pdfplumber.open(out / "topic" / "flashcards.pdf") as pdf:
        page = pdf.pages[0]
        rects = sorted((round(r["x0"], 1), round(page.height - r["y1"], 1)) for r in page.rects)
        assert rects == [(56.7, 72.0), (56.7, 225.1), (297.6, 72.0), (297.6, 225.1)]
        assert all(r["width"] == pytest.approx(80 * MM, abs=0.5) for r in page.rects)
        assert page.lines, "custom stock is plain paper unless --perforated"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--stock", "avery-9999"], "unknown card stock 'avery-9999'"),
        (["--stock", "custom", "--grid", "2x2"], "--card-size: this field is required"),
        (["--stock", "custom", "--card-size", "3 inches,2in", "--grid", "2x2"], "is not a length"),
        (["--stock", "custom", "--card-size", "5in,3in", "--grid", "2x2"], "do not fit on letter paper"),
        (["--back-offset", "1mm,2"], "--back-offset: expected a number"),
        (["--stock", "index-4x6", "--duplex", "fold"], "too large to print front and back side by side"),
    ],
)
def test_bad_card_options_are_user_errors(tmp_path: Path, capsys, options: list[str], message: str) -> None:
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path), *options]) == 2
    assert message in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_calibration_page_mirrors_its_crosses_onto_scales(tmp_path: Path) -> None:
    assert main(["cards", "--calibrate", "-o", str(tmp_path), "--back-offset", "1.5,-0.5"]) == 0
    pdf_path = tmp_path / "calibration.pdf"
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) == 2
        back = " ".join(pdf.pages[1].extract_text().split())
    assert "--back-offset 1.5,-0.5" in back and "every cross reads 0" in back
    data = calibration.context(Cards(back_offset=(1.5, -0.5)), PRESETS["avery-5371"], Calibration())
    for item in data["targets"]:
        target = item["target"]
        assert target.back_x == pytest.approx(612 - target.x + 1.5 * MM)
        assert target.back_y == pytest.approx(target.y - 0.5 * MM)
        zero = next(tick for tick in item["across"] if tick.label == "0")
        assert zero.line.x1 == pytest.approx(target.back_x)
    short = calibration.context(Cards(duplex="short-edge"), PRESETS["a7"], Calibration())["targets"][0]["target"]
    assert (short.back_x, short.back_y) == pytest.approx((short.x, 841.8898 - short.y), abs=0.01)
    assert main(["cards", "--calibrate", "-o", str(tmp_path), "--duplex", "fold"]) == 2


def test_build_writes_handout_and_flashcards(tmp_path: Path) -> None:
    assert main(["build", str(EXAMPLE), "-o", str(tmp_path), "--paper", "a4"]) == 0
    with pdfplumber.open(tmp_path / "great-purge" / "flashcards.pdf") as pdf:
        assert len(pdf.pages) == 2 * 11  # 44 cards (no dates deck unless asked for), four a7 cards a sheet
        first = pdf.pages[0]
        assert (round(first.width), round(first.height)) == (595, 842)
        words = first.extract_words()
        assert inside(words[0], SPECS["a7"].rects()[0], first.height)
    assert "Great Purge · Figures · 1/11" in pdf_text(tmp_path / "great-purge" / "flashcards.pdf")
