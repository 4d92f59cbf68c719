"""pandoc's citeproc against a second CSL processor, citeproc-py, on the fields both print alike.

citeproc-py places punctuation and cases some words differently and misformats
current MLA, so only Chicago and APA are compared, and only whether each simple
field's value is printed: names of translators and editors, the year, volume,
issue, first page, DOI, genre, publisher and place. A field one processor prints
and the other drops would show a field lost on its way to pandoc.
"""

from __future__ import annotations

import json
import warnings
from functools import cache
from pathlib import Path

import pytest

from generator.content.csl import CslItem
from generator.outputs import bibliography, genres
from generator.resources import STYLES

LIBRARY = Path(__file__).parent / "library"
SIMPLE = ("volume", "issue", "DOI", "genre", "publisher", "publisher-place")
ITEMS = tuple(CslItem.model_validate(data) for data in json.loads((LIBRARY / "zotero.json").read_text("utf-8")))


def _values(item: dict) -> list[str]:
    values = [str(item[field]) for field in SIMPLE if field in item]
    values += [name["family"] for role in ("translator", "editor") for name in item.get(role, []) if "family" in name]
    values += [str(item["issued"]["date-parts"][0][0])] if "issued" in item else []
    values += [str(item["page"]).split("-")[0]] if "page" in item else []
    return values


@cache
def _citeproc_py(style: str) -> dict[str, str]:
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    data = [genres.worded(item.csl_json(), style) for item in ITEMS]  # as pandoc gets them
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns about every CSL 1.0.2 feature it does not know
        csl = citeproc.CitationStylesStyle(str(STYLES / bibliography.STYLE_NAMES[style]), validate=False)
        formatted = citeproc.CitationStylesBibliography(csl, CiteProcJSON(data), citeproc.formatter.plain)
        for entry in data:
            formatted.register(citeproc.Citation([citeproc.CitationItem(entry["id"])]))
        return {entry["id"]: str(text) for entry, text in zip(data, formatted.bibliography(), strict=True)}


@pytest.mark.parametrize("style", ["chicago", "apa"])
def test_both_processors_print_the_same_simple_fields(style: str) -> None:
    ours = {key: str(entry) for key, entry in bibliography.format_items(ITEMS, style).items()}
    theirs = _citeproc_py(style)
    compared = 0
    for item in ITEMS:
        for value in _values(genres.worded(item.csl_json(), style)):
            printed = value.replace("&", "&amp;") in ours[item.id]
            assert printed == (value in theirs[item.id]), f"{style} {item.id}: {value!r}"
            compared += printed
    assert compared >= 30  # most values are printed by both, not merely missing from both
