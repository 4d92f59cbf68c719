"""Font registration with ReportLab, each file parsed once per process.

Parsing a TrueType file costs about 10 ms; a handout uses eight of them, and the
timeline measures its labels with two. Registered fonts are kept by name and
path, so later builds in the same process (tests, the benchmark, a watch loop)
reuse them.
"""

from __future__ import annotations

import struct
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from generator.errors import Location, UserError

FONT_PARSE_ERRORS = (TTFError, struct.error, ValueError, IndexError, KeyError, OverflowError, ZeroDivisionError)
"""What ReportLab's TrueType reader raises on a truncated or malformed file (it reads tables by offsets it trusts)."""


@lru_cache(maxsize=64)
def parsed(name: str, path: str) -> TTFont:
    try:
        return TTFont(name, path)
    except TTFError as error:
        raise UserError(f"cannot use this font: {error}", Location(path)) from None
    except FONT_PARSE_ERRORS as error:
        raise UserError(f"cannot use this font: the file is damaged or truncated ({error})", Location(path)) from None


def register(name: str, path: str) -> str:
    """Register the TrueType font at `path` as `name` and return the name.

    Registration itself is repeated every time: ReportLab forgets registered fonts
    at the start of each document (rl_config._reset), but the parsed file is kept.
    ReportLab also keeps the first TrueType font registered under a name and
    silently ignores a later one until that reset: a course's `Body` would then
    stay `Body` for the next course or the default theme built in this process
    (watch, a batch in one process, the tests), and everything measured before
    typesetting (card text, timeline labels, footers) would be measured in the
    wrong font. So a different font already under `name` is dropped first.
    """
    font = parsed(name, path)
    if pdfmetrics._fonts.get(name, font) is not font:  # ReportLab offers no public way to replace a registration
        del pdfmetrics._fonts[name]
    pdfmetrics.registerFont(font)
    return name


def register_faces(faces: dict[str, str]) -> None:
    """Register every face of `Fonts.faces()` and the families that make <b> and <i> work in paragraphs.

    The faces are named `Family`, `Family-Bold`, `Family-Italic` and
    `Family-BoldItalic`, as the templates' registerFontFamily declares them.
    """
    for name, path in faces.items():
        register(name, path)
    for family in {name.split("-")[0] for name in faces}:
        pdfmetrics.registerFontFamily(
            family, normal=family, bold=f"{family}-Bold", italic=f"{family}-Italic", boldItalic=f"{family}-BoldItalic"
        )
