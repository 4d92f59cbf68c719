"""The stages in order: load, validate, render, typeset, write.

Each stage is its own module; this one only strings them together, so the
command line, the tests and the benchmark all build the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import context, loader, render, typeset, validate
from .models import Topic
from .output import write_atomic
from .settings import Settings


@dataclass(frozen=True)
class Built:
    topic: Topic
    path: Path


def check(path: Path) -> Topic:
    """Load and validate one topic file (raises UserError on bad input)."""
    return validate.validate(loader.load(path), Topic)


def topic_name(path: Path) -> str:
    """The folder name of a topic's outputs: the file name without its extension."""
    return path.name.removesuffix(".yaml").removesuffix(".yml")


def handout_rml(topic: Topic, settings: Settings, cache_dir: Path | None = None) -> str:
    return render.render("handout.rml.j2", context.handout(topic, settings, cache_dir))


def build_handout(path: Path, out_root: Path, settings: Settings) -> Built:
    """Build `out_root/<topic>/handout.pdf`; on any error the previous PDF is untouched."""
    topic = check(path)
    rml = handout_rml(topic, settings, cache_dir=out_root / ".cache")
    pdf = typeset.typeset(rml, source="handout.rml.j2")
    target = out_root / topic_name(path) / "handout.pdf"
    write_atomic(target, pdf)
    return Built(topic, target)
