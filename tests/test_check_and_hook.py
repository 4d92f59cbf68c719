"""`studyguide check` as pre-commit runs it: every file reported, other YAML passed over, repeated cards refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLE, MINIMAL, ROOT, write

from generator.cli import main

TWICE = "terms:\n  - term: NKVD\n    definition: The police.\n  - term: Gulag\n    definition: Camps.\n" \
        "  - term: nkvd\n    definition: Again.\n"  # fmt: skip


def test_check_reports_every_broken_file_in_one_run(tmp_path: Path, capsys) -> None:
    broken = [write(tmp_path, "title: [unclosed\n", name=f"broken{i}.yaml") for i in range(3)]
    good = write(tmp_path, MINIMAL, name="good.yaml")
    missing = write(tmp_path, MINIMAL.replace("summary: One paragraph.\n", ""), name="missing.yaml")
    assert main(["check", str(broken[0]), str(good), str(broken[1]), str(missing), str(broken[2])]) == 2
    out, err = capsys.readouterr()
    assert f"ok {good}" in out
    for path in [*broken, missing]:
        assert str(path) in err
    assert f"{missing}:1:1: summary" in err


def test_a_repeated_card_front_is_refused_at_its_line_by_check_build_and_export(tmp_path: Path, capsys) -> None:
    topic = write(tmp_path, MINIMAL + TWICE + "cards:\n  - front: Who?\n    back: A.\n  - front: Who?\n    back: B.\n")
    lines = topic.read_text(encoding="utf-8").splitlines()
    second_term, second_card = lines.index("  - term: nkvd") + 1, len(lines) - 1
    assert main(["check", str(topic)]) == 2
    err = capsys.readouterr().err
    assert f"{topic}:{second_term}:11: terms[2].term: the Terms deck already has this card (line" in err
    assert f"{topic}:{second_card}:12: cards[1].front: the Custom deck already has this card" in err
    assert "its own front or `id`" in err
    for command in (["cards"], ["export", "--format", "anki"]):
        assert main([*command, str(topic), "-o", str(tmp_path / "out")]) == 2
        assert f"{topic}:{second_term}:11: terms[2].term" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert main(["cards", str(topic), "-o", str(tmp_path / "out"), "--deck", "figures"]) == 0, "other decks build"


def test_the_same_date_twice_is_not_a_repeat(tmp_path: Path) -> None:
    chronology = "chronology:\n  - date: 1936-08-19\n    event: A trial opens.\n  - date: 1936-08-19\n    event: B.\n"
    topic = write(tmp_path, MINIMAL + chronology)
    assert main(["check", str(topic)]) == 0
    assert main(["cards", str(topic), "-o", str(tmp_path / "out"), "--deck", "dates"]) == 0


def test_the_hook_passes_over_other_yaml_and_still_checks_topics(tmp_path: Path, capsys) -> None:
    mkdocs = write(tmp_path, "site_name: Docs\nnav:\n  - Home: index.md\ntheme:\n  name: material\n", "mkdocs.yml")
    workflow = write(tmp_path, "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n", "ci.yaml")
    schema_only = write(tmp_path, "# yaml-language-server: $schema=../schemas/topic.schema.json\ntitle: T\n", "s.yaml")
    by_keys = write(tmp_path, MINIMAL.replace("summary: One paragraph.\n", ""), "k.yaml")
    assert main(["check", str(mkdocs)]) == 2, "without the flag, every file given is a topic"
    capsys.readouterr()
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    flags = hook["entry"].split()[1:]
    assert main([*flags, str(mkdocs), str(workflow), str(EXAMPLE), str(schema_only), str(by_keys)]) == 2
    out, err = capsys.readouterr()
    assert str(mkdocs) not in out + err and str(workflow) not in out + err
    assert f"ok {EXAMPLE}" in out and f"{schema_only}:" in err and f"{by_keys}:1:1: summary" in err


@pytest.mark.parametrize("name", ["course.yaml"])
def test_a_course_file_is_always_checked(tmp_path: Path, capsys, name: str) -> None:
    course = write(tmp_path, "paper: tabloid\n", name)
    assert main(["check", "--skip-other-yaml", str(course)]) == 2
    assert "paper" in capsys.readouterr().err
