"""The content format: one topic per YAML file.

These models are the format's documentation: every field carries a description
and examples, and the JSON Schema for editors is generated from them.
Unknown keys are errors (`extra="forbid"`), so a misspelt key never vanishes.
Bibliography items use CSL-JSON field names, as Zotero and pandoc write them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from generator.content import dates

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
OneLine = Annotated[Text, StringConstraints(pattern=r"^[^\n]*$")]
EdtfDate = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    AfterValidator(dates.check),
    Field(description=f"An EDTF date: {dates.EXAMPLES}.", examples=["1934-12-01", "1937~", "1936/1938"]),
]


class Strict(BaseModel):
    """Base of every model: unknown keys are refused, values are final."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class KeyFigure(Strict):
    name: Text = Field(description="The name as the class should learn it.", examples=["Joseph Stalin"])
    native_name: Text | None = Field(
        None, description="The name in its own script or language.", examples=["Иосиф Сталин"]
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


class CslName(Strict):
    family: Text | None = Field(None, description="Family name.", examples=["Conquest"])
    given: Text | None = Field(None, description="Given names.", examples=["Robert"])
    literal: Text | None = Field(None, description="A name that is not split, e.g. an institution.")

    @model_validator(mode="after")
    def _named(self) -> CslName:
        if not (self.family or self.literal):
            raise ValueError("a name needs `family` (and usually `given`) or `literal`")
        return self


CSL_TYPES = Literal[
    "book",
    "chapter",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "webpage",
    "post-weblog",
    "entry-encyclopedia",
    "entry-dictionary",
    "report",
    "thesis",
    "paper-conference",
    "motion_picture",
    "broadcast",
    "interview",
    "manuscript",
    "map",
    "document",
    "speech",
    "song",
]


class CslItem(Strict):
    """A bibliography entry in CSL-JSON field names, plus `annote` for the annotation."""

    id: Text = Field(description="A unique key for the item.", examples=["conquest1990"])
    type: CSL_TYPES = Field("book", description="The CSL item type.")
    author: list[CslName] = Field(default_factory=list, description="Authors, in order.")
    editor: list[CslName] = Field(default_factory=list, description="Editors, in order.")
    title: Text = Field(description="The title of the work.", examples=["The Great Terror: A Reassessment"])
    container_title: Text | None = Field(None, alias="container-title", description="Journal, book or site.")
    publisher: Text | None = Field(None, description="The publisher.", examples=["Oxford University Press"])
    publisher_place: Text | None = Field(
        None, alias="publisher-place", description="Where it was published.", examples=["New York"]
    )
    issued: EdtfDate | None = Field(None, description="Year of publication (EDTF, e.g. 1990).")
    accessed: EdtfDate | None = Field(None, description="When a web page was read.")
    edition: Text | None = Field(
        None, description="A number (2 prints as 2nd ed.) or text.", examples=["2", "Rev. ed."]
    )
    volume: Text | None = Field(None, description="Volume of a journal or a multi-volume work.")
    page: Text | None = Field(None, description="Page range, e.g. 112–130.")
    DOI: Text | None = Field(None, description="Digital Object Identifier, without https://doi.org/.")
    URL: Text | None = Field(None, description="Web address of an online source.")
    annote: Text | None = Field(None, description="The annotation printed beneath the entry (Markdown).")

    def csl_json(self) -> dict[str, object]:
        """The item as CSL-JSON for citeproc, with dates as date-parts; the annotation stays ours."""
        data = self.model_dump(by_alias=True, exclude_none=True, exclude={"annote"})
        for key in ("issued", "accessed"):
            value = getattr(self, key)
            if value:
                data[key] = {"date-parts": dates.date_parts(value)}
        return {key: value for key, value in data.items() if value != []}


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
    subtitle: Text | None = Field(None, description="A line under the title.", examples=["Stalin's Terror, 1934–1939"])
    subject: Text | None = Field(
        None, description="Course or subject line, set small.", examples=["Modern European History"]
    )
    summary: Text = Field(description="The summary (Markdown: paragraphs, emphasis, lists).")
    key_figures: list[KeyFigure] = Field(min_length=1, description="The people of the topic (at least one).")
    chronology: list[ChronologyEntry] = Field(
        default_factory=list, description="Events, printed in date order and drawn as a timeline."
    )
    terms: list[Term] = Field(default_factory=list, description="Key terms, printed alphabetically.")
    questions: list[Text] = Field(default_factory=list, description="Discussion questions (Markdown).")
    further_reading: list[CslItem] = Field(
        default_factory=list, description="An annotated bibliography (CSL-JSON fields)."
    )
    see_also: list[Text] = Field(default_factory=list, description="Related topics.")
    sources: list[CslItem] = Field(default_factory=list, description="Where the guide's facts come from.")
    cards: list[Card] = Field(default_factory=list, description="Extra flashcards, beyond those made from the topic.")

    @model_validator(mode="after")
    def _unique_ids(self) -> Topic:
        seen: set[str] = set()
        for item in [*self.further_reading, *self.sources]:
            if item.id in seen:
                raise ValueError(f"bibliography id {item.id!r} is used twice; ids must be unique")
            seen.add(item.id)
        return self
