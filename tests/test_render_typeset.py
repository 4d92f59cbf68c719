"""Template and RML mistakes are reported, never silently dropped."""

from pathlib import Path

import pytest

from generator import render, typeset
from generator.errors import UserError

RML = """<document filename="x.pdf" invariant="1">
<template><pageTemplate id="p"><frame id="f" x1="50" y1="50" width="400" height="600"/></pageTemplate></template>
<story>{body}</story></document>"""


def test_undefined_variable_names_template_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "handout.rml.j2").write_text("line one\n{{ topic.titel }}\n")
    with pytest.raises(UserError) as error:
        render.render("handout.rml.j2", {"topic": {}}, (tmp_path,))
    assert str(error.value).startswith(f"{tmp_path / 'handout.rml.j2'}:2: ")


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "broken.rml.j2").write_text("ok\n{% if %}\n")
    with pytest.raises(UserError, match=r"broken.rml.j2:2: template syntax error"):
        render.render("broken.rml.j2", {}, (tmp_path,))


def test_misspelt_rml_directive_fails_instead_of_vanishing() -> None:
    assert typeset.typeset(RML.format(body="<para>fine</para>")).startswith(b"%PDF")
    with pytest.raises(UserError, match="paar"):
        typeset.typeset(RML.format(body="<paar>typo</paar>"))


def test_invalid_xml_is_reported() -> None:
    with pytest.raises(UserError, match="invalid RML"):
        typeset.typeset(RML.format(body="<para>unclosed"))
