"""A topic's files are replaced all together or not at all; two topic files never share an output folder."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from conftest import MINIMAL, write

from generator.cli import main
from generator.typesetting import output


class _FullDisk:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, fd: int, mode: str) -> None:
        self.fd = fd

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *_: object) -> None:
        os.close(self.fd)

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_is_a_clean_error_and_leaves_every_previous_file(tmp_path: Path, monkeypatch, capsys) -> None:
    topic, out = write(tmp_path, MINIMAL), tmp_path / "out"
    monkeypatch.setattr("generator.building.batch.typesetting_pool", lambda: None)
    assert main(["build", str(topic), "-o", str(out), "--only", "handout,flashcards,worksheet"]) == 0
    before = {path: path.read_bytes() for path in out.rglob("*.pdf")}
    assert len(before) == 4
    real, calls = os.fdopen, []

    def filling(fd: int, mode: str = "r", *args: object, **kwargs: object) -> object:
        calls.append(fd)
        return _FullDisk(fd, mode) if len(calls) == 3 else real(fd, mode, *args, **kwargs)

    monkeypatch.setattr(output.os, "fdopen", filling)
    capsys.readouterr()
    status = main(["build", str(topic), "-o", str(out), "--only", "handout,flashcards,worksheet", "--force"])
    err = capsys.readouterr().err
    assert status == 2 and "No space left on device" in err and "Traceback" not in err, err
    assert {path: path.read_bytes() for path in out.rglob("*.pdf")} == before  # none replaced, none half-written
    assert not [path for path in out.rglob("*") if path.name.endswith(".tmp")]


def test_two_topic_files_for_one_output_folder_are_an_error(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "course"
    folder.mkdir()
    write(folder, MINIMAL, "intro.yaml")
    shutil.copyfile(folder / "intro.yaml", folder / "intro.yml")
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'intro.yml'}: this topic and {folder / 'intro.yaml'} would both write" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("failing", [0, 1])
def test_write_all_replaces_nothing_when_any_file_fails(tmp_path: Path, failing: int) -> None:
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in files:
        path.write_bytes(b"old")

    def make(index: int) -> bytes:
        if index == failing:
            raise RuntimeError("typesetting failed")
        return b"new"

    with pytest.raises(RuntimeError):
        output.write_all([(path, lambda i=i: make(i)) for i, path in enumerate(files)])
    assert [path.read_bytes() for path in files] == [b"old", b"old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found |= {int(child) for child in (task / "children").read_text().split()}
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from /proc (Linux)")
def test_sigterm_stops_a_course_build_and_its_workers(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "course"
    folder.mkdir()
    topics = 40  # enough that the build is still running when the signal comes, on a fast idle machine too
    for number in range(topics):
        write(folder, MINIMAL, f"topic-{number}.yaml")
    build = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", str(folder), "-o", str(tmp_path / "out"), "--only", "handout"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not _children(build.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # past the forks
    workers = _children(build.pid)
    assert workers, "the build started no worker processes"
    build.send_signal(signal.SIGTERM)
    _, err = build.communicate(timeout=60)
    assert build.returncode == 130 and b"Traceback" not in err, err
    assert len(list((tmp_path / "out").rglob("*.pdf"))) < topics  # it stopped before the end
    time.sleep(0.5)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()], "workers still run after SIGTERM"


def test_an_image_a_course_template_draws_counts_in_the_stamps(tmp_path: Path, capsys) -> None:
    from PIL import Image

    folder = tmp_path / "course"
    (folder / "templates").mkdir(parents=True)
    (folder / "course.yaml").write_text("course:\n  code: T 1\n", encoding="utf-8")
    write(folder, MINIMAL, "topic.yaml")
    Image.new("RGB", (20, 10), "red").save(folder / "badge.png")
    (folder / "templates" / "handout.rml.j2").write_text(
        '{% extends "builtin/handout.rml.j2" %}{% block page_footer %}'
        f'<image file="{folder / "badge.png"}" x="10" y="10" width="20" height="10"/>{{% endblock %}}',
        encoding="utf-8",
    )
    args = ["build", str(folder), "-o", str(tmp_path / "out"), "--only", "handout"]
    assert main(args) == 0 and main(args) == 0
    assert "up to date" in capsys.readouterr().out
    Image.new("RGB", (20, 10), "blue").save(folder / "badge.png")
    assert main(args) == 0
    assert "built" in capsys.readouterr().out
