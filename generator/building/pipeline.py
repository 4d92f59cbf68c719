"""The stages in order: load, validate, render, typeset, write.

Each stage is its own module; this one only strings them together, so the
command line, the tests and the benchmark all build the same way. Every PDF of a
topic is made in memory before any is written, so a failed build leaves all the
previous files as they were; an output whose inputs have not changed since it
was last built is not built again (see `stamps`).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from generator.building import stamps
from generator.content import citing, loader, validate
from generator.content.loader import Loaded
from generator.content.models import Topic
from generator.errors import UserError, UserErrors
from generator.outputs import context, decks, export, flashcards, stock
from generator.settings import Settings
from generator.typesetting import glyphs, output, render, typeset
from generator.vocabulary import OUTPUTS

FILES = {
    "handout": ("handout.pdf",),
    "flashcards": ("flashcards.pdf",),
    "worksheet": ("worksheet.pdf", "worksheet-key.pdf"),
    "anki": ("flashcards.apkg",),
    "csv": ("flashcards.tsv",),
}
"""What each output writes into the topic's folder."""


@dataclass(frozen=True)
class Built:
    path: Path
    warnings: tuple[UserError, ...] = ()
    skipped: bool = False
    """True when the output was up to date and not built again."""


@dataclass(frozen=True)
class Source:
    """A topic file as read: its validated content and where each value was typed."""

    loaded: Loaded
    topic: Topic


def read(path: Path, settings: Settings | None = None, cache_dir: Path | None = None) -> Source:
    """Load and validate one topic file, its cites resolved in its library files (raises UserError on bad input)."""
    loaded = loader.load(path)
    topic = validate.validate(loaded, Topic)
    return Source(loaded, citing.resolve(topic, loaded, libraries(topic, loaded, settings), cache_dir))


def libraries(topic: Topic, loaded: Loaded, settings: Settings | None) -> list[Path]:
    """The library files a topic's cites are looked up in, in order: the topic's own, then the course's."""
    settings = settings or Settings()
    own = citing.topic_library(topic, loaded, settings.root)
    course = Path(settings.bibliography) if settings.bibliography else None
    return [path for path in (own, course) if path]


def check(path: Path, settings: Settings | None = None) -> Topic:
    return read(path, settings).topic


def topic_name(path: Path) -> str:
    """The folder name of a topic's outputs: the file name without its extension."""
    return path.name.removesuffix(".yaml").removesuffix(".yml")


def handout_rml(topic: Topic, settings: Settings, cache_dir: Path | None = None) -> str:
    return render.render("handout.rml.j2", context.handout(topic, settings, cache_dir), settings.templates)


def card_scope(path: Path, settings: Settings) -> tuple[str, str]:
    """What a card's ID is unique within (for Anki notes and printed card IDs): the course and the topic file."""
    return settings.course.code or settings.course.title or "", topic_name(path)


def flashcards_rml(source: Source, settings: Settings) -> tuple[str, list[UserError]]:
    """The flashcards' RML and the warnings about card text that only fits below the minimum size."""
    topic, cards = source.topic, settings.cards
    deck = decks.build(topic, source.loaded.locate, cards.decks, cards.shuffle_seed, settings.date_style)
    where = card_scope(source.loaded.path, settings) if cards.ids else None
    title = topic.short_title or topic.title
    data = flashcards.context(title, deck, cards, stock.chosen(settings), settings.fonts.faces(), where, settings.paper)
    data["theme"] = settings.theme
    return render.render("flashcards.rml.j2", data, settings.templates), data["warnings"]


def worksheet_rml(topic: Topic, settings: Settings, key: bool) -> str:
    return render.render("worksheet.rml.j2", context.worksheet(topic, settings, key), settings.templates)


def build(
    path: Path,
    out_root: Path,
    settings: Settings,
    outputs: tuple[str, ...] = OUTPUTS,
    strict: bool = False,
    course: Path | None = None,
    force: bool = True,
    pool: Executor | None = None,
) -> list[Built]:
    """Build the chosen outputs of one topic into `out_root/<topic>/`.

    With `strict`, warnings are errors and nothing is written. Without `force`,
    an output whose inputs (topic, `course` file, settings, templates, fonts) are
    unchanged since its last build is skipped. With a `pool`, the PDFs are
    typeset side by side in its worker processes.
    """
    source = read(path, settings, out_root / ".cache")
    inputs = tuple(libraries(source.topic, source.loaded, settings))
    unprintable = glyphs.check(source.loaded, settings.fonts)
    if unprintable and strict:
        raise UserErrors(unprintable)
    roots = (settings.root,) if settings.root else ()
    pending: dict[str, tuple[list[Path], str]] = {}
    built: list[Built] = []
    for name in outputs:
        targets = [out_root / topic_name(path) / file for file in FILES[name]]
        key = stamps.key(name, path, course, settings, inputs if name == "handout" else ())
        earlier = None if force else stamps.fresh(targets, key)
        if earlier is None:
            pending[name] = (targets, key)
            continue
        if earlier and strict:
            raise UserErrors([UserError(message) for message in earlier])
        built += [Built(target, tuple(UserError(message) for message in earlier), skipped=True) for target in targets]
    # Everything that can fail on bad input (templates, card text under --strict) runs before anything is
    # written; then each PDF is typeset and written in turn, so the handout appears first while watching.
    made: dict[str, list[Callable[[], bytes]]] = {}
    card_warnings: list[UserError] = []
    typeset_count = sum(len(FILES[name]) for name in pending if name in ("handout", "flashcards", "worksheet"))
    typesetter = _Typesetter(settings, roots, pool if typeset_count > 1 else None)  # one PDF: no gain from a pool
    if "handout" in pending:
        rml = handout_rml(source.topic, settings, cache_dir=out_root / ".cache")
        made["handout"] = [typesetter(rml, "handout.rml.j2")]
    if "flashcards" in pending:
        rml, card_warnings = flashcards_rml(source, settings)
        if card_warnings and strict:
            raise UserErrors(card_warnings)
        made["flashcards"] = [typesetter(rml, "flashcards.rml.j2")]
    if "worksheet" in pending:
        made["worksheet"] = [
            typesetter(worksheet_rml(source.topic, settings, key), "worksheet.rml.j2") for key in (False, True)
        ]
    if "anki" in pending or "csv" in pending:
        topic = source.topic
        deck = decks.build(topic, source.loaded.locate, settings.cards.decks, None, settings.date_style)
        if "anki" in pending:
            package = export.anki(topic.short_title or topic.title, deck, card_scope(path, settings))
            made["anki"] = [lambda: package]
        if "csv" in pending:
            table = export.quizlet(deck)
            made["csv"] = [lambda: table]
    # Characters the fonts lack concern every output; the report prints each warning once.
    for name, makers in made.items():
        targets, key = pending[name]
        kept = (*unprintable, *(card_warnings if name == "flashcards" else ()))
        for target, make in zip(targets, makers, strict=True):
            output.write_atomic(target, make())
            built.append(Built(target, kept))
        stamps.record(targets, key, [str(warning) for warning in kept])
    return built


@dataclass(frozen=True)
class _Typesetter:
    """Typesetting on demand (a thunk per PDF), or started at once in a pool's processes."""

    settings: Settings
    roots: tuple[Path, ...]
    pool: Executor | None

    def __call__(self, rml: str, template: str) -> Callable[[], bytes]:
        source = _source_name(template, self.settings)
        if self.pool is None:
            return lambda: typeset.typeset(rml, source, self.roots)
        return self.pool.submit(typeset.typeset, rml, source, self.roots).result


def _source_name(template: str, settings: Settings) -> str:
    """The template a course's RML came from, for messages: the course's own file when it has one."""
    if settings.templates and (settings.templates / template).is_file():
        return str(settings.templates / template)
    return template


def build_handout(path: Path, out_root: Path, settings: Settings) -> Built:
    """Build `out_root/<topic>/handout.pdf`; on any error the previous PDF is untouched."""
    return build(path, out_root, settings, outputs=("handout",))[0]
