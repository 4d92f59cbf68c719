"""Characters the fonts cannot draw, found before typesetting.

ReportLab draws a character missing from a TrueType font as an empty box,
without a word (measured: CJK in DejaVu Sans, Cyrillic in Helvetica). So every
character of the content is checked against the character map of each face of
the family that will set it, and each missing one is a warning naming the
character, the field and the file:line. Characters above U+FFFF draw, but
ReportLab writes 4-digit ToUnicode entries, so they do not copy out of the PDF
correctly: those are warned about too. A character that one of the fallback
fonts has (a course's `theme.fallback_fonts`, then the bundled one) is not warned
about: every string the templates print sets it in that font (see `fallback`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from generator.content.loader import Loaded
from generator.errors import UserError, field_path
from generator.settings import Fonts, Theme
from generator.settings.looks import CardRole
from generator.typesetting.coverage import covered

FIELD_STYLES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("title",): ("styles.Title", "styles.Running", "footer"),
    ("short_title",): ("styles.Running", "footer"),
    ("subtitle",): ("styles.Subtitle", "styles.Running"),
    ("subject",): ("styles.Subject",),
    ("key_figures", "name"): ("styles.FigureName", "cards.lead"),
    ("key_figures", "native_name"): ("styles.FigureMeta", "cards.meta"),
    ("key_figures", "lived"): ("styles.FigureMeta", "cards.meta"),
    ("key_figures", "role"): ("styles.FigureRole", "cards.role"),
    ("key_figures", "significance"): ("styles.TableText", "cards.body"),
    ("chronology", "date"): ("styles.Date", "cards.lead", "timeline.date_font"),
    ("chronology", "event"): ("styles.TableText", "cards.prompt", "timeline.text_font"),
    ("chronology", "label"): ("timeline.text_font",),
    ("chronology", "detail"): ("styles.TableText", "cards.body"),
    ("terms", "term"): ("styles.Term", "cards.lead"),
    ("terms", "definition"): ("styles.TableText", "cards.body"),
    ("questions",): ("styles.Question",),
    ("see_also",): ("styles.SeeAlso",),
    ("cards", "front"): ("cards.prompt",),
    ("cards", "back"): ("cards.body",),
    ("cards", "deck"): ("footer",),
}
"""Which of the theme's styles set each field (the templates' choice); a field not named is set in `styles.Body`.
The glyph check asks the theme which family each style's face belongs to. "footer" is the card footer."""
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


def _families(path: tuple[str | int, ...], theme: Theme) -> list[str]:
    """The type families (Body, Heading) the field at `path` is set in, as the theme says."""
    named = tuple(part for part in path if isinstance(part, str))
    families = []
    for style in FIELD_STYLES.get(named, ("styles.Body",)):
        face = theme.card_footer.face if style == "footer" else _face(theme, style)
        families.append(face.split("-")[0])
    return list(dict.fromkeys(families))


def _face(theme: Theme, style: str) -> str:
    part, name = style.split(".")
    value = getattr(getattr(theme, part), name)
    if isinstance(value, str):  # the timeline's fonts
        return value
    return value.face if isinstance(value, CardRole) else value.font


def _describe(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')} ({char})"


def check(loaded: Loaded, fonts: Fonts, theme: Theme) -> list[UserError]:
    """A warning for each character of the content that would not print or not copy out correctly."""
    faces = fonts.faces()
    maps = {name: covered(path) for name, path in faces.items()}
    strings = list(_strings(loaded.data))
    everywhere = frozenset.intersection(*maps.values()) if maps else frozenset()
    distinct = {ord(char) for char in set("".join(text for _, text in strings)) if not char.isspace()}
    if all(point in everywhere and point <= 0xFFFF for point in distinct):
        return []  # each distinct character looked at once: every face has it (the usual case)
    warnings = []
    for path, text in strings:
        families = _families(path, theme)
        faces_of = [family + suffix for family in families for suffix in FACES]
        missing: dict[str, list[str]] = {}  # the faces lacking a character (as one text): their characters
        astral = []
        for char in dict.fromkeys(text):
            if char.isspace():
                continue
            lacking = [face for face in faces_of if ord(char) not in maps[face]]
            if lacking and not any(ord(char) in covered(file) for file in fonts.fallbacks):  # parsed only when needed
                missing.setdefault(", ".join(lacking), []).append(char)
            elif ord(char) > 0xFFFF:
                astral.append(char)
        # One warning a field and font, naming the characters: a Georgian name is one problem, not eight.
        for named, chars in missing.items():
            font = faces[named.split(", ")[0]].rsplit("/", 1)[-1]
            one = len(chars) == 1
            shaped = sorted({script for script in map(_script, chars) if script in SHAPED_SCRIPTS})
            remedy = (
                f"ReportLab cannot set the {', '.join(shaped)} script (its letters join and change shape), so no font "
                "would help: write it in Latin letters"
                if shaped
                else f"name a font that has {'it' if one else 'them'} in course.yaml (theme.fallback_fonts) or write "
                f"{'it' if one else 'them'} another way"
            )
            message = (
                f"{_characters(chars)} {'is' if one else 'are'} not in the font {font} ({named}) nor in a fallback "
                f"font: {'it' if one else 'they'} would not print; {remedy}"
            )
            warnings.append(UserError(message, loaded.locate(path), field_path(path)))
        if astral:
            message = f"{_characters(astral)} prints, but does not copy out of the PDF correctly; avoid it if you can"
            warnings.append(UserError(message, loaded.locate(path), field_path(path)))
    return warnings


SHAPED_SCRIPTS = frozenset(
    {"Arabic", "Hebrew", "Syriac", "Thaana", "Nko", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil"}
    | {"Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Khmer", "Mongolian"}
)
"""Scripts set right to left or with joined, reordered letters: ReportLab draws glyphs one by one, left to right."""


def _script(char: str) -> str:
    """The script a character belongs to, as the first word of its Unicode name ("Georgian", "Arabic")."""
    return unicodedata.name(char, "Unnamed").split(" ")[0].title()


def _characters(chars: list[str]) -> str:
    """One character by its code point and name; several by count, script and the characters themselves."""
    if len(chars) == 1:
        return _describe(chars[0])
    scripts = dict.fromkeys(map(_script, chars))
    shown = "".join(chars[:12]) + ("…" if len(chars) > 12 else "")
    return f"{len(chars)} characters of the {', '.join(scripts)} script{'s' if len(scripts) > 1 else ''} ({shown})"
