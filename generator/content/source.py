"""A topic file as read: its validated content, where each value was typed, and its name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.content.loader import Loaded
from generator.content.models import Topic


def topic_name(path: Path) -> str:
    """The folder name of a topic's outputs: the file name without its extension."""
    return path.name.removesuffix(".yaml").removesuffix(".yml")


@dataclass(frozen=True)
class Source:
    loaded: Loaded
    topic: Topic

    @property
    def name(self) -> str:
        return topic_name(self.loaded.path)
