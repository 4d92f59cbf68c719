"""Build many topics at once: every topic of a course, in parallel across the machine's cores.

Each topic is one job in its own process (typesetting is CPU-bound Python, so
threads would not help). A job never raises: it returns what it built, its
warnings, or its error, so one broken topic is reported and the others still
build. Results are objects (what was built, the UserError) that pickle whole
across process boundaries; `report` alone turns them into text.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from generator.building import pipeline
from generator.content import library
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
    built: list[pipeline.Built] = field(default_factory=list)
    """What was built or found up to date, each with its warnings."""
    error: UserError | None = None
    """Bad input: reported, and the exit status is 2."""
    crash: str | None = None
    """A bug in studyguide: its traceback (a traceback does not cross processes but as text); exit status 1."""


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


STOP = threading.Event()
"""Set when the build is told to stop (SIGTERM): no further topic is waited for."""


def ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C and SIGTERM to the main process, which stops the build and shuts the workers down.

    (A worker would print a traceback, and one killed alone would break the pool.)
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def run(job: Job, pool: Executor | None = None) -> Outcome:
    outcome = Outcome(job.topic)
    try:
        outcome.built = pipeline.build(
            job.topic, job.out_root, job.settings, job.outputs, job.strict, job.course, job.force, pool
        )
    except UserError as error:
        outcome.error = error
    except Exception:  # a bug: keep its traceback for the report, and let the other topics build
        outcome.crash = traceback.format_exc()
    return outcome


def _read_libraries(jobs: list[Job]) -> None:
    """Parse each course library once, before the workers are forked: they inherit the parse, not redo it."""
    for job in jobs:
        if job.settings.bibliography:
            with contextlib.suppress(UserError):  # every topic that cites it reports the problem
                library.read(Path(job.settings.bibliography), job.out_root / ".cache")


def _up_to_date(job: Job) -> list[pipeline.Built] | None:
    """The job's outputs when its stamps show them all up to date; None to build it (where any problem is reported)."""
    try:
        return pipeline.up_to_date(job.topic, job.out_root, job.settings, job.outputs, job.course, job.strict)
    except Exception:  # the build of the job meets it again, and reports it as that topic's
        return None


def run_all(jobs: list[Job], done: Callable[[Outcome], None]) -> list[Outcome]:
    """Run the jobs, topics in parallel when there are several, calling `done` as each finishes.

    A single topic gets a typesetting pool instead, so its PDFs are made side by side.
    """
    outcomes = []
    STOP.clear()
    stale = []
    for job in jobs:  # what is up to date is known from the stamps alone, with no worker started for it
        built = None if job.force else _up_to_date(job)
        if built is None:
            stale.append(job)
        else:
            outcomes.append(Outcome(job.topic, built))
            done(outcomes[-1])
    jobs = stale
    cores = os.cpu_count() or 1
    if not jobs:
        return outcomes
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
    _read_libraries(jobs)
    workers = ProcessPoolExecutor(max_workers=min(len(jobs), cores), initializer=ignore_interrupts)
    try:
        for future in as_completed([workers.submit(run, job) for job in jobs]):
            outcomes.append(future.result())
            done(outcomes[-1])
            if STOP.is_set():
                raise KeyboardInterrupt
    finally:  # on Ctrl-C too: topics not started are dropped, those under way finish writing whole files
        workers.shutdown(cancel_futures=True)
    return outcomes
