"""The content format: one topic per YAML file.

These models are the format's documentation: every field carries a description
and examples, and the JSON Schema for editors is generated from them.
Unknown keys are errors (`extra="forbid"`), so a misspelt key never vanishes.
Bibliography items use CSL-JSON field names, as Zotero and pandoc write them
(see `csl`), or cite an item of a library file by its key.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Discriminator, Field, Tag, model_validator

from generator.content.csl import Cite, CslItem
from generator.content.limits import ENTRIES
from generator.content.strict import EdtfDate, Language, LanguageTag, OneLine, Prose, Strict, Text

__all__ = ["Cite", "CslItem", "EdtfDate", "OneLine", "Strict", "Text", "Topic"]


def _kind(value: Any) -> str:
    """Which model an entry of a bibliography list is: a cite when it has `cite:`."""
    has_cite = (isinstance(value, dict) and "cite" in value) or isinstance(value, Cite)
    return "Cite" if has_cite else "CslItem"


Entry = Annotated[
    Annotated[CslItem, Tag("CslItem")] | Annotated[Cite, Tag("Cite")],
    Discriminator(_kind),
    Field(description="A CSL-JSON item, or `cite: KEY` for an item of the library file (with an optional `annote`)."),
]


class KeyFigure(Strict):
    name: Text = Field(description="The name as the class should learn it.", examples=["Joseph Stalin"])
    native_name: Text | None = Field(
        None, description="The name in its own script or language.", examples=["Иосиф Сталин"]
    )
    native_language: LanguageTag | None = Field(
        None,
        description="The language of `native_name` as a BCP 47 tag, so screen readers pronounce it in that language; "
        "when absent, the PDF marks the name's language as unknown rather than the class's.",
        examples=["ru"],
    )
    lived: EdtfDate | None = Field(None, description="Birth and death as an EDTF interval, e.g. 1878/1953.")
    role: OneLine = Field(description="One line: who they were.", examples=["General Secretary of the Communist Party"])
    significance: Text | None = Field(None, description="Why they matter to this topic (Markdown).")


class ChronologyEntry(Strict):
    date: EdtfDate
    event: Text = Field(description="What happened, in one short sentence (Markdown).")
    label: OneLine | None = Field(
        None,
        description="A few words for the drawn timeline; the event is used when absent.",
        examples=["Kirov shot"],
    )
    detail: Text | None = Field(None, description="A sentence or two more (Markdown).")


class Term(Strict):
    term: Text = Field(description="The word or phrase to learn.", examples=["NKVD"])
    definition: Text = Field(description="The definition (Markdown).")


class Card(Strict):
    """A flashcard written out in full, for anything the other decks do not cover."""

    front: Text = Field(
        description="The question side (Markdown).", examples=["Who signed the order for the mass operations?"]
    )
    back: Text = Field(description="The answer side (Markdown).", examples=["Nikolai Yezhov, as NKVD Order No. 00447"])
    id: OneLine | None = Field(
        None,
        description="A name for the card that stays when its text changes, so Anki updates the note on re-import "
        "(default: the front).",
        examples=["order-00447"],
    )
    deck: OneLine = Field(
        "Custom",
        description="The deck the card belongs to; `studyguide cards --deck` selects decks by this name.",
        examples=["Documents"],
    )


class Topic(Strict):
    """One topic of a course: everything a handout and a deck of flashcards are made from."""

    title: Text = Field(
        description="The topic's title, on the handout and in the PDF's metadata.", examples=["The Great Purge"]
    )
    short_title: OneLine | None = Field(
        None,
        description="A short form of the title for card footers; the title is used when absent.",
        examples=["Great Purge"],
    )
    id: OneLine | None = Field(
        None,
        description="A name for the topic that stays when its title, file name or folder changes; Anki notes are "
        "identified by it (default: the course code, or the folder, and the file name).",
        examples=["great-purge"],
    )
    language: Language | None = Field(
        None,
        description="The topic's language when it is not the course's (a BCP 47 tag: en, fr, de, es...): its "
        "handout, worksheet and cards say their fixed words, dates and quotation marks in it.",
        examples=["fr"],
    )
    subtitle: Text | None = Field(None, description="A line under the title.", examples=["Stalin's Terror, 1934–1939"])
    subject: Text | None = Field(
        None, description="Course or subject line, set small.", examples=["Modern European History"]
    )
    summary: Prose = Field(description="The summary (Markdown: paragraphs, emphasis, lists).")
    key_figures: list[KeyFigure] = Field(
        max_length=ENTRIES["key_figures"], min_length=1, description="The people of the topic (at least one)."
    )
    chronology: list[ChronologyEntry] = Field(
        max_length=ENTRIES["chronology"],
        default_factory=list,
        description="Events, printed in date order and drawn as a timeline.",
    )
    terms: list[Term] = Field(
        max_length=ENTRIES["terms"], default_factory=list, description="Key terms, printed alphabetically."
    )
    questions: list[Text] = Field(
        max_length=ENTRIES["questions"], default_factory=list, description="Discussion questions (Markdown)."
    )
    bibliography: Text | None = Field(
        None,
        description="A library file (CSL JSON .json, CSL YAML .yaml, BibTeX or BibLaTeX .bib, RIS .ris), relative "
        "to this file, whose items `cite: KEY` names; searched before the course's library.",
        examples=["library.bib"],
    )
    further_reading: list[Entry] = Field(
        max_length=ENTRIES["further_reading"],
        default_factory=list,
        description="An annotated bibliography: CSL-JSON items, or `cite: KEY`.",
    )
    see_also: list[Text] = Field(max_length=ENTRIES["see_also"], default_factory=list, description="Related topics.")
    sources: list[Entry] = Field(
        max_length=ENTRIES["sources"],
        default_factory=list,
        description="Where the guide's facts come from: CSL-JSON items, or `cite: KEY`.",
    )
    cards: list[Card] = Field(
        max_length=ENTRIES["cards"],
        default_factory=list,
        description="Extra flashcards, beyond those made from the topic.",
    )

    @model_validator(mode="after")
    def _unique_ids(self) -> Topic:
        seen: set[str] = set()
        for item in [*self.further_reading, *self.sources]:
            key = item.cite if isinstance(item, Cite) else item.id
            if key in seen:
                raise ValueError(f"bibliography id {key!r} is used twice; ids must be unique")
            seen.add(key)
        return self
