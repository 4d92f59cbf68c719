"""A worksheet and its answer key, made from the same topic as the handout.

Four kinds of exercise: matching key figures to their roles, putting events in
date order, filling in terms from their definitions (with a word bank), and the
discussion questions with ruled lines. Shuffling is seeded and the seed is
printed as the version ("Version 3"), so several versions of one test can be
printed, each with its own key. Everything is prepared here; the template only
lays it out, and the same context makes the worksheet and (with `key`) its key.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from markupsafe import Markup

from generator import messages
from generator.content import dates, markup
from generator.content.collation import alphabetical
from generator.content.models import Topic
from generator.settings import Worksheet
from generator.vocabulary import EXERCISE_HEADINGS

INSTRUCTIONS = {
    "matching": "Write the letter of each person’s role on the line before their name.",
    "ordering": "Number the events from 1 (earliest) to {n} (latest).",
    "blanks": "Write the missing term from the word bank on each line.",
    "short_answer": "Answer in a few sentences.",
}
BLANK = "_"
"""The blank is drawn in underscores, as many as the longest answer needs (`blank_for`)."""
NBSP = "\u00a0"
TRIES = 24
"""Random choices of orderable events tried, the largest kept."""


def _pick(items: list, count: int | None, rng: random.Random) -> list:
    """`count` items chosen at random but kept in their order (all of them when count is None)."""
    if count is None or count >= len(items):
        return list(items)
    chosen = sorted(rng.sample(range(len(items)), count))
    return [items[i] for i in chosen]


def _letters(n: int) -> list[str]:
    return [chr(ord("A") + i) if i < 26 else f"A{chr(ord('A') + i - 26)}" for i in range(n)]


def _matching(topic: Topic, count: int | None, rng: random.Random, prose: markup.Prose) -> dict[str, Any]:
    people = _pick(list(topic.key_figures), count, rng)
    roles = list(range(len(people)))
    rng.shuffle(roles)
    letters = _letters(len(people))
    letter_of = {person: letters[position] for position, person in enumerate(roles)}
    return {
        "people": [{"number": i + 1, "name": p.name, "answer": letter_of[i]} for i, p in enumerate(people)],
        "roles": [
            {"letter": letters[pos], "role": markup.inline(people[i].role, prose=prose)} for pos, i in enumerate(roles)
        ],
    }


def _orderable(entries: list, count: int | None, rng: random.Random) -> list:
    """Up to `count` entries of which every pair can be put in order from the dates alone.

    Two events can be ordered when one's latest possible day is before the other's
    earliest: "March 1793" and "10 March 1793" cannot (the day may be before or
    after), nor "1937" and "c. 1937", nor two events on one day. Entries are tried
    in random orders (by the seed), each time keeping every entry that overlaps none
    kept so far; the largest choice wins.
    """
    spans = {id(entry): dates.sort_key(entry.date) for entry in entries}
    best: list = []
    for _ in range(TRIES):
        order = list(entries)
        rng.shuffle(order)
        kept: list = []
        for entry in order:
            first, last = spans[id(entry)]
            if all(last < spans[id(k)][0] or spans[id(k)][1] < first for k in kept):
                kept.append(entry)
            if count is not None and len(kept) == count:
                break
        if len(kept) > len(best):
            best = kept
    return best


def _ordering(
    topic: Topic, count: int | None, rng: random.Random, when: Callable[..., str], prose: markup.Prose
) -> dict[str, Any] | None:
    entries = _orderable(list(topic.chronology), count, rng)
    if len(entries) < 2:
        return None
    era = any(dates.is_bce(e.date) for e in entries)
    in_time = sorted(entries, key=lambda e: dates.sort_key(e.date))
    rank = {id(e): position + 1 for position, e in enumerate(in_time)}
    shuffled = list(entries)
    rng.shuffle(shuffled)
    return {
        "events": [
            {"event": markup.inline(e.event, prose=prose), "answer": rank[id(e)], "date": when(e.date, era=era)}
            for e in shuffled
        ],
        "count": len(entries),
    }


def _blanked(term: str, definition: str, prose: markup.Prose) -> Markup:
    """The definition as text, with the term itself blanked out wherever it appears (it would give the answer)."""
    words = markup.plain(definition, prose)
    hidden = re.sub(re.escape(term), BLANK * 10, words, flags=re.IGNORECASE)
    return Markup(markup.text(hidden))


def _blanks(topic: Topic, count: int | None, rng: random.Random, prose: markup.Prose) -> dict[str, Any]:
    terms = _pick(list(topic.terms), count, rng)
    order = list(terms)
    rng.shuffle(order)
    bank = [term.replace(" ", NBSP) for term in sorted((t.term for t in terms), key=alphabetical)]  # never broken
    return {
        "entries": [{"definition": _blanked(t.term, t.definition, prose), "answer": t.term} for t in order],
        "bank": bank,
    }


def context(
    topic: Topic,
    settings: Worksheet,
    style: dates.DateStyle = "day-month-year",
    width: Callable[[str], float] = len,
    language: str = "en",
) -> dict[str, Any]:
    """Exercises for one version; the same for the worksheet and its key.

    `width` measures text as the items are set, so the blank in the fill-in
    exercise is as long as its longest answer (and the key's answers fit the same
    place); the instructions are in `language`."""
    rng = random.Random(settings.seed)
    counts = settings.counts
    when = partial(dates.display, style=style, language=language)
    prose = markup.prose(language)
    makers = {
        "matching": lambda: _matching(topic, counts.get("matching"), rng, prose) if topic.key_figures else None,
        "ordering": lambda: (
            _ordering(topic, counts.get("ordering"), rng, when, prose) if len(topic.chronology) > 1 else None
        ),
        "blanks": lambda: _blanks(topic, counts.get("blanks"), rng, prose) if topic.terms else None,
        "short_answer": lambda: (
            [markup.inline(q, prose=prose) for q in _pick(list(topic.questions), counts.get("short_answer"), rng)]
            or None
        ),
    }
    exercises = {}
    for name in settings.sections:
        data: Any = makers[name]()
        if data:
            instructions = messages.gettext(language, INSTRUCTIONS[name]).format(
                n=data["count"] if name == "ordering" else ""
            )
            exercises[name] = {"heading": settings.headings.get(name, EXERCISE_HEADINGS[name]),
                               "instructions": instructions, "data": data}  # fmt: skip
    answers = [entry["answer"] for entry in exercises["blanks"]["data"]["entries"]] if "blanks" in exercises else []
    blank = BLANK * math.ceil(max((width(a) for a in answers), default=width(BLANK * 10)) / width(BLANK) + 2)
    return {"version": settings.seed, "order": list(exercises), "exercises": exercises, "blank": blank,
            "blank_width": width(blank), "worksheet_lines": settings.answer_lines}  # fmt: skip
