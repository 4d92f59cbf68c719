"""The command line: clean errors, exit status 2, nothing written or clobbered."""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, MINIMAL, pdf_text, write

from generator.cli import main


def test_check_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLE)]) == 0
    assert "ok" in capsys.readouterr().out


def test_bad_input_exits_2_with_one_clean_line(tmp_path: Path) -> None:
    bad = write(tmp_path, MINIMAL.replace("role:", "rol:"))
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", str(bad), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert f"{bad}:5:5: key_figures[0].rol: unknown key 'rol'; did you mean 'role'?" in result.stderr
    assert not (tmp_path / "out").exists()


def test_failed_build_leaves_the_previous_pdf_untouched(tmp_path: Path) -> None:
    topic = write(tmp_path, MINIMAL, name="t.yaml")
    out = tmp_path / "out"
    assert main(["build", str(topic), "-o", str(out)]) == 0
    pdfs = {name: out / "t" / name for name in ("flashcards.pdf", "handout.pdf", "worksheet-key.pdf", "worksheet.pdf")}
    before = {name: pdf.read_bytes() for name, pdf in pdfs.items()}
    topic.write_text(MINIMAL + "chronology:\n  - date: someday\n    event: x\n")
    assert main(["build", str(topic), "-o", str(out)]) == 2
    assert {name: pdf.read_bytes() for name, pdf in pdfs.items()} == before
    assert sorted(p.name for p in (out / "t").iterdir()) == sorted(pdfs)


def test_unknown_style_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(EXAMPLE), "-o", str(tmp_path), "--style", "harvard-ish"]) == 2
    assert "unknown citation style 'harvard-ish'" in capsys.readouterr().err


def test_styles_by_name(tmp_path: Path) -> None:
    for style, expected in [
        ("mla", "---. The Great Terror: A Reassessment. Oxford University Press, 1990."),
        ("apa", "Conquest, R. (1990)."),
    ]:
        assert main(["build", str(EXAMPLE), "-o", str(tmp_path / style), "--style", style]) == 0
        assert expected in pdf_text(tmp_path / style / "great-purge" / "handout.pdf")


def test_unwritable_output_folder_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    assert main(["build", str(EXAMPLE), "-o", str(blocker / "out")]) == 2
    assert "cannot write to this folder" in capsys.readouterr().err


def test_every_pdf_written_in_the_tests_is_checked(every_pdf_is_valid: list[Path], tmp_path: Path) -> None:
    """The session hook in conftest checks each PDF with pikepdf as it is written; make sure it is live."""
    before = len(every_pdf_is_valid)
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path), "--deck", "trials"]) == 0
    assert every_pdf_is_valid[before:] == [tmp_path / "great-purge" / "flashcards.pdf"]


def test_build_only_some_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    topic = write(tmp_path, MINIMAL, name="t.yaml")
    assert main(["build", str(topic), "-o", str(tmp_path / "out"), "--only", "handout,worksheet"]) == 0
    assert sorted(p.name for p in (tmp_path / "out" / "t").iterdir()) == [
        "handout.pdf",
        "worksheet-key.pdf",
        "worksheet.pdf",
    ]
    assert main(["build", str(topic), "-o", str(tmp_path / "out"), "--only", "poster"]) == 2
    assert "--only: 'poster' is not allowed; use one of: handout, flashcards, worksheet" in capsys.readouterr().err
