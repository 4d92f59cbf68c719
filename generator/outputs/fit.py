"""How large a card's text can be: measured before typesetting, the way the build will set it.

Each side's text goes into its frame at the stock's base size if it fits there;
otherwise every size on the side is divided by the scale ReportLab's KeepInFrame
shrink finds, and the text is set at those sizes. So we know each card's final
sizes before anything is typeset, the PDF has exactly those sizes, and we can
warn about text printed below the minimum size (RML's shrink mode alone would
take 2,000 words down to 2 pt without a word, and truncate mode would drop text).
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
from generator.settings.looks import CardRoles


@dataclass(frozen=True)
class Style:
    """A role's paragraph style at one base size: what the template declares and what we measure with."""

    name: str
    face: str
    size: float
    leading: float
    space_before: float


def styles(base: float, roles: CardRoles) -> dict[str, Style]:
    """Each role's paragraph style at the stock's base size (the roles are the theme's, course.yaml `theme.cards`)."""
    return {
        name: Style(
            f"Card-{name}",
            role.face,
            round(base * role.scale, 2),
            round(base * role.scale * role.leading, 2),
            round(base * role.scale * role.space_before, 2),
        )
        for name, role in roles
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
    """What the base sizes are divided by (1 when the text fits at the base size)."""
    height: float
    """The height of the text as set, after shrinking."""
    styles: dict[str, Style]
    """The styles the side is set in: the card's, or the card's divided by `scale`."""

    @property
    def smallest(self) -> float:
        """The size of the smallest text on the side, as printed."""
        return min((style.size for style in self.styles.values()), default=0.0)


def scaled(style: Style, scale: float) -> Style:
    """The style shrunk by `scale`, rounded as the template writes numbers (two decimals), so that what is
    measured is exactly what is typeset."""
    return Style(
        style.name,
        style.face,
        round(style.size / scale, 2),
        round(style.leading / scale, 2),
        round(style.space_before / scale, 2),
    )


def _height(side: Side, width: float, card_styles: dict[str, Style]) -> float:
    """The height a frame of `width` gives the side's paragraphs (the first one's space before is dropped)."""
    total = 0.0
    for index, block in enumerate(side.blocks):
        style = card_styles[block.role]
        _, height = Paragraph(str(block.markup), _paragraph_style(style)).wrapOn(_canvas(), width, 1e6)
        total += height + (style.space_before if index else 0.0)
    return total


def measure(side: Side, width: float, height: float, card_styles: dict[str, Style]) -> Fit:
    """The scale and height the side's text will be set at in a frame of `width` × `height`.

    KeepInFrame's shrink finds the scale; the text is then set at sizes divided
    by it (rather than drawn smaller by keepInFrame, whose result would depend on
    how much of the frame the centring spacer leaves it), and measured again at
    those sizes, shrinking a little further in the rare case that rounding lets
    a line break differently and the text no longer fits.
    """
    used = {block.role: card_styles[block.role] for block in side.blocks}
    paragraphs = [Paragraph(str(block.markup), _paragraph_style(used[block.role])) for block in side.blocks]
    frame = KeepInFrame(width, height, paragraphs, mode="shrink")
    _, natural = frame.wrapOn(_canvas(), width, height)
    scale = getattr(frame, "_scale", 1.0)
    if scale == 1.0:
        return Fit(1.0, natural, used)
    while True:
        styles = {role: scaled(style, scale) for role, style in used.items()}
        set_height = _height(side, width, styles)
        if set_height <= height:
            return Fit(scale, set_height, styles)
        scale *= 1.005
