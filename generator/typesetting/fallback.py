"""Characters the theme's fonts lack, set in the bundled fallback font instead of empty boxes.

ReportLab draws a character missing from a TrueType font as an empty box (a
Chinese name, 蔡倫, in Noto Serif). Before typesetting, every run of such
characters in a paragraph is wrapped in `<font face="Fallback">`, the face the
templates register from the bundled Droid Sans Fallback (Apache 2.0; CJK,
Hangul, kana and more, with TrueType outlines, which ReportLab can embed). A
character is "missing" when any regular face the document registers lacks it,
so it prints the same in a heading and in body text; the fallback only takes
characters it has, and the glyph check warns about the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from generator.resources import FONTS
from generator.typesetting.coverage import covered

FALLBACK = "Fallback"
"""The face name the templates register the fallback font under."""
FALLBACK_FILE = str(FONTS / "DroidSansFallback.ttf")
PARAGRAPHS = ("para", "title", "h1", "h2", "h3", "h4", "h5", "h6")
"""Elements whose text ReportLab sets as a paragraph, where a <font> tag can change the face."""


@lru_cache(maxsize=8)
def _everywhere(primaries: tuple[str, ...]) -> frozenset[int]:
    """The code points every primary face has."""
    return frozenset.intersection(*(covered(path) for path in primaries))


@lru_cache(maxsize=8)
def _missing(primaries: tuple[str, ...], fallback: str) -> re.Pattern[str] | None:
    """A pattern matching runs of what some primary face lacks and the fallback has (None: nothing)."""
    extra = sorted(point for point in covered(fallback) - _everywhere(primaries) if point > 32)
    if not extra:
        return None
    return re.compile("[" + "".join(re.escape(chr(point)) for point in extra) + "]+")


def _runs(text: str, missing: re.Pattern[str]) -> list[tuple[str, bool]]:
    """The text cut into (piece, in the fallback?) runs."""
    pieces = []
    position = 0
    for match in missing.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], False))
        pieces.append((match.group(0), True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


def _split(text: str | None, missing: re.Pattern[str]) -> tuple[str | None, list[etree._Element]]:
    """`text` as leading plain text and the <font> elements (with plain tails) that follow it."""
    if not text or not missing.search(text):
        return text, []
    lead: str | None = None
    made: list[etree._Element] = []
    for piece, fallback in _runs(text, missing):
        if fallback:
            font = etree.Element("font", face=FALLBACK)
            font.text = piece
            made.append(font)
        elif made:
            made[-1].tail = piece
        else:
            lead = piece
    return lead, made


def _wrap(element: etree._Element, missing: re.Pattern[str]) -> None:
    for child in list(element):
        _wrap(child, missing)
        child.tail, after = _split(child.tail, missing)
        position = element.index(child)
        for offset, font in enumerate(after, 1):
            element.insert(position + offset, font)
    element.text, first = _split(element.text, missing)
    for offset, font in enumerate(first):
        element.insert(offset, font)


def apply(root: etree._Element) -> None:
    """Wrap, in every paragraph of the document, the characters its regular faces lack but the fallback has."""
    registered = {el.get("faceName", ""): el.get("fileName", "") for el in root.iter("registerTTFont")}
    if FALLBACK not in registered:
        return
    primaries = tuple(sorted(path for face, path in registered.items() if face != FALLBACK and "-" not in face))
    typed = {ord(char) for paragraph in root.iter(*PARAGRAPHS) for char in "".join(paragraph.itertext()) if char > " "}
    missing = _missing(primaries, registered[FALLBACK]) if primaries and typed - _everywhere(primaries) else None
    if missing is not None:
        for paragraph in root.iter(*PARAGRAPHS):
            _wrap(paragraph, missing)
    elif not any(FALLBACK in element.attrib.values() for element in root.iter() if element.tag != "registerTTFont"):
        # Unused: registering it would parse its 3.4 MB in every build for nothing (an unused font is not embedded).
        for element in root.iter("registerTTFont"):
            if element.get("faceName") == FALLBACK:
                element.getparent().remove(element)
                break
