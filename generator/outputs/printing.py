"""What a print setup would get wrong without a word: warnings about the settings, not the cards' text.

Each is a warning (an error under --strict) printed with the deck's other
warnings: a back offset that the chosen duplex mode has no backs to apply to, a
--paper the stock's own paper overrides, and text so near the paper's edge that
many printers cannot print it.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.errors import UserError
from generator.outputs.geometry import Rect
from generator.outputs.stock import Stock
from generator.settings import Cards
from generator.vocabulary import MM

EDGE = 5 * MM
"""Text nearer the paper's edge than this may fall in a printer's unprintable margin (often 4–5 mm)."""


def _edge_gap(frames: Iterable[Rect], page_w: float, page_h: float) -> float:
    return min(min(r.x, r.y, page_w - r.x - r.width, page_h - r.y - r.height) for r in frames)


def warnings(
    settings: Cards, stock: Stock, paper: str | None, frames: list[Rect], page: tuple[float, float]
) -> list[UserError]:
    """Warnings about printing a deck this way for a build on `paper`; `frames` are every text and footer frame."""
    found = []
    back_offset = settings.back_offset
    if any(back_offset) and settings.duplex in ("fold", "none"):
        found.append(
            UserError(
                f"--back-offset {','.join(f'{v:g}' for v in back_offset)} has no effect with --duplex "
                f"{settings.duplex}: there are no backs printed on the other side to move; leave it out"
            )
        )
    if paper and paper != stock.paper:
        found.append(
            UserError(
                f"the paper is {paper} (--paper, or the course's), but {stock.name} cards come on {stock.paper} "
                f"sheets, so the flashcards are printed on {stock.paper}; choose a stock on {paper} (--stock)"
            )
        )
    gap = _edge_gap(frames, *page) if frames else EDGE
    if gap < EDGE - 0.01:
        found.append(
            UserError(
                f"{stock.name} cards put text {gap / MM:.1f} mm from the paper's edge, where many printers "
                f"cannot print (keep it {EDGE / MM:.0f} mm or more): use wider margins or smaller cards"
            )
        )
    return found
