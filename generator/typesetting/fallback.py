"""Characters the theme's fonts lack, set in a fallback font instead of empty boxes.

ReportLab draws a character missing from a TrueType font as an empty box (a
Chinese name, 蔡倫, in Noto Serif). The templates register the fallback fonts as
`Fallback`, `Fallback2`, … (a course's own, in its order, then the bundled Droid
Sans Fallback: Apache 2.0; CJK, Hangul, kana and more, with TrueType outlines,
which ReportLab can embed); each character a font lacks is set in the first
fallback that has it. Characters no font has stay boxes, and the glyph check
warns about those.

Every string a template prints goes through here:

- paragraphs (handout, worksheet, card sides and footers): before typesetting,
  `apply` wraps each run of such characters in `<font face="Fallback…">`. A
  character is "missing" when any regular face the document registers lacks it,
  so it prints the same in a heading and in body text. Card text is measured
  before it is typeset, so the cards' context wraps it first, with `markup`;
- strings drawn on the canvas (running heads and feet, timeline labels): the
  document's canvas splits them with `runs` as it draws them, by what the
  current font lacks, and the timeline measures its labels with `width` and
  `wrap`, which split them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from lxml import etree
from markupsafe import Markup
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

from generator.settings.fonts import FALLBACK
from generator.typesetting.coverage import covered
from generator.typesetting.fonts import register

PARAGRAPHS = ("para", "title", "h1", "h2", "h3", "h4", "h5", "h6")
"""Elements whose text ReportLab sets as a paragraph, where a <font> tag can change the face."""
STRINGS = ("drawString", "drawRightString", "drawCentredString", "drawCenteredString")
"""Elements whose text is drawn on the canvas, in the font the last setFont chose."""
Faces = Mapping[str, str]
"""RML face name → TrueType file, in the order the fonts are tried."""


@lru_cache(maxsize=8)
def _everywhere(primaries: tuple[str, ...]) -> frozenset[int]:
    """The code points every primary face has."""
    return frozenset.intersection(*(covered(path) for path in primaries))


def regular(faces: Faces) -> tuple[str, ...]:
    """The files of the regular faces (Body, Heading; not Body-Bold): a character any of them lacks is set in a
    fallback font in every paragraph, so it prints the same in a heading and in body text."""
    return tuple(sorted(path for face, path in faces.items() if "-" not in face))


def _first(point: int, fallbacks: Faces) -> str | None:
    """The first fallback face that has the character (None: none has it)."""
    return next((face for face, path in fallbacks.items() if point in covered(path)), None)


@lru_cache(maxsize=8)
def _missing(primaries: tuple[str, ...], fallbacks: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    """A pattern matching runs of what some primary face lacks and a fallback has (None: nothing)."""
    had = frozenset().union(*(covered(path) for _, path in fallbacks))
    extra = sorted(point for point in had - _everywhere(primaries) if point > 32)
    if not extra:
        return None
    return re.compile("[" + "".join(re.escape(chr(point)) for point in extra) + "]+")


def _split(text: str | None, missing: re.Pattern[str], fallbacks: Faces) -> tuple[str | None, list[etree._Element]]:
    """`text` as leading plain text and the <font> elements (with plain tails) that follow it."""
    if not text or not missing.search(text):
        return text, []
    lead: str | None = None
    made: list[etree._Element] = []
    position = 0
    for match in missing.finditer(text):
        plain = text[position : match.start()]
        if made:
            made[-1].tail = plain or None
        else:
            lead = plain or None
        for piece, face in _by_face(match.group(0), fallbacks):
            font = etree.Element("font", face=face)
            font.text = piece
            made.append(font)
        position = match.end()
    if position < len(text):
        made[-1].tail = text[position:]
    return lead, made


def _by_face(run: str, fallbacks: Faces) -> list[tuple[str, str]]:
    """A run of missing characters cut by the fallback face that sets each."""
    pieces: list[tuple[str, str]] = []
    for char in run:
        face = _first(ord(char), fallbacks) or next(iter(fallbacks))
        if pieces and pieces[-1][1] == face:
            pieces[-1] = (pieces[-1][0] + char, face)
        else:
            pieces.append((char, face))
    return pieces


def _wrap(element: etree._Element, missing: re.Pattern[str], fallbacks: Faces) -> None:
    for child in list(element):
        if child.tag != "font" or child.get("face") not in fallbacks:  # text already set in a fallback stays so
            _wrap(child, missing, fallbacks)
        child.tail, after = _split(child.tail, missing, fallbacks)
        position = element.index(child)
        for offset, font in enumerate(after, 1):
            element.insert(position + offset, font)
    element.text, first = _split(element.text, missing, fallbacks)
    for offset, font in enumerate(first):
        element.insert(offset, font)


def markup(text: Markup, primaries: tuple[str, ...], fallbacks: Faces) -> Markup:
    """Paragraph markup with the characters some primary face lacks set in the fallbacks, as `apply` would set it:
    for text measured before it is typeset (card sides)."""
    if not fallbacks or not set(map(ord, text)) - _everywhere(primaries):
        return text
    missing = _missing(primaries, tuple(fallbacks.items()))
    if missing is None or not missing.search(text):
        return text
    root = etree.fromstring(f"<para>{text}</para>")
    _wrap(root, missing, fallbacks)
    return Markup(etree.tostring(root, encoding="unicode").removeprefix("<para>").removesuffix("</para>"))


def apply(root: etree._Element) -> dict[str, str]:
    """Wrap, in every paragraph of the document, the characters its regular faces lack but a fallback has; drop
    the registration of every fallback nothing needs. Returns the fallbacks kept, in order (for the canvas)."""
    registered = {el.get("faceName", ""): el.get("fileName", "") for el in root.iter("registerTTFont")}
    fallbacks = {face: path for face, path in registered.items() if face.startswith(FALLBACK)}
    if not fallbacks:
        return {}
    faces = {face: path for face, path in registered.items() if face not in fallbacks}
    primaries = regular(faces)
    typed = {ord(char) for el in root.iter(*PARAGRAPHS, *STRINGS) for char in "".join(el.itertext()) if char > " "}
    beyond = typed - _everywhere(primaries) if primaries else set()
    used = {face for face in (_first(point, fallbacks) for point in beyond) if face}  # parsed only when needed
    missing = _missing(primaries, tuple(fallbacks.items())) if primaries and used else None
    if missing is not None:
        for paragraph in root.iter(*PARAGRAPHS):
            _wrap(paragraph, missing, fallbacks)
    named = {value for el in root.iter() if el.tag != "registerTTFont" for value in el.attrib.values()}
    for element in list(root.iter("registerTTFont")):
        face = element.get("faceName", "")
        if face in fallbacks and face not in used and face not in named:
            # Unused: registering it would parse its file in every build for nothing (an unused font is not embedded).
            element.getparent().remove(element)
            del fallbacks[face]
    return fallbacks


def runs(text: str, face: str, fallbacks: Faces) -> list[tuple[str, str]]:
    """`text` cut into (piece, face) runs: each character in `face` when it has it, else in the first fallback that
    does (else in `face`, where it prints as a box). `face` is a registered font's name."""
    font = pdfmetrics.getFont(face)
    cmap = getattr(getattr(font, "face", None), "charToGlyph", None)
    if cmap is None or not fallbacks or all(ord(char) in cmap or char.isspace() for char in text):
        return [(text, face)] if text else []
    pieces: list[tuple[str, str]] = []
    for char in text:
        chosen = face if ord(char) in cmap or char.isspace() else _first(ord(char), fallbacks) or face
        if pieces and pieces[-1][1] == chosen:
            pieces[-1] = (pieces[-1][0] + char, chosen)
        else:
            pieces.append((char, chosen))
    return pieces


def width(text: str, face: str, size: float, fallbacks: Faces) -> float:
    """The width of `text` drawn in `face` (a registered font's name) at `size`, its missing characters in the
    fallbacks, as the canvas draws it."""
    total = 0.0
    for piece, chosen in runs(text, face, fallbacks):
        if chosen != face:
            register(chosen, fallbacks[chosen])
        total += pdfmetrics.stringWidth(piece, chosen, size)
    return total


def wrap(text: str, face: str, size: float, limit: float, fallbacks: Faces) -> list[str]:
    """`text` broken at spaces into lines at most `limit` wide (a word wider than that keeps a line of its own),
    measured with `width`: ReportLab's simpleSplit, knowing the fallback fonts."""
    if all(chosen == face for _, chosen in runs(text, face, fallbacks)):
        return simpleSplit(text, face, size, limit)
    lines: list[str] = []
    for word in text.split():
        if lines and width(lines[-1] + " " + word, face, size, fallbacks) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
