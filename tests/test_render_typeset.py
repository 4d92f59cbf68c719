"""Template and RML mistakes are reported, never silently dropped."""

import re
from pathlib import Path

import pytest
import z3c.rml
from conftest import EXAMPLE
from lxml import etree

from generator.building import pipeline
from generator.errors import UserError
from generator.settings import Settings
from generator.typesetting import render, typeset

RML = """<document filename="x.pdf" invariant="1">
<template><pageTemplate id="p"><frame id="f" x1="50" y1="50" width="400" height="600"/></pageTemplate></template>
<story>{body}</story></document>"""


def test_undefined_variable_names_template_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "handout.rml.j2").write_text("line one\n{{ topic.titel }}\n")
    with pytest.raises(UserError) as error:
        render.render("handout.rml.j2", {"topic": {}}, tmp_path)
    assert str(error.value).startswith(f"{tmp_path / 'handout.rml.j2'}:2: ")


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "broken.rml.j2").write_text("ok\n{% if %}\n")
    with pytest.raises(UserError, match=r"broken.rml.j2:2: template syntax error"):
        render.render("broken.rml.j2", {}, tmp_path)


def test_misspelt_rml_directive_fails_instead_of_vanishing() -> None:
    assert typeset.typeset(RML.format(body="<para>fine</para>")).startswith(b"%PDF")
    with pytest.raises(UserError, match="paar"):
        typeset.typeset(RML.format(body="<paar>typo</paar>"))


def test_invalid_xml_is_reported() -> None:
    with pytest.raises(UserError, match="invalid RML"):
        typeset.typeset(RML.format(body="<para>unclosed"))


def _unknown_attributes(rml: str) -> set[str]:
    """Attributes z3c.rml's DTD does not declare; z3c.rml itself ignores them silently.

    The DTD's content models are stricter than z3c.rml, so only attribute names are
    checked, and only on elements the DTD declares (inline <font> and <getName> it does not).
    """
    dtd = etree.DTD(str(Path(z3c.rml.__file__).parent / "rml.dtd"))
    dtd.validate(etree.fromstring(rml.encode("utf-8")))
    undeclared = {m[1] for e in dtd.error_log if (m := re.match(r"No declaration for element (\w+)", e.message))}
    found = set()
    for entry in dtd.error_log:
        match = re.match(r"No declaration for attribute (\w+) of element (\w+)", entry.message)
        if match and match[2] not in undeclared:
            found.add(f"{match[2]}@{match[1]}")
    return found - {"document@keywords", "document@lang"}  # ours: typeset takes them off the tree


def test_handout_template_writes_only_attributes_z3c_rml_knows() -> None:
    (rml,), _ = pipeline.rml("handout", pipeline.read(EXAMPLE), Settings())
    assert _unknown_attributes(rml) == set()
    # The check does catch the kind of slip that once made every page A4:
    assert _unknown_attributes(rml.replace("pagesize=", "pageSize=")) == {"template@pageSize"}
