"""A topic file read for a build or a check: loaded, validated, its cites resolved in its library files.

Kept apart from `pipeline` so that `studyguide check` reads topics exactly as a
build does without importing the outputs and the typesetting modules.
"""

from __future__ import annotations

from pathlib import Path

from generator.content import citing, loader, validate
from generator.content.loader import Loaded
from generator.content.models import Topic
from generator.content.source import Source
from generator.settings import Settings


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
