"""How large a card's text can be: measured before typesetting, the way the build will set it.

The template puts each side's text in an RML `<keepInFrame onOverflow="shrink">`
at the stock's base size. ReportLab's KeepInFrame, given the same paragraphs in
the same styles, reports the scale it will shrink by, so we know each card's
final size before anything is typeset, and can warn about text that only fits
below the minimum size (RML's shrink mode alone would take 2,000 words down to
2 pt without a word, and truncate mode would drop text).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame, Paragraph

from generator.outputs.decks import Side


@dataclass(frozen=True)
class Role:
    """The type of one kind of block on a card, relative to the stock's base size."""

    face: str
    scale: float
    leading: float = 1.2
    space_before: float = 0.35


ROLES: dict[str, Role] = {
    "lead": Role("Heading-Bold", 1.0),  # a name, a term, a date
    "prompt": Role("Body", 0.8),  # a sentence to answer
    "role": Role("Body-Italic", 0.72),  # who a person was
    "meta": Role("Heading", 0.62),  # a native name, a lifespan
    "body": Role("Body", 0.72),  # an explanation
}


@dataclass(frozen=True)
class Style:
    """A role's paragraph style at one base size: what the template declares and what we measure with."""

    name: str
    face: str
    size: float
    leading: float
    space_before: float


def styles(base: float, roles: dict[str, Role] = ROLES) -> dict[str, Style]:
    return {
        name: Style(
            f"Card-{name}",
            role.face,
            round(base * role.scale, 2),
            round(base * role.scale * role.leading, 2),
            round(base * role.scale * role.space_before, 2),
        )
        for name, role in roles.items()
    }


@lru_cache(maxsize=64)
def _paragraph_style(style: Style) -> ParagraphStyle:
    return ParagraphStyle(
        style.name,
        fontName=style.face,
        fontSize=style.size,
        leading=style.leading,
        spaceBefore=style.space_before,
        alignment=TA_CENTER,
    )


@lru_cache(maxsize=1)
def _canvas() -> Canvas:
    """A canvas that is never drawn on: flowables measure text through one."""
    return Canvas(BytesIO())


@dataclass(frozen=True)
class Fit:
    scale: float
    """What KeepInFrame divides the base size by (1 when the text fits at the base size)."""
    height: float
    """The height of the text as set, after shrinking."""


def measure(side: Side, width: float, height: float, card_styles: dict[str, Style]) -> Fit:
    """The scale and height the side's text will be set at in a frame of `width` × `height`."""
    paragraphs = [Paragraph(str(block.markup), _paragraph_style(card_styles[block.role])) for block in side.blocks]
    frame = KeepInFrame(width, height, paragraphs, mode="shrink")
    _, used = frame.wrapOn(_canvas(), width, height)
    return Fit(getattr(frame, "_scale", 1.0), used)
