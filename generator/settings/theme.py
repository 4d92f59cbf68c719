"""The look of the material: fonts, sizes, colours, logo and running text, as validated data."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, Field, model_validator

from generator.content.models import Strict, Text
from generator.settings.fields import File
from generator.settings.fonts import FONT, FamilyChoice
from generator.settings.furniture import Anki, Calibration, CardFooter, LogoBox, Ruled, Spacing, ThematicBreak
from generator.settings.looks import CardRoles, Paint, Palette, Rules, Styles, TimelineStyle

LOGO_TYPES = (".png", ".jpg", ".jpeg", ".svg")
PLACEHOLDERS = (
    "Placeholders: {course.code}, {course.title}, {course.term}, {course.instructor}, {course.institution}, "
    "{topic.title}, {topic.short_title}, {topic.subtitle}, {page}, {pages}."
)

LENGTHS = ("size", "leading", "space_before", "space_after", "left_indent", "first_line_indent")
"""The styles' fields in points, which scale with the base size."""


class Theme(Strict):
    MISNAMED: ClassVar[dict[str, str]] = {"accent_color": "palette.accent", "heading_color": "palette.heading"}
    """Keys of earlier versions, pointed to where they went."""

    body_font: FamilyChoice = Field("noto-serif", description="Running text: noto-serif, noto-sans or files.")
    heading_font: FamilyChoice = Field(
        "noto-sans", description="Titles, headings, labels: noto-sans, noto-serif or files."
    )
    fallback_fonts: Annotated[tuple[Text, ...], FONT] = Field(
        (),
        description="TrueType files for the characters the body and heading fonts lack (a Chinese name, Greek, "
        "Cyrillic), tried in this order and then the bundled Droid Sans Fallback.",
        examples=[["assets/fonts/NotoSansTC-Regular.ttf"]],
    )
    base_size: float = Field(
        11,
        ge=7,
        le=16,
        allow_inf_nan=False,
        description="Body text size in points; the rest scales with it, and the handout's summary is set about 70 "
        "characters a line (a wider right margin beside it; tables and the timeline take the full width).",
    )
    margin: float = Field(
        0.9, ge=0.25, le=2.5, allow_inf_nan=False, description="The handout's and worksheet's page margins, in inches."
    )
    palette: Palette = Field(default_factory=Palette, description="The colours, by name; styles and drawings use them.")
    styles: Styles = Field(default_factory=Styles, description="Paragraph styles of the handout and the worksheet.")
    rules: Rules = Field(default_factory=Rules, description="Line weights.")
    timeline: TimelineStyle = Field(default_factory=TimelineStyle, description="The drawn timeline.")
    cards: CardRoles = Field(default_factory=CardRoles, description="The kinds of text on flashcards.")
    card_footer: CardFooter = Field(default_factory=CardFooter, description="The line at the foot of every card.")
    ruled: Ruled = Field(default_factory=Ruled, description="The ruled lines under questions.")
    spacing: Spacing = Field(default_factory=Spacing, description="The space in tables and around the title's rule.")
    thematic_break: ThematicBreak = Field(
        default_factory=ThematicBreak, description="A Markdown thematic break (---) in the summary."
    )
    calibration: Calibration = Field(default_factory=Calibration, description="The duplex calibration page.")
    anki: Anki = Field(default_factory=Anki, description="The Anki cards, on a screen.")
    logo: Annotated[Text | None, File(LOGO_TYPES, check="logo")] = Field(
        None,
        description="A PNG, JPEG or SVG file, printed at the top right of the first page.",
        examples=["assets/logo.svg"],
    )
    logo_box: LogoBox = Field(default_factory=LogoBox, description="The box the logo is fitted into.")
    logo_alt: Text | None = Field(
        None,
        description="What the logo shows, in words: its text alternative for screen readers (required with a logo).",
        examples=["Crest of Hillview College"],
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

    BASE_SIZE: ClassVar[float] = 10.5
    """The base size the styles are drawn at; `base_size` scales them all."""

    def paint(self, value: Paint) -> str:
        """A colour as #rrggbb: itself, or the palette colour it names."""
        return value if value.startswith("#") else str(getattr(self.palette, value))

    @model_validator(mode="after")
    def _known_paints(self) -> Theme:
        """Every colour a style or drawing names is #rrggbb or a palette colour."""
        names = set(type(self.palette).model_fields)
        drawn = (("styles", self.styles), ("timeline", self.timeline), ("cards", self.cards),
                 ("card_footer", self.card_footer), ("anki", self.anki))  # fmt: skip
        for where, model in drawn:
            for path, value in _paints(model):
                if not ((value.startswith("#") and len(value) == 7) or value in names):
                    known = ", ".join(sorted(names))
                    raise ValueError(f"{where}.{path}: {value!r} is neither #rrggbb nor a palette colour ({known})")
        return self

    def paragraphs(self) -> list[dict[str, Any]]:
        """The paragraph, list and running styles as the templates declare them: sizes scaled to the base size, colours
        as #rrggbb."""
        scale = self.base_size / self.BASE_SIZE
        out = []
        for name in type(self.styles).model_fields:
            style = getattr(self.styles, name).model_dump()
            out.append({
                "name": name,
                **style,
                **{key: round(value * scale, 2) for key, value in style.items() if key in LENGTHS},
                "color": self.paint(style["color"]) if style["color"] else None,
            })  # fmt: skip
        return out


def _paints(model: BaseModel, where: str = "") -> list[tuple[str, str]]:
    """Every colour field of `model` and its entries, with its path."""
    found = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            found += _paints(value, f"{where}{name}.")
        elif isinstance(value, str) and (name == "color" or name.endswith("_color")):
            found.append((f"{where}{name}", value))
    return found
