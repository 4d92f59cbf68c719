"""A rebuild with nothing changed is decided from the stamps alone, without reading the topic."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import MINIMAL, write

from generator.building import pipeline, reading
from generator.cli import main

LIBRARY = Path(__file__).parent / "library" / "zotero.json"
TOPIC = MINIMAL + "sources:\n  - cite: getty1979\n"


def _course(tmp_path: Path) -> Path:
    shutil.copy(LIBRARY, tmp_path / "zotero.json")
    write(tmp_path, "bibliography: zotero.json\n", "course.yaml")
    return write(tmp_path, TOPIC)


def _build(topic: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["build", str(topic), "-o", str(out), *extra])
    return status, capsys.readouterr().out


def test_nothing_changed_is_known_without_reading_the_topic(tmp_path: Path, capsys, monkeypatch) -> None:
    topic, out = _course(tmp_path), tmp_path / "out"
    assert _build(topic, out, capsys)[0] == 0
    stamp = json.loads(next((out / ".stamps").glob("*.handout")).read_text(encoding="utf-8"))
    assert stamp["libraries"] == [str((tmp_path / "zotero.json").resolve())]

    def unread(*_: object, **__: object) -> None:
        raise AssertionError("the topic was read")

    monkeypatch.setattr(pipeline, "read", unread)
    status, printed = _build(topic, out, capsys)
    assert status == 0 and "built" not in printed and printed.count("up to date") == 4
    monkeypatch.undo()

    (tmp_path / "zotero.json").write_text(LIBRARY.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    status, printed = _build(topic, out, capsys)  # the library changed: the handout is made again, no more
    rebuilt = [line for line in printed.splitlines() if line.startswith("built ")]
    assert status == 0 and len(rebuilt) == 1 and rebuilt[0].endswith("handout.pdf")


def test_a_library_gone_since_the_last_build_is_reported_as_before(tmp_path: Path, capsys) -> None:
    topic, out = _course(tmp_path), tmp_path / "out"
    assert _build(topic, out, capsys)[0] == 0
    (tmp_path / "zotero.json").unlink()
    capsys.readouterr()
    assert main(["build", str(topic), "-o", str(out)]) == 2
    assert "zotero.json" in capsys.readouterr().err


def test_a_stamp_without_its_libraries_means_the_topic_is_read(tmp_path: Path, capsys, monkeypatch) -> None:
    topic, out = _course(tmp_path), tmp_path / "out"
    assert _build(topic, out, capsys, "--only", "handout")[0] == 0
    (stamp,) = (out / ".stamps").iterdir()
    recorded = json.loads(stamp.read_text(encoding="utf-8"))
    stamp.write_text(json.dumps({"key": recorded["key"], "warnings": []}), encoding="utf-8")  # an older stamp
    reads = []
    original = reading.read
    monkeypatch.setattr(pipeline, "read", lambda *args, **kwargs: reads.append(args) or original(*args, **kwargs))
    status, printed = _build(topic, out, capsys, "--only", "handout")
    assert status == 0 and "up to date" in printed and len(reads) == 1


def test_warnings_recorded_in_the_stamps_are_still_refused_under_strict(tmp_path: Path, capsys) -> None:
    topic = write(tmp_path, MINIMAL.replace("Ada Lovelace", "Haile Selassie ኃይለ"))  # no font has Ethiopic
    out = tmp_path / "out"
    assert main(["build", str(topic), "-o", str(out), "--only", "flashcards"]) == 0
    assert "ኃ" in capsys.readouterr().err
    assert main(["build", str(topic), "-o", str(out), "--only", "flashcards", "--strict"]) == 2
    assert "ኃ" in capsys.readouterr().err
