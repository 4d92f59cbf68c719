"""Worksheets and their keys: the answers in the key are the content's, and versions differ only by seed."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import EXAMPLE, pdf_text

from generator.building import pipeline
from generator.cli import main
from generator.content import dates, markup
from generator.errors import Location
from generator.outputs import decks, worksheet
from generator.settings import Settings, Worksheet

TOPIC = pipeline.check(EXAMPLE)


@pytest.fixture(scope="module")
def version_one(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("ws")
    assert main(["worksheet", str(EXAMPLE), "-o", str(out)]) == 0
    folder = out / "great-purge"
    return pdf_text(folder / "worksheet.pdf"), pdf_text(folder / "worksheet-key.pdf")


def test_every_matching_answer_is_the_persons_role() -> None:
    data = worksheet.context(TOPIC, Worksheet())["exercises"]["matching"]["data"]
    role_of = {row["letter"]: row["role"] for row in data["roles"]}
    by_name = {figure.name: figure for figure in TOPIC.key_figures}
    assert len(data["people"]) == len(TOPIC.key_figures)
    for person in data["people"]:
        assert role_of[person["answer"]] == markup.inline(by_name[person["name"]].role)
    assert [row["letter"] for row in data["roles"]] == [chr(ord("A") + i) for i in range(len(data["roles"]))]
    assert [person["answer"] for person in data["people"]] != sorted(person["answer"] for person in data["people"])


def test_ordering_answers_follow_the_dates_and_every_pair_can_be_ordered() -> None:
    by_event = {markup.inline(entry.event): entry for entry in TOPIC.chronology}
    for seed in range(1, 30):
        data = worksheet.context(TOPIC, Worksheet(seed=seed))["exercises"]["ordering"]["data"]
        ranked = sorted(data["events"], key=lambda row: row["answer"])
        spans = [dates.sort_key(by_event[row["event"]].date) for row in ranked]
        # Each event ends before the next begins: no overlap (1937 and c. 1937), no day inside a month also given.
        assert all(earlier[1] < later[0] for earlier, later in itertools.pairwise(spans)), seed
        assert 2 <= len(ranked) <= 10 and [row["answer"] for row in ranked] == list(range(1, len(ranked) + 1))
    assert [row["answer"] for row in data["events"]] != sorted(row["answer"] for row in data["events"])


def test_the_blank_fits_the_longest_answer_and_bank_terms_never_break() -> None:
    width = len  # any measure: the blank is at least as long as the longest answer, with room to spare
    data = worksheet.context(TOPIC, Worksheet(), width=width)
    longest = max(len(term.term) for term in TOPIC.terms)
    assert len(data["blank"]) >= longest + 2 and set(data["blank"]) == {"_"}
    assert all(" " not in term for term in data["exercises"]["blanks"]["data"]["bank"])
    assert any("\u00a0" in term for term in data["exercises"]["blanks"]["data"]["bank"])  # Moscow Trials, …


def test_the_key_shows_the_answers_in_place_and_the_worksheet_does_not(version_one: tuple[str, str]) -> None:
    sheet, key = version_one
    data = worksheet.context(TOPIC, Worksheet())["exercises"]
    for person in data["matching"]["data"]["people"]:
        assert f"{person['answer']} {person['number']}. {person['name']}" in key
        assert f"___ {person['number']}. {person['name']}" in sheet
    for row in data["blanks"]["data"]["entries"]:
        assert f"{row['answer']}: " in key
    assert "Word bank: " in sheet and sheet.count(worksheet.BLANK) >= len(TOPIC.terms)
    for row in data["ordering"]["data"]["events"]:
        assert f"{row['answer']} {markup.unmarked(row['event'])[:30]}" in key
    assert "Version 1" in sheet and "Answer key · Version 1" in key
    for term in TOPIC.terms:  # the blanked definitions never give the term away
        blanked = next(r["definition"] for r in data["blanks"]["data"]["entries"] if r["answer"] == term.term)
        assert term.term.casefold() not in markup.unmarked(blanked).casefold()


def test_seeds_make_versions_and_one_seed_makes_identical_pdfs(tmp_path: Path) -> None:
    for name, seed in (("a", "2"), ("b", "2"), ("c", "3")):
        assert main(["worksheet", str(EXAMPLE), "-o", str(tmp_path / name), "--seed", seed]) == 0
    # Each version has files of its own (version 1 keeps the plain names).
    pdf = {name: (tmp_path / name / "great-purge" / f"worksheet-v{seed}-key.pdf").read_bytes() for name, seed in
           (("a", 2), ("b", 2), ("c", 3))}  # fmt: skip
    assert pdf["a"] == pdf["b"]
    assert pdf["a"] != pdf["c"]
    assert sorted(p.name for p in (tmp_path / "c" / "great-purge").iterdir()) == [
        "worksheet-v3-key.pdf",
        "worksheet-v3.pdf",
    ]
    first = worksheet.context(TOPIC, Worksheet(seed=2))["exercises"]["ordering"]["data"]["events"]
    other = worksheet.context(TOPIC, Worksheet(seed=3))["exercises"]["ordering"]["data"]["events"]
    assert [row["event"] for row in first] != [row["event"] for row in other]
    assert "Version 3" in pdf_text(tmp_path / "c" / "great-purge" / "worksheet-v3.pdf")


def test_sections_counts_and_headings_come_from_the_settings() -> None:
    chosen = Worksheet(
        sections=["blanks", "matching"], counts={"blanks": 4, "matching": 3}, headings={"blanks": "Vocabulary"}
    )
    data = worksheet.context(TOPIC, chosen)
    assert data["order"] == ["blanks", "matching"]
    assert len(data["exercises"]["blanks"]["data"]["entries"]) == 4 == len(data["exercises"]["blanks"]["data"]["bank"])
    assert len(data["exercises"]["matching"]["data"]["people"]) == 3
    assert data["exercises"]["blanks"]["heading"] == "Vocabulary"
    rml = pipeline.rml("worksheet", pipeline.read(EXAMPLE), Settings(worksheet=chosen))[0][0]
    assert rml.index("Vocabulary") < rml.index("Who was who?") and "Put the events in order" not in rml


def test_a_course_can_leave_the_worksheet_out(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "course.yaml").write_text("outputs: [handout]\nworksheet:\n  seed: 4\n", encoding="utf-8")
    (folder / "t.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out" / "c" / "t").iterdir()) == ["handout.pdf"]
    assert main(["worksheet", str(folder), "-o", str(tmp_path / "out")]) == 0
    assert "Version 4" in pdf_text(tmp_path / "out" / "c" / "t" / "worksheet-v4.pdf")


def test_the_word_bank_and_the_terms_deck_file_accented_terms_under_their_letters() -> None:
    terms = ["Zemstvo", "émigré", "Ōnin War", "apparat", "Æthelred’s laws", "Ostpolitik", "Edict"]
    topic = TOPIC.model_copy(
        update={"terms": [TOPIC.terms[0].model_copy(update={"term": term, "definition": "x"}) for term in terms]}
    )
    expected = ["Æthelred’s laws", "apparat", "Edict", "émigré", "Ōnin War", "Ostpolitik", "Zemstvo"]
    bank = worksheet.context(topic, Worksheet())["exercises"]["blanks"]["data"]["bank"]
    assert [term.replace("\u00a0", " ") for term in bank] == expected
    cards = decks.build(topic, lambda path: Location(EXAMPLE), ["terms"])
    assert [card.identity.removeprefix("terms:") for card in cards] == expected
