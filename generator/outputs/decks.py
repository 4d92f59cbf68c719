"""Decks of flashcards made from a topic: what goes on each side, and where it came from.

Each side is a short list of blocks in named roles (`lead`, `prompt`, `role`,
`meta`, `body`); the card style gives each role its font and size, and the
template its colour. Every side remembers the field and file position it was
made from, so a card whose text does not fit can be traced back to the line to
shorten.
"""

from __future__ import annotations

import difflib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator import messages
from generator.content import dates, markup
from generator.content.collation import alphabetical
from generator.content.models import ChronologyEntry, Topic
from generator.errors import Location, UserError, UserErrors, field_path
from generator.vocabulary import DateStyle

BUILTIN = ("figures", "events", "dates", "terms")
"""The decks made from the topic's own sections, in their default order; custom decks follow."""
ASKED_FOR_ONLY = ("dates",)
"""Decks left out unless named: `dates` is `events` with each card turned over, so printing both by default
would double the stack with the same facts."""
Locate = Callable[[tuple[str | int, ...]], Location]
Written = Callable[..., str]
"""A date in words: (text, era, person); with era, CE dates say CE (a BCE date is in the same deck); a person's
dates are a lifespan ('d. 1492' when only the death is known); in the class's language and date style."""
TITLES = {"figures": "Figures", "events": "Events", "dates": "Dates", "terms": "Terms", "Custom": "Custom"}
"""The decks' titles on the cards and in exports, as messages (a custom deck's own name is the teacher's)."""


@dataclass(frozen=True)
class Block:
    role: str
    markup: Markup
    lang: str | None = None
    """The language of a block in another than the class's (a native name; "" when unknown), for /Lang."""


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


def _paragraphs(role: str, source: str | None, prose: markup.Prose) -> tuple[tuple[str, str], ...]:
    """A Markdown field's paragraphs (split at blank lines) as blocks of one role, so a card keeps its breaks."""
    return tuple(
        (role, markup.inline(part, prose=prose))
        for part in re.split(r"\n[ \t]*\n", (source or "").strip())
        if part.strip()
    )


def _side(locate: Locate, path: tuple[str | int, ...], *blocks: tuple[str, str | None, *tuple[str, ...]]) -> Side:
    """A side of `blocks`: (role, text) or (role, text, language) each; those with no text are left out."""
    kept = tuple(Block(role, Markup(text), *rest) for role, text, *rest in blocks if text)
    return Side(kept, field_path(path), locate(path))


def _figures(topic: Topic, locate: Locate, when: Written, prose: markup.Prose) -> list[tuple[Side, Side, str]]:
    cards = []
    era = any(dates.is_bce(figure.lived) for figure in topic.key_figures if figure.lived)
    for i, figure in enumerate(topic.key_figures):
        front = _side(locate, ("key_figures", i, "name"), ("lead", markup.text(figure.name)),
                      ("meta", markup.text(figure.native_name or ""), figure.native_language or ""))  # fmt: skip
        back_field = "significance" if figure.significance else "role"
        back = _side(
            locate,
            ("key_figures", i, back_field),
            ("role", markup.inline(figure.role, prose=prose)),
            ("meta", markup.text(when(figure.lived, era, True)) if figure.lived else None),
            *_paragraphs("body", figure.significance, prose),
        )
        cards.append((front, back, f"figures:{figure.name}"))
    return cards


def _chronology(topic: Topic) -> list[tuple[int, ChronologyEntry, str]]:
    """Entries in date order, with an identity that survives rewording: the date and its place among that date's."""
    seen: dict[str, int] = {}
    entries: list[tuple[int, ChronologyEntry, str]] = []
    for index, entry in enumerate(topic.chronology):
        seen[entry.date] = seen.get(entry.date, 0) + 1
        entries.append((index, entry, f"{entry.date}#{seen[entry.date]}"))
    return sorted(entries, key=lambda item: dates.sort_key(item[1].date))


def _events(topic: Topic, locate: Locate, when: Written, prose: markup.Prose) -> list[tuple[Side, Side, str]]:
    cards = []
    era = _bce_in_view(topic)
    for i, entry, identity in _chronology(topic):
        front = _side(locate, ("chronology", i, "event"), ("prompt", markup.inline(entry.event, prose=prose)))
        back = _side(
            locate,
            ("chronology", i, "detail" if entry.detail else "date"),
            ("lead", markup.text(when(entry.date, era))),
            *_paragraphs("body", entry.detail, prose),
        )
        cards.append((front, back, f"events:{identity}"))
    return cards


def _bce_in_view(topic: Topic) -> bool:
    """A card reading "105" after one reading "c. 3500 BCE" needs its "CE", as the handout's chronology has it."""
    return any(dates.is_bce(entry.date) for entry in topic.chronology)


def _dates(topic: Topic, locate: Locate, when: Written, prose: markup.Prose) -> list[tuple[Side, Side, str]]:
    era = _bce_in_view(topic)
    return [
        (
            _side(locate, ("chronology", i, "date"), ("lead", markup.text(when(entry.date, era)))),
            _side(locate, ("chronology", i, "event"), ("prompt", markup.inline(entry.event, prose=prose))),
            f"dates:{identity}",
        )
        for i, entry, identity in _chronology(topic)
    ]


def _terms(topic: Topic, locate: Locate, when: Written, prose: markup.Prose) -> list[tuple[Side, Side, str]]:
    ordered = sorted(enumerate(topic.terms), key=lambda pair: alphabetical(pair[1].term))  # as the handout's list
    return [
        (
            _side(locate, ("terms", i, "term"), ("lead", markup.text(term.term))),
            _side(locate, ("terms", i, "definition"), *_paragraphs("body", term.definition, prose)),
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
            close = difflib.get_close_matches(key, list(by_key), n=1, cutoff=0.6)
            hint = f"did you mean {by_key[close[0]]!r}? " if close else ""
            raise UserError(
                f"unknown deck {request!r}; {hint}this topic has: {', '.join(names)} (or custom for all of yours)"
            )
        chosen.extend(name for name in matches if name not in chosen)
    return chosen


def _deck(
    topic: Topic, locate: Locate, name: str, when: DateStyle, language: str = "en"
) -> tuple[str, list[tuple[Side, Side, str]]]:
    """One deck's title (in `language`) and its cards' (front, back, identity)."""
    title = messages.gettext(language, TITLES[name]) if name in TITLES else name
    prose = markup.prose(language)
    if name in MAKERS:

        def written(text: str, era: bool, person: bool = False) -> str:
            return (dates.lifespan if person else dates.display)(text, when, era, language)

        return title, MAKERS[name](topic, locate, written, prose)
    return title, [
        (
            _side(locate, ("cards", i, "front"), *_paragraphs("prompt", card.front, prose)),
            _side(locate, ("cards", i, "back"), *_paragraphs("body", card.back, prose)),
            f"{name}:{card.id or card.front}",
        )
        for i, card in enumerate(topic.cards)
        if card.deck == name
    ]


def duplicates(topic: Topic, locate: Locate, names: Sequence[str] | None = None) -> list[UserError]:
    """Cards that repeat another's front or identity within a deck, each at its own line.

    Two such cards would ask the same question twice, and share one Anki note
    ID, so importing the deck would keep only one of them. `dates` is left out:
    several events on one day are ordinary there, and its identities stay apart.
    """
    chosen = [name for name in available(topic) if name not in ASKED_FOR_ONLY] if names is None else names
    return [error for name in chosen for error in _repeated(name, *_deck(topic, locate, name, "day-month-year"))]


def _repeated(name: str, title: str, sides: list[tuple[Side, Side, str]]) -> list[UserError]:
    """The cards of one deck that repeat an earlier card's front or identity (see `duplicates`)."""
    errors = []
    seen: dict[str, Side] = {}
    for front, _, identity in sides:
        keys = (identity.casefold(), "\x1f" + " ".join(front.plain.split()).casefold())
        first = next((seen[key] for key in keys if key in seen), None)
        if first is not None:
            hint = "its own front or `id`" if name not in MAKERS else "its own front"
            errors.append(UserError(
                f"the {title} deck already has this card (line {first.location.line}): “{front.plain}”; "
                f"give each card {hint}, or remove one",
                front.location,
                front.field,
            ))  # fmt: skip
        seen.update({key: front for key in keys if key not in seen})
    return errors


def build(
    topic: Topic,
    locate: Locate,
    wanted: Sequence[str] | None = None,
    shuffle_seed: int | None = None,
    when: DateStyle = "day-month-year",
    language: str = "en",
) -> list[Card]:
    """The cards of the chosen decks, numbered within each deck, then shuffled when a seed is given.

    Cards that repeat another's front within a deck are refused (see `duplicates`).
    """
    chosen = {name: _deck(topic, locate, name, when, language) for name in _select(topic, wanted)}
    checked = [name for name in chosen if name not in ASKED_FOR_ONLY]
    repeated = [error for name in checked for error in _repeated(name, *chosen[name])]
    if repeated:
        raise UserErrors(repeated)
    cards: list[Card] = []
    for title, sides in chosen.values():
        cards.extend(Card(title, n, len(sides), *side) for n, side in enumerate(sides, 1))
    if not cards:
        raise UserError("the chosen decks have no cards; add chronology, terms or `cards:` to the topic")
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(cards)
    return cards
