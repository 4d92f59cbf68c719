"""The look of the material: fonts, sizes, colours, logo and running text, as validated data."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from generator.content.models import Strict, Text
from generator.settings.fields import Colour, File
from generator.settings.fonts import FamilyChoice

LOGO_TYPES = (".png", ".jpg", ".jpeg", ".svg")
PLACEHOLDERS = (
    "Placeholders: {course.code}, {course.title}, {course.term}, {course.instructor}, {course.institution}, "
    "{topic.title}, {topic.short_title}, {topic.subtitle}, {page}, {pages}."
)


class Palette(Strict):
    """The colours, by what they mark."""

    accent: Colour = Field("#1f4e79", description="Title, rules, dates, the timeline and card fronts.")
    heading: Colour | None = Field(None, description="Section headings (default: the accent colour).")

    @model_validator(mode="after")
    def _heading_follows_accent(self) -> Palette:
        if self.heading is None:  # a default that follows another value, filled in once (the model is frozen)
            object.__setattr__(self, "heading", self.accent)
        return self


class Theme(Strict):
    body_font: FamilyChoice = Field("noto-serif", description="Running text: noto-serif, noto-sans or files.")
    heading_font: FamilyChoice = Field(
        "noto-sans", description="Titles, headings, labels: noto-sans, noto-serif or files."
    )
    base_size: float = Field(
        10.5, ge=7, le=16, allow_inf_nan=False, description="Body text size in points; the rest scales with it."
    )
    margin: float = Field(
        0.9, ge=0.25, le=2.5, allow_inf_nan=False, description="The handout's and worksheet's page margins, in inches."
    )
    palette: Palette = Field(default_factory=Palette, description="The colours.")
    logo: Annotated[Text | None, File(LOGO_TYPES, check="logo")] = Field(
        None,
        description="A PNG, JPEG or SVG file, printed at the top right of the first page.",
        examples=["assets/logo.svg"],
    )
    header: Text | None = Field(
        None,
        description=f"Running header from page 2 on (default: {{course.code}} · {{topic.title}} with a course code, "
        f"else {{topic.title}} · {{topic.subtitle}}). {PLACEHOLDERS}",
        examples=["{course.code} · {topic.title}"],
    )
    footer: Text | None = Field(
        None,
        description="Footer text at the left of every page (default: {course.title} · {topic.short_title} with a "
        "course title, else {topic.title}).",
        examples=["{course.title} · {course.term}"],
    )
    footer_right: Text = Field("page {page} of {pages}", description="Footer text at the right.")
