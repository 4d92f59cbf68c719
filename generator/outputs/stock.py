"""Card stock: the sheets flashcards are printed on, as data.

Every preset is one row of measurements taken from the product (Avery's
templates) or from the paper size, in points. Perforated stock is printed on as
it is; plain paper is cut, so it gets crop marks. A preset without margins is
laid out centred on its paper. `chosen()` is the stock the settings name: a
preset, measurements, or the paper's default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.errors import UserError
from generator.settings import Settings
from generator.vocabulary import INCH, MM, PAPER_SIZES

MIN_MARGIN = 12 * MM
"""Plain paper keeps this much room around the cards: crop marks and a printer's unprintable edge."""
MIN_CARD = (25 * MM, 18 * MM)
"""The smallest card that still holds a line of text above its footer (a typo like 3.5mm for 3.5in falls below)."""


@dataclass(frozen=True)
class Stock:
    """One kind of card sheet. Lengths in points; `top`/`left` None means centred on the paper."""

    name: str
    paper: str
    width: float
    height: float
    columns: int
    rows: int
    top: float | None = None
    left: float | None = None
    gutter: tuple[float, float] = (0.0, 0.0)
    perforated: bool = False
    base_size: float = 14.0
    landscape: bool = False

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = PAPER_SIZES[self.paper]
        return (height, width) if self.landscape else (width, height)

    @property
    def origin(self) -> tuple[float, float]:
        """The top-left corner of the first card, measured from the top-left of the page."""
        page_w, page_h = self.page_size
        block_w = self.columns * self.width + (self.columns - 1) * self.gutter[0]
        block_h = self.rows * self.height + (self.rows - 1) * self.gutter[1]
        left = (page_w - block_w) / 2 if self.left is None else self.left
        top = (page_h - block_h) / 2 if self.top is None else self.top
        return left, top

    @property
    def margin(self) -> float:
        """The narrowest space between the cards and the paper's edge (negative when they run off it)."""
        page_w, page_h = self.page_size
        left, top = self.origin
        right = left + self.columns * self.width + (self.columns - 1) * self.gutter[0]
        bottom = top + self.rows * self.height + (self.rows - 1) * self.gutter[1]
        return min(left, top, page_w - right, page_h - bottom)

    @property
    def edge_to_edge(self) -> bool:
        """Plain paper filled so nearly that crop marks have no room: it gets cut lines on the card edges."""
        return not self.perforated and self.margin < MIN_MARGIN - 0.01


def _avery(name: str, width: float, height: float, columns: int, rows: int, top: float, left: float, size: float):
    return Stock(name, "letter", width, height, columns, rows, top, left, perforated=True, base_size=size)


_BUSINESS = _avery("avery-5371", 3.5 * INCH, 2 * INCH, 2, 5, 0.5 * INCH, 0.75 * INCH, 15)
PRESETS: dict[str, Stock] = {
    stock.name: stock
    for stock in (
        _BUSINESS,
        replace(_BUSINESS, name="avery-5376"),
        replace(_BUSINESS, name="avery-5377"),
        replace(_BUSINESS, name="avery-8371"),
        _avery("avery-5388", 5 * INCH, 3 * INCH, 1, 3, 1 * INCH, 1.75 * INCH, 20),
        Stock("index-3x5", "letter", 5 * INCH, 3 * INCH, 1, 3, base_size=20),
        Stock("index-4x6", "letter", 6 * INCH, 4 * INCH, 1, 2, base_size=24),
        Stock("a7", "a4", 74 * MM, 105 * MM, 2, 2, base_size=16),  # upright: four fit inside the margins
    )
}
DEFAULT = {"letter": "avery-5371", "a4": "a7"}


def preset(name: str) -> Stock:
    try:
        return PRESETS[name]
    except KeyError:
        raise UserError(f"unknown card stock {name!r}; use one of: {', '.join(PRESETS)}, custom") from None


def chosen(settings: Settings) -> Stock:
    """The stock the settings name; measurements come on the course's paper unless they say another."""
    choice = settings.cards.stock
    if choice is None:
        return preset(DEFAULT[settings.paper])
    if isinstance(choice, str):
        return preset(choice)
    margins = (choice.top, choice.left) if choice.top is not None and choice.left is not None else None
    size, grid = (choice.width, choice.height), (choice.columns, choice.rows)
    return custom(choice.paper or settings.paper, size, grid, margins, choice.gutter, choice.perforated)


def custom(
    paper: str,
    size: tuple[float, float],
    grid: tuple[int, int],
    margins: tuple[float, float] | None = None,
    gutter: tuple[float, float] = (0.0, 0.0),
    perforated: bool = False,
) -> Stock:
    """Stock from measurements in points: card size, grid (columns, rows), margins (top, left; else centred), gutter.

    The base text size grows with the card (a tenth of its height, 10 to 24 pt),
    which is about what the presets use.
    """
    width, height = size
    if width < MIN_CARD[0] or height < MIN_CARD[1]:
        raise UserError(
            f"a card of {width / MM:.1f}×{height / MM:.1f} mm is too small to print on; cards are at least "
            f"{MIN_CARD[0] / MM:.0f}×{MIN_CARD[1] / MM:.0f} mm (did you mean in rather than mm?)"
        )
    top, left = margins or (None, None)
    base = min(24.0, max(10.0, round(height / 5) / 2))
    stock = Stock("custom", paper, width, height, *grid, top, left, gutter, perforated, base)
    check_fits(stock)
    return stock


def check_fits(stock: Stock) -> None:
    """Refuse stock whose cards would run off the paper.

    Plain paper filled edge to edge (eight A7 cards on A4) is allowed: with no
    margin for crop marks, it is cut along lines printed on the card edges.
    """
    if stock.margin < -0.01:
        raise UserError(
            f"{stock.columns}×{stock.rows} cards of {stock.width / MM:.0f}×{stock.height / MM:.0f} mm "
            f"do not fit on {stock.paper} paper; use fewer rows or columns"
        )
