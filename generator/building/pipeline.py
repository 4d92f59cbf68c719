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
from functools import partial
from pathlib import Path

from generator.building import stamps
from generator.building.reading import libraries, read
from generator.content.models import Topic
from generator.content.source import Source, topic_name
from generator.errors import UserError, UserErrors
from generator.outputs.registry import REGISTRY, Output
from generator.settings import Settings
from generator.typesetting import glyphs, output, render, typeset
from generator.vocabulary import OUTPUTS

__all__ = ["Built", "Source", "build", "build_handout", "calibrate", "check", "read", "rml", "topic_name", "up_to_date"]


@dataclass(frozen=True)
class Built:
    path: Path
    warnings: tuple[UserError, ...] = ()
    skipped: bool = False
    """True when the output was up to date and not built again."""


def for_topic(settings: Settings, topic: Topic) -> Settings:
    """The settings a topic is built with: its own `language`, when it has one, over the course's."""
    if topic.language is None or topic.language == settings.language:
        return settings
    return settings.model_copy(update={"language": topic.language})


def check(path: Path, settings: Settings | None = None) -> Topic:
    return read(path, settings).topic


def rml(name: str, source: Source, settings: Settings, cache: Path | None = None) -> tuple[list[str], list[UserError]]:
    """The RML of each file of output `name`, and its warnings (card text that only fits below the minimum size)."""
    entry = REGISTRY[name]
    assert entry.template and entry.contexts, f"{name} is not typeset from a topic"
    settings = for_topic(settings, source.topic)
    contexts = entry.contexts(source, settings, cache)
    warnings = [warning for data in contexts for warning in data.get("warnings", ())]
    shown = [{key: value for key, value in data.items() if key != "warnings"} for data in contexts]  # plain data only
    return [render.render(entry.template, data, settings.templates, settings.language) for data in shown], warnings


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
    done = None if force else up_to_date(path, out_root, settings, outputs, course, strict)
    if done is not None:
        return done
    source = read(path, settings, out_root / ".cache")
    settings = for_topic(settings, source.topic)
    inputs = tuple(libraries(source.topic, source.loaded, settings))
    # Characters the fonts lack concern what is typeset; an Anki or Quizlet export shows them in the reader's fonts.
    typeset = any(REGISTRY[name].template for name in outputs)
    unprintable = glyphs.check(source.loaded, settings.fonts, settings.theme) if typeset else []
    if unprintable and strict:
        raise UserErrors(unprintable)
    pending: dict[str, tuple[list[Path], str]] = {}
    built: list[Built] = []
    for name in outputs:
        entry = REGISTRY[name]
        targets = [out_root / source.name / file for file in entry.file_names(settings)]
        key = stamps.key(entry, path, course, settings, inputs)
        earlier = None if force else stamps.fresh(targets, key)
        if earlier is None:
            pending[name] = (targets, key)
            continue
        if earlier and strict:
            raise UserErrors([UserError(message) for message in earlier])
        built += [Built(target, tuple(UserError(message) for message in earlier), skipped=True) for target in targets]
    # Everything that can fail on bad input (templates, card text under --strict) runs before anything is
    # written; then every PDF is typeset.
    typeset_count = sum(len(REGISTRY[name].files) for name in pending if REGISTRY[name].template)
    typesetter = _Typesetter(settings, pool if typeset_count > 1 else None)  # one PDF: no gain from a pool
    made: dict[str, tuple[list[Callable[[], bytes]], list[UserError]]] = {}
    for name in pending:
        made[name] = _make(REGISTRY[name], source, settings, typesetter, out_root / ".cache")
        if made[name][1] and strict:
            raise UserErrors(made[name][1])
    # Every file is made and staged before any replaces its old version: a topic never has a mixed set.
    output.write_all(
        [pair for name, (makers, _) in made.items() for pair in zip(pending[name][0], makers, strict=True)]
    )
    # Characters the fonts lack concern every PDF; the report prints each warning once.
    for name, (_, warnings) in made.items():
        targets, key = pending[name]
        kept = (*unprintable, *warnings) if REGISTRY[name].template else tuple(warnings)
        built += [Built(target, kept) for target in targets]
        stamps.record(targets, key, [str(warning) for warning in kept], inputs)
    return built


def up_to_date(
    path: Path, out_root: Path, settings: Settings, outputs: tuple[str, ...], course: Path | None, strict: bool
) -> list[Built] | None:
    """Every chosen output, when all are up to date, found from their stamps without reading the topic; else None.

    The usual rebuild (a watch, a course where one topic changed) then costs a
    hash of each input file per topic instead of loading and validating it. Any
    doubt (a stamp of another shape, an input gone, warnings under --strict)
    means None, and `build` takes the ordinary way, which reports what is wrong.
    """
    built: list[Built] = []
    for name in outputs:
        entry = REGISTRY[name]
        targets = [out_root / topic_name(path) / file for file in entry.file_names(settings)]
        recorded = stamps.libraries(targets)
        try:
            earlier = (
                None if recorded is None else stamps.fresh(targets, stamps.key(entry, path, course, settings, recorded))
            )
        except OSError:
            return None
        if earlier is None or (earlier and strict):
            return None
        built += [Built(target, tuple(UserError(message) for message in earlier), skipped=True) for target in targets]
    return built


def _make(
    entry: Output, source: Source, settings: Settings, typesetter: _Typesetter, cache: Path
) -> tuple[list[Callable[[], bytes]], list[UserError]]:
    """What makes each file of one output (a typesetting, or bytes already made), and its warnings."""
    if entry.data:
        return [partial(bytes, made) for made in entry.data(source, settings)], []
    texts, warnings = rml(entry.name, source, settings, cache)
    assert entry.template
    return [typesetter(text, entry.template) for text in texts], warnings


def calibrate(out_root: Path, settings: Settings) -> Path:
    """Write `out_root/calibration.pdf`: the page for reading a printer's back offset, for the settings' stock."""
    entry = REGISTRY["calibration"]
    assert entry.page and entry.template
    text = render.render(entry.template, entry.page(settings), settings.templates, settings.language)
    target = out_root / entry.files[0]
    output.write_atomic(target, _Typesetter(settings, None)(text, entry.template)())
    return target


@dataclass(frozen=True)
class _Typesetter:
    """Typesetting on demand (a thunk per PDF), or started at once in a pool's processes."""

    settings: Settings
    pool: Executor | None

    def __call__(self, text: str, template: str) -> Callable[[], bytes]:
        source = _source_name(template, self.settings)
        roots = (self.settings.root,) if self.settings.root else ()
        if self.pool is None:
            return lambda: typeset.typeset(text, source, roots)
        return self.pool.submit(typeset.typeset, text, source, roots).result


def _source_name(template: str, settings: Settings) -> str:
    """The template a course's RML came from, for messages: the course's own file when it has one."""
    if settings.templates and (settings.templates / template).is_file():
        return str(settings.templates / template)
    return template


def build_handout(path: Path, out_root: Path, settings: Settings) -> Built:
    """Build `out_root/<topic>/handout.pdf`; on any error the previous PDF is untouched."""
    return build(path, out_root, settings, outputs=("handout",))[0]
