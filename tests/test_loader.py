"""The loader keeps every scalar as typed text and knows where it was typed."""

from pathlib import Path

import pytest
from conftest import BLOCKS, write

from generator.content.decoding import MAX_BYTES
from generator.content.loader import load
from generator.errors import UserError


def test_yaml_11_typing_does_not_touch_content(tmp_path: Path) -> None:
    loaded = load(write(tmp_path, "a: -0062\nb: 1934-12-01\nc: no\nd: 1:30\ne: 1984\nf: 3.10\n"))
    assert loaded.data == {"a": "-0062", "b": "1934-12-01", "c": "no", "d": "1:30", "e": "1984", "f": "3.10"}


def test_positions_of_values_and_keys(tmp_path: Path) -> None:
    loaded = load(write(tmp_path, "title: X\nlist:\n  - name: Y\n"))
    assert (loaded.values[("list", 0, "name")].line, loaded.values[("list", 0, "name")].column) == (3, 11)
    assert loaded.keys[("list", 0, "name")].column == 5


@pytest.mark.parametrize(
    ("text", "line", "phrase"),
    [
        ("a: &x 1\nb: *x\n", 1, "anchors and aliases"),
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a' (first given at line 1)"),
        ("a:\n\tb: 1\n", 2, "not tabs"),
        ("a: [1, 2\n", 2, "YAML syntax error"),
        ("", 1, "empty"),
    ],
)
def test_yaml_problems_name_the_line(tmp_path: Path, text: str, line: int, phrase: str) -> None:
    with pytest.raises(UserError) as error:
        load(write(tmp_path, text))
    assert error.value.location.line == line
    assert phrase in str(error.value)


def test_bom_is_accepted_and_other_encodings_are_not(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufefftitle: Ünïcode\n".encode())
    assert load(path).data == {"title": "Ünïcode"}
    path.write_bytes("title: caf\xe9\n".encode("latin-1"))
    with pytest.raises(UserError, match="not UTF-8") as error:
        load(path)
    assert (error.value.location.line, error.value.location.column) == (1, 11)


def test_missing_and_oversized_files(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="file not found"):
        load(tmp_path / "nope.yaml")
    big = tmp_path / "big.yaml"
    big.write_text("a: " + "x" * MAX_BYTES)
    with pytest.raises(UserError, match="limited to"):
        load(big)


def test_a_very_long_paragraph_is_set_in_pieces_with_its_markup_whole() -> None:
    from lxml import etree

    from generator.content import markup
    from generator.content.limits import PARAGRAPH_CHARACTERS

    source = (
        "Words here. " * 300
        + "**bold "
        + "inside bold. " * 700
        + "end** [a link](https://x.org/?a=1&b=2) "
        + "more. " * 900
    )
    rml = str(markup.blocks(source, "Body", "Bullets", **BLOCKS))
    paras = etree.fromstring(f"<r>{rml}</r>").findall("para")  # every piece is well-formed RML
    assert len(paras) > 3
    assert all(len(etree.tostring(p)) < PARAGRAPH_CHARACTERS for p in paras)
    assert paras[0].get("spaceAfter") == "0" and paras[-1].get("spaceBefore") == "0"
    assert "".join("".join(p.itertext()) for p in paras).split() == markup.plain(source).split()
    short = str(markup.blocks("A short paragraph. " * 20, "Body", "Bullets", **BLOCKS))
    assert short.count("<para") == 1 and "spaceAfter" not in short
