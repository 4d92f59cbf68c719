"""Benchmark of the handout build, on the example topic.

    python bench/bench.py [--runs N]

(a) `studyguide build content/great-purge.yaml --force` (handout and flashcards) as a whole process: the first run
    (pandoc formats the bibliography) and the median of the rest (cached).
(b) One handout build in-process after imports and one warm-up build.
Each reports the median, the spread and the peak resident memory.
Targets on the 2-core machine: (a) under 1.0 s, (b) under 0.25 s.
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
    verdict = "ok" if median < target else "OVER TARGET"
    print(
        f"{name}: median {median:.3f} s (min {min(seconds):.3f}, max {max(seconds):.3f}, n={len(seconds)}), "
        f"peak RSS {peak_kib / 1024:.0f} MiB, target < {target} s: {verdict}"
    )


def whole_process(runs: int) -> None:
    command = shutil.which("studyguide")
    argv = [command] if command else [sys.executable, "-m", "generator"]
    with tempfile.TemporaryDirectory() as out:
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            subprocess.run([*argv, "build", str(EXAMPLE), "-o", out, "--force"], check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"(a) first run, pandoc formatting the bibliography: {times[0]:.3f} s")
    _report("(a) whole process, bibliography cached", times[1:], peak, 1.0)


def in_process(runs: int) -> None:
    from generator import pipeline, typeset  # noqa: F401 (imports are not timed)
    from generator.settings import Settings

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


if __name__ == "__main__":
    main()
