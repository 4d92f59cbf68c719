"""The `studyguide` command line's options, kept apart from what the commands do (cli).

The options that set a setting are generated from the settings model
(`settings.options`), each for the commands its field names; an option not given
is absent, so the course's value stands. Only the options that are not settings
(what to build, where to, how) are declared here.

The model is imported only for the command being run, and only if that command
has such options: pydantic and the models cost about 0.2 s, which `--help`,
`new` or `templates` should not pay (and `check` pays later, once, when it
validates).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__


def _build_options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="topic files or course folders")
    parser.add_argument("-o", "--output", type=Path, default=Path("build"), metavar="DIR", help="default: build")
    parser.add_argument("--course", type=Path, metavar="FILE", help="the course.yaml for topic files given alone")
    parser.add_argument("--force", action="store_true", help="rebuild even what is up to date")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    return parser


SIGNED_VALUES = ("--back-offset",)
"""Options whose value may start with a minus sign (`--back-offset -1,2`)."""
_NEGATIVE = re.compile(r"-[\d.]")


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line parsed, with `--back-offset -1,2` read as `--back-offset=-1,2`.

    argparse takes a word that starts with `-` for an option unless it is a plain
    negative number, so `-1,2` would be refused ("expected one argument") although
    the calibration page tells people to type exactly that.
    """
    words = list(argv) if argv is not None else sys.argv[1:]
    glued: list[str] = []
    for word in words:
        if glued and glued[-1] in SIGNED_VALUES and _NEGATIVE.match(word):
            glued[-1] = f"{glued[-1]}={word}"
        else:
            glued.append(word)
    return parser(_command(glued)).parse_args(glued)


def _command(words: list[str]) -> str:
    """The command named on the line: the first word that is not an option (the top level's take no value)."""
    return next((word for word in words if not word.startswith("-")), "")


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line: build, cards, worksheet, export, watch, check, templates, schema, new.

    Settings options are added to `command`'s parser only, or to every command's when `command` is None.
    """
    top = argparse.ArgumentParser(
        prog="studyguide", description="Typeset study material from topic files written in YAML."
    )
    top.add_argument("--version", action="version", version=f"studyguide {__version__}")
    commands = top.add_subparsers(dest="command", required=True)
    shared = [_build_options()]
    commands.add_parser("build", parents=shared, help="build handouts and flashcards of topics or courses")
    cards = commands.add_parser("cards", parents=shared, help="build only the flashcards")
    cards.add_argument("--calibrate", action="store_true", help="print a page for measuring --back-offset")
    commands.add_parser("watch", parents=shared, help="build, then rebuild whatever changes, until Ctrl-C")
    exported = commands.add_parser("export", parents=shared, help="write the flashcards for Anki or Quizlet")
    exported.add_argument("--format", choices=("anki", "csv"), required=True,
                          help="anki: flashcards.apkg; csv: flashcards.tsv for Quizlet's import")  # fmt: skip
    commands.add_parser("worksheet", parents=shared, help="build only the worksheet and its key")
    for name, sub in commands.choices.items():
        if command is None or command == name:
            from generator.settings import options

            options.add_options(sub, name)
    check = commands.add_parser("check", help="validate topic files, course.yaml files and course folders")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--course", type=Path, metavar="FILE", help="the course.yaml for topic files given alone")
    check.add_argument("--strict", action="store_true", help="treat warnings (characters the fonts lack) as errors")
    check.add_argument("--skip-other-yaml", action="store_true",
                       help="pass over YAML that is neither a course.yaml nor a topic (pre-commit)")  # fmt: skip
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
