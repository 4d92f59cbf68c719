"""Content is text: markup characters print as themselves and never become RML."""

import re
from pathlib import Path

from conftest import BLOCKS, pdf_text, write

from generator.building import pipeline
from generator.content import markup
from generator.settings import Settings

NASTY = "Tom & Jerry <b>not bold</b> ]]> {{ x }} {% if %} 'single' \"double\" a<b>c"


def test_inline_markdown_becomes_rml_and_everything_else_is_escaped() -> None:
    assert markup.inline("*em* and **strong**") == "<i>em</i> and <b>strong</b>"
    assert markup.inline("a & b < c > d") == "a &amp; b &lt; c &gt; d"
    assert markup.inline("]]>") == "]]&gt;"
    assert markup.inline("<evalString>1</evalString>") == "&lt;evalString&gt;1&lt;/evalString&gt;"
    link = markup.inline("[x](https://example.org/?a=1&b=2)")
    assert link.startswith('<a href="https://example.org/?a=1&amp;b=2"')
    assert markup.inline("[x](javascript:alert(1))") == "[x](javascript:alert(1))"


def test_block_markdown_paragraphs_and_lists() -> None:
    rml = markup.blocks("One.\n\n- a\n  - b\n\n3. c\n4. d\n   - e\n", "Body", "Bullets", **BLOCKS)
    assert rml.count('<para style="Body">') == 1 and rml.count('<para style="BulletsText">') == 5
    assert '<ol style="Bullets" bulletFormat="%s.">' in rml
    # Each item carries its own number (from the list's start); a bullet list its bullet, by depth of bullet lists.
    assert [int(n) for n in re.findall(r'<li value="(\d+)">', rml)] == [3, 4]
    assert re.findall(r'<ul style="Bullets" start="(.)">', rml) == ["•", "–", "•"]


def test_markup_characters_print_literally(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    source = f"""\
title: '{NASTY.replace("'", "''")}'
summary: |
  Plain & simple <evalString>eval('open("{marker}", "w")')</evalString>
  <plugInFlowable module="os" function="system">touch {marker}</plugInFlowable>
key_figures:
  - name: "A & B <i>"
    role: 'Role with ]]> inside'
terms:
  - term: "{{{{ braces }}}}"
    definition: "{{% raw %}} and *emphasis*"
"""
    # Ragged right, so not hyphenated: the long attribute values are not broken at line ends.
    pdf = pipeline.build_handout(write(tmp_path, source), tmp_path / "out", Settings(handout={"justify": False})).path
    text = pdf_text(pdf)
    assert NASTY in text
    assert "<evalString>eval(‘open(" in text  # the typographer's quote: Markdown text, never markup
    assert "<plugInFlowable module=“os” function=“system”>" in text
    assert "A & B <i>" in text and "Role with ]]> inside" in text
    assert "{{ braces }}" in text and "{% raw %} and emphasis" in text
    assert not marker.exists()
