"""Benchmark of building the example topic.

    python bench/bench.py [--runs N]

(a) `studyguide build content/great-purge.yaml --only handout --force` as a whole
    process: the first run (pandoc formats the bibliography) and the median of the
    rest (cached). Target: under 1.0 s.
(b) One handout build in-process after imports and one warm-up build. Target: under 0.25 s.
(c) `studyguide build content/great-purge.yaml --force`, everything a build makes
    (handout, 60 flashcards, worksheet and key), as a whole process; no target, for scale.
Each reports the median, the spread and the peak resident memory (2-core machine).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "content" / "great-purge.yaml"
sys.path.insert(0, str(ROOT))  # benchmark this checkout, installed or not


def _report(name: str, seconds: list[float], peak_kib: int, target: float) -> None:
    median = statistics.median(seconds)
    verdict = "" if target == float("inf") else f", target < {target} s: {'ok' if median < target else 'OVER TARGET'}"
    print(
        f"{name}: median {median:.3f} s (min {min(seconds):.3f}, max {max(seconds):.3f}, n={len(seconds)}), "
        f"peak RSS {peak_kib / 1024:.0f} MiB{verdict}"
    )


def _whole(runs: int, options: list[str]) -> tuple[list[float], int]:
    """Wall times of `runs + 1` builds (the first fills the bibliography cache) and the peak RSS."""
    command = shutil.which("studyguide")
    argv = [command] if command else [sys.executable, "-m", "generator"]
    with tempfile.TemporaryDirectory() as out:
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            command_line = [*argv, "build", str(EXAMPLE), "-o", out, "--force", *options]
            subprocess.run(command_line, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    return times, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def whole_process(runs: int) -> None:
    times, peak = _whole(runs, ["--only", "handout"])
    print(f"(a) first run, pandoc formatting the bibliography: {times[0]:.3f} s")
    _report("(a) whole process, the handout, bibliography cached", times[1:], peak, 1.0)


def everything(runs: int) -> None:
    times, peak = _whole(runs, [])
    _report("(c) whole process, handout + flashcards + worksheet + key", times[1:], peak, float("inf"))


def in_process(runs: int) -> None:
    from generator.building import pipeline
    from generator.settings import Settings
    from generator.typesetting import typeset  # noqa: F401 (imports are not timed)

    with tempfile.TemporaryDirectory() as out:
        pipeline.build_handout(EXAMPLE, Path(out), Settings())
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            pipeline.build_handout(EXAMPLE, Path(out), Settings())
            times.append(time.perf_counter() - start)
    _report("(b) in-process build after imports", times, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, 0.25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    whole_process(args.runs)
    in_process(args.runs)
    everything(args.runs)


if __name__ == "__main__":
    main()
