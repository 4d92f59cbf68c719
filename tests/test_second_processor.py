"""pandoc's citeproc against a second CSL processor, citeproc-py: field by field, then entry by entry.

First, whether each simple field's value is printed by both (names of translators
and editors, the year, volume, issue, first page, DOI, genre, publisher, place): a
field one processor prints and the other drops would show a field lost on its way
to pandoc. Then whole entries: every difference found on the test library is
recorded with the phrase each processor prints and the verdict by the style's
manual (docs/bibliography.md has the table). The test fails if a recorded
difference goes away or a new one appears in Chicago or APA; citeproc-py misformats
the current MLA style too often for a whole-entry comparison there, so MLA's two
recorded differences are checked alone.
"""

from __future__ import annotations

import json
import re
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


PUNCTUATION = (
    "chicago",
    "pelling1996",
    "“The Triumviral Period.”",
    "“The Triumviral Period”.",
    "pandoc: Chicago 17 (6.9) and MLA put a period or comma inside the closing quotation mark",
)
"""Citeproc-py's one systematic difference, in every quoted title; normalized before entries are compared."""

DISAGREEMENTS = [
    ("chicago", "getty1979", "“The ‘Great Purges’ Reconsidered", "“The “Great Purges” Reconsidered",
     "pandoc: a quotation inside a quoted title takes single marks (Chicago 17, quotations within quotations)"),
    ("chicago", "trial1937", "the Anti-Soviet Trotskyite", "the anti-Soviet Trotskyite",
     "pandoc: the first part of a hyphenated compound is capitalized in title case (Chicago 17, 8.161)"),
    ("chicago", "getty1993", "in the Pre-War Years", "in the Pre-war Years",
     "citeproc-py: after a prefix that cannot stand alone Chicago keeps the next part lowercase (8.161)"),
    ("chicago", "solzhenitsyn1974", "Willetts. 3 vols. New York", "Willetts. New York",
     "pandoc: Chicago gives the number of volumes of a multivolume work cited whole; citeproc-py drops it"),
    ("apa", "khlevniuk2004", "(V. A. Staklo, Trans.)", "(V. A. Staklo, trans.)",
     "pandoc: APA 7 capitalizes the role in parentheses, Trans. and Eds.; citeproc-py ignores the label's text-case"),
    ("apa", "pelling1996", "Lintott (Eds.)", "Lintott (eds.)", "pandoc, as above"),
    ("apa", "thucydides1972", "(R. Warner, Trans.; Rev. ed.)", "(R. Warner, trans.; Rev. ed.)", "pandoc, as above"),
    ("apa", "solzhenitsyn1974", "Trans.; Vols. 1–3)", "trans.)",
     "pandoc: APA gives the volumes of a multivolume work; citeproc-py drops number-of-volumes"),
    ("mla", "getty1993", "Getty, J. Arch, et al.", "Getty, J. A., et al.",
     "pandoc: MLA writes names as given; citeproc-py initializes them despite initialize=\"false\""),
    ("mla", "pelling1996", "pp. 1–69.", "pp. 1–9.",
     "pandoc: page-range-format minimal-two keeps two digits (1–69); citeproc-py drops one"),
]  # fmt: skip


def _ours(style: str) -> dict[str, str]:
    """Our entries as plain text, to compare with citeproc-py's."""
    formatted = bibliography.format_items(ITEMS, style)
    return {key: re.sub(r"<[^>]+>", "", str(entry)).replace("&amp;", "&") for key, entry in formatted.items()}


@pytest.mark.parametrize(("style", "key", "pandoc", "citeproc_py", "verdict"), [PUNCTUATION, *DISAGREEMENTS])
def test_each_recorded_disagreement_holds(style: str, key: str, pandoc: str, citeproc_py: str, verdict: str) -> None:
    assert pandoc in _ours(style)[key] and pandoc not in _citeproc_py(style)[key]
    assert citeproc_py in _citeproc_py(style)[key]


@pytest.mark.parametrize("style", ["chicago", "apa"])
def test_no_other_entry_differs(style: str) -> None:
    ours, theirs = _ours(style), _citeproc_py(style)
    recorded = {key for name, key, *_ in DISAGREEMENTS if name == style}
    differing = set()
    for key, entry in ours.items():
        other = theirs[key].replace("”.", ".”").replace("”,", ",”")
        if entry.strip() != other.strip():
            differing.add(key)
    assert differing == recorded
