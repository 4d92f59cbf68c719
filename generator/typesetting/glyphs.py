"""Characters the fonts cannot draw, found before typesetting.

ReportLab draws a character missing from a TrueType font as an empty box,
without a word (measured: CJK in DejaVu Sans, Cyrillic in Helvetica). So every
character of the content is checked against the character map of each face of
the family that will set it, and each missing one is a warning naming the
character, the field and the file:line. Characters above U+FFFF draw, but
ReportLab writes 4-digit ToUnicode entries, so they do not copy out of the PDF
correctly: those are warned about too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from generator.content.loader import Loaded
from generator.errors import UserError, field_path
from generator.settings import Fonts
from generator.typesetting.fonts import parsed

HEADING_FIELDS = {
    ("title",),
    ("short_title",),
    ("subject",),
    ("key_figures", "name"),
    ("key_figures", "native_name"),
    ("chronology", "label"),
    ("terms", "term"),
    ("cards", "deck"),
}
"""Fields set in the heading family (titles, names, terms, labels); all other text is set in the body family."""
FACES = ("", "-Bold", "-Italic", "-BoldItalic")


def _strings(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*path, index))


def _family(path: tuple[str | int, ...]) -> str:
    named = tuple(part for part in path if isinstance(part, str))
    return "Heading" if named in HEADING_FIELDS else "Body"


def _describe(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')} ({char})"


def check(loaded: Loaded, fonts: Fonts) -> list[UserError]:
    """A warning for each character of the content that would not print or not copy out correctly."""
    faces = fonts.faces()
    maps = {name: parsed(name, path).face.charToGlyph for name, path in faces.items()}
    warnings = []
    for path, text in _strings(loaded.data):
        family = _family(path)
        for char in dict.fromkeys(text):
            if char.isspace():
                continue
            lacking = [family + suffix for suffix in FACES if ord(char) not in maps[family + suffix]]
            if lacking:
                font = faces[lacking[0]].rsplit("/", 1)[-1]
                message = (
                    f"{_describe(char)} is not in the font {font} ({', '.join(lacking)}): it would print as an "
                    "empty box; use a font that has it (theme fonts in course.yaml) or write it another way"
                )
            elif ord(char) > 0xFFFF:
                message = f"{_describe(char)} prints, but does not copy out of the PDF correctly; avoid it if you can"
            else:
                continue
            warnings.append(UserError(message, loaded.locate(path), field_path(path)))
    return warnings
