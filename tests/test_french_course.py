"""The French example course (content/histoire-seconde) builds with no English word left on any page.

Every fixed string studyguide prints is a message, a date word, a deck title or a
month name; their English forms are gathered from the catalogue's sources and from
CLDR, and none may appear in the text of any page of the handout, worksheet, key or
cards, nor in the alternative texts screen readers read.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from babel.messages.pofile import read_po
from conftest import ROOT
from tagged_pdf import elements

from generator import messages
from generator.cli import main
from generator.content.datewords import words
from generator.outputs import decks

COURSE = ROOT / "content" / "histoire-seconde"
FILES = ("handout.pdf", "worksheet.pdf", "worksheet-key.pdf", "flashcards.pdf")
FRENCH_TOO = {"Date", "Dates", "Sources", "Version", "page", "Q1", "Q2", "Q3", "Q4"}
"""Messages whose English is also the French word (or a symbol): found in French text rightly."""


def english_words() -> set[str]:
    """The English of every fixed word: each message's text between its placeholders, the months, the eras."""
    with (messages.HERE / "fr.po").open("rb") as handle:
        sources = {message.id for message in read_po(handle) if message.id and isinstance(message.id, str)}
    pieces = {piece.strip(" ,.:;·()") for source in sources for piece in re.split(r"%\(\w+\)s|\{\w+\}", source)}
    english = words("en")
    pieces |= {*english.months, *english.short_months, *english.eras, *decks.TITLES.values()}
    return {piece for piece in pieces if len(piece) > 1 and piece not in FRENCH_TOO}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("histoire")
    assert main(["build", str(COURSE), "-o", str(out)]) == 0
    return out / "histoire-seconde" / "revolution-francaise"


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _read_aloud(path: Path) -> list[str]:
    """The alternative and replacement texts of the structure tree: what a screen reader says for figures."""
    with pikepdf.open(BytesIO(path.read_bytes())) as pdf:
        root = pdf.Root.StructTreeRoot
        return [str(element[key]) for element in elements(root) for key in ("/Alt", "/ActualText") if key in element]


def test_the_list_of_english_words_is_the_one_the_code_prints() -> None:
    found = english_words()
    assert {"Summary", "Key figures", "of", "December", "BCE", "Figures", "Who was who?", "date unknown"} <= found


@pytest.mark.parametrize("name", FILES)
def test_no_english_word_is_left_on_any_page(built: Path, name: str) -> None:
    english = english_words()
    for number, text in enumerate(_pages(built / name), 1):
        flat = " ".join(text.split())
        left = sorted(word for word in english if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", flat))
        assert not left, f"{name} page {number}: {left}"
    for alternative in _read_aloud(built / name):
        left = sorted(word for word in english if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", alternative))
        assert not left, f"{name} alternative text {alternative!r}: {left}"


def test_the_french_pages_say_dates_quotes_and_decks_the_french_way(built: Path) -> None:
    handout = "\n".join(_pages(built / "handout.pdf"))
    flat = " ".join(handout.split())
    for said in ("Résumé", "Personnages clés", "1er février 1793", "2–6 septembre 1792", "20 juillet – 6 août 1789",
                 "mars–décembre 1793", "5 septembre 1793 – 27 juillet 1794", "janv. 1789"):  # fmt: skip
        assert said in flat, said
    assert re.search(r"page 1 sur \d", flat)
    assert "« Qu’est-ce que le tiers état ? Tout. »" in flat  # typed "Qu'est-ce … Tout."; no-break spaces read as ' '
    cards = " ".join(" ".join(_pages(built / "flashcards.pdf")).split())
    for deck in ("Personnages ·", "Événements ·", "Notions ·", "Divers ·"):
        assert deck in cards, deck
    key = " ".join(" ".join(_pages(built / "worksheet-key.pdf")).split())
    assert "Corrigé" in key and "tiers état :" in key


def test_the_calibration_page_is_french_too(tmp_path: Path) -> None:
    for offset in ("0,0", "1.5,-0.5"):
        out = tmp_path / offset
        assert main(["cards", "--calibrate", "-o", str(out), "--language", "fr", "--back-offset", offset]) == 0
        pages = [" ".join(text.split()) for text in _pages(out / "calibration.pdf")]
        assert pages[0].startswith("Calibrage recto verso des cartes · recto Imprimez cette page en recto verso")
        assert "Cette règle doit mesurer exactement 100 mm ; sinon" in pages[0]
        english = english_words()
        for number, text in enumerate(pages, 1):
            left = sorted(word for word in english if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
            assert not left, f"calibration page {number}: {left}"
    assert "imprimée avec --back-offset 1.5,-0.5 : ajoutez X et Y" in pages[1]


def test_the_exports_name_the_decks_in_french(tmp_path: Path) -> None:
    from test_export import notes

    assert main(["build", str(COURSE), "-o", str(tmp_path), "--only", "anki,csv"]) == 0
    built = tmp_path / "histoire-seconde" / "revolution-francaise"
    _, names = notes(built / "flashcards.apkg", tmp_path)
    decks_named = {name.rsplit("::", 1)[-1] for name in names if name.count("::") == 2}
    assert decks_named == {"Personnages", "Événements", "Notions", "Divers"}
    quizlet = (built / "flashcards.tsv").read_text(encoding="utf-8")
    assert "1er février 1793" in quizlet and "« Liberté, Égalité, Fraternité »" in quizlet  # one line: spaces folded
