"""The `studyguide` command: a thin layer over the pipeline.

Bad input (a UserError) is printed as `FILE:LINE:COL: field: message` and exits
with status 2; anything else is a bug and keeps its traceback (status 1).
Warnings (card text that only fits below the minimum size) are printed and the
build goes on; with --strict they are errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator import arguments
from generator.building import batch
from generator.courses import configure, scaffold
from generator.errors import Location, UserError
from generator.outputs import calibration, stock
from generator.vocabulary import OUTPUTS

EXIT_OK, EXIT_USER_ERROR = 0, 2


def _millimetres(text: str, what: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise UserError(f"{what}: {text!r} is not a number of millimetres, e.g. 1.5 or -0.5") from None


def _overrides(args: argparse.Namespace) -> configure.Overrides:
    def given(name: str) -> Any:
        return getattr(args, name, None)  # `worksheet` has no card options

    chosen: stock.Stock | str | None = given("stock")
    if chosen == "custom":
        if not (args.card_size and args.grid):
            raise UserError("--stock custom needs --card-size and --grid (and optionally --margins, --gutter)")
        margins = stock.pair(args.margins, "--margins") if args.margins else None
        gutter = stock.pair(args.gutter, "--gutter") if args.gutter else (0.0, 0.0)
        size, grid = stock.pair(args.card_size, "--card-size"), stock.pair(args.grid, "--grid", stock.count)
        chosen = stock.custom(args.paper or "letter", size, grid, margins, gutter, args.perforated)
    offset, deck = given("back_offset"), given("deck")
    return configure.Overrides(
        paper=args.paper,
        style=given("style"),
        stock=chosen,
        duplex=given("duplex"),
        back_offset=stock.pair(offset, "--back-offset", _millimetres) if offset else None,
        decks=tuple(part for part in deck.split(",") if part.strip()) if deck else None,
        shuffle=bool(given("shuffle")),
        seed=given("seed"),
        outline=bool(given("outline")),
        ids=bool(given("card_ids")),
        min_size=given("min_size"),
        worksheet_seed=given("worksheet_seed"),
    )


def _topics(path: Path, course_file: Path | None) -> tuple[Path | None, list[Path]]:
    """The course.yaml and topic files a PATH stands for: a course folder's, or one topic's (and its course's)."""
    if not path.is_dir():
        return course_file or configure.find_course(path), [path]
    course = path / configure.COURSE_FILE
    files = batch.topics(path)
    if not files:
        raise UserError("no topic files (*.yaml) in this folder", Location(path))
    return (course if course.is_file() else None), files


def _jobs(args: argparse.Namespace, outputs: tuple[str, ...] | None) -> list[batch.Job]:
    """One job per topic; `outputs` None means what each course builds (settings.outputs)."""
    given = _overrides(args)
    jobs = []
    for path in args.paths:
        course, files = _topics(path, args.course)
        out_root = args.output / path.name if path.is_dir() else args.output
        settings, cards = configure.configure(course, given)
        chosen = outputs or settings.outputs
        jobs += [batch.Job(f, out_root, settings, cards, chosen, course, args.strict, args.force) for f in files]
    return jobs


def _only(text: str | None) -> tuple[str, ...] | None:
    if not text:
        return None
    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [part for part in chosen if part not in OUTPUTS]
    if unknown:
        raise UserError(f"--only: unknown output {unknown[0]!r}; use {', '.join(OUTPUTS)}")
    return chosen


def _build(args: argparse.Namespace, outputs: tuple[str, ...] | None) -> int:
    if not args.paths:
        raise UserError("name a topic file or a course folder")
    jobs = _jobs(args, outputs)
    outcomes = batch.run_all(jobs, batch.Progress(len(jobs)) if len(jobs) > 1 else lambda _: None)
    return max(batch.report(outcomes), default=EXIT_OK)


def _watch(args: argparse.Namespace) -> int:
    from generator.building import watch

    if not args.paths:
        raise UserError("name a topic file or a course folder to watch")
    watched = watch.Watched.of(args.paths, lambda topic: args.course or configure.find_course(topic))
    try:
        watch.watch(watched, lambda: _jobs(args, None), args.output)
    except KeyboardInterrupt:  # Ctrl-C during a rebuild: the PDFs being written are whole or untouched
        print("stopped")
    return EXIT_OK


def _cards(args: argparse.Namespace) -> int:
    if not args.calibrate:
        return _build(args, ("flashcards",))
    settings, cards = configure.configure(args.course, _overrides(args))
    path = calibration.build(args.output, cards, settings.fonts.faces())
    print(f"built {path}: print it two-sided, hold it to the light and read the offset from the scales")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    """Validate without building: topics (and the characters their fonts lack), course.yaml files, course folders."""
    from generator.building import pipeline
    from generator.typesetting import glyphs

    status = EXIT_OK
    for path in args.paths:
        if path.name == configure.COURSE_FILE:
            configure.read_course(path)
            print(f"ok {path}")
            continue
        course, files = _topics(path, args.course)
        settings, _ = configure.configure(course, configure.Overrides())
        for file in files:
            warnings = glyphs.check(pipeline.read(file).loaded, settings.fonts)
            for warning in warnings:
                print(f"{'' if args.strict else 'warning: '}{warning}", file=sys.stderr)
            if warnings and args.strict:
                status = EXIT_USER_ERROR
            else:
                print(f"ok {file}")
    return status


def _templates(args: argparse.Namespace) -> int:
    if args.action == "list":
        print(scaffold.template_list())
        return EXIT_OK
    if not (args.name and args.course):
        raise UserError("templates eject needs a template name and --course DIR, e.g. handout.rml.j2 --course c/")
    print(f"wrote {scaffold.eject(args.name, args.course)}")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from generator.courses import schema

    for path in schema.write(args.output):
        print(f"wrote {path}")
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    for path in scaffold.new(args.kind, args.path):
        print(f"wrote {path}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = arguments.parser().parse_args(argv)
    commands = {
        "build": lambda a: _build(a, _only(a.only)),
        "worksheet": lambda a: _build(a, ("worksheet",)),
        "export": lambda a: _build(a, (a.format,)),
        "watch": _watch,
        "cards": _cards,
        "check": _check,
        "templates": _templates,
        "new": _new,
        "schema": _schema,
    }
    try:
        return commands[args.command](args)
    except UserError as error:
        print(error, file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
