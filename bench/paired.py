"""studyguide against the reference scripts, measured in one run as interleaved pairs of whole processes.

    python bench/paired.py [--pairs 7] [--only handout,cards,check,scale,course]

Each workload runs studyguide and the reference scripts (bench/reference/: a bare
jinja2 → RML → z3c.rml script, and plain ReportLab platypus) in turn, `--pairs`
times, and reports the median CPU time (user + system, from os.wait4) of each and
the median of the per-pair ratios. Interleaving keeps a busy or throttled machine
from favouring one side. Targets (issue 18), on the 2-core machine:
- handout (bibliography cached) ≤ 1.0× the bare RML script's handout;
- `check` of the example under 0.3 s;
- 1,000 cards ≤ 1.0× the bare RML script's 1,000 cards; per card at 5,000 ≤ 1.2× per card
  at 1,000; peak memory at 5,000 under 250 MB;
- a 30-topic course (4 PDFs each, distinct bibliographies, cache warm) under 5 s wall
  on 2 cores; a rebuild with nothing changed under 0.5 s.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cards import topic as card_topic

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "content" / "great-purge.yaml"
REFERENCE = Path(__file__).resolve().parent / "reference"
Run = tuple[float, float, int]
"""CPU seconds, wall seconds, peak RSS in KiB."""


def run(argv: list[str], cwd: Path | None = None) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {process.stderr.read().decode() if process.stderr else status}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss


def studyguide() -> list[str]:
    command = shutil.which("studyguide")
    return [command] if command else [sys.executable, "-m", "generator"]


def paired(name: str, sides: dict[str, list[str]], pairs: int) -> dict[str, list[Run]]:
    """Run every side once per round, `pairs` rounds, and print medians and ratios to the first side."""
    results: dict[str, list[Run]] = {side: [] for side in sides}
    for _ in range(pairs):
        for side, argv in sides.items():
            results[side].append(run(argv))
    first = next(iter(sides))
    print(f"{name}:")
    for side, runs in results.items():
        cpu = statistics.median(r[0] for r in runs)
        peak = max(r[2] for r in runs) / 1024
        line = f"  {side:<22} CPU median {cpu:.3f} s (min {min(r[0] for r in runs):.3f}), peak {peak:.0f} MiB"
        if side != first:
            ratios = [a[0] / b[0] for a, b in zip(results[first], runs, strict=True)]
            line += f"; {first} / {side}: {statistics.median(ratios):.2f}×"
        print(line)
    return results


def handout(pairs: int, out: Path) -> None:
    argv = [*studyguide(), "build", str(EXAMPLE), "--only", "handout", "--force", "-o", str(out)]
    run(argv)  # fills the bibliography cache
    paired(
        "handout (bibliography cached)",
        {
            "studyguide": argv,
            "bare RML script": [sys.executable, str(REFERENCE / "bare_rml.py"), "handout", str(out / "bare.pdf")],
            "plain platypus": [sys.executable, str(REFERENCE / "platypus.py"), "handout", str(out / "plain.pdf")],
        },
        pairs,
    )


def check(pairs: int, out: Path) -> None:
    runs = [run([*studyguide(), "check", str(EXAMPLE)]) for _ in range(pairs)]
    cpu = statistics.median(r[0] for r in runs)
    print(f"check: CPU median {cpu:.3f} s, wall median {statistics.median(r[1] for r in runs):.3f} s (target < 0.3 s)")


def unlimited() -> list[str]:
    """studyguide with the 500-card and 256 KB limits lifted (bench/unlimited.py): 1,000 and 5,000 cards."""
    return [sys.executable, str(Path(__file__).resolve().parent / "unlimited.py")]


def _cards_file(out: Path, size: int) -> Path:
    path = out / f"cards-{size}.yaml"
    path.write_text(card_topic(size), encoding="utf-8")
    return path


def cards(pairs: int, out: Path) -> None:
    source = _cards_file(out, 1000)
    paired(
        "1,000 cards",
        {
            "studyguide": [*unlimited(), "cards", str(source), "--deck", "custom", "--force", "-o", str(out)],
            "bare RML script": [sys.executable, str(REFERENCE / "bare_rml.py"), "cards", "1000", str(out / "b.pdf")],
            "plain platypus": [sys.executable, str(REFERENCE / "platypus.py"), "cards", "1000", str(out / "p.pdf")],
        },
        pairs,
    )


def scale(pairs: int, out: Path) -> None:
    per_card = {}
    for size in (1000, 5000):
        source = _cards_file(out, size)
        runs = [
            run([*unlimited(), "cards", str(source), "--deck", "custom", "--force", "-o", str(out)])
            for _ in range(pairs)
        ]
        per_card[size] = statistics.median(r[0] for r in runs) / size
        print(f"{size} cards: CPU {per_card[size] * size:.3f} s, peak {max(r[2] for r in runs) / 1024:.0f} MiB")
    print(f"per card at 5,000 / per card at 1,000: {per_card[5000] / per_card[1000]:.2f} (target ≤ 1.2)")


def course(pairs: int, out: Path) -> None:
    folder = out / "course"
    folder.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    for number in range(30):  # distinct bibliographies: each topic's first title differs
        (folder / f"topic-{number:02}.yaml").write_text(
            text.replace('title: "The Great Terror: A reassessment"', f'title: "The Great Terror, part {number}"'),
            encoding="utf-8",
        )
    argv = [*studyguide(), "build", str(folder), "-o", str(out / "built")]
    run([*argv, "--force"])  # fills the bibliography cache
    full = [run([*argv, "--force"]) for _ in range(max(3, pairs // 2))]
    unchanged = [run(argv) for _ in range(pairs)]
    print(f"30-topic course: wall median {statistics.median(r[1] for r in full):.2f} s (target < 5 s), "
          f"unchanged rebuild {statistics.median(r[1] for r in unchanged):.2f} s (target < 0.5 s)")  # fmt: skip


WORKLOADS: dict[str, Callable[[int, Path], None]] = {
    "handout": handout, "check": check, "cards": cards, "scale": scale, "course": course,
}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--only", default=",".join(WORKLOADS))
    args = parser.parse_args()
    # An installed studyguide runs from bytecode that pip compiled; a checkout run with PYTHONDONTWRITEBYTECODE
    # (as on the development machine) would compile every module again in every process, some 0.1 s.
    compileall.compile_dir(ROOT / "generator", quiet=1)
    for name in args.only.split(","):
        with tempfile.TemporaryDirectory() as scratch:
            WORKLOADS[name](args.pairs, Path(scratch))


if __name__ == "__main__":
    main()
