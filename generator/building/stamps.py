"""Incremental builds: an output is rebuilt only when something it is made from has changed.

An output's key is a hash of everything that goes into it: the studyguide
version, the resolved settings, the topic file, the course.yaml, every template
it renders (found through the current search path, so a newly added course
override counts), the fonts, logo and citation style it uses, and, when the
course has templates of its own, every image in the course folder (one of them
may draw any). The key is kept
beside the output folder in `.stamps/`; a missing PDF is always rebuilt.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from generator import __version__
from generator.outputs.registry import Output
from generator.settings import Settings
from generator.typesetting import render
from generator.typesetting.output import write_atomic

IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".svg")
"""What a course template may draw (the allowlist's image kind and the logo)."""


def _course_images(templates: Path) -> list[Path]:
    """Every image in the course folder of `templates`: any of them may be drawn by its own templates."""
    root = templates.parent
    found = (p for p in root.rglob("*") if p.suffix.lower() in IMAGES and p.is_file())
    return sorted(p for p in found if not any(part.startswith(".") for part in p.relative_to(root).parts))


def _files(entry: Output, settings: Settings) -> list[Path]:
    files = render.dependencies(entry.template, settings.templates) if entry.template else []
    if entry.template and settings.templates:
        files += _course_images(settings.templates)
    files += [Path(path) for path in sorted({*settings.fonts.faces().values(), *settings.theme.fallback_fonts})]
    files += [Path(path) for path in (settings.theme.logo, settings.citation_style) if path and Path(path).is_file()]
    return files


def key(entry: Output, topic: Path, course: Path | None, settings: Settings, libraries: tuple[Path, ...] = ()) -> str:
    """The hash of what `entry` is made from: the settings it names, and every file it reads.

    The topic's `libraries` (bibliography files) count for the outputs made from the bibliography setting.
    """
    digest = hashlib.sha256()
    # The template folder counts by the files it holds (below), not by its name.
    looks = settings.model_dump_json(include=set(entry.settings))
    digest.update(f"{__version__}\n{entry.name}\n{looks}\n".encode())
    inputs = libraries if "bibliography" in entry.settings else ()
    for path in [topic, *([course] if course else []), *inputs, *_files(entry, settings)]:
        digest.update(str(path).encode() + b"\0")
        status = path.stat()
        digest.update(_digest(path, status.st_mtime_ns, status.st_size))
    return digest.hexdigest()


@lru_cache(maxsize=256)
def _digest(path: Path, mtime_ns: int, size: int) -> bytes:
    """A file's hash, remembered while it keeps its time and size (fonts are megabytes; a watch rehashes often)."""
    return hashlib.sha256(path.read_bytes()).digest()


def _stamp(targets: list[Path]) -> Path:
    first = targets[0]
    return first.parent.parent / ".stamps" / f"{first.parent.name}.{first.stem}"


def fresh(targets: list[Path], stamp_key: str) -> list[str] | None:
    """The warnings of the last build when all `targets` exist and were built from inputs with this key, else None.

    The warnings are kept so that an up-to-date build still reports them (and
    --strict still refuses them).
    """
    stamp = _stamp(targets)
    if not (all(target.is_file() for target in targets) and stamp.is_file()):
        return None
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return None
    # A stamp is only a hint: one of another shape (truncated, edited, from another version) means "rebuild".
    if not isinstance(recorded, dict) or recorded.get("key") != stamp_key:
        return None
    warnings = recorded.get("warnings")
    if not (isinstance(warnings, list) and all(isinstance(warning, str) for warning in warnings)):
        return None
    return warnings


def record(targets: list[Path], stamp_key: str, warnings: list[str], libraries: tuple[Path, ...] = ()) -> None:
    """Write the stamp: the key, the warnings, and the library files the key was made with (see `libraries`)."""
    stamp = {"key": stamp_key, "warnings": warnings, "libraries": [str(path) for path in libraries]}
    write_atomic(_stamp(targets), json.dumps(stamp).encode("utf-8"))


def libraries(targets: list[Path]) -> tuple[Path, ...] | None:
    """The library files the last build of `targets` read, as its stamp recorded them (None: no usable stamp).

    They come from the topic file, so a rebuild can compute the key without reading
    the topic: had the topic named other libraries, its own hash in the key differs.
    """
    try:
        recorded = json.loads(_stamp(targets).read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return None
    found = recorded.get("libraries") if isinstance(recorded, dict) else None
    if not (isinstance(found, list) and all(isinstance(path, str) for path in found)):
        return None
    return tuple(Path(path) for path in found)
