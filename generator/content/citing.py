"""`cite: KEY` entries resolved against the library files, into CSL-JSON items.

A topic's bibliography lists may cite items of a library by key: the topic's
own `bibliography:` file first, then the course's. A cited item is checked
like an item written out in the topic, with its errors pointing into the
library file; an unknown key is an error at the cite, naming the files
searched and the nearest keys they hold.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from pydantic import ValidationError

from generator.content import library, validate
from generator.content.csl import Cite, CslItem
from generator.content.loader import Loaded
from generator.content.models import Topic
from generator.errors import UserError, UserErrors, field_path

LISTS = ("further_reading", "sources")


def topic_library(topic: Topic, loaded: Loaded, root: Path | None) -> Path | None:
    """The topic's own library file, relative to the topic and inside `root` (the course folder, else the topic's)."""
    if topic.bibliography is None:
        return None
    where = loaded.locate(("bibliography",))
    folder = (root or loaded.path.parent).resolve()
    path = (loaded.path.parent / topic.bibliography).resolve()
    if not path.is_relative_to(folder):
        raise UserError(f"the library must be inside {folder}", where, "bibliography")
    if path.suffix.lower() not in library.FORMATS:
        raise UserError(f"a library must be a {', '.join(library.FORMATS)} file", where, "bibliography")
    if not path.is_file():
        raise UserError(f"file not found: {path}", where, "bibliography")
    return path


def resolve(topic: Topic, loaded: Loaded, libraries: list[Path], cache_dir: Path | None = None) -> Topic:
    """The topic with every `cite:` replaced by the library's item (and the cite's annotation, if it has one)."""
    cites = [(name, i) for name in LISTS for i, entry in enumerate(getattr(topic, name)) if isinstance(entry, Cite)]
    if not cites:
        return topic
    read = [library.read(path, cache_dir) for path in libraries]
    errors: list[UserError] = []
    lists = {name: list(getattr(topic, name)) for name in LISTS}
    for name, index in cites:
        cite = lists[name][index]
        where = (name, index, "cite")
        try:
            lists[name][index] = _item(cite, read)
        except UserErrors as error:
            errors += error.errors
        except UserError as error:
            at = error.location or loaded.locate(where)
            errors.append(UserError(error.message, at, error.field or field_path(where)))
    if errors:
        raise UserErrors(errors)
    return topic.model_copy(update=lists)


def _item(cite: Cite, libraries: list[library.Library]) -> CslItem:
    for found in libraries:
        if cite.cite in found.items:
            try:
                item = CslItem.model_validate(found.items[cite.cite])
            except ValidationError:  # again, with positions: finding them costs a search of the file
                validate.validate(found.locate(cite.cite), CslItem, context=f"item {cite.cite!r}")
                raise
            return item.model_copy(update={"annote": cite.annote}) if cite.annote else item
    raise UserError(_unknown(cite.cite, libraries))


def _unknown(key: str, libraries: list[library.Library]) -> str:
    if not libraries:
        return f"no library to find {key!r} in: name one with `bibliography: FILE` in the topic or in course.yaml"
    keys = [k for found in libraries for k in found.items]
    near = difflib.get_close_matches(key, keys, n=3, cutoff=0.5)
    searched = " and ".join(str(found.path) for found in libraries)
    hint = f"; nearest keys: {', '.join(near)}" if near else f" ({len(keys)} items, none with a similar key)"
    return f"no item {key!r} in {searched}{hint}"
