"""Flashcards for phones: an Anki package (.apkg, with genanki) and a Quizlet import file.

Both carry the same cards as the printed deck. Anki notes get IDs from the
course, the topic and what each card is about (`Card.identity`, e.g. the term),
not from their text: genanki's default ID hashes the fields, so an edited
definition would come back as a new note (and identical fields in two decks
would collide). With stable IDs, re-importing an edited topic updates the notes.
The same ID, shortened, can be printed in the card's footer to match a paper card
to its note.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path

from generator.content.markup import unmarked
from generator.outputs.decks import Card, Side
from generator.settings import Theme

MODEL_ID = 1_652_907_311
"""Fixed for ever: Anki recognises the note type by it."""
ROLE_HTML = {"lead": ("<b>", "</b>"), "role": ("<i>", "</i>")}
LINK_COLOUR = re.compile(r"""(<a href=("[^"]*"|'[^']*')) color=("[^"]*"|'[^']*')""")
"""The colour RML links carry (`<a href=... color=...>`): HTML has no such attribute, Anki's style colours links."""
SEPARATOR = " · "
"""Between the parts of a side on one Quizlet line (a role, a lifespan, each paragraph)."""


def short_id(where: tuple[str, str], card: Card) -> str:
    """Six hex digits naming the card in its course and topic; printed on paper, kept in the Anki note."""
    return hashlib.sha1("\x1f".join((*where, card.identity)).encode()).hexdigest()[:6]


def _html(side: Side) -> str:
    """The side as HTML, a <div> a block (a paragraph stays a paragraph).

    Card text is RML inline markup (<b>, <i>, <a>, <br/>, entities), which is HTML
    too once links lose their RML colour.
    """
    parts = []
    for block in side.blocks:
        start, end = ROLE_HTML.get(block.role, ("", ""))
        text = LINK_COLOUR.sub(r"\1", str(block.markup))
        parts.append(f'<div class="{block.role}">{start}{text}{end}</div>')
    return "".join(parts)


def _tag(text: str) -> str:
    return re.sub(r"\s+", "_", text.strip()) or "untitled"


def css(theme: Theme) -> str:
    """The cards' style sheet, from the theme's `anki` part."""
    look = theme.anki
    return (
        f".card {{ font-family: {look.font_family}; font-size: {look.size:g}px; text-align: center; }} "
        f".meta {{ color: {theme.paint(look.meta_color)}; }} .body + .body {{ margin-top: 0.6em; }} "
        f".id {{ color: {theme.paint(look.id_color)}; font-size: {look.id_size:g}px; }}"
    )


def anki(title: str, cards: list[Card], where: tuple[str, str], theme: Theme, course: str | None = None) -> bytes:
    """An .apkg: one deck per topic (under one per course), a subdeck per card deck, notes tagged with course,
    topic and deck, styled as the `theme` says. Anki files notes into decks by name, so the course's deck keeps
    the same topic taught in two courses apart."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        "studyguide card",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "ID"}],
        templates=[{
            "name": "Card",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}<div class="id">{{ID}}</div>',
        }],
        css=css(theme),
    )  # fmt: skip
    decks: dict[str, genanki.Deck] = {}
    for card in cards:
        name = f"{course}::{title}::{card.deck}" if course else f"{title}::{card.deck}"
        if name not in decks:
            decks[name] = genanki.Deck(int(hashlib.sha1(f"{where[0]}\x1f{name}".encode()).hexdigest()[:8], 16), name)
        tags = [_tag(part) for part in (where[0], where[1], card.deck) if part]
        guid = genanki.guid_for(*where, card.identity)
        fields = [_html(card.front), _html(card.back), short_id(where, card)]
        decks[name].add_note(genanki.Note(model=model, fields=fields, tags=tags, guid=guid))
    with tempfile.TemporaryDirectory() as scratch:
        package = Path(scratch) / "deck.apkg"
        genanki.Package(list(decks.values())).write_to_file(package)
        return package.read_bytes()


def quizlet(cards: list[Card]) -> bytes:
    """Tab-separated term/definition lines, the form Quizlet's import takes as it is."""
    lines = [f"{_flat(card.front)}\t{_flat(card.back)}" for card in cards]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _flat(side: Side) -> str:
    """One line of plain text: Quizlet reads a tab as the end of the term and a newline as the end of the card.

    Its import does not read quoted fields, so a line break inside a card is
    impossible; the side's parts (a role, a lifespan, each paragraph) are joined
    by SEPARATOR instead, and a link keeps its address after its words.
    """
    return SEPARATOR.join(" ".join(_words(block.markup).split()) for block in side.blocks)


def _words(rml: str) -> str:
    """Inline RML as plain text, with `words (address)` for a link whose words are not its address."""

    def link(match: re.Match[str]) -> str:
        address, words = unmarked(match[1][1:-1]), unmarked(match[2])
        return words if words == address else f"{words} ({address})"

    return unmarked(re.sub(r"""<a href=("[^"]*"|'[^']*')[^>]*>(.*?)</a>""", link, rml))
