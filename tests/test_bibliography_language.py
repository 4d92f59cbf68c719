"""The course's language picks the CSL locale pandoc formats the bibliography in.

A French course gets "Traduit par", French month names and « guillemets »; German
and Spanish likewise. Each is checked in Chicago on a translated book and on a web
page with its access date, the two entries whose words come from the locale.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import pdf_text

from generator.building import pipeline
from generator.content.csl import CslItem
from generator.courses import configure
from generator.outputs import bibliography

LIBRARY = Path(__file__).parent / "library"
KEYS = ("khlevniuk2004", "britannica-purge", "pelling1996")
ITEMS = tuple(
    CslItem.model_validate(data)
    for data in json.loads((LIBRARY / "zotero.json").read_text("utf-8"))
    if data["id"] in KEYS
)
NBSP = "\u00a0"
EXPECTED = {
    "fr": {
        "khlevniuk2004": "Traduit par Vadim A. Staklo.",
        "britannica-purge": f"«{NBSP}Great Purge{NBSP}». Encyclopaedia Britannica. Consulté le 1 mai 2024.",
        "pelling1996": "In *The Cambridge Ancient History*, édité par Alan K. Bowman, Edward Champlin, et Andrew "
        "Lintott, 2ᵉ éd., 10:1",
    },
    "de": {
        "khlevniuk2004": "Übersetzt von Vadim A. Staklo.",
        "britannica-purge": "„Great Purge“. Encyclopaedia Britannica. Zugegriffen 1. Mai 2024.",
        "pelling1996": "herausgegeben von Alan K. Bowman, Edward Champlin, und Andrew Lintott, 2. Aufl., 10:1–69.",
    },
    "es": {
        "khlevniuk2004": "Traducido por Vadim A. Staklo.",
        "britannica-purge": "«Great Purge». Encyclopaedia Britannica. Accedido 1 de mayo de 2024.",
        "pelling1996": "En *The Cambridge Ancient History*, editado por Alan K. Bowman",
    },
    "en": {
        "khlevniuk2004": "Translated by Vadim A. Staklo.",
        "britannica-purge": "“Great Purge.” Encyclopaedia Britannica. Accessed May 1, 2024.",
        "pelling1996": "In *The Cambridge Ancient History*, edited by Alan K. Bowman",
    },
    "en-GB": {
        "khlevniuk2004": "Translated by Vadim A. Staklo.",
        "britannica-purge": "‘Great Purge’. Encyclopaedia Britannica. Accessed 1 May 2024.",
        "pelling1996": "2nd edn, 10:1–69.",
    },
}


def _plain(entries: dict) -> dict[str, str]:
    return {key: re.sub(r"<[^>]+>", "", re.sub(r"</?i>", "*", str(entry))) for key, entry in entries.items()}


@pytest.mark.parametrize("language", EXPECTED)
def test_the_locale_follows_the_course_language(language: str) -> None:
    printed = _plain(bibliography.format_items(ITEMS, "chicago", language=language))
    for key, phrase in EXPECTED[language].items():
        assert phrase in printed[key], (language, key, printed[key])


def test_the_language_is_part_of_the_cache_key(tmp_path: Path) -> None:
    """A course switched to French must not be served its English bibliography from the cache."""
    bibliography._memory.clear()  # formatted by the tests above: this test needs pandoc's answers on disk
    english = bibliography.format_items(ITEMS, "chicago", tmp_path, "en")
    bibliography._memory.clear()
    french = bibliography.format_items(ITEMS, "chicago", tmp_path, "fr")
    assert "Translated by" in english["khlevniuk2004"] and "Traduit par" in french["khlevniuk2004"]
    assert len(list(tmp_path.glob("bibliography-*.json"))) == 2


def test_a_style_bound_to_a_locale_keeps_it(tmp_path: Path) -> None:
    """A course's style with a default-locale (as Zotero treats it) is not overridden by the course's language."""
    chicago = (bibliography.STYLES / bibliography.STYLE_NAMES["chicago"]).read_text("utf-8")
    german = chicago.replace("<style ", '<style default-locale="de-DE" ', 1)
    assert german != chicago
    style = tmp_path / "german.csl"
    style.write_text(german, encoding="utf-8")
    printed = _plain(bibliography.format_items(ITEMS, str(style), language="fr"))
    assert "Übersetzt von Vadim A. Staklo." in printed["khlevniuk2004"]


def test_a_french_course_handout_prints_its_bibliography_in_french(tmp_path: Path) -> None:
    """The course's `language` reaches pandoc through the handout's context."""
    topic = LIBRARY / "reading.yaml"
    settings = configure.configure(configure.find_course(topic)).model_copy(update={"language": "fr"})
    text = pdf_text(pipeline.build_handout(topic, tmp_path, settings).path)
    assert "Pour aller plus loin" in text  # the heading, from studyguide's own French catalogue
    assert "Traduit par Vadim A. Staklo." in text and "Consulté le 1 mai 2024." in text
    assert "(octobre 1993)" in text and "« Great Purge »" in text
