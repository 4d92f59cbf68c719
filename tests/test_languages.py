"""The class's language: every fixed word from a message catalogue, each catalogue complete, French handouts.

English is the source; `generator/messages/{fr,de,es}.po` must translate every
message the templates and the code use, keep its placeholders, and hold nothing
unused. A French build says its headings, running feet and worksheet words in
French, and tells screen readers its language.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import jinja2.ext
import pikepdf
import pytest
from babel.messages.pofile import read_po
from conftest import EXAMPLE, pdf_text
from pydantic import ValidationError

from generator import messages
from generator.cli import main
from generator.content import dates
from generator.outputs import calibration, decks
from generator.outputs.worksheet import INSTRUCTIONS
from generator.resources import builtin_templates
from generator.settings import Settings, Theme
from generator.typesetting import structure
from generator.vocabulary import EXERCISE_HEADINGS, HEADINGS

PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def _used() -> set[str]:
    """Every message: the templates' _("...") and the defaults the code puts through the catalogue."""
    found = {*HEADINGS.values(), *EXERCISE_HEADINGS.values(), *INSTRUCTIONS.values(), Theme().footer_right}
    found |= {*dates.WORDS, *dates.SEASON_WORDS, *decks.TITLES.values(), *structure.LINK_WORDS, *calibration.WORDS}
    for path in builtin_templates().rglob("*.j2"):
        with path.open("rb") as handle:
            for _line, _function, message, _comments in jinja2.ext.babel_extract(handle, ("_",), [], {}):
                if isinstance(message, str):
                    found.add(message)
    return found


@pytest.mark.parametrize("language", [name for name in messages.LANGUAGES if name != "en"])
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    with (messages.HERE / f"{language}.po").open("rb") as handle:
        catalog = {m.id: m.string for m in read_po(handle) if m.id}
    used = _used()
    assert sorted(used - set(catalog)) == [], "messages missing from the catalogue"
    assert sorted(set(catalog) - used) == [], "messages nothing uses any more"
    for source, translated in catalog.items():
        assert translated.strip(), f"{language}: {source!r} is not translated"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translated)), (language, source)


def test_language_is_a_tag_studyguide_speaks() -> None:
    assert Settings.model_validate({"language": "fr-CA"}).language == "fr-CA"
    assert Settings.model_validate({"language": "en_GB"}).language == "en_GB"
    with pytest.raises(ValidationError, match="no messages in 'it' yet; use one of en, fr, de, es"):
        Settings.model_validate({"language": "it"})
    with pytest.raises(ValidationError, match="not a language tag"):
        Settings.model_validate({"language": "français"})


def test_a_french_class_gets_its_handout_and_worksheet_in_french(tmp_path: Path) -> None:
    assert main(["build", str(EXAMPLE), "-o", str(tmp_path), "--language", "fr", "--only", "handout,worksheet"]) == 0
    handout = pdf_text(tmp_path / "great-purge" / "handout.pdf")
    for french in (
        "Résumé",
        "Personnages clés",
        "Chronologie",
        "Notions clés",
        "Questions de discussion",
        "page 1 sur",
    ):
        assert french in handout
    for english in ("Summary", "Key figures", "Key terms", "Discussion questions", "page 1 of"):
        assert english not in handout
    sheet = pdf_text(tmp_path / "great-purge" / "worksheet.pdf") + pdf_text(
        tmp_path / "great-purge" / "worksheet-key.pdf"
    )
    for french in ("Fiche d’exercices", "Corrigé", "Qui était qui ?", "Banque de mots :", "Nom ", "Classe "):
        assert french in sheet
    for english in ("Worksheet", "Answer key", "Who was who", "Word bank", "Version 1 ·"):
        assert english not in sheet
    with pikepdf.open(BytesIO((tmp_path / "great-purge" / "handout.pdf").read_bytes())) as pdf:
        assert str(pdf.Root.Lang) == "fr"
        assert pdf.open_metadata()["dc:language"] in ({"fr"}, ["fr"])


@pytest.mark.parametrize(
    ("language", "quoted"),
    [
        ("en", "“the ‘party’ line”"),
        ("fr", "«\u00a0the “party” line\u00a0»"),
        ("fr-CA", "«\u00a0the “party” line\u00a0»"),
        ("de", "„the ‚party‘ line“"),
        ("es", "«the “party” line»"),
    ],
)
def test_quotation_marks_are_the_language_s(language: str, quoted: str) -> None:
    from generator.content import markup

    text = markup.inline("\"the 'party' line\" and it's over", prose=markup.prose(language))
    assert str(text) == f"{quoted} and it’s over"


def _topic(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "purge.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace("\ntitle: ", f"\n{extra}\ntitle: ", 1), "utf-8")
    return path


def test_a_topic_s_language_overrides_the_course_s(tmp_path: Path) -> None:
    topic = _topic(tmp_path, "language: de")
    assert (
        main(["build", str(topic), "-o", str(tmp_path / "out"), "--language", "fr", "--only", "handout,flashcards"])
        == 0
    )
    handout = pdf_text(tmp_path / "out" / "purge" / "handout.pdf")
    assert "Zusammenfassung" in handout and "1. Dezember 1934" in handout and "Résumé" not in handout
    cards = pdf_text(tmp_path / "out" / "purge" / "flashcards.pdf")
    assert "Personen ·" in cards and "Begriffe ·" in cards and "Figures" not in cards
    with pikepdf.open(BytesIO((tmp_path / "out" / "purge" / "handout.pdf").read_bytes())) as pdf:
        assert str(pdf.Root.Lang) == "de"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("language: klingon", "purge.yaml:4:11: language: 'klingon' is not a language tag"),
        ("language: it", "purge.yaml:4:11: language: studyguide has no messages in 'it' yet"),
    ],
)
def test_a_topic_s_language_is_checked_at_its_line(
    tmp_path: Path, extra: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(_topic(tmp_path, extra)), "-o", str(tmp_path / "out")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out" / "purge").exists()


def test_french_sets_its_high_punctuation_and_guillemets_off_with_no_break_spaces() -> None:
    from generator.content import markup

    typed = 'Qu\'est-ce que le tiers état ? Tout ; « rien » : "oui" !'
    nbsp = "\u00a0"
    french = f"Qu’est-ce que le tiers état{nbsp}? Tout{nbsp}; «{nbsp}rien{nbsp}»{nbsp}: «{nbsp}oui{nbsp}»{nbsp}!"
    assert str(markup.inline(typed, prose=markup.prose("fr"))) == french
    assert str(markup.inline(typed, prose=markup.prose("fr", hyphenate=True))) == french
    assert nbsp not in str(markup.inline(typed, prose=markup.prose("de")))
    assert nbsp not in str(markup.inline(typed, prose=markup.prose("fr", typographer=False)))
