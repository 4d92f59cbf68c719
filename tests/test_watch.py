"""`studyguide watch`: rebuilds after a change, survives a broken file, keeps the last good PDF."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

from conftest import MINIMAL, write

from generator.building import batch, watch
from generator.courses import configure

TIMEOUT = 20.0


def wait_until(condition: Callable[[], bool], what: str, lines: list[str]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out after {TIMEOUT} s waiting for {what}; the watch printed {lines}")


def test_watch_rebuilds_on_change_and_survives_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "topic").mkdir()
    topic = write(tmp_path / "topic", MINIMAL, name="t.yaml")
    out = tmp_path / "out"
    settings = configure.configure(None)

    def jobs() -> list[batch.Job]:
        return [batch.Job(topic, out, settings, ("handout",), force=False)]

    lines: list[str] = []
    stop = threading.Event()
    watched = watch.Watched.of([topic], configure.find_course)
    thread = threading.Thread(target=watch.watch, args=(watched, jobs, out, lines.append, stop), daemon=True)
    thread.start()
    try:
        handout = out / "t" / "handout.pdf"
        wait_until(lambda: any(line.startswith("watching") for line in lines), "the first build", lines)
        assert handout.is_file() and "rebuilt t.yaml (handout.pdf)" in lines[0], lines

        first = handout.read_bytes()
        topic.write_text(MINIMAL.replace("A Minimal Topic", "A Changed Topic"), encoding="utf-8")
        wait_until(lambda: handout.read_bytes() != first, "the rebuild after an edit", lines)
        good = handout.read_bytes()

        count = len(lines)
        topic.write_text(MINIMAL + "chronology:\n  - date: someday\n    event: x\n", encoding="utf-8")
        wait_until(
            lambda: any("is not an EDTF date" in line for line in lines[count:]), "the error to be reported", lines
        )
        assert handout.read_bytes() == good, f"the last good PDF stays; the watch printed {lines}"
        assert thread.is_alive(), "an error does not stop the watch"

        unrelated = tmp_path / "topic" / "notes.txt"
        count = len(lines)
        unrelated.write_text("not a topic", encoding="utf-8")
        topic.write_text(MINIMAL.replace("A Minimal Topic", "Fixed Again"), encoding="utf-8")
        rebuilt = re.compile(r"\d\d:\d\d:\d\d rebuilt t\.yaml \(handout\.pdf\) in \d+\.\d\d s")
        # The line is printed once the round is over, a moment after the PDF is in place.
        wait_until(lambda: any(rebuilt.fullmatch(line) for line in lines[count:]), "the rebuild's line", lines)
        assert handout.read_bytes() != good
    finally:
        stop.set()
        thread.join(timeout=5)
    assert not thread.is_alive()


def test_only_changes_to_watched_files_matter(tmp_path: Path) -> None:
    course = tmp_path / "c"
    (course / "templates").mkdir(parents=True)
    (course / "course.yaml").write_text("paper: a4\n", encoding="utf-8")
    topic = write(course, MINIMAL, name="t.yaml")
    watched = watch.Watched.of([topic], configure.find_course)
    out = tmp_path / "out"

    def matters(path: Path) -> bool:
        return watched.matters([(None, str(path))], out)

    assert matters(topic) and matters(course / "course.yaml") and matters(course / "templates" / "handout.rml.j2")
    assert not matters(course / "other.txt") and not matters(out / "t" / "handout.pdf")
    assert not matters(course / ".t.yaml.swp") and not matters(course / "t.yaml~")


def test_the_library_files_a_topic_and_its_course_name_are_watched(tmp_path: Path) -> None:
    (tmp_path / "course.yaml").write_text("bibliography: zotero.json\n", encoding="utf-8")
    topic = write(tmp_path, "bibliography: mine.bib\n" + MINIMAL, name="t.yaml")
    watched = watch.Watched.of([topic], configure.find_course)
    for name, watched_too in (("zotero.json", True), ("mine.bib", True), ("other.bib", False)):
        assert watched.matters([(None, str(tmp_path / name))], tmp_path / "out") is watched_too
