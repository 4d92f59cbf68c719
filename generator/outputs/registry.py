"""Every output studyguide makes, as one entry each: its template, its context, its files, what it depends on.

The pipeline builds an output by reading its entry (render each context with the
template and typeset it, or write the bytes it makes); the stamps hash the
settings the entry names; `--only`, course.yaml `outputs:` and the JSON Schema
take the names of the entries (vocabulary.OutputName, checked against this
table by a test); `templates list` says which output each template makes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from generator.content.source import Source
from generator.outputs import calibration, context, decks, export, flashcards, stock
from generator.settings import Settings
from generator.typesetting.fonts import parsed

Contexts = Callable[[Source, Settings, Path | None], list[dict[str, Any]]]
"""(topic, settings, bibliography cache folder) → one template context per file."""
Data = Callable[[Source, Settings], list[bytes]]
"""(topic, settings) → the bytes of each file, for outputs that are not typeset."""


@dataclass(frozen=True)
class Output:
    name: str
    files: tuple[str, ...]
    """What it writes into the topic's folder, in the order its contexts (or data) come."""
    settings: tuple[str, ...]
    """The settings (top-level keys) it is made from: a change to another does not rebuild it."""
    template: str | None = None
    contexts: Contexts | None = None
    data: Data | None = None
    page: Callable[[Settings], dict[str, Any]] | None = None
    """A page made from the settings alone, not from a topic (the calibration page): not in --only or `outputs:`."""
    versioned: bool = False
    """Each worksheet seed is a version with files of its own: seed 2 writes worksheet-v2.pdf, worksheet-v2-key.pdf."""

    def file_names(self, settings: Settings) -> tuple[str, ...]:
        """The files it writes with these settings (version 1 keeps the plain names)."""
        seed = settings.worksheet.seed
        if not self.versioned or seed == 1:
            return self.files
        return tuple(name.replace(self.name, f"{self.name}-v{seed}", 1) for name in self.files)


def card_scope(source: Source, settings: Settings) -> tuple[str, str]:
    """What a card's ID is unique within (for Anki notes and printed card IDs): the course and the topic.

    The course is its code (or title); a topic without a course is told apart
    from a same-named file elsewhere by its folder. The topic is its `id` when
    it has one (then moving or renaming the file keeps the notes), else its file
    name; never its title, so editing the title keeps the notes too.
    """
    course = settings.course.code or settings.course.title
    if source.topic.id:
        return course or "", source.topic.id
    return course or source.loaded.path.resolve().parent.name, source.name


def _deck(source: Source, settings: Settings, shuffle: bool) -> list[decks.Card]:
    seed = settings.cards.shuffle_seed if shuffle else None
    return decks.build(
        source.topic, source.loaded.locate, settings.cards.decks, seed, settings.date_style, settings.language
    )


def _handout(source: Source, settings: Settings, cache: Path | None) -> list[dict[str, Any]]:
    return [context.handout(source.topic, settings, cache)]


def _worksheet(source: Source, settings: Settings, cache: Path | None) -> list[dict[str, Any]]:
    return [context.worksheet(source.topic, settings, key) for key in (False, True)]


def _flashcards(source: Source, settings: Settings, cache: Path | None) -> list[dict[str, Any]]:
    """The deck's sheets; its "warnings" are the cards whose text only fits below the minimum size."""
    title = source.topic.short_title or source.topic.title
    where = card_scope(source, settings) if settings.cards.ids else None
    deck = _deck(source, settings, shuffle=True)
    cards, faces = settings.cards, settings.fonts.faces()
    theme = settings.theme
    fallbacks = settings.fonts.fallback_faces()
    data = flashcards.context(
        title,
        deck,
        cards,
        stock.chosen(settings),
        faces,
        where,
        settings.paper,
        roles=theme.cards,
        footer=theme.card_footer,
        fallbacks=fallbacks,
    )
    colours = {f"Card-{name}": theme.paint(role.color) for name, role in (*theme.cards, ("footer", theme.card_footer))}
    return [{**data, "theme": theme, "colours": colours, "author": context.author(settings)}]


def _calibration(settings: Settings) -> dict[str, Any]:
    paper = stock.chosen(settings)
    style = settings.theme.calibration
    body = parsed("Body", settings.fonts.faces()["Body"])
    measure = partial(body.stringWidth, size=style.text_size)
    return {
        **calibration.context(settings.cards, paper, style, settings.language, measure),
        "fonts": settings.fonts.faces(),
        "theme": settings.theme,
    }


def _anki(source: Source, settings: Settings) -> list[bytes]:
    title = source.topic.short_title or source.topic.title
    course = settings.course.title or settings.course.code
    deck = _deck(source, settings, shuffle=False)
    return [export.anki(title, deck, card_scope(source, settings), settings.theme, course)]


def _csv(source: Source, settings: Settings) -> list[bytes]:
    return [export.quizlet(_deck(source, settings, shuffle=False))]


LOOK = ("course", "paper", "date_style", "language", "theme")
"""What every page-based output is drawn with."""
REGISTRY: dict[str, Output] = {
    entry.name: entry
    for entry in (
        Output(
            "handout",
            ("handout.pdf",),
            (*LOOK, "citation_style", "bibliography", "handout"),
            "handout.rml.j2",
            _handout,
        ),
        Output("flashcards", ("flashcards.pdf",), (*LOOK, "cards"), "flashcards.rml.j2", _flashcards),
        Output(
            "worksheet",
            ("worksheet.pdf", "worksheet-key.pdf"),
            (*LOOK, "worksheet"),
            "worksheet.rml.j2",
            _worksheet,
            versioned=True,
        ),
        Output("anki", ("flashcards.apkg",), ("course", "date_style", "cards", "theme"), data=_anki),
        Output("csv", ("flashcards.tsv",), ("date_style", "cards"), data=_csv),
        Output("calibration", ("calibration.pdf",), ("paper", "theme", "cards"), "calibrate.rml.j2", page=_calibration),
    )
}


def for_template(template: str) -> list[str]:
    """The outputs a built-in template makes, for `templates list`."""
    return [entry.name for entry in REGISTRY.values() if entry.template == template]
