"""Everything the flashcards template shows: frames, marks and fitted card text, as data.

The arithmetic lives here (where each card's text and footer frames go, how far
down the text starts so it sits in the middle of the card, which cards share a
sheet); the template only writes it out as RML.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from generator.errors import UserError
from generator.outputs import fit, printing
from generator.outputs.decks import Card, Side
from generator.outputs.export import short_id
from generator.outputs.geometry import Rect
from generator.outputs.sheets import VIEWER_DUPLEX, layout
from generator.outputs.stock import Stock
from generator.settings import Cards
from generator.settings.furniture import CardFooter
from generator.settings.looks import CardRoles
from generator.typesetting import fallback
from generator.typesetting.fallback import Faces
from generator.typesetting.fonts import register, register_faces
from generator.vocabulary import MM

EXCERPT = 48
"""Characters of a card's text quoted in a warning."""
FOOTER_EDGE = 4 * MM
"""The footer keeps this far above the card's bottom edge: perforations and printers are each off by a millimetre
or two, and a footer cut in half is no use for putting a dropped stack back in order."""


@dataclass(frozen=True)
class Slot:
    """Where one side of a card goes: the card's edge, its text frame and its footer frame."""

    card: Rect
    text: Rect
    footer: Rect


def _slot(card: Rect, footer_size: float) -> Slot:
    pad = max(8.0, 0.07 * min(card.width, card.height))
    footer_height = footer_size * 1.6
    footer = Rect(card.x + pad, card.y + max(FOOTER_EDGE, pad / 2), card.width - 2 * pad, footer_height)
    text_bottom = footer.y + footer_height + pad / 4
    text = Rect(card.x + pad, text_bottom, card.width - 2 * pad, card.y + card.height - pad - text_bottom)
    return Slot(card, text, footer)


def _footer(title: str, card: Card, width: float, face: str, size: float, fallbacks: Faces, suffix: str = "") -> str:
    """`Topic · Deck · 3/10`, with the topic (and a long deck name) cut short (…) when the line would not fit."""

    def line(topic: str, deck: str) -> str:
        return f"{topic} · {deck} · {card.number}/{card.total}{suffix}"

    def fits(topic: str, deck: str) -> bool:
        return fallback.width(line(topic, deck), face, size, fallbacks) <= width

    if fits(title, card.deck):
        return line(title, card.deck)
    deck = card.deck if len(card.deck) <= 24 else card.deck[:23].rstrip() + "…"
    low, high = 1, len(title)  # the longest start of the title that fits, found by halving
    while low < high:
        middle = (low + high + 1) // 2
        if fits(title[:middle].rstrip() + "…", deck):
            low = middle
        else:
            high = middle - 1
    return line(title[:low].rstrip() + "…", deck)


def _warning(card: Card, which: str, side: Side, size: float, minimum: float, shrunk: bool) -> UserError:
    """The warning for a side whose smallest text is below the minimum; `shrunk` says whether shortening helps
    (a side that fits at its base size has a part, say a lifespan, set smaller than the rest by design)."""
    words = side.plain
    excerpt = words if len(words) <= EXCERPT else words[:EXCERPT].rstrip() + "…"
    advice = "shorten the text or use larger cards" if shrunk else "use larger cards or a lower --min-size"
    return UserError(
        f"{card.deck} card {card.number}: the {which} has text set at {size:.2f} pt, below the {minimum:g} pt "
        f"minimum: “{excerpt}”; {advice}",
        side.location,
        side.field,
    )


def _in_fonts(card: Card, primaries: tuple[str, ...], fallbacks: Faces) -> Card:
    """The card with the characters its fonts lack set in the fallback fonts, before its text is measured."""

    def side(which: Side) -> Side:
        blocks = tuple(
            replace(block, markup=fallback.markup(block.markup, primaries, fallbacks)) for block in which.blocks
        )
        return which if blocks == which.blocks else replace(which, blocks=blocks)

    front, back = side(card.front), side(card.back)
    if front is card.front and back is card.back:
        return card
    for face, path in fallbacks.items():  # the measurement sets the text in them too
        register(face, path)
    return replace(card, front=front, back=back)


def _side(side: Side, frame: Rect, styles: dict[str, fit.Style]) -> dict[str, Any]:
    """One side's text at the sizes it was measured at, and the space above it that centres it in its frame.

    In the frame, the first paragraph's spaceBefore counts after the spacer, so
    the spacer is that much shorter; text too tall for that goes at the top of
    the frame (where a paragraph's spaceBefore is dropped), at most that space
    above the centre.
    """
    measured = fit.measure(side, frame.width, frame.height, styles)
    top = max(0.0, (frame.height - measured.height) / 2 - 0.5)
    first = measured.styles[side.blocks[0].role].space_before if side.blocks else 0.0
    blocks = []
    for block in side.blocks:
        style = measured.styles[block.role]
        blocks.append({"style": style.name, "markup": block.markup, "set": style if measured.scale != 1.0 else None,
                       "lang": block.lang})  # fmt: skip
    return {"top": max(0.0, top - first), "blocks": blocks, "scale": measured.scale, "smallest": measured.smallest}


def context(
    topic_title: str,
    cards: list[Card],
    settings: Cards,
    stock: Stock,
    faces: dict[str, str],
    id_scope: tuple[str, str] | None = None,
    paper: str | None = None,
    *,
    roles: CardRoles,
    footer: CardFooter,
    fallbacks: Faces = MappingProxyType({}),
) -> dict[str, Any]:
    """The template context for one deck, and the warnings about text too long for its card.

    Returns the context with its warnings under "warnings" (a list of UserError), and
    those about the print setup (see `printing`); `paper` is the paper the build is for.
    `roles` and `footer` are the theme's card text and card footer.
    """
    sheet = layout(stock, settings.duplex, settings.back_offset)
    base = stock.base_size
    styles = fit.styles(base, roles)
    small = footer.size(base)
    fronts = [_slot(rect, small) for rect in sheet.fronts]
    backs = [_slot(rect, small) for rect in sheet.backs]
    register_faces(faces)  # the measurement sets text in them; ReportLab forgets them per document
    line = footer.leading * small  # the footer's one line sits at the top of its frame
    footers = [Rect(f.x, f.y + f.height - line, f.width, line) for f in (slot.footer for slot in (*fronts, *backs))]
    frames = [*(slot.text for slot in (*fronts, *backs)), *footers]
    warnings = printing.warnings(settings, stock, paper, frames, (sheet.page_width, sheet.page_height))
    sheets: list[list[dict[str, Any]]] = []
    primaries = fallback.regular(faces)
    for index, card in enumerate(cards):
        card = _in_fonts(card, primaries, fallbacks)
        position = index % sheet.per_sheet
        if position == 0:
            sheets.append([])
        suffix = f" · {short_id(id_scope, card)}" if id_scope else ""
        width = fronts[position].footer.width
        text = _footer(topic_title, card, width, footer.face, small, fallbacks, suffix)
        entry: dict[str, Any] = {"footer": text}
        for which, side, slots in (("front", card.front, fronts), ("back", card.back, backs)):
            if not slots:
                continue
            entry[which] = _side(side, slots[position].text, styles)
            size = entry[which]["smallest"]
            if size < settings.min_size - 0.005:
                shrunk = entry[which]["scale"] != 1.0
                warnings.append(_warning(card, which, side, size, settings.min_size, shrunk))
        sheets[-1].append(entry)
    return {
        "title": topic_title,
        "page": {"width": sheet.page_width, "height": sheet.page_height},
        "fonts": faces,
        "fallbacks": fallbacks,
        "styles": list(styles.values()),
        "footer_style": {"face": footer.face, "size": small, "leading": line},
        "layout": sheet,
        "viewer_duplex": VIEWER_DUPLEX[settings.duplex],
        "fronts": fronts,
        "backs": backs,
        "outline": settings.outline,
        "sheets": sheets,
        "warnings": warnings,
    }
