"""What the reference scripts share: the example's text read plainly, the generated cards, the bundled fonts.

The references set the same words as studyguide (the example topic's sections, the
benchmark's generated cards) with the same TrueType faces, but none of studyguide's
checks, settings, templates search path, timeline, bibliography formatting or card
fitting: they are the floor a pipeline of this shape costs.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "content" / "great-purge.yaml"
FONTS = ROOT / "generator" / "fonts"
WORDS = [
    "purge", "terror", "party", "trial", "commissar", "kulak", "quota", "confession", "exile", "camp",
    "denunciation", "plenum", "Politburo", "Bolshevik", "Kremlin", "Leningrad", "Moscow", "secretary",
    "opposition", "faction", "tribunal", "sentence", "rehabilitation",
]  # fmt: skip
FACES = {
    "Body": "NotoSerif-Regular.ttf",
    "Body-Bold": "NotoSerif-Bold.ttf",
    "Body-Italic": "NotoSerif-Italic.ttf",
    "Heading": "NotoSans-Regular.ttf",
    "Heading-Bold": "NotoSans-Bold.ttf",
}


def plain(text: object) -> str:
    """Markdown emphasis dropped and XML escaped: the references do no inline markup."""
    value = re.sub(r"[*_]{1,2}([^*_]+)[*_]{1,2}", r"\1", str(text))
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def example() -> dict:
    """The example topic as plain strings, sections in the handout's order."""
    topic = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    return {
        "title": plain(topic["title"]),
        "subtitle": plain(topic.get("subtitle", "")),
        "summary": [plain(p) for p in topic["summary"].split("\n\n") if p.strip()],
        "figures": [
            (plain(f["name"]), plain(f["role"]), plain(f.get("significance", ""))) for f in topic["key_figures"]
        ],
        "events": [(plain(e["date"]), plain(e["event"]), plain(e.get("detail", ""))) for e in topic["chronology"]],
        "terms": [(plain(t["term"]), plain(t["definition"])) for t in topic["terms"]],
        "questions": [plain(q) for q in topic["questions"]],
        "reading": [
            plain(item.get("title", "")) + ". " + plain(item.get("annote", "")) for item in topic["further_reading"]
        ],
    }


def cards(count: int) -> list[tuple[str, str]]:
    """The same generated cards as bench/cards.py (the same seed, so the same words)."""
    rng = random.Random(count)
    made = []
    for number in range(count):
        front = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 8)))
        back = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 24)))
        made.append((f"{front} {number}?", f"{back}."))
    return made
