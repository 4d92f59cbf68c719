"""A worksheet and its answer key, made from the same topic as the handout.

Four kinds of exercise: matching key figures to their roles, putting events in
date order, filling in terms from their definitions (with a word bank), and the
discussion questions with ruled lines. Shuffling is seeded and the seed is
printed as the version ("Version 3"), so several versions of one test can be
printed, each with its own key. Everything is prepared here; the template only
lays it out, and the same context makes the worksheet and (with `key`) its key.
"""

from __future__ import annotations

import random
import re
from typing import Any

from markupsafe import Markup

from generator.content import dates, markup
from generator.content.models import Topic
from generator.settings import Worksheet
from generator.vocabulary import EXERCISE_HEADINGS

INSTRUCTIONS = {
    "matching": "Write the letter of each person’s role on the line before their name.",
    "ordering": "Number the events from 1 (earliest) to {n} (latest).",
    "blanks": "Write the missing term from the word bank on each line.",
    "short_answer": "Answer in a few sentences.",
}
BLANK = "__________"


def _pick(items: list, count: int | None, rng: random.Random) -> list:
    """`count` items chosen at random but kept in their order (all of them when count is None)."""
    if count is None or count >= len(items):
        return list(items)
    chosen = sorted(rng.sample(range(len(items)), count))
    return [items[i] for i in chosen]


def _letters(n: int) -> list[str]:
    return [chr(ord("A") + i) if i < 26 else f"A{chr(ord('A') + i - 26)}" for i in range(n)]


def _matching(topic: Topic, count: int | None, rng: random.Random) -> dict[str, Any]:
    people = _pick(list(topic.key_figures), count, rng)
    roles = list(range(len(people)))
    rng.shuffle(roles)
    letters = _letters(len(people))
    letter_of = {person: letters[position] for position, person in enumerate(roles)}
    return {
        "people": [{"number": i + 1, "name": p.name, "answer": letter_of[i]} for i, p in enumerate(people)],
        "roles": [{"letter": letters[pos], "role": markup.inline(people[i].role)} for pos, i in enumerate(roles)],
    }


def _ordering(topic: Topic, count: int | None, rng: random.Random, style: dates.DateStyle) -> dict[str, Any]:
    entries = _pick(list(topic.chronology), count, rng)
    keys = sorted({dates.sort_key(e.date) for e in entries})
    rank = {key: position + 1 for position, key in enumerate(keys)}  # events on the same day share a number
    shuffled = list(entries)
    rng.shuffle(shuffled)
    return {
        "events": [
            {
                "event": markup.inline(e.event),
                "answer": rank[dates.sort_key(e.date)],
                "date": dates.display(e.date, style),
            }
            for e in shuffled
        ],
        "count": len(keys),
    }


def _blanked(term: str, definition: str) -> Markup:
    """The definition as text, with the term itself blanked out wherever it appears (it would give the answer)."""
    words = markup.plain(definition)
    hidden = re.sub(re.escape(term), BLANK, words, flags=re.IGNORECASE)
    return Markup(markup.text(hidden))


def _blanks(topic: Topic, count: int | None, rng: random.Random) -> dict[str, Any]:
    terms = _pick(list(topic.terms), count, rng)
    order = list(terms)
    rng.shuffle(order)
    bank = sorted((t.term for t in terms), key=str.casefold)
    return {
        "entries": [{"definition": _blanked(t.term, t.definition), "answer": t.term} for t in order],
        "bank": bank,
    }


def context(topic: Topic, settings: Worksheet, style: dates.DateStyle = "day-month-year") -> dict[str, Any]:
    """Exercises for one version; the same for the worksheet and its key."""
    rng = random.Random(settings.seed)
    counts = settings.counts
    makers = {
        "matching": lambda: _matching(topic, counts.get("matching"), rng) if topic.key_figures else None,
        "ordering": lambda: _ordering(topic, counts.get("ordering"), rng, style) if len(topic.chronology) > 1 else None,
        "blanks": lambda: _blanks(topic, counts.get("blanks"), rng) if topic.terms else None,
        "short_answer": lambda: (
            [markup.inline(q) for q in _pick(list(topic.questions), counts.get("short_answer"), rng)] or None
        ),
    }
    exercises = {}
    for name in settings.sections:
        data: Any = makers[name]()
        if data:
            instructions = INSTRUCTIONS[name].format(n=data["count"] if name == "ordering" else "")
            exercises[name] = {"heading": settings.headings.get(name, EXERCISE_HEADINGS[name]),
                               "instructions": instructions, "data": data}  # fmt: skip
    return {"version": settings.seed, "order": list(exercises), "exercises": exercises, "blank": BLANK,
            "worksheet_lines": settings.answer_lines}  # fmt: skip
