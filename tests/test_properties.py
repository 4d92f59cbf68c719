"""Property-based tests: whatever text or mangled YAML comes in, a PDF or a clean error comes out.

Examples are derandomized (the same ones every run), so CI stays reproducible;
run with `--hypothesis-seed=N` for fresh ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLE, MINIMAL, pdf_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.building import pipeline
from generator.cli import main
from generator.settings import Settings

COVERED = (
    [chr(c) for c in range(0x21, 0x7F)]
    + [chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)]
    + [chr(c) for c in range(0x410, 0x450)]
    + [chr(c) for c in range(0x391, 0x3CA) if c != 0x3A2]
    + list("–—‘’“”…«»")
)
"""Characters the bundled fonts draw (Latin-1 letters, Cyrillic, Greek, typographic punctuation) and ASCII."""
SPECIAL = ["&", "<", ">", '"', "'", "{", "}", "{{", "}}", "{%", "%}", "]]>", "*a*", "**", "_", "`", "#", "[x](y)",
           "\\", "<b>", "&amp;", "<evalString>", "- ", "1.", "|", ">-", ": "]  # fmt: skip
TEXT = st.lists(
    st.one_of(st.text(alphabet=COVERED, min_size=1, max_size=10), st.sampled_from(SPECIAL)), min_size=1, max_size=7
).map(" ".join)
QUICK = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


@QUICK
@given(text=TEXT)
def test_any_text_the_fonts_cover_prints_as_typed(tmp_path: Path, text: str) -> None:
    topic = tmp_path / "topic.yaml"
    topic.write_text(MINIMAL.replace("A Minimal Topic", json.dumps(text, ensure_ascii=False)), encoding="utf-8")
    built = pipeline.build_handout(topic, tmp_path / "out", Settings())
    assert " ".join(text.split()) in pdf_text(built.path)


LINES = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)


@st.composite
def mangled(draw: st.DrawFn) -> str:
    """The example with one to three edits: a line deleted, re-indented, tab-indented, swapped, or the file cut."""
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["delete", "indent", "dedent", "tab", "swap", "truncate"]))
        if edit == "delete":
            del lines[index]
        elif edit == "indent":
            lines[index] = "  " + lines[index]
        elif edit == "dedent":
            lines[index] = lines[index].removeprefix("  ")
        elif edit == "tab":
            lines[index] = "\t" + lines[index].lstrip(" ")
        elif edit == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            text = "".join(lines)
            return text[: draw(st.integers(0, len(text)))]
        if not lines:
            return ""
    return "".join(lines)


@settings(max_examples=15, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(text=mangled())
def test_mangled_yaml_gives_a_pdf_or_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture, text: str) -> None:
    topic = tmp_path / "great-purge.yaml"
    topic.write_text(text, encoding="utf-8")
    status = main(["build", str(topic), "-o", str(tmp_path / "out"), "--force"])
    captured = capsys.readouterr()
    assert status in (0, 2), captured.err
    assert "Traceback" not in captured.err
    if status == 0:
        assert (tmp_path / "out" / "great-purge" / "handout.pdf").is_file()
    else:
        assert f"{topic}:" in captured.err


WORD = "x" * 2000  # a name this long is a table row taller than a page
EXTREMES = {
    "a 2,000-letter name": f"key_figures:\n  - name: {WORD}\n    role: r\n",
    "a 2,000-letter term": f"key_figures:\n  - name: A\n    role: r\nterms:\n  - term: {WORD}\n    definition: d\n",
    "forty events in one year (a crowded timeline)": "key_figures:\n  - name: A\n    role: r\nchronology:\n"
    + "".join(f"  - date: 1937\n    event: Event number {i} with a longish label\n" for i in range(40)),
    "a timeline label of 200 words": "key_figures:\n  - name: A\n    role: r\nchronology:\n  - date: 1900\n"
    f"    event: e\n    label: {'word ' * 200}\n  - date: 1901\n    event: f\n",
}


@pytest.mark.parametrize("body", EXTREMES.values(), ids=EXTREMES.keys())
def test_extreme_but_valid_content_builds(tmp_path: Path, capsys: pytest.CaptureFixture, body: str) -> None:
    topic = tmp_path / "t.yaml"
    topic.write_text(f"title: {WORD}\nsummary: S\n{body}", encoding="utf-8")
    assert main(["build", str(topic), "-o", str(tmp_path / "out")]) == 0, capsys.readouterr().err
    cards = pdf_text(tmp_path / "out" / "t" / "flashcards.pdf")
    assert "…" in cards.split("·")[0], "a title too long for the card footer is cut short"
