"""An input file's bytes to text, refusing what YAML would choke on, with positions as editors count them.

Teachers' files come from word processors, web pages and other people's
machines: UTF-16 without a byte order mark (every other byte NUL), Latin-1, a
pasted form feed or escape character. YAML's reader refuses such characters
with an exception that names neither line nor character, so the text is
checked here first and each problem is reported at its line and column.

YAML also counts NEL (U+0085) and the Unicode line and paragraph separators as
line breaks, which editors do not: `Positions` turns a character index back
into the line and column an editor shows, counting only newlines.
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from pathlib import Path

from generator.content.limits import FILE_BYTES
from generator.errors import Location, UserError

MAX_BYTES = FILE_BYTES
"""The largest content or course file read (see docs/content-format.md, Limits)."""

# What YAML 1.1's reader accepts is tab, newlines, printable ASCII, NEL, and the rest of Unicode but
# surrogates and U+FFFE/U+FFFF; XML 1.0 (the RML every text ends up in) also refuses the other non-characters.
_REFUSED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
_UNNAMED = {0x85: "NEXT LINE", 0x0C: "FORM FEED", 0x1B: "ESCAPE", 0x00: "NUL", 0x7F: "DELETE", 0x08: "BACKSPACE"}
"""Control characters people paste, which have no name in Unicode's database."""
# Byte order marks, longest first (UTF-32 LE's begins with UTF-16 LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32 (little-endian)"),
    (codecs.BOM_UTF32_BE, "UTF-32 (big-endian)"),
    (codecs.BOM_UTF16_LE, "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "UTF-16 (big-endian)"),
)


def unprintable(value: str) -> re.Match[str] | None:
    """The first character in `value` that cannot be printed (a control character or a non-character)."""
    return _REFUSED.search(value)


def describe(char: str) -> str:
    """`U+000C (a control character)`, `U+FFFE (a non-character)`, `U+00E9 (LATIN SMALL LETTER E WITH ACUTE)`."""
    code = ord(char)
    kind = "a control character" if code < 0x20 or 0x7F <= code <= 0x9F else "a non-character"
    return f"U+{code:04X} ({unicodedata.name(char, _UNNAMED.get(code, kind))})"


def wide_encoding(raw: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding of a file, with or without a byte order mark, else None.

    Without a mark, the pattern of NUL bytes in the first four gives it away, as
    RFC 4627 used to tell JSON's encodings apart: YAML text starts with ASCII.
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    head = raw[:4]
    if len(head) < 4 or b"\0" not in head:
        return None
    nul = [byte == 0 for byte in head]
    patterns: dict[tuple[bool, ...], str] = {
        (True, True, True, False): "UTF-32 (big-endian)",
        (False, True, True, True): "UTF-32 (little-endian)",
        (True, False, True, False): "UTF-16 (big-endian)",
        (False, True, False, True): "UTF-16 (little-endian)",
    }
    return patterns.get(tuple(nul))


def read_text(path: Path, what: str = "content files", limit: int = MAX_BYTES) -> str:
    """The UTF-8 text of `path` (at most `limit` bytes), or a UserError naming what it is instead and where."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError("file not found", Location(path)) from None
    except OSError as error:
        raise UserError(f"cannot read file: {error.strerror}", Location(path)) from None
    if len(raw) > limit:
        raise UserError(f"file is {len(raw):,} bytes; {what} are limited to {limit:,} bytes", Location(path))
    encoding = wide_encoding(raw)
    if encoding:
        raise UserError(f"the file is {encoding} text: save it as UTF-8", Location(path, 1, 1))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = len(raw[raw.rfind(b"\n", 0, error.start) + 1 : error.start].decode("utf-8", "replace")) + 1
        raise UserError(
            f"not UTF-8 text (byte 0x{raw[error.start]:02x}): save the file as UTF-8",
            Location(path, line, column),
        ) from None
    found = unprintable(text)
    if found:
        raise UserError(
            f"contains {describe(found.group())}, which cannot be printed; delete it (it often comes from pasted text)",
            Positions(path, text).at(found.start()),
        )
    return text


class Positions:
    """Character index in a text -> the line and column an editor shows (only newlines end a line)."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.starts = [0, *(match.end() for match in re.finditer("\n", text))]

    def at(self, index: int) -> Location:
        line = bisect.bisect_right(self.starts, index) - 1
        return Location(self.path, line + 1, index - self.starts[line] + 1)
