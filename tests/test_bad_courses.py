"""Each folder in tests/bad_courses/ is a course a teacher could get wrong, with the message it must get.

Each folder is built as a course: its course.yaml, topic.yaml and whatever
templates, fonts, logos or styles it holds. `expect.txt` says where the error is
(`FILE:LINE:COL`, `FILE:LINE` or just `FILE`, relative to the folder) and a
phrase of the message. Every case must exit with status 2, print no traceback,
name that place, and write no PDF. Binary cases (UTF-16 files, truncated fonts,
PNG headers claiming 50,000 × 50,000 pixels) are why these are folders.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main

CASES = sorted(path for path in (Path(__file__).parent / "bad_courses").iterdir() if path.is_dir())


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_course_gets_a_clean_located_message(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    where, phrase = (case / "expect.txt").read_text(encoding="utf-8").strip().split(": ", 1)
    folder = tmp_path / "course"
    shutil.copytree(case, folder, ignore=shutil.ignore_patterns("expect.txt"))
    out = tmp_path / "out"
    status = main(["build", str(folder), "-o", str(out), "--only", "handout"])
    captured = capsys.readouterr()
    assert status == 2, captured.err
    assert "Traceback" not in captured.out + captured.err
    assert f"{folder / where}:" in captured.err, captured.err
    assert phrase in captured.err, captured.err
    assert not list(out.rglob("*.pdf"))


def test_an_svg_logo_over_its_byte_limit_is_refused_before_it_is_parsed(tmp_path: Path, capsys) -> None:
    from generator.typesetting.logo import MAX_BYTES

    (tmp_path / "course.yaml").write_text("theme:\n  logo: logo.svg\n  logo_alt: A crest\n", encoding="utf-8")
    padding = "<!--" + "x" * MAX_BYTES[".svg"] + "-->"
    (tmp_path / "logo.svg").write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9">{padding}</svg>')
    shutil.copyfile(CASES[0] / "topic.yaml", tmp_path / "topic.yaml")
    assert main(["check", str(tmp_path)]) == 2
    assert f"{tmp_path / 'course.yaml'}:2:9: theme.logo: the file is" in capsys.readouterr().err


def test_a_logo_whose_file_name_holds_a_semicolon_is_drawn(tmp_path: Path) -> None:
    """The logo's path goes to the drawing plug-in in a `;`-separated list; a `;` in the name must not split it."""
    import pdfplumber

    rect = '<rect width="40" height="10" fill="#ff0000"/>'
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10">{rect}</svg>'
    (tmp_path / "a;b.svg").write_text(svg, encoding="utf-8")
    (tmp_path / "course.yaml").write_text('theme:\n  logo: "a;b.svg"\n  logo_alt: A red bar\n', encoding="utf-8")
    shutil.copyfile(CASES[0] / "topic.yaml", tmp_path / "topic.yaml")
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "out"), "--only", "handout"]) == 0
    with pdfplumber.open(next((tmp_path / "out").rglob("handout.pdf"))) as pdf:
        page = pdf.pages[0]
        red = [r for r in page.rects if r.get("non_stroking_color") in ((1, 0, 0), [1, 0, 0], (1.0, 0.0, 0.0))]
        assert red and red[0]["x0"] > page.width / 2, "the logo is drawn at the top right"
