"""A French bibliography sets a no-break space before ; : ! ? as French typography does.

Pandoc's citeproc spaces the fr locale's guillemets but prints the style's own
punctuation as in English ("Bruxelles: Kistemaeckers"). Links, marks inside a word
("10:1–69") and the titles of items in another language are left as they are.
"""

from __future__ import annotations

import re

from generator.content.csl import CslItem
from generator.outputs import bibliography, spacing

NBSP = "\u00a0"
LISSAGARAY = {
    "id": "lissagaray1876",
    "type": "book",
    "language": "fr",
    "author": [{"family": "Lissagaray", "given": "Prosper-Olivier"}],
    "title": "Histoire de la Commune de 1871: pourquoi Paris?",
    "publisher": "Kistemaeckers",
    "publisher-place": "Bruxelles",
    "issued": "1876",
}
ARTICLE = {
    "id": "rougerie1964",
    "type": "article-journal",
    "author": [{"family": "Rougerie", "given": "Jacques"}],
    "title": "Sur l’histoire de la Première Internationale",
    "container-title": "Le Mouvement social",
    "volume": "51",
    "page": "23-45",
    "issued": "1965-04",
    "URL": "https://www.jstor.org/stable/3777296?seq=1",
}
TOMBS = {
    "id": "tombs1981",
    "type": "book",
    "language": "en",
    "author": [{"family": "Tombs", "given": "Robert"}],
    "title": "The war against Paris: Why 1871?",
    "publisher": "Cambridge University Press",
    "publisher-place": "Cambridge",
    "issued": "1981",
}
CHAPTER = {
    "id": "pelling1996",
    "type": "chapter",
    "language": "en",
    "author": [{"family": "Pelling", "given": "Christopher"}],
    "title": "The triumviral period",
    "container-title": "The Cambridge Ancient History",
    "volume": "10",
    "page": "1-69",
    "publisher": "Cambridge University Press",
    "publisher-place": "Cambridge",
    "issued": "1996",
}


def _printed(item: dict, style: str, language: str) -> str:
    entry = bibliography.format_items([CslItem.model_validate(item)], style, language=language)[item["id"]]
    return re.sub(r"<[^>]+>", "", str(entry))


def test_the_styles_colon_after_a_place_is_spaced_in_french() -> None:
    printed = _printed(LISSAGARAY, "chicago", "fr")
    assert f"Bruxelles{NBSP}: Kistemaeckers, 1876." in printed
    assert f"Histoire de la Commune de 1871{NBSP}: pourquoi Paris{NBSP}? Bruxelles" in printed  # its title too
    assert f"1871{NBSP}: pourquoi Paris{NBSP}?" in _printed(LISSAGARAY, "mla", "fr")


def test_a_french_journal_entry_keeps_its_url_and_spaces_the_colon_before_its_pages() -> None:
    printed = _printed(ARTICLE, "chicago", "fr")
    assert re.search(f"\\(avril 1965\\){NBSP}: 23.45\\. https", printed)
    assert "https://www.jstor.org/stable/3777296?seq=1" in printed
    assert f"«{NBSP}Sur l’histoire" in printed and f"{NBSP}{NBSP}" not in printed


def test_an_english_title_keeps_its_own_punctuation_but_the_entry_is_french() -> None:
    printed = _printed(TOMBS, "chicago", "fr")
    assert "The War Against Paris: Why 1871?" in printed
    assert f"Cambridge{NBSP}: Cambridge University Press" in printed


def test_a_colon_inside_a_locator_is_not_spaced() -> None:
    assert re.search(r"10:1[-‑–]69", _printed(CHAPTER, "chicago", "fr"))


def test_other_languages_are_not_spaced() -> None:
    assert "Bruxelles: Kistemaeckers" in _printed(LISSAGARAY, "chicago", "en")
    assert "Bruxelles: Kistemaeckers" in _printed(LISSAGARAY, "chicago", "de")
    assert spacing.spaced("fr-CA") and not spacing.spaced("en")


def test_a_typed_space_before_a_mark_becomes_unbreakable() -> None:
    nodes = [
        {"t": "Str", "c": "Commune"},
        {"t": "Space"},
        {"t": "Str", "c": ":"},
        {"t": "Space"},
        {"t": "Str", "c": "x"},
    ]
    assert spacing.inlines(nodes, titles=True) == [
        {"t": "Str", "c": "Commune"},
        {"t": "Str", "c": NBSP},
        {"t": "Str", "c": ":"},
        {"t": "Space"},
        {"t": "Str", "c": "x"},
    ]
