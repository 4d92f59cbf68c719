"""Live rebuilds: build, then rebuild whatever changed each time a file is saved.

Rebuilds run in this one warm process (fonts parsed, templates compiled, the
bibliography cached), so they cost the in-process build time, not the import
time. Every rebuild is incremental: the stamps decide what a change touched (a
topic file, course.yaml, a template, a font or logo). An error is printed and
the watch goes on; the last good PDF stays where it is, since nothing is written
unless a build succeeds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from generator.building import report
from generator.building.batch import Job, run, typesetting_pool
from generator.content import loader
from generator.errors import UserError

Echo = Callable[[str], None]
IGNORED_SUFFIXES = (".pdf", ".apkg", ".tsv", ".tmp", ".swp", "~")
"""Outputs and editors' scratch files: changes to them never trigger a rebuild."""


@dataclass(frozen=True)
class Watched:
    """What a change must touch to matter: these files, or anything (but outputs) inside these folders."""

    files: frozenset[Path]
    folders: frozenset[Path]

    @classmethod
    def of(cls, paths: list[Path], course: Callable[[Path], Path | None]) -> Watched:
        files, folders = set(), set()
        for path in paths:
            if path.is_dir():
                folders.add(path.resolve())
                continue
            files |= {path.absolute(), path.resolve(), *_library(path)}
            found = course(path)
            if found:
                files |= {found.resolve(), *_library(found)}
                folders |= {found.parent.resolve() / "templates", found.parent.resolve() / "assets"}
        return cls(frozenset(files), frozenset(folders))

    @property
    def roots(self) -> list[Path]:
        """The folders to ask the operating system about (it watches folders, not files)."""
        return sorted({f.parent for f in self.files} | {f for f in self.folders if f.is_dir()})

    def matters(self, changes: Iterable[tuple[object, str]], out_root: Path) -> bool:
        output = out_root.resolve()
        for _, name in changes:
            path = Path(name)
            if path.name.startswith(".") or path.name.endswith(IGNORED_SUFFIXES) or path.is_relative_to(output):
                continue
            if path in self.files or path.resolve() in self.files or any(path.is_relative_to(f) for f in self.folders):
                return True
        return False


def _library(path: Path) -> list[Path]:
    """The library file a topic or course.yaml names (`bibliography:`), so that re-exporting it rebuilds."""
    try:
        data = loader.load(path).data
    except UserError:
        return []  # the build reports it
    named = data.get("bibliography") if isinstance(data, dict) else None
    return [(path.parent / named).resolve()] if isinstance(named, str) else []


def rebuild(make_jobs: Callable[[], list[Job]], echo: Echo, pool: Executor | None = None) -> None:
    """One round: every job, incrementally; one line for what was rebuilt (or the errors), with the time taken."""
    start = time.perf_counter()
    stamp = time.strftime("%H:%M:%S")
    try:
        jobs = make_jobs()
    except UserError as error:
        echo(f"{stamp} {error}")
        return
    outcomes = [run(job, pool) for job in jobs]
    elapsed = time.perf_counter() - start
    lines = []
    for outcome in outcomes:
        lines += [line for line in [report.rebuilt(outcome, elapsed), *report.problems(outcome)] if line]
    if not lines:
        lines.append(f"nothing to rebuild ({elapsed:.2f} s)")
    for line in lines:
        echo(f"{stamp} {line}")


def watch(
    watched: Watched,
    make_jobs: Callable[[], list[Job]],
    out_root: Path,
    echo: Echo = print,
    stop: threading.Event | None = None,
) -> None:
    """Build once, then rebuild after every change that matters, until `stop` is set (or Ctrl-C)."""
    import watchfiles

    pool = typesetting_pool()  # forked once, kept warm between rebuilds
    try:
        rebuild(make_jobs, echo, pool)
        echo(f"watching {', '.join(str(root) for root in watched.roots)} (Ctrl-C to stop)")
        for changes in watchfiles.watch(*watched.roots, stop_event=stop, debounce=400, step=30, raise_interrupt=False):
            if watched.matters(changes, out_root):
                rebuild(make_jobs, echo, pool)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
