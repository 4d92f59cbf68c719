"""Library files (.json, .yaml, .bib, .ris) and `cite: KEY`: read, cached, resolved, and wrong keys explained."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import MINIMAL, pdf_text, write

from generator import pandoc
from generator.building import batch, pipeline
from generator.content import library
from generator.content.csl import CslItem
from generator.courses import configure
from generator.errors import UserError
from generator.settings import Settings

LIBRARY = Path(__file__).parent / "library"
AUTHORS = ("Khlevniuk", "Pelling", "Getty", "Solzhenitsyn", "Thucydides")
KEYS = ["khlevniuk2004", "pelling1996", "getty1993", "getty1979", "solzhenitsyn1974", "thucydides1972"]
RIS_KEYS = {"trial1937": "military1937", "britannica-purge": "editors"}
"""RIS has no keys: ours are the first author's family name (or first word) and the year."""


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".bib", ".ris"])
def test_each_format_gives_the_items_by_key(suffix: str) -> None:
    found = library.read(LIBRARY / f"zotero{suffix}")
    assert len(found.items) == 11
    for key in KEYS:
        item = found.items[key]
        first = item["author"][0]
        assert first.get("family", first.get("literal")) in (
            "Khlevniuk",
            "Pelling",
            "Getty",
            "Solzhenitsyn",
            "Thucydides",
        )
    assert found.items["khlevniuk2004"]["translator"] == [{"family": "Staklo", "given": "Vadim A."}]
    assert found.items["getty1993"]["issue"] in ("4", 4)
    assert found.items["getty1979"]["genre"] == "PhD diss."
    assert found.items["solzhenitsyn1974"]["number-of-volumes"] in ("3", 3)
    assert found.items["pelling1996"]["editor"][2] == {"family": "Lintott", "given": "Andrew"}


def _course(tmp_path: Path, name: str, topic: str, course: str = "") -> Path:
    shutil.copy(LIBRARY / name, tmp_path / name)
    write(tmp_path, course, "course.yaml")
    return write(tmp_path, topic)


def _settings(topic: Path) -> Settings:
    return configure.configure(configure.find_course(topic))


def test_cites_resolve_in_the_course_library_with_their_own_annotation(tmp_path: Path) -> None:
    text = MINIMAL + "further_reading:\n  - cite: getty1993\n    annote: The *numbers*.\n  - id: own\n    title: Own\n"
    topic = _course(tmp_path, "zotero.bib", text + "sources:\n  - cite: getty1979\n", "bibliography: zotero.bib\n")
    resolved = pipeline.check(topic, _settings(topic))
    first, own = resolved.further_reading
    assert isinstance(first, CslItem) and first.issue == "4" and first.annote == "The *numbers*."
    assert own.id == "own"
    assert resolved.sources[0].genre == "PhD diss."


def test_the_topics_library_is_searched_before_the_courses(tmp_path: Path) -> None:
    shutil.copy(LIBRARY / "zotero.json", tmp_path / "zotero.json")
    (tmp_path / "mine.yaml").write_text("- id: getty1993\n  type: book\n  title: Mine\n", encoding="utf-8")
    text = "bibliography: mine.yaml\n" + MINIMAL + "sources:\n  - cite: getty1993\n  - cite: getty1979\n"
    topic = _course(tmp_path, "zotero.json", text, "bibliography: zotero.json\n")
    mine, theirs = pipeline.check(topic, _settings(topic)).sources
    assert mine.title == "Mine" and theirs.type == "thesis"


def test_an_unknown_key_is_an_error_at_the_cite_naming_the_file_and_the_nearest_keys(tmp_path: Path) -> None:
    topic = _course(tmp_path, "zotero.ris", MINIMAL + "sources:\n  - cite: getty1939\n", "bibliography: zotero.ris\n")
    with pytest.raises(UserError) as error:
        pipeline.check(topic, _settings(topic))
    message = str(error.value)
    assert message.startswith(f"{topic}:7:11: sources[0].cite: no item 'getty1939' in {tmp_path / 'zotero.ris'}")
    assert "nearest keys: getty1993, getty1979" in message


def test_a_cite_without_a_library_says_how_to_name_one(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="name one with `bibliography: FILE`"):
        pipeline.check(write(tmp_path, MINIMAL + "sources:\n  - cite: getty1993\n"))


def test_a_bad_item_in_a_yaml_library_is_reported_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "lib.yaml").write_text("references:\n- id: x\n  title: T\n  issued: May 1990\n", encoding="utf-8")
    with pytest.raises(UserError) as error:
        pipeline.check(write(tmp_path, "bibliography: lib.yaml\n" + MINIMAL + "sources:\n  - cite: x\n"))
    assert f"{tmp_path / 'lib.yaml'}:4:11: issued: item 'x': 'May 1990' is not an EDTF date" in str(error.value)


@pytest.mark.parametrize(
    ("value", "phrase"),
    [("../outside.json", "must be inside"), ("missing.json", "file not found"), ("notes.txt", "must be a .json")],
)
def test_the_topics_library_path_is_checked(tmp_path: Path, value: str, phrase: str) -> None:
    folder = tmp_path / "course"
    folder.mkdir()
    (tmp_path / "outside.json").write_text("[]", encoding="utf-8")
    (folder / "notes.txt").write_text("", encoding="utf-8")
    with pytest.raises(UserError, match=phrase) as error:
        pipeline.check(write(folder, f"bibliography: {value}\n" + MINIMAL + "sources:\n  - cite: x\n"))
    assert ":1:15: bibliography: " in str(error.value)


def test_a_course_library_is_parsed_once_and_a_bib_conversion_is_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(LIBRARY / "zotero.bib", tmp_path / "fresh.bib")
    with (tmp_path / "fresh.bib").open("a", encoding="utf-8") as bib:
        bib.write(f"\n@misc{{unique{tmp_path.name},title={{X}}}}\n")  # bytes no other test converted
    calls = []
    run = pandoc.run
    monkeypatch.setattr(pandoc, "run", lambda *args: calls.append(args) or run(*args))
    for name in ("a.yaml", "b.yaml"):
        topic = write(tmp_path, MINIMAL + "sources:\n  - cite: getty1993\n", name)
        pipeline.read(topic, Settings(bibliography=str(tmp_path / "fresh.bib")), tmp_path / "cache")
    assert len(calls) == 1
    library._memory.clear()  # a new build: the conversion comes from the cache folder
    assert library.read(tmp_path / "fresh.bib", tmp_path / "cache").items["getty1993"]["volume"] == "98"
    assert len(calls) == 1


@pytest.mark.parametrize("damage", [b'[{"id": "getty19', b'{"format": "something else"}', b'[{"id": "planted"}]'])
def test_a_damaged_or_planted_bib_conversion_is_converted_again(tmp_path: Path, damage: bytes) -> None:
    shutil.copy(LIBRARY / "zotero.bib", tmp_path / "lib.bib")
    library.read(tmp_path / "lib.bib", tmp_path / "cache")
    (entry,) = (tmp_path / "cache").glob("library-*.json")
    entry.write_bytes(damage)  # truncated by a full disk, another program's file, or a plain list planted there
    library._memory.clear()
    assert library.read(tmp_path / "lib.bib", tmp_path / "cache").items["getty1993"]["volume"] == "98"
    assert b"getty1993" in entry.read_bytes()  # rewritten whole


@pytest.mark.parametrize(
    ("name", "data", "phrase"),
    [
        ("lib.ris", "TY  - BOOK\nTI  - Caf\xe9\nER  - \n".encode("latin-1"), "2:10: not UTF-8 text (byte 0xe9)"),
        ("lib.json", b'[{"id": "x",\n "title": "bell\x07"}]', "2:16: contains U+0007"),
        ("lib.json", b'[{"id": "x",\n "title": }]', "2:11: not CSL JSON"),
        ("lib.bib", b"@book{x, title = {T}", "pandoc could not read the library"),
    ],
)
def test_an_unreadable_library_is_a_located_error(tmp_path: Path, name: str, data: bytes, phrase: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(UserError, match=re.escape(phrase)):
        pipeline.check(write(tmp_path, f"bibliography: {name}\n" + MINIMAL + "sources:\n  - cite: x\n"))


def test_a_course_build_parses_the_course_library_once_for_all_its_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(LIBRARY / "zotero.ris", tmp_path / "zotero.ris")
    write(tmp_path, "bibliography: zotero.ris\n", "course.yaml")
    topics = [write(tmp_path, MINIMAL + f"sources:\n  - cite: {key}\n", f"{key}.yaml") for key in KEYS[:3]]
    settings = configure.configure(tmp_path / "course.yaml")
    jobs = [batch.Job(topic, tmp_path / "out", settings, ("csv",)) for topic in topics]
    batch._read_libraries(jobs)  # what run_all does before forking its workers

    def parse_again(*args: object) -> None:
        raise AssertionError("a worker parsed the library again")

    monkeypatch.setattr(library, "_parse", parse_again)  # the forked workers inherit this too
    outcomes = batch.run_all(jobs, lambda outcome: None)
    assert [outcome.crash or outcome.error for outcome in outcomes] == [None, None, None]


def test_a_library_may_be_larger_than_a_topic_and_hold_long_abstracts(tmp_path: Path) -> None:
    """Whole Zotero libraries go past a topic file's limit, and abstracts are never printed, so any length does."""
    abstract = "An abstract of some length. " * 400  # 11,200 characters: more than any printed field may hold
    items = "".join(f"- id: item{n}\n  title: Item {n}\n  abstract: {abstract}\n" for n in range(30))
    (tmp_path / "big.yaml").write_text(items, encoding="utf-8")
    assert (tmp_path / "big.yaml").stat().st_size > 300_000
    topic = pipeline.check(write(tmp_path, "bibliography: big.yaml\n" + MINIMAL + "sources:\n  - cite: item29\n"))
    assert topic.sources[0].abstract == abstract.strip()


def test_a_handout_cites_the_courses_library(tmp_path: Path) -> None:
    """tests/library is a course whose library is the Zotero export; its reading list is built as a handout."""
    topic = LIBRARY / "reading.yaml"
    built = pipeline.build_handout(topic, tmp_path, configure.configure(configure.find_course(topic)))
    text = pdf_text(built.path)
    assert "Khlevniuk, Oleg V. The History of the Gulag: From Collectivization to the Great Terror." in text
    assert "The camps from collectivization to 1941, from the OGPU and NKVD archives." in text
    assert "PhD diss., Boston College, 1979." in text
    assert "Jefferson, Thomas. Letter to John Adams, October 28, 1813." in text


def test_and_separates_a_bib_list_unless_the_name_is_braced(tmp_path: Path) -> None:
    """BibLaTeX's list semantics, as docs/bibliography.md tells teachers: brace a publisher with "and"."""
    (tmp_path / "lib.bib").write_text(
        "@book{split, title = {T}, publisher = {Albert and Charles Boni}, date = {1925}}\n"
        "@book{whole, title = {T}, publisher = {{Albert and Charles Boni}}, date = {1925}}\n",
        encoding="utf-8",
    )
    items = library.read(tmp_path / "lib.bib", tmp_path / "cache").items
    assert items["split"]["publisher"] == "Albert; Charles Boni"
    assert items["whole"]["publisher"] == "Albert and Charles Boni"
