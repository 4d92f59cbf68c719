"""A Zotero collection of eleven real items, exported four ways, printed as Chicago, MLA and APA require.

The same collection is in tests/library/ as CSL JSON, CSL YAML (also pasted into
a topic), BibLaTeX (Better BibTeX's form) and RIS (Zotero's). Each entry is
checked for what its style requires of its type: translators, editions,
volumes, issues, page ranges, DOIs, thesis and report genres, chapters in edited
multi-volume books, access dates where the style prints them, archives. Each
list of a format is formatted in one pandoc call per style (cached), so the
whole file costs twelve calls.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from conftest import EXAMPLE, MINIMAL, write

from generator.building import pipeline
from generator.content import library, validate
from generator.content.csl import CslItem
from generator.outputs import bibliography

LIBRARY = Path(__file__).parent / "library"
FORMATS = ("json", "pasted", "bib", "ris")
RIS_KEYS = {
    "trial1937": "military1937",
    "britannica-purge": "editors",
    "khlevniuk2010": "хлевнюк2010",
}
"""RIS has no keys: ours are made from the first author's family name (or first word) and the year."""

REQUIRED = {
    "chicago": {
        "khlevniuk2004": ["Khlevniuk, Oleg V. *The History of the Gulag: From Collectivization to the Great Terror*. "
                          "Translated by Vadim A. Staklo.", "New Haven: Yale University Press, 2004."],
        "pelling1996": ["“The Triumviral Period.” In *The Cambridge Ancient History*, edited by Alan K. Bowman, "
                        "Edward Champlin, and Andrew Lintott, 2nd ed., 10:1–69.",
                        "Cambridge: Cambridge University Press"],
        "getty1993": ["Getty, J. Arch, Gábor T. Rittersporn, and Viktor N. Zemskov. “Victims of the Soviet",
                      "*The American Historical Review* 98, no. 4 (October 1993): 1017–49. "
                      "https://doi.org/10.2307/2166597."],
        "britannica-purge": ["“Great Purge.” Encyclopaedia Britannica. Accessed May 1, 2024. "
                             "https://www.britannica.com/event/Great-Purge."],
        "getty1979": ["“The ‘Great Purges’ Reconsidered: The Soviet Communist Party, 1933–1939.” "
                      "PhD diss., Boston College, 1979."],
        "solzhenitsyn1974": ["Translated by Thomas P. Whitney and Harry Willetts. 3 vols. New York: Harper & Row, 1974",
                             "1974–1978."],
        "trial1937": ["Military Collegium of the Supreme Court of the USSR. “Report of Court Proceedings",
                      "Verbatim report. Moscow: People’s Commissariat of Justice of the USSR, 1937."],
        "levytsky1974": ["Levytsky, Boris. *The Stalinist Terror in the Thirties: Documentation from the Soviet "
                         "Press*. Stanford, Calif.: Hoover Institution Press, 1974."],
        "jefferson1813": ["Jefferson, Thomas. Letter to John Adams, October 28, 1813.",
                          "Library of Congress, Manuscript Division."],
        "thucydides1972": ["Thucydides. *History of the Peloponnesian War*. Translated by Rex Warner. Rev. ed. "
                           "Penguin Classics. Harmondsworth: Penguin, 1972.", "1972. First published 1954."],
        "khlevniuk2010": ["Хлевнюк, Олег Витальевич. *Хозяин: Сталин и утверждение сталинской единоличной "
                          "диктатуры*. Москва: РОССПЭН, 2010."],
    },
    "mla": {
        "khlevniuk2004": ["*The History of the Gulag: From Collectivization to the Great Terror*. "
                          "Translated by Vadim A. Staklo, Yale University Press, 2004."],
        "pelling1996": ["Pelling, Christopher. “The Triumviral Period.” *The Cambridge Ancient History*, edited by "
                        "Alan K. Bowman et al., 2nd ed., vol. 10, Cambridge University Press, 1996, pp. 1–69."],
        "getty1993": ["Getty, J. Arch, et al. “Victims of the Soviet Penal System",
                      "*The American Historical Review*, vol. 98, no. 4, Oct. 1993, pp. 1017–49",
                      "https://doi.org/10.2307/2166597."],
        "britannica-purge": ["https://www.britannica.com/event/Great-Purge. Accessed 1 May 2024."],
        "getty1979": ["*The “Great Purges” Reconsidered: The Soviet Communist Party, 1933–1939*. 1979. "
                      "Boston College, PhD dissertation."],
        "solzhenitsyn1974": ["Translated by Thomas P. Whitney and Harry Willetts, Harper & Row, 1974", "1974–1978."],
        "trial1937": ["Verbatim report, People’s Commissariat of Justice of the USSR, 1937."],
        "levytsky1974": ["Levytsky, Boris. *The Stalinist Terror in the Thirties: Documentation from the Soviet "
                         "Press*. Hoover Institution Press, 1974."],
        "jefferson1813": ["Jefferson, Thomas. Letter to John Adams. 28 Oct. 1813.", "Manuscript Division"],
        "thucydides1972": ["Translated by Rex Warner, Rev. ed., Penguin, 1972.", "War*. 1954."],
        "khlevniuk2010": ["Хлевнюк, Олег Витальевич.", "РОССПЭН, 2010."],
    },
    "apa": {
        "khlevniuk2004": ["Khlevniuk, O. V. (2004). *The history of the Gulag: From collectivization to the Great "
                          "Terror* (V. A. Staklo, Trans.). Yale University Press."],
        "pelling1996": ["Pelling, C. (1996). The triumviral period. In A. K. Bowman, E. Champlin, & A. Lintott (Eds.),",
                        "(2nd ed., Vol. 10, pp. 1–69). Cambridge University Press."],
        "getty1993": ["Getty, J. A., Rittersporn, G. T., & Zemskov, V. N. (1993). Victims of the Soviet penal "
                      "system in the pre-war years: A first approach on the basis of archival evidence. "
                      "*The American Historical Review*, *98*(4), 1017–1049. https://doi.org/10.2307/2166597"],
        "britannica-purge": ["(n.d.). *Great Purge*. Encyclopaedia Britannica. Retrieved May 1, 2024, from "
                             "https://www.britannica.com/event/Great-Purge"],
        "getty1979": ["(1979). *The “Great Purges” reconsidered: The Soviet Communist Party, 1933–1939* "
                      "[Unpublished doctoral dissertation]. Boston College."],
        "solzhenitsyn1974": ["(T. P. Whitney & H. Willetts, Trans.; Vols. 1–3). Harper & Row.", "(1974–1978)"],
        "trial1937": ["(1937). *Report of court proceedings in the case of the anti-Soviet Trotskyite centre* "
                      "[Verbatim report]. People’s Commissariat of Justice of the USSR."],
        "levytsky1974": ["Levytsky, B. (1974). *The Stalinist terror in the thirties: Documentation from the Soviet "
                         "press*. Hoover Institution Press."],
        "jefferson1813": ["Jefferson, T. (1813, October 28). [Letter to John Adams]"],
        "thucydides1972": ["(R. Warner, Trans.; Rev. ed.). Penguin.", "(Original work published 1954)"],
        "khlevniuk2010": ["Хлевнюк, О. В. (2010). *Хозяин: Сталин и утверждение сталинской единоличной диктатуры*. "
                          "РОССПЭН."],
    },
}  # fmt: skip
"""What each style's manual requires of each entry (Chicago 17th, MLA 9th, APA 7th), as phrases of the entry."""

LOST = {
    ("bib", "jefferson1813", "Jefferson, Thomas. Letter to John Adams, October 28, 1813."),
    ("bib", "jefferson1813", "Jefferson, Thomas. Letter to John Adams. 28 Oct. 1813."),
    ("bib", "jefferson1813", "Library of Congress, Manuscript Division."),
    ("bib", "jefferson1813", "Manuscript Division"),
    ("bib", "jefferson1813", "Jefferson, T. (1813, October 28). [Letter to John Adams]"),
    ("ris", "solzhenitsyn1974", "1974–1978."),
    ("ris", "solzhenitsyn1974", "(1974–1978)"),
    ("ris", "thucydides1972", "1972. First published 1954."),
    ("ris", "thucydides1972", "(Original work published 1954)"),
    ("ris", "thucydides1972", "War*. 1954."),
}
"""What a format cannot carry: BibLaTeX has no archive or recipient fields; Zotero's RIS no original or end year."""


@cache
def items(form: str) -> tuple[CslItem, ...]:
    if form == "pasted":
        text = (LIBRARY / "zotero.yaml").read_text(encoding="utf-8").split("references:\n", 1)[1].removesuffix("...\n")
        pasted = "".join(f"  {line}\n" for line in text.splitlines())
        return tuple(pipeline.check(write(_folder(), MINIMAL + "further_reading:\n" + pasted)).further_reading)
    found = library.read(LIBRARY / f"zotero.{form}")
    return tuple(validate.validate(found.locate(key), CslItem) for key in found.items)


@cache
def _folder() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="studyguide-styles-"))


@cache
def entries(form: str, style: str) -> dict[str, str]:
    """Each entry as plain text, italics as *…*, by the key of the CSL JSON export."""
    formatted = bibliography.format_items(items(form), style)
    keys = {RIS_KEYS.get(key, key): key for key in REQUIRED[style]} if form == "ris" else {}
    plain = {keys.get(key, key): re.sub(r"</?i>", "*", str(entry)) for key, entry in formatted.items()}
    return {key: re.sub(r"<[^>]+>", "", entry).replace("&amp;", "&") for key, entry in plain.items()}


CASES = [
    pytest.param(
        form,
        style,
        key,
        phrase,
        id=f"{form}-{style}-{key}-{index}",
    )
    for form in FORMATS
    for style, required in REQUIRED.items()
    for key, phrases in required.items()
    for index, phrase in enumerate(phrases)
    if (form, key, phrase) not in LOST
]


@pytest.mark.parametrize(("form", "style", "key", "phrase"), CASES)
def test_each_entry_prints_what_its_style_requires(form: str, style: str, key: str, phrase: str) -> None:
    assert phrase in entries(form, style)[key]


@pytest.mark.parametrize("style", REQUIRED)
def test_every_item_of_every_format_is_printed(style: str) -> None:
    for form in FORMATS:
        assert sorted(entries(form, style)) == sorted(REQUIRED[style]), form


def test_titles_stored_in_sentence_case_are_title_cased_by_chicago_and_mla_only() -> None:
    """The example topic keeps CSL's convention; each style cases its titles itself."""
    topic = pipeline.check(EXAMPLE)
    stored = {item.id: item.title for item in topic.further_reading}
    assert stored["getty1999"] == "The road to terror: Stalin and the self-destruction of the Bolsheviks, 1932–1939"
    printed = {style: bibliography.format_items(topic.further_reading, style) for style in ("chicago", "mla", "apa")}
    for style in ("chicago", "mla"):
        assert "The Road to Terror: Stalin and the Self-Destruction of the Bolsheviks" in printed[style]["getty1999"]
        assert "The Great Terror: Stalin’s Purge of the Thirties" in printed[style]["conquest1973"]
        assert "Lenin to Gorbachev: Three Generations of Communists" in printed[style]["crowley1989"]
    assert "The road to terror: Stalin and the self-destruction of the Bolsheviks" in printed["apa"]["getty1999"]
    assert "The Great Terror: Stalin’s purge of the thirties" in printed["apa"]["conquest1973"]
    assert "Why Lenin? Why Stalin?" in printed["apa"]["vonlaue1971"]
