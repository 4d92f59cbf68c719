"""Every setting, declared once: the course.yaml format, the defaults and the command-line options.

`Settings` is at once the format of course.yaml (its JSON Schema is generated
from it), the defaults (a field's default), and the table the command-line
options are generated from (a field's `Option`). `merge.settings` validates
defaults ← course.yaml ← command line in one pass, so a range or a choice is
checked the same way wherever the value was typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Discriminator, Field, PrivateAttr, Tag, field_validator, model_validator

from generator import messages
from generator.content import library
from generator.content.strict import OneLine, Strict, Text
from generator.settings.fields import BUILD_COMMANDS, Colour, File, Length, Option, by_kind, items, pair
from generator.settings.fonts import BundledFamily, FontFiles, Fonts
from generator.settings.theme import Theme
from generator.vocabulary import (
    CITATION_STYLES,
    EXERCISE_HEADINGS,
    EXERCISES,
    HEADINGS,
    INCH,
    OUTPUTS,
    PAPER_SIZES,
    SECTIONS,
    DateStyle,
    Duplex,
    Exercise,
    OutputName,
    Paper,
    Section,
    TimelineLayout,
)

__all__ = ["BundledFamily", "Colour", "FontFiles", "Fonts", "Settings", "Theme"]


MAX_ANSWER_LINES = 25
"""Answer lines are one block that cannot break across pages: 25 at 22 pt fit any page beside their question."""
MAX_OFFSET = 25.0
"""Millimetres: a printer that misplaces the backs by more than this is not calibrated by an offset."""
Offset = Annotated[float, Field(ge=-MAX_OFFSET, le=MAX_OFFSET, allow_inf_nan=False)]


class CourseInfo(Strict):
    """Who the material is for; shown in the handout's title block and available to header and footer."""

    title: OneLine | None = Field(None, description="The course's name.", examples=["Modern European History"])
    code: OneLine | None = Field(None, description="The course code.", examples=["HIST 204"])
    term: OneLine | None = Field(None, description="The term or semester.", examples=["Fall 2026"])
    instructor: OneLine | None = Field(None, description="Who teaches it.", examples=["Dr. Maria Alvarez"])
    institution: OneLine | None = Field(None, description="The school.", examples=["Lakeside Community College"])


def _once(what: str) -> Any:
    """A validator refusing a list that names a `what` twice."""

    def check(values: list[Any]) -> list[Any]:
        if len(set(values)) != len(values):
            raise ValueError(f"each {what} may appear only once")
        return values

    return check


def _over(defaults: Mapping[Any, str]) -> Any:
    """A validator completing a mapping of headings with the defaults it leaves alone."""

    def complete(value: dict[str, str]) -> dict[str, str]:
        return {**defaults, **value}

    return complete


class Handout(Strict):
    sections: Annotated[list[Section], BeforeValidator(items)] = Field(
        default_factory=lambda: list(SECTIONS), description="Which sections appear, in this order."
    )
    headings: dict[Section, OneLine] = Field(
        default_factory=lambda: dict(HEADINGS),
        description="Section headings to replace; the others keep theirs.",
        examples=[{"key_figures": "Who's who"}],
    )
    answer_lines: int = Field(4, ge=0, le=MAX_ANSWER_LINES, description="Ruled lines under each discussion question.")
    timeline: TimelineLayout = Field(
        "auto",
        description="The drawn timeline: horizontal (across the page), vertical (down it, page after page if need "
        "be) or auto (horizontal when its labels fit in one row, else vertical).",
    )
    justify: bool = Field(
        True, description="The summary justified and hyphenated (true), or set ragged right and unhyphenated (false)."
    )
    typographer: bool = Field(
        True,
        description="Straight quotes, apostrophes and -- in Markdown printed as typographic quotes and dashes "
        "(false: as typed).",
    )

    _unique = field_validator("sections")(_once("section"))
    _over_defaults = field_validator("headings")(_over(HEADINGS))


class CustomStock(Strict):
    """Card stock by measurement; lengths take a unit (in, mm, cm, pt)."""

    paper: Paper | None = Field(None, description="The paper the stock comes on (default: the course's paper).")
    width: Annotated[Length, Option("--card-size", "WxH", into=("width", "height"))] = Field(
        description="Card width and height, with a unit, e.g. 3.5in,2in or 89mm x 51mm."
    )
    height: Length = Field(description="Card height, with a unit.", examples=["2in"])
    columns: Annotated[int, Option("--grid", "COLUMNSxROWS", into=("columns", "rows"))] = Field(
        ge=1, le=20, description="Cards across and down the sheet, e.g. 2x5."
    )
    rows: int = Field(ge=1, le=30, description="Cards down the sheet.")
    top: Annotated[Length | None, Option("--margins", "TOP,LEFT", into=("top", "left"))] = Field(
        None, description="Top and left margins, with `left` (default: the cards are centred)."
    )
    left: Length | None = Field(None, description="Left margin; with `top`.")
    gutter: Annotated[tuple[Length, Length], BeforeValidator(pair), Option("--gutter", "X,Y")] = Field(
        (0.0, 0.0), description="Space between cards across and down, e.g. 2mm,2mm."
    )
    perforated: Annotated[bool, Option("--perforated")] = Field(
        False, description="Perforated stock, printed on as it is: no crop marks."
    )


class Cards(Strict):
    """The flashcards' stock, duplex mode, decks, sizes and order."""

    stock: Annotated[
        Annotated[Annotated[str, Tag("name")] | Annotated[CustomStock, Tag("mapping")], Discriminator(by_kind)] | None,
        Option("--stock", "NAME", choose="custom"),
    ] = Field(
        None,
        description="A preset (avery-5371, avery-5388, index-3x5, index-4x6, a7, …) or measurements "
        "(default: avery-5371 on letter, a7 on a4).",
    )
    duplex: Annotated[Duplex, Option("--duplex")] = Field("long-edge", description="How the backs are printed.")
    back_offset: Annotated[tuple[Offset, Offset], BeforeValidator(pair), Option("--back-offset", "X,Y")] = Field(
        (0.0, 0.0),
        description="Shift the backs by X,Y millimetres: positive X right, positive Y up, as seen on the back "
        "(read it from `studyguide cards --calibrate`).",
        examples=[[0.5, -1.0]],
    )
    decks: Annotated[list[OneLine] | None, BeforeValidator(items), Option("--deck", "NAMES")] = Field(
        None,
        description="Decks to print, in order (default: all but dates, which is events turned over).",
        examples=[["figures", "terms"]],
    )
    min_size: Annotated[float, Option("--min-size", "PT")] = Field(
        7.0, ge=4, le=14, allow_inf_nan=False, description="The smallest card text size in points."
    )
    shuffle: Annotated[bool, Option("--shuffle")] = Field(
        False, description="Shuffle the cards (the same way per seed)."
    )
    seed: Annotated[int, Option("--seed", "N")] = Field(1, description="The shuffle's seed.")
    ids: Annotated[bool, Option("--card-ids")] = Field(
        False, description="Print each card's short ID in its footer, the ID its Anki note carries."
    )
    outline: Annotated[bool, Option("--outline")] = Field(
        False, description="Draw the card edges, for checking the layout."
    )

    @property
    def shuffle_seed(self) -> int | None:
        """The seed to shuffle with, or None to keep the decks' order."""
        return self.seed if self.shuffle else None


def _ordering_at_most_ten() -> dict[Exercise, int]:
    """Events to order: ten fit on one page, and more are more than a class orders by hand."""
    return {"ordering": 10}


class Worksheet(Strict):
    """The worksheet: which exercises, in what order, how many items each, and the version's seed."""

    sections: list[Exercise] = Field(
        default_factory=lambda: list(EXERCISES),
        description="Which exercises appear, in this order.",
        examples=[["matching", "blanks"]],
    )
    counts: dict[Exercise, Annotated[int, Field(ge=1)]] = Field(
        default_factory=_ordering_at_most_ten,
        description="How many items an exercise takes (default: all, but at most 10 events to order, which are "
        "printed on one page).",
        examples=[{"blanks": 8}],
    )
    headings: dict[Exercise, OneLine] = Field(
        default_factory=lambda: dict(EXERCISE_HEADINGS), description="Exercise headings to replace."
    )
    seed: Annotated[int, Option("--seed", "N", commands=("worksheet",))] = Field(
        1, description="The version: each seed shuffles differently and has its own key."
    )
    answer_lines: int = Field(4, ge=0, le=MAX_ANSWER_LINES, description="Ruled lines under each short-answer question.")

    _unique = field_validator("sections")(_once("exercise"))
    _over_defaults = field_validator("headings")(_over(EXERCISE_HEADINGS))


class Settings(Strict):
    """A course folder's settings (course.yaml); every topic in the folder is built with them."""

    course: CourseInfo = Field(default_factory=CourseInfo, description="Who the material is for.")
    paper: Annotated[Paper, Option("--paper", commands=BUILD_COMMANDS)] = Field("letter", description="The paper.")
    citation_style: Annotated[
        Text,
        File((".csl",), names=tuple(CITATION_STYLES), check="style"),
        Option("--style", "NAME|PATH", commands=("build", "watch")),
    ] = Field("chicago", description="chicago, mla, apa, or a .csl file.")
    bibliography: Annotated[Text | None, File(tuple(library.FORMATS))] = Field(
        None,
        description="A library file in the course folder (CSL JSON .json, CSL YAML .yaml, BibTeX or BibLaTeX .bib, "
        "RIS .ris), e.g. kept current by Zotero's Better BibTeX; topics cite its items with `cite: KEY`.",
        examples=["library.bib"],
    )
    language: Annotated[Text, Option("--language", "TAG", commands=BUILD_COMMANDS)] = Field(
        "en",
        description="The class's language, a BCP 47 tag (en, en-GB, fr, de, es, fr-CA...): the words studyguide "
        "prints itself (headings, worksheet instructions, page numbers), the bibliography's CSL locale (its "
        "terms, months and quotation marks), hyphenation (a pyphen dictionary) and the PDF's language for screen "
        "readers.",
        examples=["fr"],
    )
    date_style: DateStyle = Field(
        "day-month-year", description="day-month-year (1 December 1934) or month-day-year (December 1, 1934)."
    )
    theme: Theme = Field(default_factory=Theme, description="Fonts, sizes, colours, logo, header and footer.")
    handout: Handout = Field(default_factory=Handout, description="Sections, headings, answer lines.")
    cards: Cards = Field(default_factory=Cards, description="How the flashcards are printed.")
    worksheet: Worksheet = Field(default_factory=Worksheet, description="The worksheet's exercises.")
    outputs: Annotated[list[OutputName], BeforeValidator(items), Option("--only", "OUTPUTS", commands=("build",))] = (
        Field(default_factory=lambda: list(OUTPUTS), description="What `studyguide build` makes of each topic.")
    )

    _root: Path | None = PrivateAttr(None)

    @field_validator("language")
    @classmethod
    def _spoken(cls, value: str) -> str:
        return messages.check(value)

    @field_validator("citation_style")
    @classmethod
    def _known_style(cls, value: str) -> str:
        if value not in CITATION_STYLES and not value.lower().endswith(".csl"):
            raise ValueError(f"unknown citation style {value!r}: use {', '.join(CITATION_STYLES)} or a .csl file")
        return value

    @model_validator(mode="after")
    def _running_defaults(self) -> Settings:
        """The header and footer say the course when there is one and nobody chose otherwise."""
        header = "{course.code} · {topic.title}" if self.course.code else "{topic.title} · {topic.subtitle}"
        footer = "{course.title} · {topic.short_title}" if self.course.title else "{topic.title}"
        # Defaults that follow other values, filled in once (the models are frozen).
        object.__setattr__(self.theme, "header", self.theme.header or header)
        object.__setattr__(self.theme, "footer", self.theme.footer or footer)
        return self

    def model_post_init(self, context: Any) -> None:
        if isinstance(context, dict) and context.get("root"):
            self._root = Path(context["root"])

    @property
    def root(self) -> Path | None:
        """The course folder: the only place besides the bundled fonts that templates may read files from."""
        return self._root

    @property
    def templates(self) -> Path | None:
        """A course's template folder, searched before the built-in templates."""
        folder = self._root / "templates" if self._root else None
        return folder if folder and folder.is_dir() else None

    @property
    def fonts(self) -> Fonts:
        return Fonts.of(self.theme.body_font, self.theme.heading_font, self.theme.fallback_fonts)

    @property
    def page_size(self) -> tuple[float, float]:
        return PAPER_SIZES[self.paper]

    @property
    def margin(self) -> float:
        return self.theme.margin * INCH

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * self.margin
