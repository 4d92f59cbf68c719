"""The theme's smaller drawn things: ruled answer lines, the space in tables and around the title's rule, the
summary's thematic break, card footers, the logo's box, the calibration page and the Anki cards' style.

Like the rest of the theme (`looks.py`), each is a model whose defaults are the
built-in look, overridden in course.yaml under `theme:`; the Python that places
these things and the templates that draw them read the same values.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from generator.content.strict import Strict
from generator.settings.looks import Face, Paint


class Ruled(Strict):
    """The ruled lines under each question (handout and worksheet); their weight is `rules.answer`."""

    spacing: float = Field(22, ge=10, le=72, description="The distance between two lines, in points.")
    indent: float = Field(18, ge=0, le=144, description="How far from the text's left edge the lines start, in points.")


class Spacing(Strict):
    """The space inside tables and around the title's rule, in points: the white between things, not their size."""

    column_gap: float = Field(
        8, ge=0, le=72, description="After a table's first column: names, dates and terms from their text, numbers "
        "from their items."
    )  # fmt: skip
    row_above: float = Field(
        4, ge=0, le=36, description="Above the text of each row of the figure, chronology and term tables."
    )
    row_below: float = Field(5, ge=0, le=36, description="Below it, above the row's rule.")
    item_above: float = Field(3, ge=0, le=36, description="Above each numbered worksheet item.")
    item_below: float = Field(3, ge=0, le=36, description="Below each numbered worksheet item.")
    title_rule_above: float = Field(2, ge=0, le=72, description="Between the title block and its rule.")
    title_rule_below: float = Field(12, ge=0, le=72, description="Between the handout's title rule and the summary.")
    worksheet_rule_below: float = Field(
        8, ge=0, le=72, description="Between the worksheet's title rule and the first exercise."
    )


class ThematicBreak(Strict):
    """A Markdown thematic break (a line of `---`) in the summary, drawn as a short centred rule."""

    length: float = Field(30, ge=1, le=100, description="Its length, in percent of the text's width.")
    weight: float = Field(0.5, ge=0, le=6, description="Its weight in points.")
    space_before: float = Field(4, ge=0, le=72, description="Space above, in points.")
    space_after: float = Field(8, ge=0, le=72, description="Space below, in points.")


class CardFooter(Strict):
    """The line at the foot of every card side (topic · deck · number), to put a dropped stack back in order."""

    face: Face = Field("Heading", description="The face.")
    scale: float = Field(
        0.4, ge=0.1, le=1, description="Size as a fraction of the stock's base size, kept within smallest–largest."
    )
    smallest: float = Field(5.5, ge=3, le=14, description="The smallest it is set, in points.")
    largest: float = Field(7.0, ge=3, le=14, description="The largest it is set, in points.")
    leading: float = Field(1.2, ge=1, le=2, description="Line spacing as a multiple of the size.")
    color: Paint = Field("faint", description="Text colour.")

    @model_validator(mode="after")
    def _ordered(self) -> CardFooter:
        if self.smallest > self.largest:
            raise ValueError(f"smallest ({self.smallest:g}) is larger than largest ({self.largest:g})")
        return self

    def size(self, base: float) -> float:
        """The size on a stock of base size `base`: `scale` of it, kept within smallest–largest."""
        return round(min(self.largest, max(self.smallest, self.scale * base)), 1)


class LogoBox(Strict):
    """The box the logo is fitted into (keeping its proportions), right-aligned in the first page's top margin."""

    width: float = Field(1.8, ge=0.2, le=8, description="Its width in inches.")
    height: float = Field(0.55, ge=0.1, le=3, description="Its height in inches.")


class Calibration(Strict):
    """The duplex calibration page (`studyguide cards --calibrate`): type sizes and line weights in points."""

    title_size: float = Field(14, ge=6, le=24, description="The heading of each side.")
    text_size: float = Field(10, ge=6, le=16, description="The instructions (lines 1.4 times this apart).")
    target_size: float = Field(11, ge=6, le=24, description="The targets' letters (A, B, C) on both sides.")
    ruler_size: float = Field(7, ge=4, le=14, description="The ruler's numbers and its note.")
    scale_size: float = Field(5, ge=3, le=10, description="The scales' numbers.")
    unit_size: float = Field(6, ge=3, le=12, description="The scales' units, X (mm) and Y (mm).")
    cross_width: float = Field(0.3, ge=0.05, le=2, description="The front's crosses and circles.")
    ruler_width: float = Field(0.4, ge=0.05, le=2, description="The ruler.")
    scale_width: float = Field(0.25, ge=0.05, le=2, description="The back's scales.")


class Anki(Strict):
    """How the Anki cards look on a screen: the style the .apkg's note type carries."""

    font_family: str = Field(
        "Georgia, serif",
        pattern=r"^[A-Za-z0-9 ,'-]+$",
        description="The CSS font family: names, quoted with ' when they have spaces, separated by commas.",
    )
    size: float = Field(22, ge=8, le=72, description="The text size in CSS pixels.")
    meta_color: Paint = Field("#666666", description="A native name, a lifespan.")
    id_color: Paint = Field("#aaaaaa", description="The card's short ID under the answer.")
    id_size: float = Field(11, ge=6, le=72, description="The short ID's size in CSS pixels.")
