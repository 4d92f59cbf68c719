"""The course settings format: one course.yaml per course folder.

Like the topic models, these are the format's documentation (descriptions and
examples feed the JSON Schema) and refuse unknown keys. Paths are written
relative to the course folder; `configure` checks that they exist and stay
inside it, and merges these settings with the defaults and the command line.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from generator.content.models import OneLine, Strict, Text
from generator.vocabulary import SECTIONS, DateStyle, Duplex, Exercise, Section

Colour = Annotated[
    str,
    StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$"),
    Field(examples=["#7a1f2b"], description="An RGB colour as #rrggbb."),
]
PLACEHOLDERS = (
    "Placeholders: {course.code}, {course.title}, {course.term}, {course.instructor}, {course.institution}, "
    "{topic.title}, {topic.short_title}, {topic.subtitle}, {page}, {pages}."
)
BundledFamily = Literal["noto-serif", "noto-sans"]


class CourseInfo(Strict):
    title: OneLine | None = Field(None, description="The course's name.", examples=["Modern European History"])
    code: OneLine | None = Field(None, description="The course code.", examples=["HIST 204"])
    term: OneLine | None = Field(None, description="The term or semester.", examples=["Fall 2026"])
    instructor: OneLine | None = Field(None, description="Who teaches it.", examples=["Dr. Maria Alvarez"])
    institution: OneLine | None = Field(None, description="The school.", examples=["Lakeside Community College"])


class FontFiles(Strict):
    """A family of TrueType files (.ttf, or .otf with TrueType outlines), relative to the course folder."""

    regular: Text = Field(description="The regular face (required).", examples=["assets/fonts/PTSerif-Regular.ttf"])
    bold: Text | None = Field(None, description="Falls back to the regular face when absent.")
    italic: Text | None = Field(None, description="Falls back to the regular face when absent.")
    bold_italic: Text | None = Field(None, description="Falls back to the bold face when absent.")


class ThemeModel(Strict):
    body_font: BundledFamily | FontFiles | None = Field(
        None, description="Running text: noto-serif (default), noto-sans or files."
    )
    heading_font: BundledFamily | FontFiles | None = Field(
        None, description="Titles, headings, labels: noto-sans (default), noto-serif or files."
    )
    base_size: float | None = Field(
        None, ge=7, le=16, description="Body text size in points (default 10.5); the rest scales with it."
    )
    accent_color: Colour | None = Field(None, description="Title, rules, dates and card fronts (default #1f4e79).")
    heading_color: Colour | None = Field(None, description="Section headings (default: the accent colour).")
    logo: Text | None = Field(
        None,
        description="A PNG, JPEG or SVG file, printed at the top right of the first page.",
        examples=["assets/logo.svg"],
    )
    header: Text | None = Field(
        None, description=f"Running header from page 2 on. {PLACEHOLDERS}", examples=["{course.code} · {topic.title}"]
    )
    footer: Text | None = Field(
        None,
        description=f"Footer text at the left of every page. {PLACEHOLDERS}",
        examples=["{course.title} · {course.term}"],
    )
    footer_right: Text | None = Field(None, description="Footer text at the right (default: page {page} of {pages}).")


class HandoutModel(Strict):
    sections: list[Section] | None = Field(
        None, description="Which sections appear, in this order.", examples=[list(SECTIONS[:4])]
    )
    headings: dict[Section, OneLine] = Field(
        default_factory=dict, description="Section headings to replace.", examples=[{"key_figures": "Who's who"}]
    )
    answer_lines: int | None = Field(
        None, ge=0, le=30, description="Ruled lines under each discussion question (default 4)."
    )

    @model_validator(mode="after")
    def _once(self) -> HandoutModel:
        if self.sections and len(set(self.sections)) != len(self.sections):
            raise ValueError("each section may appear only once")
        return self


class CustomStockModel(Strict):
    """Card stock by measurement; lengths take a unit (in, mm, cm, pt)."""

    paper: Literal["letter", "a4"] = Field("letter", description="The paper the stock comes on.")
    width: Text = Field(description="Card width, with a unit.", examples=["3.5in"])
    height: Text = Field(description="Card height, with a unit.", examples=["2in"])
    columns: int = Field(ge=1, le=20, description="Cards across the sheet.")
    rows: int = Field(ge=1, le=30, description="Cards down the sheet.")
    top: Text | None = Field(None, description="Top margin; with `left`, else the cards are centred.")
    left: Text | None = Field(None, description="Left margin; with `top`.")
    gutter: Text | None = Field(None, description="Space between cards across and down, e.g. `2mm,2mm`.")
    perforated: bool = Field(False, description="Perforated stock gets no crop marks.")


class CardsModel(Strict):
    stock: str | CustomStockModel | None = Field(
        None, description="A preset (avery-5371, avery-5388, index-3x5, index-4x6, a7, …) or measurements."
    )
    duplex: Duplex | None = Field(None, description="long-edge (default), short-edge, fold or none.")
    back_offset: tuple[float, float] | None = Field(
        None, description="Millimetres right and up, read from `studyguide cards --calibrate`.", examples=[[0.5, -1.0]]
    )
    decks: list[OneLine] | None = Field(
        None, description="Decks to print, in order (default: all).", examples=[["figures", "terms"]]
    )
    min_size: float | None = Field(None, ge=4, le=14, description="The smallest text size in points (default 7).")
    shuffle: bool = Field(False, description="Shuffle the cards (reproducibly, by `seed`).")
    ids: bool = Field(False, description="Print each card's short ID in its footer, the ID its Anki note carries.")
    seed: int = Field(1, description="The shuffle's seed; another seed gives another order.")


class WorksheetModel(Strict):
    sections: list[Exercise] | None = Field(
        None,
        description="Which exercises appear, in this order (default: all four).",
        examples=[["matching", "blanks"]],
    )
    counts: dict[Exercise, Annotated[int, Field(ge=1)]] = Field(
        default_factory=dict, description="How many items an exercise takes (default: all).", examples=[{"blanks": 8}]
    )
    headings: dict[Exercise, OneLine] = Field(default_factory=dict, description="Exercise headings to replace.")
    seed: int | None = Field(None, description="The version: another seed shuffles differently (default 1).")
    answer_lines: int | None = Field(None, ge=0, le=30, description="Ruled lines under each short-answer question.")


class CourseFile(Strict):
    """A course folder's settings: every topic in the folder is built with them."""

    course: CourseInfo = Field(default_factory=CourseInfo, description="Who the material is for.")
    paper: Literal["letter", "a4"] | None = Field(None, description="letter (default) or a4.")
    citation_style: Text | None = Field(None, description="chicago, mla, apa, or a .csl file in the course folder.")
    date_style: DateStyle | None = Field(None, description="day-month-year (1 December 1934) or month-day-year.")
    theme: ThemeModel = Field(default_factory=ThemeModel, description="Fonts, sizes, colours, logo, header and footer.")
    handout: HandoutModel = Field(default_factory=HandoutModel, description="Sections, headings, answer lines.")
    cards: CardsModel = Field(default_factory=CardsModel, description="How the flashcards are printed.")
    worksheet: WorksheetModel = Field(default_factory=WorksheetModel, description="The worksheet's exercises.")
    outputs: list[Literal["handout", "flashcards", "worksheet"]] | None = Field(
        None, description="What `studyguide build` makes of each topic (default: all three)."
    )
