"""The `studyguide` command: a thin layer over the pipeline.

Bad input (a UserError) is printed as `FILE:LINE:COL: field: message` and exits
with status 2; anything else is a bug and keeps its traceback. Warnings (card
text that only fits below the minimum size) are printed and the build goes on;
with --strict they are errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, calibration, pipeline, stock
from .errors import UserError
from .flashcards import CardSettings
from .settings import PAPER_SIZES, Settings
from .sheets import DUPLEX_MODES

EXIT_OK, EXIT_USER_ERROR = 0, 2


def _card_options() -> argparse.ArgumentParser:
    """Options shared by `build` and `cards`."""
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("flashcards")
    group.add_argument(
        "--stock",
        metavar="NAME",
        help=f"card stock: {', '.join(stock.PRESETS)} or custom (default: avery-5371 on letter paper, a7 on a4)",
    )
    group.add_argument("--card-size", metavar="WxH", help="custom stock: card size, e.g. 3.5in,2in or 89mmx51mm")
    group.add_argument("--grid", metavar="COLUMNSxROWS", help="custom stock: cards across and down, e.g. 2x5")
    group.add_argument("--margins", metavar="TOP,LEFT", help="custom stock: margins (default: centred)")
    group.add_argument("--gutter", metavar="X,Y", help="custom stock: space between cards (default: none)")
    group.add_argument("--perforated", action="store_true", help="custom stock: perforated, so no crop marks")
    group.add_argument(
        "--duplex", choices=DUPLEX_MODES, default="long-edge", help="how the backs are printed (default: long-edge)"
    )
    group.add_argument("--back-offset", metavar="X,Y", help="shift the backs by X,Y mm (read it from --calibrate)")
    group.add_argument("--deck", metavar="NAMES", help="decks to print, e.g. figures,terms (default: all)")
    group.add_argument("--shuffle", action="store_true", help="shuffle the cards (the same way for the same --seed)")
    group.add_argument("--seed", type=int, default=1, help="the shuffle's seed (default: 1)")
    group.add_argument("--outline", action="store_true", help="draw the card edges, for checking the layout")
    group.add_argument("--min-size", type=float, default=7.0, metavar="PT", help="smallest text size (default: 7)")
    group.add_argument("--strict", action="store_true", help="treat warnings as errors")
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyguide", description="Typeset study material from topic files written in YAML."
    )
    parser.add_argument("--version", action="version", version=f"studyguide {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument(
        "-o", "--output", type=Path, default=Path("build"), metavar="DIR", help="output folder (default: build)"
    )
    output.add_argument("--paper", choices=sorted(PAPER_SIZES), default="letter")
    cards = _card_options()

    build = commands.add_parser("build", parents=[output, cards], help="build the handout and flashcards of topics")
    build.add_argument("files", nargs="+", type=Path, metavar="FILE")
    build.add_argument(
        "--style",
        default="chicago",
        metavar="NAME|PATH",
        help="citation style: chicago, mla, apa or a .csl file (default: chicago)",
    )
    flash = commands.add_parser("cards", parents=[output, cards], help="build the flashcards of topics")
    flash.add_argument("files", nargs="*", type=Path, metavar="FILE")
    flash.add_argument(
        "--calibrate", action="store_true", help="print a two-sided page for measuring the printer's --back-offset"
    )

    check = commands.add_parser("check", help="validate topic files without building")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    return parser


def _card_settings(args: argparse.Namespace) -> CardSettings:
    name = args.stock or stock.DEFAULT[args.paper]
    if name == "custom":
        if not (args.card_size and args.grid):
            raise UserError("--stock custom needs --card-size and --grid (and optionally --margins, --gutter)")
        chosen = stock.custom(args.paper, args.card_size, args.grid, args.margins, args.gutter, args.perforated)
    else:
        chosen = stock.preset(name)
    offset = stock.pair(args.back_offset, "--back-offset", _millimetres) if args.back_offset else (0.0, 0.0)
    decks = tuple(part for part in args.deck.split(",") if part.strip()) if args.deck else None
    return CardSettings(
        chosen, args.duplex, offset, decks, args.seed if args.shuffle else None, args.outline, args.min_size
    )


def _millimetres(text: str, what: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise UserError(f"{what}: {text!r} is not a number of millimetres, e.g. 1.5 or -0.5") from None


def _build(args: argparse.Namespace, outputs: tuple[str, ...]) -> int:
    settings = Settings(paper=args.paper, style=getattr(args, "style", "chicago"))
    cards = _card_settings(args)
    for path in args.files:
        for built in pipeline.build(path, args.output, settings, cards, outputs, strict=args.strict):
            for warning in built.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            print(f"built {built.path}")
    return EXIT_OK


def _cards(args: argparse.Namespace) -> int:
    if args.calibrate:
        path = calibration.build(args.output, _card_settings(args), Settings(paper=args.paper).fonts.faces())
        print(f"built {path}: print it two-sided, hold it to the light and read the offset from the scales")
        return EXIT_OK
    if not args.files:
        raise UserError("name a topic file (or use --calibrate)")
    return _build(args, ("flashcards",))


def _check(args: argparse.Namespace) -> int:
    for path in args.files:
        pipeline.check(path)
        print(f"ok {path}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    commands = {"build": lambda a: _build(a, pipeline.OUTPUTS), "cards": _cards, "check": _check}
    try:
        return commands[args.command](args)
    except UserError as error:
        print(error, file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
