"""The `studyguide` command: a thin layer over the pipeline.

Bad input (a UserError) is printed as `FILE:LINE:COL: field: message` and exits
with status 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, pipeline
from .errors import UserError
from .settings import PAPER_SIZES, Settings

EXIT_OK, EXIT_USER_ERROR = 0, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyguide", description="Typeset study material from topic files written in YAML."
    )
    parser.add_argument("--version", action="version", version=f"studyguide {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build the handout of each topic file")
    build.add_argument("files", nargs="+", type=Path, metavar="FILE")
    build.add_argument(
        "-o", "--output", type=Path, default=Path("build"), metavar="DIR", help="output folder (default: build)"
    )
    build.add_argument("--paper", choices=sorted(PAPER_SIZES), default="letter")
    build.add_argument(
        "--style",
        default="chicago",
        metavar="NAME|PATH",
        help="citation style: chicago, mla, apa or a .csl file (default: chicago)",
    )

    check = commands.add_parser("check", help="validate topic files without building")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    return parser


def _build(args: argparse.Namespace) -> int:
    settings = Settings(paper=args.paper, style=args.style)
    for path in args.files:
        built = pipeline.build_handout(path, args.output, settings)
        print(f"built {built.path}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    for path in args.files:
        pipeline.check(path)
        print(f"ok {path}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"build": _build, "check": _check}[args.command](args)
    except UserError as error:
        print(error, file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
