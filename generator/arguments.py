"""The `studyguide` command line's options, kept apart from what the commands do (cli).

Options that a course can also set default to "not given" (None), so that
`configure` can tell the command line's word from the course's.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from generator import __version__
from generator.outputs import stock
from generator.vocabulary import DUPLEX_MODES, PAPER_SIZES


def _card_options() -> argparse.ArgumentParser:
    """Options shared by `build` and `cards`; unset ones leave the course's settings (or the defaults)."""
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("flashcards")
    group.add_argument("--stock", metavar="NAME", help=f"card stock: {', '.join(stock.PRESETS)} or custom")
    group.add_argument("--card-size", metavar="WxH", help="custom stock: card size, e.g. 3.5in,2in or 89mmx51mm")
    group.add_argument("--grid", metavar="COLUMNSxROWS", help="custom stock: cards across and down, e.g. 2x5")
    group.add_argument("--margins", metavar="TOP,LEFT", help="custom stock: margins (default: centred)")
    group.add_argument("--gutter", metavar="X,Y", help="custom stock: space between cards (default: none)")
    group.add_argument("--perforated", action="store_true", help="custom stock: perforated, so no crop marks")
    group.add_argument("--duplex", choices=DUPLEX_MODES, help="how the backs are printed (default: long-edge)")
    group.add_argument("--back-offset", metavar="X,Y", help="shift the backs by X,Y mm (read it from --calibrate)")
    group.add_argument("--deck", metavar="NAMES", help="decks to print, e.g. figures,terms (default: all)")
    group.add_argument("--shuffle", action="store_true", help="shuffle the cards (the same way for the same --seed)")
    group.add_argument("--seed", type=int, default=1, help="the shuffle's seed (default: 1)")
    group.add_argument("--outline", action="store_true", help="draw the card edges, for checking the layout")
    group.add_argument("--card-ids", action="store_true", help="print each card's ID (as in its Anki note)")
    group.add_argument("--min-size", type=float, metavar="PT", help="smallest card text size (default: 7)")
    return parser


def _build_options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="topic files or course folders")
    parser.add_argument("-o", "--output", type=Path, default=Path("build"), metavar="DIR", help="default: build")
    parser.add_argument("--course", type=Path, metavar="FILE", help="the course.yaml for topic files given alone")
    parser.add_argument("--paper", choices=sorted(PAPER_SIZES), help="default: the course's, else letter")
    parser.add_argument("--force", action="store_true", help="rebuild even what is up to date")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    return parser


def parser() -> argparse.ArgumentParser:
    """The command line: build, cards, worksheet, export, watch, check, templates, schema, new."""
    top = argparse.ArgumentParser(
        prog="studyguide", description="Typeset study material from topic files written in YAML."
    )
    top.add_argument("--version", action="version", version=f"studyguide {__version__}")
    commands = top.add_subparsers(dest="command", required=True)
    shared = [_build_options(), _card_options()]
    build = commands.add_parser("build", parents=shared, help="build handouts and flashcards of topics or courses")
    build.add_argument("--style", metavar="NAME|PATH", help="citation style: chicago, mla, apa or a .csl file")
    build.add_argument("--only", metavar="OUTPUTS", help="build only these, e.g. handout,worksheet (default: all)")
    cards = commands.add_parser("cards", parents=shared, help="build only the flashcards")
    cards.add_argument("--calibrate", action="store_true", help="print a page for measuring --back-offset")
    watching = commands.add_parser("watch", parents=shared, help="build, then rebuild whatever changes, until Ctrl-C")
    watching.add_argument("--style", metavar="NAME|PATH", help="citation style: chicago, mla, apa or a .csl file")
    exported = commands.add_parser("export", parents=shared, help="write the flashcards for Anki or Quizlet")
    exported.add_argument("--format", choices=("anki", "csv"), required=True,
                          help="anki: flashcards.apkg; csv: flashcards.tsv for Quizlet's import")  # fmt: skip
    sheet = commands.add_parser("worksheet", parents=[_build_options()], help="build only the worksheet and its key")
    sheet.add_argument("--seed", dest="worksheet_seed", type=int, metavar="N",
                       help="the version: each seed shuffles differently and has its own key (default 1)")  # fmt: skip
    check = commands.add_parser("check", help="validate topic files, course.yaml files and course folders")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--course", type=Path, metavar="FILE", help="the course.yaml for topic files given alone")
    check.add_argument("--strict", action="store_true", help="treat warnings (characters the fonts lack) as errors")
    templates = commands.add_parser("templates", help="list the built-in templates, or copy one into a course")
    templates.add_argument("action", choices=("list", "eject"))
    templates.add_argument("name", nargs="?", metavar="NAME", help="eject: the template, e.g. handout.rml.j2")
    templates.add_argument("--course", type=Path, metavar="DIR", help="eject: the course folder")
    schema = commands.add_parser("schema", help="write JSON Schemas of topic files and course.yaml, for editors")
    schema.add_argument("-o", "--output", type=Path, default=Path("schemas"), metavar="DIR", help="default: schemas")
    new = commands.add_parser("new", help="start a course folder or a topic file that builds as it is")
    new.add_argument("kind", choices=("course", "topic"))
    new.add_argument("path", type=Path, metavar="PATH")
    return top
