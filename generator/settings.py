"""Build settings: paper, citation style and the page geometry derived from them.

The defaults here are what a build uses when nothing else is said; the command
line overrides them. Geometry that needs arithmetic (the frame width the
timeline is laid out in) is computed here and handed to the templates as data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4, LETTER

from .resources import FONTS

Paper = Literal["letter", "a4"]
PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
INCH = 72.0


@dataclass(frozen=True)
class Fonts:
    """Font faces as (RML name, TTF file); one family for body text, one for headings."""

    serif: str = "NotoSerif"
    sans: str = "NotoSans"

    def faces(self) -> dict[str, str]:
        faces = {}
        for family, prefix in ((self.serif, "Serif"), (self.sans, "Sans")):
            for suffix in ("Regular", "Bold", "Italic", "BoldItalic"):
                name = prefix if suffix == "Regular" else f"{prefix}-{suffix}"
                faces[name] = str(FONTS / f"{family}-{suffix}.ttf")
        return faces


@dataclass(frozen=True)
class Settings:
    paper: Paper = "letter"
    style: str = "chicago"
    margin: float = 0.9 * INCH
    answer_lines: int = 4
    fonts: Fonts = Fonts()

    @property
    def page_size(self) -> tuple[float, float]:
        return PAPER_SIZES[self.paper]

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * self.margin
