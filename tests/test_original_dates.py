"""A translation or a classic with its original date is cited as the manuals want, not as a reprint.

Chicago 17 (14.114) gives a translation's or a modern edition's original date after
the publication facts ("London: NLB, 1976. First published 1958."); only a reprint of
the same work is "1897. Reprint, Cambridge: …". A `classic` (CSL 1.0.2) is a book:
its title in italics. An approximate EDTF date (~) is CSL's `circa`, printed "ca."
(Chicago, APA) or "c." (MLA), and the era is BCE, as the handout writes it.
"""

from __future__ import annotations

import re

import pytest

from generator.content.csl import CslItem
from generator.outputs import bibliography

TRANSLATION = {
    "id": "febvre1976",
    "type": "book",
    "author": [{"family": "Febvre", "given": "Lucien"}, {"family": "Martin", "given": "Henri-Jean"}],
    "translator": [{"family": "Gerard", "given": "David"}],
    "title": "The coming of the book: The impact of printing, 1450–1800",
    "publisher": "NLB",
    "publisher-place": "London",
    "issued": "1976",
    "original-date": "1958",
}
CLASSIC = {
    "id": "thucydides1954",
    "type": "classic",
    "author": [{"family": "Thucydides"}],
    "translator": [{"family": "Warner", "given": "Rex"}],
    "title": "History of the Peloponnesian War",
    "publisher": "Penguin",
    "publisher-place": "Harmondsworth",
    "issued": "1954",
    "original-date": "-0399~",
}
REPRINT = {
    "id": "maitland1987",
    "type": "book",
    "author": [{"family": "Maitland", "given": "Frederic William"}],
    "title": "Domesday Book and beyond: Three essays in the early history of England",
    "publisher": "Cambridge University Press",
    "publisher-place": "Cambridge",
    "issued": "1987",
    "original-date": "1897",
}


def _printed(item: dict, style: str, language: str = "en") -> str:
    """The entry as plain text, italics as *…*."""
    entry = bibliography.format_items([CslItem.model_validate(item)], style, language=language)[item["id"]]
    return re.sub(r"<[^>]+>", "", re.sub(r"</?i>", "*", str(entry)))


def test_chicago_cites_a_translation_with_its_first_publication_after_the_facts_of_this_one() -> None:
    printed = _printed(TRANSLATION, "chicago")
    assert "Translated by David Gerard. London: NLB, 1976. First published 1958." in printed
    assert "Reprint" not in printed


def test_chicago_still_cites_a_reprint_as_a_reprint() -> None:
    assert "1897. Reprint, Cambridge: Cambridge University Press, 1987." in _printed(REPRINT, "chicago")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("chicago", "Thucydides. *History of the Peloponnesian War*. Translated by Rex Warner. "
                    "Harmondsworth: Penguin, 1954. First published ca. 400 BCE."),
        ("mla", "Thucydides. *History of the Peloponnesian War*. c. 400 BCE. Translated by Rex Warner, Penguin, 1954."),
        ("apa", "Thucydides. (1954). *History of the Peloponnesian War* (R. Warner, Trans.). Penguin. "
                "(Original work published ca. 400 B.C.E.)"),
    ],
)  # fmt: skip
def test_a_classic_is_a_book_of_approximate_date_before_the_common_era(style: str, expected: str) -> None:
    printed = _printed(CLASSIC, style)
    assert printed == expected
    assert "?" not in printed and "Reprint" not in printed


def test_a_year_of_the_common_era_is_ce_in_chicago_and_mla() -> None:
    early = {**CLASSIC, "original-date": "0731"}
    assert "First published 731 CE." in _printed(early, "chicago")
    assert "*. 731 CE. Translated" in _printed(early, "mla")


@pytest.mark.parametrize(
    ("language", "era"), [("fr", "v. 400 av. J.-C."), ("es", "c. 400 a. C."), ("de", "ca. 400 v. Chr.")]
)
def test_a_class_in_another_language_gets_its_era_spaced_from_the_year(language: str, era: str) -> None:
    """pandoc's fr and es locales glue the era to the year ("400av. J.-C."); the patched styles space it."""
    for style in ("chicago", "mla"):
        assert era in _printed(CLASSIC, style, language).replace("\u00a0", " ")  # held by no-break spaces
