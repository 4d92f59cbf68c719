"""The largest topic studyguide accepts, built and timed: every list at its limit, within the file size limit.

    python bench/largest.py [--outputs handout,flashcards,worksheet]

Writes the topic to a temporary folder, builds it once to warm up (imports,
fonts, the bibliography cache), then again one PDF after another in this
process, and prints the CPU time (steady when the machine is shared) and the
time on the clock. The
limits in generator/content/limits.py were chosen so this stays under 10 s on
the development machine (2 cores); see docs/content-format.md, Limits.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import yaml

from generator.content.decoding import MAX_BYTES
from generator.content.limits import ENTRIES, FIELD_CHARACTERS, SUMMARY_CHARACTERS

WORDS = [
    "the",
    "party",
    "purge",
    "trial",
    "of",
    "Moscow",
    "in",
    "nineteen",
    "thirty",
    "seven",
    "was",
    "held",
    "before",
    "court",
    "and",
    "accused",
]


def _text(rng: random.Random, characters: int) -> str:
    words: list[str] = []
    total = 0
    while total < characters:
        words.append(rng.choice(WORDS) + ("." if len(words) % 15 == 14 else ""))
        total += len(words[-1]) + 1
    return " ".join(words)[:characters].strip() + "."


def dump(topic: dict) -> str:
    return yaml.safe_dump(topic, allow_unicode=True, width=100, sort_keys=False)


def largest(budget: int = MAX_BYTES) -> dict:
    """Every list at its limit and the summary at its own, the other fields as long as the file size then allows."""
    summary = _text(random.Random(1), SUMMARY_CHARACTERS - 1)
    small = len(dump(_lists(100)).encode("utf-8"))
    large = len(dump(_lists(200)).encode("utf-8"))
    per_entry = 100 + 100 * (budget - 20_000 - len(summary) - small) // (large - small)
    return {**_lists(min(per_entry, FIELD_CHARACTERS)), "summary": summary}


def _lists(per_entry: int) -> dict:
    """The topic without its summary, every list at its limit, its long fields `per_entry` characters."""
    rng = random.Random(12)
    topic = {
        "title": "The largest topic",
        "key_figures": [
            {
                "name": f"Person {i}",
                "lived": f"{1800 + i}/{1850 + i}",
                "role": _text(rng, 60),
                "significance": _text(rng, per_entry),
            }
            for i in range(ENTRIES["key_figures"])
        ],
        "chronology": [
            {"date": f"{1800 + i // 12}-{i % 12 + 1:02d}", "event": _text(rng, per_entry), "label": _text(rng, 30)}
            for i in range(ENTRIES["chronology"])
        ],
        "terms": [{"term": f"Term {i}", "definition": _text(rng, per_entry)} for i in range(ENTRIES["terms"])],
        "questions": [_text(rng, per_entry) for _ in range(ENTRIES["questions"])],
        "see_also": [_text(rng, 40) for _ in range(ENTRIES["see_also"])],
        "cards": [{"front": _text(rng, 80), "back": _text(rng, per_entry)} for _ in range(ENTRIES["cards"])],
        "further_reading": [
            {
                "id": f"item{i}",
                "title": _text(rng, 60),
                "author": [{"family": f"Author{i}", "given": "A."}],
                "issued": str(1900 + i % 120),
                "annote": _text(rng, per_entry),
            }
            for i in range(ENTRIES["further_reading"])
        ],
    }
    return topic


def main() -> None:
    from generator.building import pipeline
    from generator.courses import configure

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outputs", default="handout,flashcards,worksheet")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "largest.yaml"
        path.write_text(dump(largest()), encoding="utf-8")
        settings = configure.configure(None)
        pipeline.build(path, Path(folder) / "warm", settings, outputs=("handout",))  # imports, fonts, pandoc cache
        wall, cpu = time.perf_counter(), time.process_time()
        pipeline.build(path, Path(folder) / "out", settings, outputs=tuple(args.outputs.split(",")))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{path.stat().st_size:,} bytes, {args.outputs}: {cpu:.1f} s of CPU, {wall:.1f} s on the clock")


if __name__ == "__main__":
    main()
