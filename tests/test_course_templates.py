"""Course templates: overriding blocks, errors that name the template, and the sandbox around them."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest
from conftest import EXAMPLE, MINIMAL, pdf_text, write

from generator.building import pipeline
from generator.cli import main
from generator.settings import Settings
from generator.typesetting import render


def course_with(tmp_path: Path, name: str, template: str) -> Path:
    folder = tmp_path / "c"
    (folder / "templates").mkdir(parents=True)
    (folder / "course.yaml").write_text("course:\n  code: T 1\n", encoding="utf-8")
    (folder / "templates" / name).write_text(template, encoding="utf-8")
    write(folder, MINIMAL, name="topic.yaml")
    return folder


def test_a_block_override_changes_only_that_block(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "handout.rml.j2").write_text(
        '{% extends "builtin/handout.rml.j2" %}\n'
        "{% block page_footer %}\n"
        '      <drawString x="40" y="20">OUR FOOTER {{ topic.title }}</drawString>\n'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    source = pipeline.read(EXAMPLE)
    course = Settings.model_validate({}, context={"root": tmp_path})
    plain = [line.strip() for line in pipeline.rml("handout", source, Settings())[0][0].splitlines()]
    custom = [line.strip() for line in pipeline.rml("handout", source, course)[0][0].splitlines()]
    removed = [line[2:] for line in difflib.ndiff(plain, custom) if line.startswith("- ")]
    added = [line[2:] for line in difflib.ndiff(plain, custom) if line.startswith("+ ")]
    assert added == ['<drawString x="40" y="20">OUR FOOTER The Great Purge</drawString>'] * 2  # both page templates
    footer = ("<setFont ", "<fill ", "<drawString ", "<drawRightString ")
    assert len(removed) == 8 and all(line.startswith(footer) for line in removed), removed


def test_the_sandbox_refuses_python_internals(tmp_path: Path, capsys) -> None:
    attack = "{% extends \"builtin/handout.rml.j2\" %}\n{% block title_block %}\n" \
        "<para>{{ cycler.__init__.__globals__.os.popen('id').read() }}</para>\n{% endblock %}\n"  # fmt: skip
    folder = course_with(tmp_path, "handout.rml.j2", attack)
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'templates' / 'handout.rml.j2'}:3: template error: access to attribute '__init__'" in err
    assert "unsafe" in err and "uid=" not in err


def test_an_undefined_variable_names_the_course_template_and_line(tmp_path: Path, capsys) -> None:
    block = "{% block title_block %}\n\n<para>{{ topic.titel }}</para>\n{% endblock %}\n"
    template = '{% extends "builtin/handout.rml.j2" %}\n' + block
    folder = course_with(tmp_path, "handout.rml.j2", template)
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'templates' / 'handout.rml.j2'}:4: template error:" in err and "titel" in err


def test_template_syntax_errors_name_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "broken.rml.j2").write_text("<document>\n{% if %}\n</document>\n", encoding="utf-8")
    with pytest.raises(render.UserError, match=r"broken.rml.j2:2: template syntax error"):
        render.render("broken.rml.j2", {}, tmp_path)


MARKER = "MARKER-created-by-template"


@pytest.mark.parametrize(
    ("block", "element"),
    [
        ("title_block", "<para><evalString>__import__('os').system('touch {marker}')</evalString></para>"),
        ("title_block", '<plugInFlowable module="os" function="system">touch {marker}</plugInFlowable>'),
        ("page_footer", '<plugInGraphic module="os" function="system">touch {marker}</plugInGraphic>'),
        ("title_block", '<includePdfPages filename="{outside}"/>'),
        ("page_footer", '<image file="{outside}" x="0" y="0" width="10" height="10"/>'),
        ("page_footer", '<image file="[z3c.rml]/tests/input/images/replacedImage.png" x="0" y="0"/>'),
        (
            "page_footer",
            '<plugInGraphic module="generator.typesetting.logo" function="draw">{outside}; 0; 0; 9; 9</plugInGraphic>',
        ),
        ("fonts", '<registerTTFont faceName="X" fileName="{outside}"/>'),
    ],
)
def test_rml_that_runs_code_or_reads_other_files_is_refused(tmp_path: Path, capsys, block: str, element: str) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"not for templates")
    marker = tmp_path / MARKER
    body = element.format(marker=marker, outside=outside)
    template = f'{{% extends "builtin/handout.rml.j2" %}}\n{{% block {block} %}}\n{body}\n{{% endblock %}}\n'
    folder = course_with(tmp_path, "handout.rml.j2", template)
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'templates' / 'handout.rml.j2'}:3: <" in err and "see docs/security.md" in err
    assert not marker.exists()
    assert not (tmp_path / "out" / "c" / "topic" / "handout.pdf").exists()


def test_content_cannot_write_rml(tmp_path: Path) -> None:
    marker = tmp_path / MARKER
    hostile = [
        f"<evalString>__import__('os').system('touch {marker}')</evalString>",
        f'<plugInFlowable module="os" function="system">touch {marker}</plugInFlowable>',
    ]
    topic = write(tmp_path, MINIMAL.replace("A Minimal Topic", json.dumps(" ".join(hostile))))
    handout = pipeline.build(topic, tmp_path / "out", Settings())[0]
    assert not marker.exists()
    printed = "".join(pdf_text(handout.path).split())  # long lines wrap, at hyphens too
    assert all("".join(element.split()) in printed for element in hostile)
