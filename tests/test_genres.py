"""A thesis's kind is printed in the words of the style's manual, whatever wording the library stored."""

from __future__ import annotations

import re

import pytest

from generator.content.csl import CslItem
from generator.outputs import bibliography, genres

THESIS = {
    "id": "getty1979",
    "type": "thesis",
    "title": "The “Great Purges” reconsidered: The Soviet Communist Party, 1933–1939",
    "publisher": "Boston College",
    "author": [{"family": "Getty", "given": "J. Arch"}],
    "issued": {"date-parts": [[1979]]},
}


@pytest.mark.parametrize(
    ("stored", "kind"),
    [("PhD diss.", "doctoral"), ("Ph.D. dissertation", "doctoral"), ("Doctoral dissertation", "doctoral"),
     ("Unpublished doctoral dissertation", "doctoral"), ("dissertation", "doctoral"), ("PhD thesis", "doctoral"),
     ("Master’s thesis", "masters"), ("MA thesis", "masters"), ("M.Sc. thesis", "masters"),
     ("DPhil thesis", None), ("Thèse de doctorat", None), ("Habilitation", None)],
)  # fmt: skip
def test_the_common_wordings_are_recognised(stored: str, kind: str | None) -> None:
    assert genres.kind(stored) == kind


def _printed(item: dict, style: str, language: str = "en") -> str:
    entry = bibliography.format_items([CslItem.model_validate(item)], style, language=language)[item["id"]]
    return re.sub(r"<[^>]+>", "", str(entry))


@pytest.mark.parametrize("stored", ["PhD diss.", "Doctoral dissertation", "PhD dissertation"])
def test_one_stored_genre_serves_all_three_styles(stored: str) -> None:
    item = {**THESIS, "genre": stored}
    assert "1933–1939.” PhD diss., Boston College, 1979." in _printed(item, "chicago")
    assert "1933–1939. 1979. Boston College, PhD dissertation." in _printed(item, "mla")
    assert "1933–1939 [Unpublished doctoral dissertation]. Boston College." in _printed(item, "apa")


def test_apa_names_the_university_of_a_published_thesis_in_brackets() -> None:
    """APA 7: a thesis in a database or repository is published; its university goes in the description."""
    item = {**THESIS, "genre": "PhD diss.", "URL": "https://example.org/getty1979"}
    assert "[Doctoral dissertation, Boston College]" in _printed(item, "apa")


def test_a_masters_thesis_is_reworded_for_apa_only() -> None:
    item = {**THESIS, "genre": "MA thesis"}
    assert "MA thesis, Boston College, 1979." in _printed(item, "chicago")
    assert "Boston College, MA thesis." in _printed(item, "mla")
    assert "[Unpublished master’s thesis]. Boston College." in _printed(item, "apa")


def test_other_wordings_other_languages_and_course_styles_print_as_stored() -> None:
    assert "DPhil thesis, Boston College" in _printed({**THESIS, "genre": "DPhil thesis"}, "chicago")
    assert "Thèse de doctorat" in _printed({**THESIS, "genre": "Thèse de doctorat"}, "apa")
    assert "PhD diss." in _printed({**THESIS, "genre": "PhD diss."}, "mla", language="fr")
    other = {**THESIS, "type": "report", "genre": "PhD diss."}
    assert genres.worded(other, "apa") is other
