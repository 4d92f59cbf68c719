"""The stages in order: load, validate, render, typeset, write.

Each stage is its own module; this one only strings them together, so the
command line, the tests and the benchmark all build the same way. Every PDF of a
topic is made in memory before any is written, so a failed build leaves all the
previous files as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import context, decks, flashcards, loader, render, typeset, validate
from .errors import UserError, UserErrors
from .flashcards import CardSettings
from .loader import Loaded
from .models import Topic
from .output import write_atomic
from .settings import Settings

OUTPUTS = ("handout", "flashcards")


@dataclass(frozen=True)
class Built:
    topic: Topic
    path: Path
    warnings: tuple[UserError, ...] = ()


@dataclass(frozen=True)
class Source:
    """A topic file as read: its validated content and where each value was typed."""

    loaded: Loaded
    topic: Topic


def read(path: Path) -> Source:
    """Load and validate one topic file (raises UserError on bad input)."""
    loaded = loader.load(path)
    return Source(loaded, validate.validate(loaded, Topic))


def check(path: Path) -> Topic:
    return read(path).topic


def topic_name(path: Path) -> str:
    """The folder name of a topic's outputs: the file name without its extension."""
    return path.name.removesuffix(".yaml").removesuffix(".yml")


def handout_rml(topic: Topic, settings: Settings, cache_dir: Path | None = None) -> str:
    return render.render("handout.rml.j2", context.handout(topic, settings, cache_dir))


def flashcards_rml(source: Source, settings: Settings, cards: CardSettings) -> tuple[str, list[UserError]]:
    """The flashcards' RML and the warnings about card text that only fits below the minimum size."""
    topic = source.topic
    deck = decks.build(topic, source.loaded.locate, cards.decks, cards.seed)
    data = flashcards.context(topic.short_title or topic.title, deck, cards, settings.fonts.faces())
    return render.render("flashcards.rml.j2", data), data["warnings"]


def build(
    path: Path,
    out_root: Path,
    settings: Settings,
    cards: CardSettings | None = None,
    outputs: tuple[str, ...] = OUTPUTS,
    strict: bool = False,
) -> list[Built]:
    """Build the chosen outputs of one topic into `out_root/<topic>/`.

    With `strict`, warnings are errors and nothing is written.
    """
    source = read(path)
    pdfs: dict[str, bytes] = {}
    warnings: list[UserError] = []
    if "handout" in outputs:
        rml = handout_rml(source.topic, settings, cache_dir=out_root / ".cache")
        pdfs["handout"] = typeset.typeset(rml, source="handout.rml.j2")
    if "flashcards" in outputs:
        rml, warnings = flashcards_rml(source, settings, cards or default_cards(settings))
        if warnings and strict:
            raise UserErrors(warnings)
        pdfs["flashcards"] = typeset.typeset(rml, source="flashcards.rml.j2")
    built = []
    for name, pdf in pdfs.items():
        target = out_root / topic_name(path) / f"{name}.pdf"
        write_atomic(target, pdf)
        built.append(Built(source.topic, target, tuple(warnings) if name == "flashcards" else ()))
    return built


def build_handout(path: Path, out_root: Path, settings: Settings) -> Built:
    """Build `out_root/<topic>/handout.pdf`; on any error the previous PDF is untouched."""
    return build(path, out_root, settings, outputs=("handout",))[0]


def default_cards(settings: Settings) -> CardSettings:
    """The card settings when none are given: the default stock for the paper size."""
    from .stock import DEFAULT, preset

    return CardSettings(preset(DEFAULT[settings.paper]))
