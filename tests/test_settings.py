"""Settings are declared once: the command line, course.yaml and the schema all come from the one model."""

from __future__ import annotations

import argparse
from pathlib import Path

import pdfplumber
import pytest
from conftest import EXAMPLE, MINIMAL, write

from generator.arguments import parser
from generator.cli import main
from generator.courses import configure, schema
from generator.settings import Settings, options

NOT_SETTINGS = {
    "-h",
    "--help",
    "-o",
    "--output",
    "--course",
    "--force",
    "--strict",
    "--calibrate",
    "--format",
    "--skip-other-yaml",
}
"""Options that say what to build and how, not how it looks: they have no place in course.yaml."""


def _commands() -> dict[str, argparse.ArgumentParser]:
    (subparsers,) = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(subparsers.choices)


def test_every_option_is_a_setting_and_every_settable_option_is_offered() -> None:
    commands = _commands()
    declared = options.declared()
    for name, command in commands.items():
        flags = {flag for action in command._actions for flag in action.option_strings}
        settable = {item.option.flag for item in declared if name in item.option.commands}
        assert flags - NOT_SETTINGS == settable, f"studyguide {name}: options and settings disagree"
        for action in command._actions:
            if action.option_strings and not set(action.option_strings) & NOT_SETTINGS:
                item = next(i for i in declared if i.option.flag in action.option_strings and name in i.option.commands)
                assert action.dest == item.dest, f"{item.option.flag} must set {item.dest}"
    for item in declared:
        assert set(item.option.commands) <= set(commands), item
        assert item.field.description, f"{item.dest} has no description for --help"


def test_course_yaml_format_and_its_schema_are_the_settings_model() -> None:
    assert schema.MODELS["course.schema.json"] is Settings
    every = {".".join(path) for path, _ in options.fields()}
    assert {"paper", "cards.min_size", "cards.stock.width", "theme.palette.accent", "worksheet.seed"} <= every


def test_an_out_of_range_command_line_value_is_refused_by_its_option(tmp_path: Path, capsys) -> None:
    assert main(["cards", str(EXAMPLE), "-o", str(tmp_path), "--min-size", "40"]) == 2
    assert capsys.readouterr().err.strip() == "--min-size: must be at most 14"
    assert not list(tmp_path.iterdir())


def test_an_unknown_citation_style_is_refused_whatever_the_content(tmp_path: Path, capsys) -> None:
    topic = write(tmp_path, MINIMAL)
    assert "further_reading" not in MINIMAL and "sources" not in MINIMAL
    assert main(["build", str(topic), "-o", str(tmp_path / "out"), "--style", "harvard-ish"]) == 2
    assert "--style: unknown citation style 'harvard-ish'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_same_value_is_checked_the_same_in_course_yaml(tmp_path: Path) -> None:
    (tmp_path / "course.yaml").write_text("cards:\n  min_size: 40\n", encoding="utf-8")
    with pytest.raises(configure.UserError, match=r"course.yaml:2:13: cards.min_size: must be at most"):
        configure.configure(tmp_path / "course.yaml")


def test_custom_card_stock_in_an_a4_course_is_printed_on_a4(tmp_path: Path) -> None:
    course = "paper: a4\ncards:\n  stock:\n    width: 85mm\n    height: 55mm\n    columns: 2\n    rows: 4\n"
    (tmp_path / "course.yaml").write_text(course, encoding="utf-8")
    write(tmp_path, MINIMAL, name="t.yaml")
    assert main(["cards", str(tmp_path), "-o", str(tmp_path / "out")]) == 0
    with pdfplumber.open(tmp_path / "out" / tmp_path.name / "t" / "flashcards.pdf") as pdf:
        assert (round(pdf.pages[0].width), round(pdf.pages[0].height)) == (595, 842)


def test_every_output_name_is_a_registry_entry_with_a_builtin_template() -> None:
    from typing import get_args

    from generator.outputs.registry import REGISTRY
    from generator.typesetting import render
    from generator.vocabulary import OutputName

    per_topic = [name for name, entry in REGISTRY.items() if entry.page is None]
    assert per_topic == list(get_args(OutputName))
    for entry in REGISTRY.values():
        assert (entry.template is None) == (entry.data is not None), entry.name
        assert entry.template is None or entry.template in render.builtin_names()
        assert set(entry.settings) <= set(Settings.model_fields), entry.name


def test_build_only_anki(tmp_path: Path) -> None:
    assert main(["build", str(EXAMPLE), "-o", str(tmp_path), "--only", "anki,csv"]) == 0
    assert sorted(p.name for p in (tmp_path / "great-purge").iterdir()) == ["flashcards.apkg", "flashcards.tsv"]


def test_an_ejected_calibration_template_is_used(tmp_path: Path) -> None:
    from conftest import pdf_text

    (tmp_path / "course.yaml").write_text("paper: a4\n", encoding="utf-8")
    assert main(["templates", "eject", "calibrate.rml.j2", "--course", str(tmp_path)]) == 0
    ejected = tmp_path / "templates" / "calibrate.rml.j2"
    ejected.write_text(ejected.read_text(encoding="utf-8").replace("Flashcard duplex", "OUR PRINTER:"))
    out = tmp_path / "out"
    assert main(["cards", "--calibrate", "--course", str(tmp_path / "course.yaml"), "-o", str(out)]) == 0
    assert "OUR PRINTER: calibration · front" in " ".join(pdf_text(out / "calibration.pdf").split())


def test_templates_list_says_what_each_template_makes(capsys) -> None:
    assert main(["templates", "list"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert "makes calibration; no blocks" in lines["calibrate.rml.j2"]
    assert "makes worksheet; blocks: fonts" in lines["worksheet.rml.j2"]
    assert lines["partials/styles.rml.j2"].split(None, 1)[1].startswith("(a partial)")
