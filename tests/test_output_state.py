"""What a build finds in its output folder and around it is never trusted to have a shape.

Stamps can be truncated by a full disk, edited by hand or left by another
version; a path for `new` can run through a file. None of it may crash a build.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MINIMAL, write

from generator.cli import main


@pytest.mark.parametrize("stamp", ["", "{", "[1, 2]", '"key"', '{"key": null}', '{"warnings": 3}', "null"])
def test_a_stamp_of_the_wrong_shape_means_rebuild(stamp: str, tmp_path: Path, capsys) -> None:
    topic = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    assert main(["build", str(topic), "-o", str(out), "--only", "handout"]) == 0
    stamps = list((out / ".stamps").iterdir())
    assert stamps
    for path in stamps:
        path.write_text(stamp, encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(topic), "-o", str(out), "--only", "handout"]) == 0
    assert "built" in capsys.readouterr().out
    assert all(isinstance(json.loads(path.read_text())["warnings"], list) for path in stamps)


def test_a_stamp_with_right_key_but_wrong_warnings_is_rebuilt(tmp_path: Path, capsys) -> None:
    topic = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    assert main(["build", str(topic), "-o", str(out), "--only", "handout"]) == 0
    (stamp,) = (out / ".stamps").iterdir()
    recorded = json.loads(stamp.read_text())
    stamp.write_text(json.dumps({"key": recorded["key"], "warnings": [1, None]}))
    capsys.readouterr()
    assert main(["build", str(topic), "-o", str(out), "--only", "handout"]) == 0
    assert "built" in capsys.readouterr().out


@pytest.mark.parametrize(("kind", "name"), [("topic", "x.yaml"), ("course", "c"), ("course", "")])
def test_new_through_a_file_is_a_clean_error(kind: str, name: str, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("")
    assert main(["new", kind, str(blocker / name) if name else str(blocker)]) == 2
    err = capsys.readouterr().err
    assert f"{blocker}: is a file, not a folder" in err
    assert "Traceback" not in err


def test_workers_leave_ctrl_c_to_the_main_process() -> None:
    import signal

    from generator.building import batch

    previous = signal.getsignal(signal.SIGINT)
    try:
        batch.ignore_interrupts()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_is_a_clean_exit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:
    from generator.building import batch

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run_all", interrupted)
    assert main(["build", str(write(tmp_path, MINIMAL)), "-o", str(tmp_path / "out")]) == 130
    assert capsys.readouterr().err == "interrupted\n"
