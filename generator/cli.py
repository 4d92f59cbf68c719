"""The `studyguide` command: a thin layer over the pipeline.

Bad input (a UserError) is printed as `FILE:LINE:COL: field: message` and exits
with status 2; anything else is a bug and keeps its traceback (status 1).
Warnings (card text that only fits below the minimum size) are printed and the
build goes on; with --strict they are errors.

Each command imports what it needs when it runs, inside `main`'s handling of
Ctrl-C: `check` never loads the typesetting modules, `--help` not even the
settings model, and Ctrl-C while the libraries load exits quietly with 130.
"""

from __future__ import annotations

import gc
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import arguments
from generator.building import report
from generator.building.report import EXIT_OK, EXIT_USER_ERROR
from generator.content.kinds import COURSE_FILE
from generator.errors import Location, UserError, UserErrors

if TYPE_CHECKING:
    import argparse

    from generator.building import batch
    from generator.settings import Settings

EXIT_INTERRUPTED = 130


def _topics(path: Path, course_file: Path | None) -> tuple[Path | None, list[Path]]:
    """The course.yaml and topic files a PATH stands for: a course folder's, or one topic's (and its course's)."""
    from generator.content.kinds import topics
    from generator.courses import configure

    if not path.is_dir():
        return course_file or configure.find_course(path), [path]
    course = path / COURSE_FILE
    files = topics(path)
    if not files:
        raise UserError("no topic files (*.yaml) in this folder", Location(path))
    return (course if course.is_file() else None), files


def _jobs(args: argparse.Namespace, outputs: tuple[str, ...] | None) -> list[batch.Job]:
    """One job per topic; `outputs` None means what each course builds (settings.outputs)."""
    from generator.building import batch
    from generator.courses import configure
    from generator.settings import options

    given = options.given(args)
    jobs = []
    for path in args.paths:
        course, files = _topics(path, args.course)
        out_root = args.output / path.resolve().name if path.is_dir() else args.output  # "." has no name
        settings = configure.configure(course, given)
        chosen = outputs or tuple(settings.outputs)
        jobs += [batch.Job(f, out_root, settings, chosen, course, args.strict, args.force) for f in files]
    _one_topic_per_folder(jobs)
    return jobs


def _one_topic_per_folder(jobs: list[batch.Job]) -> None:
    """Two topic files that would write one output folder (intro.yaml and intro.yml) are an error, not a mix."""
    from generator.content.source import topic_name

    seen: dict[Path, Path] = {}
    for job in jobs:
        folder = job.out_root / topic_name(job.topic)
        other = seen.setdefault(folder, job.topic)
        if other != job.topic:
            message = f"this topic and {other} would both write {folder}; rename one of them"
            raise UserError(message, Location(job.topic))


def _build(args: argparse.Namespace, outputs: tuple[str, ...] | None) -> int:
    from generator.building import batch

    if not args.paths:
        raise UserError("name a topic file or a course folder")
    jobs = _jobs(args, outputs)
    outcomes = batch.run_all(jobs, report.Progress(len(jobs)) if len(jobs) > 1 else lambda _: None)
    return report.report(outcomes)


def _watch(args: argparse.Namespace) -> int:
    from generator.building import watch
    from generator.courses import configure

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
    from generator.building import pipeline
    from generator.courses import configure
    from generator.settings import options

    path = pipeline.calibrate(args.output, configure.configure(args.course, options.given(args)))
    print(f"built {path}: print it two-sided, hold it to the light and read the offset from the scales")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    """Validate without building: topics (and the characters their fonts lack), course.yaml files, course folders.

    Every path is checked and every broken file reported, so one run (one
    pre-commit attempt) shows them all; the status is 2 if any was broken.
    """
    from generator.content import kinds
    from generator.courses import configure

    status = EXIT_OK
    for path in args.paths:
        if args.skip_other_yaml and path.is_file() and not kinds.is_studyguide(path):
            continue
        try:
            if path.name == COURSE_FILE:
                configure.configure(path)
                print(f"ok {path}")
                continue
            course, files = _topics(path, args.course)
            settings = configure.configure(course)
        except UserError as error:
            print(error, file=sys.stderr)
            status = EXIT_USER_ERROR
            continue
        for file in files:
            status = max(status, _check_topic(file, settings, args.strict))
    return status


def _check_topic(file: Path, settings: Settings, strict: bool) -> int:
    """Check one topic file: its content, its cards (no repeated fronts) and the characters its fonts lack."""
    from generator.building import reading
    from generator.outputs import decks
    from generator.typesetting import glyphs

    try:
        source = reading.read(file, settings)
        repeated = decks.duplicates(source.topic, source.loaded.locate)
        if repeated:
            raise UserErrors(repeated)
    except UserError as error:
        print(error, file=sys.stderr)
        return EXIT_USER_ERROR
    warnings = glyphs.check(source.loaded, settings.fonts, settings.theme)
    for warning in warnings:
        print(warning if strict else report.warning(warning), file=sys.stderr)
    if warnings and strict:
        return EXIT_USER_ERROR
    print(f"ok {file}")
    return EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    from generator.courses import scaffold

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
    from generator.courses import scaffold

    for path in scaffold.new(args.kind, args.path):
        print(f"wrote {path}")
    return EXIT_OK


BUILDING = frozenset({"build", "cards", "worksheet", "export"})
"""The one-shot commands that build: their process imports the pipeline before the collector is frozen.

z3c.rml is left to the first typesetting (about 0.12 s): a rebuild with nothing
changed never needs it, and measured interleaved, a handout build was no slower."""


def _freeze(command: str) -> None:
    """Move everything imported so far out of the cyclic collector's sight, in a one-shot `studyguide` process.

    The collector otherwise walks the whole imported object graph (pydantic, ReportLab,
    the models: some 200,000 objects) at every full collection and once more at exit,
    about 0.3 s a process. Imported modules are never garbage, so freezing them costs no
    memory, and the collector stays on for what the build makes (turning it off doubled a
    course build's peak memory), except in `check`, which builds nothing. Not for watch,
    which lives long and keeps building.
    """
    if command == "watch":
        return
    if command == "check":  # it keeps little: a 30-topic course's check took 59 -> 60 MiB, 7-10% less CPU
        gc.disable()
    if command in BUILDING:
        from generator.building import batch  # noqa: F401  (the pipeline and every output)
    gc.freeze()


COMMANDS = {
    "build": lambda a: _build(a, None),
    "worksheet": lambda a: _build(a, ("worksheet",)),
    "export": lambda a: _build(a, (a.format,)),
    "watch": _watch,
    "cards": _cards,
    "check": _check,
    "templates": _templates,
    "new": _new,
    "schema": _schema,
}


def main(argv: Sequence[str] | None = None) -> int:
    """The command; `argv` None means this is the `studyguide` process itself (console script or -m generator).

    Only then is the collector frozen (see _freeze): a caller passing its own argv,
    such as a test, keeps its collector as it was. Ctrl-C (or SIGTERM) at any point,
    the libraries' imports included, exits with 130 and one line, never a traceback.
    """
    previous = _stop_on_sigterm()
    command = None
    try:
        args = arguments.parse(argv)
        command = args.command
        if argv is None:
            _freeze(command)
        return COMMANDS[command](args)
    except UserError as error:
        print(error, file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: files being written are whole or untouched (atomic writes)
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if argv is None and command not in (None, "watch"):
            gc.freeze()  # no last walk of the collector over everything at exit


def _stop_on_sigterm() -> Any:
    """SIGTERM stops a build as Ctrl-C does: workers get no new topics and are shut down, not left running.

    Only the main thread can set a handler (tests call `main` from others); returns the handler it replaced.
    """
    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(_signum: int, _frame: Any) -> None:
        running = sys.modules.get("generator.building.batch")  # imported by the time any topic builds
        if running is not None:
            running.STOP.set()  # seen after the next topic even if this interrupt lands where it is swallowed (a fork)
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, stop)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
