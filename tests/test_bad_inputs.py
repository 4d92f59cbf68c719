"""Every file in tests/bad_inputs/ is a mistake a teacher could make, with the message it must get.

The first line of each file says where the error is and a phrase of its message:
`# expect: LINE:COL: phrase`. Topic files are built with --strict (so warnings
such as a character the fonts lack count too); `NAME.course.yaml` files are put
into a course folder as its course.yaml, beside a good topic, and the folder is
built. Every case must exit with status 2, print no traceback, name the file,
line and column, and write nothing.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import MINIMAL, write

from generator.cli import main

CASES = sorted((Path(__file__).parent / "bad_inputs").iterdir())
EXPECT = re.compile(rb"# expect: (\d+):(\d+): (.*)")


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_gets_a_clean_located_message(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    line, column, phrase = EXPECT.match(case.read_bytes().splitlines()[0]).groups()
    out = tmp_path / "out"
    if case.name.endswith(".course.yaml"):
        folder = tmp_path / "course"
        folder.mkdir()
        path = folder / "course.yaml"
        shutil.copyfile(case, path)
        write(folder, MINIMAL, name="topic.yaml")
        status = main(["build", str(folder), "-o", str(out)])
    else:
        path = case
        status = main(["build", str(case), "-o", str(out), "--strict"])
    captured = capsys.readouterr()
    assert status == 2, captured.err
    assert "Traceback" not in captured.out + captured.err
    assert f"{path}:{int(line)}:{int(column)}: " in captured.err, captured.err
    assert phrase.decode("utf-8") in captured.err, captured.err
    assert not list(out.rglob("*.pdf"))
