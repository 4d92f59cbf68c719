"""Where each card goes on the page, front and back, for each way of printing.

A duplex printer turns the sheet over one of its edges, so the back of the card
at (x, y) must be printed at the mirror image of (x, y): across the page's
vertical centre line for long-edge binding (portrait pages), across its
horizontal centre line for short-edge binding. `fold` prints fronts on the left
half of the page and the backs mirrored on the right half, so folding along the
centre line puts each back behind its front. Rectangles are in PDF points from
the bottom-left corner of the page, as RML frames are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.errors import UserError
from generator.outputs.geometry import Line, Rect
from generator.outputs.stock import MIN_MARGIN, Stock
from generator.vocabulary import MM, Duplex

VIEWER_DUPLEX: dict[Duplex, str] = {
    "long-edge": "DuplexFlipLongEdge",
    "short-edge": "DuplexFlipShortEdge",
    "fold": "Simplex",
    "none": "Simplex",
}
"""The PDF viewer preference (/Duplex) that tells the print dialog how each duplex mode is printed."""
MARK_GAP, MARK_LENGTH = 2 * MM, 6 * MM
"""Crop marks start this far outside the cards and are this long (they end inside MIN_MARGIN)."""


@dataclass(frozen=True)
class Layout:
    """One sheet's geometry; every sheet of a deck uses the same one."""

    duplex: Duplex
    page_width: float
    page_height: float
    fronts: tuple[Rect, ...]
    backs: tuple[Rect, ...]
    marks: tuple[Line, ...]
    fold: Line | None = None

    @property
    def per_sheet(self) -> int:
        return len(self.fronts)

    @property
    def backs_on_own_page(self) -> bool:
        return self.duplex in ("long-edge", "short-edge")


def grid(stock: Stock) -> list[Rect]:
    """The cards of one sheet in reading order: left to right, top to bottom."""
    _, page_h = stock.page_size
    left, top = stock.origin
    gap_x, gap_y = stock.gutter
    return [
        Rect(
            left + column * (stock.width + gap_x),
            page_h - top - row * (stock.height + gap_y) - stock.height,
            stock.width,
            stock.height,
        )
        for row in range(stock.rows)
        for column in range(stock.columns)
    ]


def _mirror(rect: Rect, duplex: Duplex, page_w: float, page_h: float, offset: tuple[float, float]) -> Rect:
    dx, dy = offset
    if duplex == "short-edge":
        return Rect(rect.x + dx, page_h - rect.y - rect.height + dy, rect.width, rect.height)
    return Rect(page_w - rect.x - rect.width + dx, rect.y + dy, rect.width, rect.height)


def _edges(cards: list[Rect]) -> tuple[float, float, float, float, list[float], list[float]]:
    """The block of cards (left, right, bottom, top) and every distinct card edge across and up it."""
    xs = sorted({round(v, 3) for r in cards for v in (r.x, r.x + r.width)})
    ys = sorted({round(v, 3) for r in cards for v in (r.y, r.y + r.height)})
    return xs[0], xs[-1], ys[0], ys[-1], xs, ys


def crop_marks(cards: list[Rect], page_w: float, page_h: float) -> tuple[Line, ...]:
    """Marks in the margin, lined up with every card edge, and never touching a card.

    They sit outside the block of cards, so with cards that share edges one cut
    along each pair of opposite marks separates them.
    """
    left, right, bottom, top, xs, ys = _edges(cards)
    marks = []
    for x in xs:
        marks.append(Line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH))
        marks.append(Line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK_LENGTH))
    for y in ys:
        marks.append(Line(left - MARK_GAP, y, left - MARK_GAP - MARK_LENGTH, y))
        marks.append(Line(right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y))
    return tuple(marks)


def cut_lines(cards: list[Rect], page_w: float, page_h: float) -> tuple[Line, ...]:
    """Lines on every card edge across the block of cards, for plain paper with no margin for crop marks.

    Cutting along them separates the cards; an edge on the paper's own edge
    needs no cut and gets no line.
    """
    left, right, bottom, top, xs, ys = _edges(cards)
    lines = [Line(x, bottom, x, top) for x in xs if 0.01 < x < page_w - 0.01]
    return (*lines, *(Line(left, y, right, y) for y in ys if 0.01 < y < page_h - 0.01))


def _fold_stock(stock: Stock) -> Stock:
    """Plain paper with fronts and backs in pairs meeting at the page's centre line.

    Turned to landscape when a pair does not fit across the portrait page.
    """
    for landscape in (False, True):
        paper_w, paper_h = replace(stock, landscape=landscape).page_size
        pairs = int((paper_w / 2 - MIN_MARGIN) // stock.width)
        rows = int((paper_h - 2 * MIN_MARGIN) // stock.height)
        if pairs >= 1 and rows >= 1:
            return replace(
                stock,
                columns=2 * pairs,
                rows=rows,
                top=None,
                left=None,
                gutter=(0.0, 0.0),
                perforated=False,
                landscape=landscape,
            )
    raise UserError(
        f"{stock.name} cards are too large to print front and back side by side on {stock.paper} paper; "
        "use --duplex long-edge or short-edge"
    )


def layout(stock: Stock, duplex: Duplex = "long-edge", back_offset_mm: tuple[float, float] = (0.0, 0.0)) -> Layout:
    """The geometry of a sheet of `stock` printed with `duplex`, backs shifted by `back_offset_mm`."""
    if duplex == "fold":
        folded = _fold_stock(stock)
        page_w, page_h = folded.page_size
        cards = grid(folded)
        fronts = [rect for rect in cards if rect.x + rect.width <= page_w / 2 + 0.01]
        backs = [_mirror(rect, "long-edge", page_w, page_h, (0.0, 0.0)) for rect in fronts]
        fold = Line(page_w / 2, MIN_MARGIN / 2, page_w / 2, page_h - MIN_MARGIN / 2)
        # No cut mark on the fold itself: cutting there would part each front from its back.
        kept = tuple(mark for mark in crop_marks(cards, page_w, page_h) if abs(mark.x1 - fold.x1) > 0.01)
        return Layout(duplex, page_w, page_h, tuple(fronts), tuple(backs), kept, fold)
    page_w, page_h = stock.page_size
    fronts = grid(stock)
    offset = (back_offset_mm[0] * MM, back_offset_mm[1] * MM)
    backs = [] if duplex == "none" else [_mirror(rect, duplex, page_w, page_h, offset) for rect in fronts]
    if stock.perforated:
        marks: tuple[Line, ...] = ()
    else:
        marks = (cut_lines if stock.edge_to_edge else crop_marks)(fronts, page_w, page_h)
    return Layout(duplex, page_w, page_h, tuple(fronts), tuple(backs), marks)
