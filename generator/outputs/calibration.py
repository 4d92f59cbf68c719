"""The calibration page: a two-sided sheet from which a teacher reads their printer's --back-offset.

The front has crosses at known places; the back has millimetre scales at the
mirrored places, drawn where the backs of cards would go (the current
--back-offset included). Held up to the light with the back facing you, each
front cross shows through on the scales, and the numbers it falls on are the
offset to pass: `--back-offset X,Y`, X to the right and Y up as seen on the back.
A sheet printed with an offset already has its scales shifted by it, so what a
cross reads there is added to that offset; printed with the right one, every
cross reads 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from generator import messages
from generator.errors import UserError
from generator.outputs.geometry import Line
from generator.outputs.sheets import VIEWER_DUPLEX
from generator.outputs.stock import Stock
from generator.settings import Cards
from generator.settings.furniture import Calibration
from generator.vocabulary import MM

REACH = 8
"""The scales run from -REACH to +REACH millimetres."""
SCALE_GAP = 10
"""The scales sit this many millimetres below and right of their target, so they never cross."""
ARM = SCALE_GAP + REACH + 3
"""The front's crosses reach this many millimetres each way: across both scales even when the back is REACH off."""
TITLE_DROP = 46
"""The top of the title sits this far below the top of the page; the instructions follow it, their lines 1.4 times
their size apart."""
RULER = 100
"""The front's ruler is this many millimetres long, to check that the printer does not scale the page."""


PRINT = (
    "Print this page two-sided ({duplex}), without “fit to page” scaling. Turn the sheet over and follow the "
    "instructions on the back."
)
RULED = "This ruler must measure exactly 100 mm; if not, turn off the printer’s page scaling."
HOLD = (
    "Hold the sheet up to the light with this side facing you. Each cross from the front shows through near the "
    "scales of the same letter: read the number on the across scale (X) and the up scale (Y) where the cross’s "
    "lines meet them."
)
ADD = (
    "This sheet was printed with --back-offset {offset}: add X and Y to those numbers and build with the sums. "
    "When it is right, every cross reads 0."
)
BUILD = (
    "Then build with --back-offset X,Y (for example --back-offset -1,2). Calibrate again with it: every cross "
    "then reads 0."
)
POSITIVE = "A positive X moves the backs right, a positive Y moves them up, as seen on this side."
WORDS = (PRINT, RULED, HOLD, ADD, BUILD, POSITIVE)
"""The page's instructions: messages (in the class's language), wrapped to the page's width as measured."""
TEXT_LEFT = 54
"""Where the instructions start, in points from the left edge (they end as far from the right)."""


@dataclass(frozen=True)
class Target:
    name: str
    x: float
    y: float
    """The cross on the front, in points."""
    back_x: float
    back_y: float
    """Where the zero of its scales is printed on the back, in points."""
    label_x: float
    label_y: float
    label_right: bool
    """Where the front's letter goes (its right end when `label_right`): beside the end of the vertical arm that,
    seen through the paper from the back, is its top end, and on the side away from the up scale."""


@dataclass(frozen=True)
class Tick:
    line: Line
    label: str


def _targets(settings: Cards, paper: Stock, letter: float) -> list[Target]:
    """The three targets. The front's letter (`letter` points high) sits beside the top of its cross's vertical arm,
    where the mirrored letter shows through on the back away from the scales (left of the up scale, above the across
    one)."""
    page_w, page_h = paper.page_size
    dx, dy = (value * MM for value in settings.back_offset)
    targets = []
    for name, fx, fy in (("A", 0.25, 0.72), ("B", 0.5, 0.45), ("C", 0.75, 0.22)):
        x, y = fx * page_w, fy * page_h
        if settings.duplex == "short-edge":  # seen from the back, the page is turned upside down
            back_x, back_y, label = x, page_h - y, (x - 6, y - ARM * MM, True)
        else:  # seen from the back, the page is turned left to right
            back_x, back_y, label = page_w - x, y, (x + 6, y + ARM * MM - letter, False)
        targets.append(Target(name, x, y, back_x + dx, back_y + dy, *label))
    return targets


def _scales(target: Target) -> dict[str, list[Tick]]:
    """Ticks every half millimetre along the across (X) and up (Y) scales, numbered every 2 mm.

    The across scale lies below the target and the up scale to its right: the
    front cross's vertical arm shows through the first, its horizontal arm
    through the second.
    """
    below = target.back_y - SCALE_GAP * MM
    right = target.back_x + SCALE_GAP * MM
    across, up = [], []
    for half in range(-2 * REACH, 2 * REACH + 1):
        offset = half / 2 * MM
        length = 4.5 if half % 4 == 0 else 3.0 if half % 2 == 0 else 1.8
        label = f"{half // 2:+d}".replace("+0", "0") if half % 4 == 0 else ""
        x, y = target.back_x + offset, target.back_y + offset
        across.append(Tick(Line(x, below, x, below + length), label))
        up.append(Tick(Line(right, y, right - length, y), label))
    return {"across": across, "up": up}


def _lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """`text` broken into lines at most `width` wide (a word longer than that has a line of its own)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        tried = f"{line} {word}" if line else word
        if line and measure(tried) > width:
            lines.append(line)
            tried = word
        line = tried
    return [*lines, line] if line else lines


def _instructions(settings: Cards, width: float, language: str, measure: Callable[[str], float]) -> dict[str, Any]:
    """The front's and the back's lines, and the ruler's line, in `language`."""
    say = partial(messages.gettext, language)
    offset = ",".join(f"{value:g}" for value in settings.back_offset)
    then = say(ADD).format(offset=offset) if any(settings.back_offset) else say(BUILD)
    back = [*_lines(f"{say(HOLD)} {then}", width, measure), *_lines(say(POSITIVE), width, measure)]
    return {"front": _lines(say(PRINT).format(duplex=settings.duplex), width, measure), "back": back,
            "ruler": say(RULED)}  # fmt: skip


def context(
    settings: Cards,
    paper: Stock,
    style: Calibration,
    language: str = "en",
    measure: Callable[[str], float] | None = None,
) -> dict[str, Any]:
    """The sheet for `paper` (the stock's page) as `settings` print it (duplex mode and the current back offset),
    drawn in `style` (the theme's sizes and weights), its instructions in `language` wrapped as `measure` (the body
    face at the text size) measures them."""
    if settings.duplex not in ("long-edge", "short-edge"):
        raise UserError("--calibrate is for two-sided printing: use --duplex long-edge or short-edge")
    page_w, page_h = paper.page_size
    targets = _targets(settings, paper, style.target_size)
    left = (page_w - RULER * MM) / 2
    title_y = page_h - TITLE_DROP - style.title_size
    return {
        "page": {"width": page_w, "height": page_h},
        "duplex": settings.duplex,
        "words": _instructions(
            settings, page_w - 2 * TEXT_LEFT, language, measure or (lambda text: 0.5 * style.text_size * len(text))
        ),
        "left": TEXT_LEFT,
        "viewer_duplex": VIEWER_DUPLEX[settings.duplex],
        "reach": REACH * MM,
        "circle": REACH * MM / 2,
        "arm": ARM * MM,
        "style": style,
        "title_y": title_y,
        "text": {"top": title_y - 1.8 * style.text_size, "leading": 1.4 * style.text_size},
        "targets": [{"target": target, **_scales(target)} for target in targets],
        "ruler": {
            "x": left,
            "y": 0.1 * page_h,
            "ticks": [(left + mm * MM, 6 if mm % 10 == 0 else 3.5 if mm % 5 == 0 else 2) for mm in range(RULER + 1)],
            "labels": [(left + mm * MM, str(mm)) for mm in range(0, RULER + 1, 10)],
        },
    }
