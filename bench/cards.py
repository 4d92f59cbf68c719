"""Benchmark of flashcard builds: 100, 1,000 and 5,000 cards, each as a whole process.

    python bench/cards.py [--runs N] [--sizes 100,1000,5000]

Each size is a generated topic of custom cards (fronts of 2–8 words, backs of
4–24, like real cards; 5,000 of them stay under the 1 MiB limit on a content
file), built with `studyguide cards FILE --deck custom` on the default stock
(avery-5371, long-edge duplex). Reports the median time, the time per card, and
the peak resident memory of the process (from os.wait4's rusage).
Targets on the 2-core machine: 1,000 cards under 2 s; per card at 5,000 no more
than 1.2× per card at 1,000; peak memory at 5,000 under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    "purge", "terror", "party", "trial", "commissar", "kulak", "quota", "confession", "exile", "camp",
    "denunciation", "plenum", "Politburo", "Bolshevik", "Kremlin", "Leningrad", "Moscow", "secretary",
    "opposition", "faction", "tribunal", "sentence", "rehabilitation",
]  # fmt: skip


def topic(size: int) -> str:
    rng = random.Random(size)
    lines = ["title: Benchmark", "summary: Generated cards.", "key_figures:", "  - name: A", "    role: B", "cards:"]
    for number in range(size):
        front = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 8)))
        back = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 24)))
        lines += [f"  - front: {front} {number}?", f"    back: {back}."]
    return "\n".join(lines) + "\n"


def run(argv: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{argv} failed: {process.stderr.read().decode() if process.stderr else status}")
    return elapsed, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="100,1000,5000")
    args = parser.parse_args()
    command = shutil.which("studyguide")
    base = [command] if command else [sys.executable, "-m", "generator"]
    per_card: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in (int(s) for s in args.sizes.split(",")):
            source = Path(scratch) / f"cards-{size}.yaml"
            source.write_text(topic(size), encoding="utf-8")
            argv = [*base, "cards", str(source), "--deck", "custom", "--force", "-o", str(Path(scratch) / "out")]
            results = [run(argv) for _ in range(args.runs)]
            median = statistics.median(t for t, _ in results)
            peak = max(rss for _, rss in results) / 1024
            per_card[size] = median / size
            print(
                f"{size:>5} cards: median {median:.3f} s (min {min(t for t, _ in results):.3f}, "
                f"max {max(t for t, _ in results):.3f}, n={args.runs}), {1000 * median / size:.3f} ms a card, "
                f"peak RSS {peak:.0f} MiB"
            )
    if 1000 in per_card and 5000 in per_card:
        print(f"per card at 5,000 / per card at 1,000: {per_card[5000] / per_card[1000]:.2f} (target <= 1.2)")


if __name__ == "__main__":
    main()
