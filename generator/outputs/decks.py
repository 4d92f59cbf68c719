"""Decks of flashcards made from a topic: what goes on each side, and where it came from.

Each side is a short list of blocks in named roles (`lead`, `prompt`, `role`,
`meta`, `body`); the card style gives each role its font and size, and the
template its colour. Every side remembers the field and file position it was
made from, so a card whose text does not fit can be traced back to the line to
shorten.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.content import dates, markup
from generator.content.models import Topic
from generator.errors import Location, UserError, field_path
from generator.vocabulary import DateStyle

BUILTIN = ("figures", "events", "dates", "terms")
"""The decks made from the topic's own sections, in their default order; custom decks follow."""
ASKED_FOR_ONLY = ("dates",)
"""Decks left out unless named: `dates` is `events` with each card turned over, so printing both by default
would double the stack with the same facts."""
Locate = Callable[[tuple[str | int, ...]], Location]


@dataclass(frozen=True)
class Block:
    role: str
    markup: Markup


@dataclass(frozen=True)
class Side:
    blocks: tuple[Block, ...]
    field: str
    location: Location

    @property
    def plain(self) -> str:
        """The side's words without markup, for messages."""
        return " ".join(markup.unmarked(block.markup) for block in self.blocks)


@dataclass(frozen=True)
class Card:
    deck: str
    number: int
    total: int
    front: Side
    back: Side
    identity: str
    """What the card is about, independent of its wording (`terms:NKVD`): exported notes keep their ID by it."""


def _side(locate: Locate, path: tuple[str | int, ...], *blocks: tuple[str, str | None]) -> Side:
    kept = tuple(Block(role, Markup(text)) for role, text in blocks if text)
    return Side(kept, field_path(path), locate(path))


def _figures(topic: Topic, locate: Locate, when: DateStyle) -> list[tuple[Side, Side, str]]:
    cards = []
    for i, figure in enumerate(topic.key_figures):
        front = _side(locate, ("key_figures", i, "name"), ("lead", markup.text(figure.name)),
                      ("meta", markup.text(figure.native_name or "")))  # fmt: skip
        back_field = "significance" if figure.significance else "role"
        back = _side(
            locate,
            ("key_figures", i, back_field),
            ("role", markup.inline(figure.role)),
            ("meta", markup.text(dates.display(figure.lived, when)) if figure.lived else None),
            ("body", markup.inline(figure.significance)),
        )
        cards.append((front, back, f"figures:{figure.name}"))
    return cards


def _chronology(topic: Topic) -> list[tuple[int, object, str]]:
    """Entries in date order, with an identity that survives rewording: the date and its place among that date's."""
    seen: dict[str, int] = {}
    entries = []
    for index, entry in enumerate(topic.chronology):
        seen[entry.date] = seen.get(entry.date, 0) + 1
        entries.append((index, entry, f"{entry.date}#{seen[entry.date]}"))
    return sorted(entries, key=lambda item: dates.sort_key(item[1].date))


def _events(topic: Topic, locate: Locate, when: DateStyle) -> list[tuple[Side, Side, str]]:
    cards = []
    for i, entry, identity in _chronology(topic):
        front = _side(locate, ("chronology", i, "event"), ("prompt", markup.inline(entry.event)))
        back = _side(
            locate,
            ("chronology", i, "detail" if entry.detail else "date"),
            ("lead", markup.text(dates.display(entry.date, when))),
            ("body", markup.inline(entry.detail)),
        )
        cards.append((front, back, f"events:{identity}"))
    return cards


def _dates(topic: Topic, locate: Locate, when: DateStyle) -> list[tuple[Side, Side, str]]:
    return [
        (
            _side(locate, ("chronology", i, "date"), ("lead", markup.text(dates.display(entry.date, when)))),
            _side(locate, ("chronology", i, "event"), ("prompt", markup.inline(entry.event))),
            f"dates:{identity}",
        )
        for i, entry, identity in _chronology(topic)
    ]


def _terms(topic: Topic, locate: Locate, when: DateStyle) -> list[tuple[Side, Side, str]]:
    ordered = sorted(enumerate(topic.terms), key=lambda pair: pair[1].term.casefold())
    return [
        (
            _side(locate, ("terms", i, "term"), ("lead", markup.text(term.term))),
            _side(locate, ("terms", i, "definition"), ("body", markup.inline(term.definition))),
            f"terms:{term.term}",
        )
        for i, term in ordered
    ]


MAKERS = {"figures": _figures, "events": _events, "dates": _dates, "terms": _terms}


def available(topic: Topic) -> list[str]:
    """Every deck this topic can make: the built-in ones, then custom decks in order of appearance."""
    custom = list(dict.fromkeys(card.deck for card in topic.cards))
    return [*BUILTIN, *custom]


def _select(topic: Topic, wanted: Sequence[str] | None) -> list[str]:
    names = available(topic)
    if not wanted:
        return [name for name in names if name not in ASKED_FOR_ONLY]
    by_key = {name.casefold(): name for name in names}
    chosen: list[str] = []
    for request in wanted:
        key = request.strip().casefold()
        if key == "custom":
            matches = names[len(BUILTIN) :]
        elif key in by_key:
            matches = [by_key[key]]
        else:
            raise UserError(
                f"unknown deck {request!r}; this topic has: {', '.join(names)} (or custom for all of yours)"
            )
        chosen.extend(name for name in matches if name not in chosen)
    return chosen


def build(
    topic: Topic,
    locate: Locate,
    wanted: Sequence[str] | None = None,
    shuffle_seed: int | None = None,
    when: DateStyle = "day-month-year",
) -> list[Card]:
    """The cards of the chosen decks, numbered within each deck, then shuffled when a seed is given."""
    cards: list[Card] = []
    for name in _select(topic, wanted):
        if name in MAKERS:
            sides = MAKERS[name](topic, locate, when)
            title = name.capitalize()
        else:
            sides = [
                (
                    _side(locate, ("cards", i, "front"), ("prompt", markup.inline(card.front))),
                    _side(locate, ("cards", i, "back"), ("body", markup.inline(card.back))),
                    f"{name}:{card.id or card.front}",
                )
                for i, card in enumerate(topic.cards)
                if card.deck == name
            ]
            title = name
        cards.extend(Card(title, n, len(sides), *side) for n, side in enumerate(sides, 1))
    if not cards:
        raise UserError("the chosen decks have no cards; add chronology, terms or `cards:` to the topic")
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(cards)
    return cards
