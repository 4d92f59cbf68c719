"""Anki and Quizlet exports: the same cards as the printed deck, and note IDs that survive editing."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLE, MINIMAL, pdf_text, write

from generator.building import pipeline
from generator.cli import main
from generator.outputs import decks


def notes(apkg: Path, tmp_path: Path) -> tuple[list[tuple[str, list[str], list[str]]], list[str]]:
    """(guid, fields, tags) of every note, and the deck names, read with sqlite from the package."""
    with zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        rows = db.execute("select guid, flds, tags from notes order by id").fetchall()
        deck_names = [deck["name"] for deck in json.loads(db.execute("select decks from col").fetchone()[0]).values()]
    return [(guid, flds.split("\x1f"), tags.split()) for guid, flds, tags in rows], deck_names


def test_anki_package_holds_every_card_with_fields_tags_and_decks(tmp_path: Path) -> None:
    assert main(["export", str(EXAMPLE.parent / "hist-204"), "--format", "anki", "-o", str(tmp_path)]) == 0
    found, deck_names = notes(tmp_path / "hist-204" / "great-purge" / "flashcards.apkg", tmp_path)
    assert len(found) == 44
    course = "Modern European History::Great Purge::"  # the course's deck holds its topics
    assert {course + deck for deck in ("Figures", "Events", "Terms", "Trials")} <= set(deck_names)
    stalin = next(
        fields for _, fields, _ in found if fields[0].startswith('<div class="lead"><b>Joseph Stalin</b></div>')
    )
    assert "General Secretary" in stalin[1] and len(stalin[2]) == 6
    assert all({"HIST_204", "great-purge"} <= set(tags) for _, _, tags in found)
    assert {tags[-1] for _, _, tags in found} == {"Figures", "Events", "Terms", "Trials"}
    assert len({guid for guid, _, _ in found}) == 44


def test_note_ids_survive_editing_and_identical_cards_in_two_decks_differ(tmp_path: Path) -> None:
    text = MINIMAL + (
        "terms:\n  - term: NKVD\n    definition: The secret police.\n"
        "cards:\n  - deck: One\n    front: Same\n    back: Same\n  - deck: Two\n    front: Same\n    back: Same\n"
    )
    topic = write(tmp_path, text, name="t.yaml")
    assert main(["export", str(topic), "--format", "anki", "-o", str(tmp_path / "a")]) == 0
    topic.write_text(text.replace("The secret police.", "The Soviet secret police, 1934–1946."), encoding="utf-8")
    assert main(["export", str(topic), "--format", "anki", "-o", str(tmp_path / "b")]) == 0
    before, _ = notes(tmp_path / "a" / "t" / "flashcards.apkg", tmp_path / "x")
    after, _ = notes(tmp_path / "b" / "t" / "flashcards.apkg", tmp_path / "y")
    assert [guid for guid, _, _ in before] == [guid for guid, _, _ in after]
    changed = [(b[1], a[1]) for b, a in zip(before, after, strict=True) if b[1] != a[1]]
    assert len(changed) == 1 and "1934–1946" in changed[0][1][1]
    same = [guid for guid, fields, _ in after if fields[0] == '<div class="prompt">Same</div>']
    assert len(same) == 2 and same[0] != same[1]


def test_quizlet_file_round_trips_the_printed_deck(tmp_path: Path) -> None:
    assert main(["export", str(EXAMPLE), "--format", "csv", "-o", str(tmp_path), "--deck", "terms,trials"]) == 0
    with (tmp_path / "great-purge" / "flashcards.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    source = pipeline.read(EXAMPLE)
    cards = decks.build(source.topic, source.loaded.locate, ["terms", "trials"])
    assert rows == [[" ".join(c.front.plain.split()), " ".join(c.back.plain.split())] for c in cards]
    assert rows[0][0] == "Central Committee" and rows[0][1].startswith("The party’s leading body between congresses")


def test_printed_card_ids_match_the_anki_notes(tmp_path: Path) -> None:
    args = [str(EXAMPLE), "-o", str(tmp_path), "--deck", "trials"]
    assert main(["cards", *args, "--card-ids"]) == 0
    assert main(["export", *args, "--format", "anki"]) == 0
    found, _ = notes(tmp_path / "great-purge" / "flashcards.apkg", tmp_path)
    printed = pdf_text(tmp_path / "great-purge" / "flashcards.pdf")
    for _, fields, _ in found:
        assert f"· {fields[2]}" in printed


@pytest.mark.parametrize("fmt", ["anki", "csv"])
def test_export_of_bad_input_is_a_clean_error(tmp_path: Path, capsys, fmt: str) -> None:
    topic = write(tmp_path, MINIMAL + "cards:\n  - front: no back\n")
    assert main(["export", str(topic), "--format", fmt, "-o", str(tmp_path / "out")]) == 2
    assert "cards[0].back" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_quizlet_lines_keep_the_parts_of_a_back_apart_and_links_their_address(tmp_path: Path) -> None:
    back = "See [the record](https://example.org/trial) and [https://example.org](https://example.org).\n\n      Later."
    topic = write(tmp_path, MINIMAL + f"cards:\n  - front: Q\n    back: |\n      {back}\n")
    assert main(["export", str(EXAMPLE), "--format", "csv", "-o", str(tmp_path), "--deck", "figures"]) == 0
    assert main(["export", str(topic), "--format", "csv", "-o", str(tmp_path), "--deck", "custom"]) == 0
    stalin = (tmp_path / "great-purge" / "flashcards.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert stalin[1].startswith("General Secretary of the Communist Party and ruler of the Soviet Union · 1878–1953 · ")
    (row,) = (tmp_path / "topic" / "flashcards.tsv").read_text(encoding="utf-8").splitlines()
    assert row == "Q\tSee the record (https://example.org/trial) and https://example.org. · Later."


def test_characters_no_bundled_font_has_do_not_stop_an_export(tmp_path: Path, capsys) -> None:
    """An Anki or Quizlet export is read in the phone's fonts: --strict refuses only what would be typeset."""
    topic = write(tmp_path, MINIMAL.replace("role: ", "native_name: ⵣⴰⵢⴻⵏ\n    role: ", 1))
    assert main(["export", str(topic), "--format", "csv", "--strict", "-o", str(tmp_path / "out")]) == 0
    assert "ⵣⴰⵢⴻⵏ" in next((tmp_path / "out").rglob("flashcards.tsv")).read_text(encoding="utf-8")
    assert "not in the font" not in capsys.readouterr().err
    assert main(["build", str(topic), "--only", "handout", "--strict", "-o", str(tmp_path / "pdf")]) == 2
    assert "5 characters of the Tifinagh script (ⵣⴰⵢⴻⵏ)" in capsys.readouterr().err
