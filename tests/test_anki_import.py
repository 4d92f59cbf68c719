"""Exports imported into the real Anki library (`pip install anki`; skipped without it), as a student's Anki would.

The `anki` package is Anki's own collection code (Rust backend): importing an
.apkg here is what the desktop app's File ▸ Import does, with the same options.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import MINIMAL, write

from generator.cli import main

collection = pytest.importorskip("anki.collection", reason="the real Anki library: pip install anki")
UPDATE = pytest.importorskip("anki.import_export_pb2").ImportAnkiPackageUpdateCondition


def imported(col, apkg: Path, update: int = UPDATE.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER) -> None:
    options = collection.ImportAnkiPackageOptions(update_notes=update, with_scheduling=True)
    col.import_anki_package(collection.ImportAnkiPackageRequest(package_path=str(apkg), options=options))


def export(topic: Path, out: Path, *options: str) -> Path:
    assert main(["export", str(topic), "--format", "anki", "-o", str(out), *options]) == 0
    return out / topic.stem / "flashcards.apkg"


def notes(col) -> dict[str, list[str]]:
    """Each note's fields (front, back, id) by its front, with the deck of its card."""
    found = {}
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        deck = col.decks.name(note.cards()[0].did)
        found[note.fields[0]] = [*note.fields, deck, " ".join(note.tags)]
    return found


TERMS = "terms:\n  - term: NKVD\n    definition: The secret police.\n  - term: Gulag\n    definition: The camps.\n"


@pytest.fixture
def col(tmp_path: Path):
    opened = collection.Collection(str(tmp_path / "collection.anki2"))
    yield opened
    opened.close()


def test_same_file_name_in_two_folders_gives_two_sets_of_notes(tmp_path: Path, col) -> None:
    for folder in ("history", "politics"):
        (tmp_path / folder).mkdir()
        topic = write(tmp_path / folder, MINIMAL + TERMS, name="purge.yaml")
        imported(col, export(topic, tmp_path / "out" / folder, "--deck", "terms"))
    assert col.note_count() == 4, "the second import added its notes instead of overwriting the first's"


def test_same_topic_in_two_courses_lands_in_two_deck_trees(tmp_path: Path, col) -> None:
    for code in ("HIST 101", "POL 202"):
        course = tmp_path / code.replace(" ", "")
        course.mkdir()
        (course / "course.yaml").write_text(f"course:\n  title: {code}\n  code: {code}\n", encoding="utf-8")
        topic = write(course, MINIMAL + TERMS, name="purge.yaml")
        imported(col, export(topic, tmp_path / "out" / code, "--deck", "terms"))
    assert col.note_count() == 4
    decks = {col.decks.name(col.get_card(card).did) for card in col.find_cards("")}
    assert decks == {"HIST 101::A Minimal Topic::Terms", "POL 202::A Minimal Topic::Terms"}


def test_an_explicit_topic_id_keeps_notes_when_the_file_moves(tmp_path: Path, col) -> None:
    text = MINIMAL.replace("title: A Minimal Topic", "title: A Minimal Topic\nid: purge-terms") + TERMS
    imported(col, export(write(tmp_path, text, name="purge.yaml"), tmp_path / "a", "--deck", "terms"))
    (tmp_path / "moved").mkdir()
    imported(col, export(write(tmp_path / "moved", text, name="great-purge.yaml"), tmp_path / "b", "--deck", "terms"))
    assert col.note_count() == 2


def test_import_options_what_survives_a_re_export(tmp_path: Path, col) -> None:
    """What docs/flashcards.md tells teachers: "if newer" (Anki's default) brings the corrections and replaces a
    student's edits and tags on those notes; "never" keeps them and only adds new cards; reviews survive both."""
    topic = write(tmp_path, MINIMAL + TERMS)
    imported(col, export(topic, tmp_path / "a", "--deck", "terms"))
    nkvd = col.get_note(col.find_notes("NKVD")[0])
    nkvd.tags.append("exam")
    nkvd.fields[1] = nkvd.fields[1] + " (my note)"
    col.update_note(nkvd)
    card = nkvd.cards()[0]
    card.start_timer()
    col.sched.answerCard(card, 3)
    time.sleep(1.1)  # Anki and genanki keep note times in whole seconds; the teacher's edit comes later
    fixed = topic.read_text(encoding="utf-8").replace("The secret police.", "The Soviet secret police.")
    topic.write_text(fixed + "  - term: Purge\n    definition: A cleansing.\n", encoding="utf-8")
    again = export(topic, tmp_path / "b", "--deck", "terms")

    imported(col, again, UPDATE.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_NEVER)
    kept = col.get_note(nkvd.id)
    assert col.note_count() == 3 and "exam" in kept.tags and "(my note)" in kept.fields[1]

    imported(col, again)  # the default, "if newer": the export is newer than the student's edit
    updated = col.get_note(nkvd.id)
    assert "Soviet secret police" in updated.fields[1] and "exam" not in updated.tags
    assert col.get_card(card.id).reps == 1, "the review history is kept either way"


def test_paragraphs_and_links_as_anki_shows_them(tmp_path: Path, col) -> None:
    back = "First paragraph, [a source](https://example.org/a).\n\n      Second paragraph."
    topic = write(tmp_path, MINIMAL + f"cards:\n  - front: Q\n    back: |\n      {back}\n")
    imported(col, export(topic, tmp_path / "a", "--deck", "custom"))
    _, shown, *_ = next(iter(notes(col).values()))
    assert '<div class="body">First paragraph, <a href="https://example.org/a">a source</a>.</div>' in shown
    assert '<div class="body">Second paragraph.</div>' in shown and "color=" not in shown
