"""What the user sees of a build: the one place results become text.

Stages and batches hand back objects (`pipeline.Built`, `errors.UserError`,
`batch.Outcome`); this module turns them into the lines `build`, `watch` and
the progress bar print, and into exit statuses: 0 done, 2 bad input, 1 a bug.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from generator.errors import UserError

if TYPE_CHECKING:  # the command line imports this module before it knows whether it will build
    from generator.building.batch import Outcome
    from generator.building.pipeline import Built

EXIT_OK, EXIT_BUG, EXIT_USER_ERROR = 0, 1, 2


def built(item: Built) -> str:
    return f"{'up to date' if item.skipped else 'built'} {item.path}"


def warning(problem: UserError) -> str:
    return f"warning: {problem}"


def problems(outcome: Outcome) -> list[str]:
    """A topic's warnings (each once: a warning about the content comes with every output), error and crash."""
    lines = list(dict.fromkeys(warning(problem) for item in outcome.built for problem in item.warnings))
    if outcome.error:
        lines.append(str(outcome.error))
    if outcome.crash:
        lines.append(f"{outcome.topic}: internal error in studyguide:\n{outcome.crash}")
    return lines


def status(outcome: Outcome) -> int:
    return EXIT_BUG if outcome.crash else EXIT_USER_ERROR if outcome.error else EXIT_OK


def report(outcomes: list[Outcome], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Print what each topic built and every problem, topics in name order; the exit status of the worst."""
    out, err = out or sys.stdout, err or sys.stderr
    for outcome in sorted(outcomes, key=lambda o: o.topic):
        for item in outcome.built:
            print(built(item), file=out)
        for line in problems(outcome):
            print(line, file=err)
    return max((status(outcome) for outcome in outcomes), default=EXIT_OK)


def rebuilt(outcome: Outcome, seconds: float) -> str | None:
    """The watch's line for a topic something was rebuilt of, or None when all was up to date."""
    names = [item.path.name for item in outcome.built if not item.skipped]
    return f"rebuilt {outcome.topic.name} ({', '.join(names)}) in {seconds:.2f} s" if names else None


class Progress:
    """A progress bar on a terminal; one plain line per topic anywhere else (CI logs, pipes)."""

    WIDTH = 24

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total, self.finished, self.stream = total, 0, stream or sys.stderr
        self.bar = self.stream.isatty()

    def __call__(self, outcome: Outcome) -> None:
        self.finished += 1
        if self.bar:
            filled = self.WIDTH * self.finished // self.total
            line = f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.finished}/{self.total} {outcome.topic.stem}"
            self.stream.write(line.ljust(self.WIDTH + 40) + ("\n" if self.finished == self.total else ""))
        else:
            done = "failed" if status(outcome) else "done"
            shown = f"{outcome.topic.parent.name}/{outcome.topic.name}"  # courses' topics often share a name
            self.stream.write(f"[{self.finished}/{self.total}] {shown}: {done}\n")
        self.stream.flush()
