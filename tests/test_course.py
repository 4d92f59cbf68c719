"""Courses: settings precedence, whole-course builds (parallel, incremental, failure-tolerant), the examples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pdfplumber
import pytest
from conftest import EXAMPLE, MINIMAL, pdf_text, write

from generator.building import pipeline
from generator.cli import main
from generator.courses import configure
from generator.outputs import stock
from generator.settings import Settings

CONTENT = EXAMPLE.parent


def course(tmp_path: Path, settings: str = "", topics: int = 2) -> Path:
    folder = tmp_path / "c"
    folder.mkdir(parents=True)
    (folder / "course.yaml").write_text(settings or "course:\n  code: T 1\n", encoding="utf-8")
    for number in range(1, topics + 1):
        write(folder, MINIMAL.replace("A Minimal Topic", f"Topic {number}"), name=f"topic-{number}.yaml")
    return folder


def test_precedence_command_line_over_course_over_defaults(tmp_path: Path) -> None:
    folder = course(tmp_path, "paper: a4\ncards:\n  stock: index-3x5\n  duplex: short-edge\n  min_size: 8\n")

    def chosen(settings: Settings) -> tuple:
        cards = settings.cards
        return settings.paper, stock.chosen(settings).name, cards.duplex, cards.min_size

    assert chosen(configure.configure(None)) == ("letter", "avery-5371", "long-edge", 7)
    assert chosen(configure.configure(folder / "course.yaml")) == ("a4", "index-3x5", "short-edge", 8)
    given = {"paper": "letter", "cards": {"duplex": "fold"}}
    assert chosen(configure.configure(folder / "course.yaml", given)) == ("letter", "index-3x5", "fold", 8)
    plain = course(tmp_path / "p", "paper: a4\n")
    assert stock.chosen(configure.configure(plain / "course.yaml")).name == "a7"  # the stock follows the paper


def test_a_topic_alone_uses_the_course_beside_it(tmp_path: Path) -> None:
    folder = course(tmp_path, "paper: a4\ncourse:\n  code: ZZ 9\n")
    assert main(["build", str(folder / "topic-1.yaml"), "-o", str(tmp_path / "out")]) == 0
    handout = tmp_path / "out" / "topic-1" / "handout.pdf"
    with pdfplumber.open(handout) as pdf:
        assert round(pdf.pages[0].height) == 842
    assert "ZZ 9" in pdf_text(handout)


def test_course_build_builds_every_topic_and_rebuilds_only_what_changed(tmp_path: Path, capsys) -> None:
    folder = course(tmp_path, topics=3)
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out)]) == 0
    pdfs = sorted(out.glob("c/*/*.pdf"))
    kinds = ("flashcards", "handout", "worksheet-key", "worksheet")
    assert [p.relative_to(out).as_posix() for p in pdfs] == [
        f"c/topic-{n}/{kind}.pdf" for n in (1, 2, 3) for kind in kinds
    ]
    capsys.readouterr()
    times = {p: p.stat().st_mtime_ns for p in pdfs}
    assert main(["build", str(folder), "-o", str(out)]) == 0
    assert capsys.readouterr().out.count("up to date") == 12
    assert {p: p.stat().st_mtime_ns for p in pdfs} == times

    templates = folder / "templates"
    templates.mkdir()
    (templates / "flashcards.rml.j2").write_text('{% extends "builtin/flashcards.rml.j2" %}\n', encoding="utf-8")
    assert main(["build", str(folder), "-o", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(line.split()[0] for line in lines if "flashcards" in line) == ["built"] * 3
    assert all(line.startswith("up to date") for line in lines if "flashcards" not in line)

    write(folder, MINIMAL.replace("A Minimal Topic", "Topic 2, revised"), name="topic-2.yaml")
    assert main(["build", str(folder), "-o", str(out)]) == 0
    rebuilt = [line for line in capsys.readouterr().out.splitlines() if line.startswith("built")]
    assert sorted(rebuilt) == [f"built {out}/c/topic-2/{kind}.pdf" for kind in kinds]
    assert main(["build", str(folder), "-o", str(out), "--force"]) == 0
    assert capsys.readouterr().out.count("built") == 12


def test_a_course_given_as_dot_keeps_its_folder_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = course(tmp_path, topics=1)
    monkeypatch.chdir(folder)
    assert main(["build", ".", "-o", str(tmp_path / "out"), "--only", "handout"]) == 0
    assert [p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.pdf")] == [
        "c/topic-1/handout.pdf"
    ]


def test_a_broken_topic_does_not_stop_the_others(tmp_path: Path, capsys) -> None:
    folder = course(tmp_path, topics=2)
    write(folder, MINIMAL + "chronology:\n  - date: someday\n    event: x\n", name="broken.yaml")
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    captured = capsys.readouterr()
    assert f"{folder / 'broken.yaml'}:7:11: chronology[0].date: 'someday' is not an EDTF date" in captured.err
    assert "Traceback" not in captured.err
    assert sorted(p.parent.name for p in (tmp_path / "out" / "c").glob("*/handout.pdf")) == ["topic-1", "topic-2"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("paper: a5\n", "paper: 'a5' is not allowed; use one of: letter, a4"),
        (
            "theme:\n  palette:\n    acent: '#000000'\n",
            "theme.palette.acent: unknown key 'acent'; did you mean 'accent'?",
        ),
        ("theme:\n  header: '{course.cod}'\n", "theme.header: unknown placeholder {course.cod}"),
        ("theme:\n  logo: ../logo.png\n  logo_alt: a crest\n", "theme.logo: must be inside the course folder"),
        ("theme:\n  logo: missing.png\n  logo_alt: a crest\n", "theme.logo: file not found"),
        ("theme:\n  body_font:\n    regular: fonts/none.ttf\n", "theme.body_font.regular: file not found"),
        ("handout:\n  sections: [summary, summary]\n", "each section may appear only once"),
        ("cards:\n  stock: avery-1\n", "cards.stock: unknown card stock 'avery-1'"),
    ],
)
def test_bad_course_settings_are_reported_where_they_are(tmp_path: Path, capsys, settings: str, message: str) -> None:
    folder = course(tmp_path, settings)
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'course.yaml'}:" in err and message in err
    assert not (tmp_path / "out").exists()


def test_scaffolds_build_as_they_are(tmp_path: Path) -> None:
    folder = tmp_path / "new-course"
    assert main(["new", "course", str(folder)]) == 0
    assert main(["new", "topic", str(folder / "another.yaml")]) == 0
    assert main(["new", "topic", str(folder / "another.yaml")]) == 2  # never overwrites
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 0
    assert "HIST 101" in pdf_text(tmp_path / "out" / "new-course" / "another" / "handout.pdf")


def test_templates_list_and_eject(tmp_path: Path, capsys) -> None:
    assert main(["templates", "list"]) == 0
    listing = capsys.readouterr().out
    assert "handout.rml.j2" in listing and "title_block" in listing and "key_figures" in listing
    folder = course(tmp_path, topics=1)
    assert main(["templates", "eject", "handout.rml.j2", "--course", str(folder)]) == 0
    ejected = folder / "templates" / "handout.rml.j2"
    ejected.write_text(ejected.read_text().replace('<para style="Title">', '<para style="Title">EJECTED '))
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 0
    assert "EJECTED Topic 1" in pdf_text(tmp_path / "out" / "c" / "topic-1" / "handout.pdf")
    assert main(["templates", "eject", "nope.rml.j2", "--course", str(folder)]) == 2


def test_example_courses(tmp_path: Path) -> None:
    for name in ("hist-204", "y12-history"):
        assert main(["build", str(CONTENT / name), "-o", str(tmp_path)]) == 0
    hist = tmp_path / "hist-204" / "great-purge" / "handout.pdf"
    y12 = tmp_path / "y12-history" / "great-purge" / "handout.pdf"
    hist_text, y12_text = pdf_text(hist), pdf_text(y12)
    assert "December 1, 1934" in hist_text and "HIST 204 · Modern European History · Fall 2026" in hist_text
    assert "1 December 1934" in y12_text and "Spring term 2027" in y12_text
    assert y12_text.index("Timeline") < y12_text.index("Who’s who") < y12_text.index("Vocabulary")
    assert "See also" in hist_text and "See also" not in y12_text
    with pdfplumber.open(hist) as pdf:
        first = pdf.pages[0]
        assert round(first.width) == 612
        logo = [c for c in first.curves + first.rects if c["top"] < 65 and c["x0"] > first.width / 2]
        assert logo, "the SVG logo is drawn as vector shapes in the top margin"
        assert not first.images
        band = [r for r in pdf.pages[1].rects if r["width"] == pytest.approx(612) and r["top"] < 40]
        assert band, "the course template's header band is on page 2"
        assert not [r for r in first.rects if r["width"] == pytest.approx(612)], "and not on page 1"
    with pdfplumber.open(y12) as pdf:
        first = pdf.pages[0]
        assert round(first.height) == 842 and len(first.images) == 1
        fonts = {c["fontname"].split("+")[-1] for c in first.chars}
        assert fonts <= {"PTSerif-Regular", "PTSerif-Bold", "PTSerif-Italic", "PTSans-Regular", "PTSans-Bold"}
    with pdfplumber.open(tmp_path / "y12-history" / "great-purge" / "flashcards.pdf") as pdf:
        assert round(pdf.pages[0].height) == 842
        assert "Great Purge · Figures · 1/11" in " ".join(pdf.pages[0].extract_text().split())


def test_topic_alone_without_a_course_and_an_empty_folder(tmp_path: Path, capsys) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(EXAMPLE, alone / "great-purge.yaml")
    assert configure.find_course(alone / "great-purge.yaml") is None
    assert configure.find_course(CONTENT / "hist-204" / "great-purge.yaml") == CONTENT / "hist-204" / "course.yaml"
    built = pipeline.build(alone / "great-purge.yaml", tmp_path / "out", configure.configure(None))
    assert [b.path.name for b in built] == ["handout.pdf", "flashcards.pdf", "worksheet.pdf", "worksheet-key.pdf"]
    (tmp_path / "empty").mkdir()
    assert main(["build", str(tmp_path / "empty")]) == 2
    assert "no topic files" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("logo.png", b"not an image", "theme.logo: not a PNG or JPEG image Pillow can read"),
        ("logo.svg", b"<svg><oops", "theme.logo: not an SVG image svglib can read"),
        ("font.ttf", b"not a font", "theme.body_font.regular: cannot use this font"),
    ],
)
def test_unreadable_logo_or_font_is_reported_in_course_yaml(tmp_path: Path, capsys, name, data, message) -> None:
    key = "logo_alt: a crest\n  logo" if name.startswith("logo") else "body_font:\n    regular"
    folder = course(tmp_path, f"theme:\n  {key}: assets/{name}\n")
    (folder / "assets").mkdir()
    (folder / "assets" / name).write_bytes(data)
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'course.yaml'}:" in err and message in err and "Traceback" not in err


def test_a_logo_needs_its_text_alternative(tmp_path: Path, capsys) -> None:
    folder = course(tmp_path, "theme:\n  logo: assets/crest.png\n")
    (folder / "assets").mkdir()
    shutil.copyfile(EXAMPLE.parent / "y12-history" / "assets" / "crest.png", folder / "assets" / "crest.png")
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    assert f"{folder / 'course.yaml'}:2:9: theme.logo: needs logo_alt too" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.pdf"))
