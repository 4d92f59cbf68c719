"""Very long paragraphs set in pieces, so that ReportLab's line breaking stays linear.

ReportLab breaks a paragraph into lines again each time it splits it across a
page, so one paragraph's cost grows with the square of its length: 40,000
words took 20 s, 80,000 over two minutes. A paragraph longer than
`limits.PARAGRAPH_CHARACTERS` is cut at sentence ends (else at a space) into
pieces of about half that, each its own <para>, with the spacing between
pieces taken out so they read as one paragraph. Inline markup open at a cut
(<b>, <i>, <a …>) is closed there and opened again in the next piece.
Paragraphs under the limit, which is all ordinary writing, are untouched.
"""

from __future__ import annotations

import re

from generator.content.limits import PARAGRAPH_CHARACTERS

_TAG = re.compile(r"<(/?)([a-zA-Z]+)[^>]*?(/?)>")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s")
JOINED = ('spaceAfter="0"', 'spaceBefore="0" spaceAfter="0" firstLineIndent="0"', 'spaceBefore="0" firstLineIndent="0"')
"""The attributes of the first, middle and last pieces: no space between them, no indent after the first."""


def _cut(rml: str, start: int, target: int) -> int:
    """Where to end the piece that starts at `start`: the last sentence end (else space) before `target`."""
    window = rml[start:target]
    ends = [match.end() for match in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] > len(window) // 2:
        return start + ends[-1]
    space = window.rfind(" ")
    return start + space + 1 if space > len(window) // 2 else target


def _safe(rml: str, position: int) -> int:
    """`position`, moved back out of a tag or character entity it would fall inside."""
    for opener, closer in (("<", ">"), ("&", ";")):
        before = rml.rfind(opener, 0, position)
        if before != -1 and rml.find(closer, before) >= position:
            position = before
    return position


def pieces(rml: str, limit: int = PARAGRAPH_CHARACTERS) -> list[str]:
    """A paragraph's inline RML as one piece, or, when longer than `limit`, as pieces each with its markup whole."""
    if len(rml) <= limit:
        return [rml]
    out: list[str] = []
    carried: list[str] = []  # tags open at the start of the current piece
    start = 0
    while start < len(rml):
        end = len(rml) if len(rml) - start <= limit else _safe(rml, _cut(rml, start, start + limit // 2))
        end = max(end, start + 1)
        body = rml[start:end]
        opened = list(carried)
        for match in _TAG.finditer(body):
            closing, name, empty = match[1], match[2], match[3]
            if empty:
                continue
            if not closing:
                opened.append(match[0])
            elif opened and _TAG.match(opened[-1])[2] == name:  # type: ignore[index]
                opened.pop()
        closes = "".join(f"</{_TAG.match(tag)[2]}>" for tag in reversed(opened))  # type: ignore[index]
        out.append("".join(carried) + body + closes)
        carried = opened
        start = end
    return out
