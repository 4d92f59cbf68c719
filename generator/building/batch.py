"""Build many topics at once: every topic of a course, in parallel across the machine's cores.

Each topic is one job in its own process (typesetting is CPU-bound Python, so
threads would not help). A job never raises: it returns what it built, its
warnings, or its error, so one broken topic is reported and the others still
build. Results are plain strings, which cross process boundaries intact.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from generator.building import pipeline
from generator.courses.configure import COURSE_FILE
from generator.errors import UserError
from generator.settings import Settings


@dataclass(frozen=True)
class Job:
    topic: Path
    out_root: Path
    settings: Settings
    outputs: tuple[str, ...]
    course: Path | None = None
    strict: bool = False
    force: bool = True


@dataclass
class Outcome:
    topic: Path
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    """A user error (bad input): reported, and the exit status is 2."""
    crash: str | None = None
    """A bug in studyguide: its traceback, and the exit status is 1."""


def topics(folder: Path) -> list[Path]:
    """The topic files of a course folder, in name order (course.yaml is not a topic)."""
    return sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml") and p.name != COURSE_FILE)


def typesetting_pool() -> ProcessPoolExecutor | None:
    """Worker processes forked from this one, warm with its imports, to typeset a topic's PDFs side by side.

    Only where forking is the platform's way (Linux); elsewhere, and on one core,
    the PDFs are typeset one after another.
    """
    cores = os.cpu_count() or 1
    if cores < 2 or sys.platform != "linux":
        return None
    return ProcessPoolExecutor(
        max_workers=min(cores, 4), mp_context=multiprocessing.get_context("fork"), initializer=ignore_interrupts
    )


def ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the main process, which stops the build (a worker would print a traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run(job: Job, pool: Executor | None = None) -> Outcome:
    outcome = Outcome(job.topic)
    try:
        for built in pipeline.build(
            job.topic, job.out_root, job.settings, job.outputs, job.strict, job.course, job.force, pool
        ):
            outcome.lines.append(f"{'up to date' if built.skipped else 'built'} {built.path}")
            outcome.warnings += [f"warning: {warning}" for warning in built.warnings]
    except UserError as error:
        outcome.error = str(error)
    except Exception:  # a bug: keep its traceback for the report, and let the other topics build
        outcome.crash = traceback.format_exc()
    return outcome


def run_all(jobs: list[Job], done: Callable[[Outcome], None]) -> list[Outcome]:
    """Run the jobs, topics in parallel when there are several, calling `done` as each finishes.

    A single topic gets a typesetting pool instead, so its PDFs are made side by side.
    """
    outcomes = []
    cores = os.cpu_count() or 1
    if len(jobs) == 1 or cores == 1:
        pool = typesetting_pool() if len(jobs) == 1 else None
        try:
            for job in jobs:
                outcomes.append(run(job, pool))
                done(outcomes[-1])
        finally:
            if pool:
                pool.shutdown()
        return outcomes
    workers = ProcessPoolExecutor(max_workers=min(len(jobs), cores), initializer=ignore_interrupts)
    try:
        for future in as_completed([workers.submit(run, job) for job in jobs]):
            outcomes.append(future.result())
            done(outcomes[-1])
    finally:  # on Ctrl-C too: topics not started are dropped, those under way finish writing whole files
        workers.shutdown(cancel_futures=True)
    return outcomes


class Progress:
    """A progress bar on a terminal; one plain line per topic anywhere else (CI logs, pipes)."""

    WIDTH = 24

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total, self.finished, self.stream = total, 0, stream or sys.stderr
        self.bar = self.stream.isatty()

    def __call__(self, outcome: Outcome) -> None:
        self.finished += 1
        status = "failed" if outcome.error or outcome.crash else "done"
        if self.bar:
            filled = self.WIDTH * self.finished // self.total
            line = f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.finished}/{self.total} {outcome.topic.stem}"
            self.stream.write(line.ljust(self.WIDTH + 40) + ("\n" if self.finished == self.total else ""))
        else:
            self.stream.write(f"[{self.finished}/{self.total}] {outcome.topic.name}: {status}\n")
        self.stream.flush()


def report(outcomes: list[Outcome]) -> Iterator[int]:
    """Print what each topic built and every problem; yields an exit status per topic (0, 1 or 2)."""
    out, err = sys.stdout, sys.stderr
    for outcome in sorted(outcomes, key=lambda o: o.topic):
        for line in outcome.lines:
            print(line, file=out)
        for line in dict.fromkeys(outcome.warnings):  # a warning about the content comes with every output
            print(line, file=err)
        if outcome.error:
            print(outcome.error, file=err)
        if outcome.crash:
            print(f"{outcome.topic}: internal error in studyguide:\n{outcome.crash}", file=err)
        yield 1 if outcome.crash else 2 if outcome.error else 0
