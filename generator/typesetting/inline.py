"""What a paragraph's text objects show, marked for reading: links, soft hyphens, the ends of lines.

hooks.py marks a paragraph's content around its drawing; what happens inside
ReportLab's text object (BT … ET) is here, because marked content must nest with
BT and ET: a paragraph with links is marked inside its text objects, its own
words and each link's words in sequences of their own; the hyphen of a word
broken at a soft hyphen is the font's soft hyphen (U+00AD), read as a word break;
and each line ends in a space, so a line's last word and the next line's first
stay two words in the text read from the page.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from generator.typesetting.tagging import active

SOFT_HYPHEN = "\u00ad"


def targets(paragraph: Any) -> list[str]:
    """Where a paragraph's links go, as ReportLab names them to the canvas (a URL, or #name): from its lines'
    fragments (kind 1), or from its one fragment (kind 0)."""
    laid = paragraph.blPara
    words = [w for line in laid.lines for w in line.words] if laid.kind == 1 else paragraph.frags[:1]
    return [target for word in words for _, target in getattr(word, "link", None) or ()]


def soft_breaks(paragraph: Any) -> frozenset[str]:
    """The starts of words a soft hyphen may end: "Com" and "Commu" for Com­mu­nist (markup left out).

    Read from the paragraph's text as written; the parts it is split into (which
    ReportLab makes from broken lines, soft hyphens gone) keep the whole's."""
    known = getattr(paragraph, "_soft_breaks", None)
    if known is not None:
        return known
    found: set[str] = set()
    for word in re.sub(r"<[^>]*>", " ", getattr(paragraph, "text", None) or "").split():
        parts = word.split(SOFT_HYPHEN)
        found |= {_soft("".join(parts[:i])) for i in range(1, len(parts))}
    paragraph._soft_breaks = frozenset(found)
    return paragraph._soft_breaks


def text_out(original: Any) -> Any:
    """What a paragraph's text object shows, marked for reading.

    - A line ends in a space, so its last word and the next line's first stay two
      words: ReportLab drops the space where it breaks a line; the page shows the
      gap, but text read from the marked content (a screen reader's) would run "the"
      and "machinery" together. A space drawn at the end of the line shows nothing.
    - The hyphen ReportLab draws where it breaks a word at a soft hyphen is drawn as
      the font's soft hyphen (U+00AD, the same shape), so text read from the page is
      "Com\u00admunist", a word broken at a line's end, not "Com-" "munist" (PDF's rule
      for identifying word breaks); with a font that has none, the hyphen is marked
      /ActualText () and read as nothing.
    - In a paragraph with links, each fragment's words are marked as the paragraph's
      or as its link's (Tagger.mark_inline).
    """

    def text_out(self: Any, text: str, TStar: int = 0) -> Any:
        found = active(self._canvas)
        if found is None:
            return original(self, text, TStar)
        if found.words:  # each shown fragment of an inline paragraph's line, in order
            fragment = found.words.pop(0)
            links = getattr(fragment, "link", None) or ()
            if text:
                assert found.inline is not None
                found.mark_inline(self._code, found.link_node(links[0][1]) if links else found.inline)
                self._tagged_inline = True
        hyphen, self._after_hyphen = getattr(self, "_after_hyphen", False), False
        if text.endswith("-") and text[:-1].split() and _soft(text[:-1].split()[-1]) in found.soft_breaks:
            self._after_hyphen = not TStar  # the line's end (T*) may come on its own, with no text
            if _has_soft_hyphen(self._fontname):  # drawn as the font's soft hyphen: read as a word break
                return original(self, text[:-1] + SOFT_HYPHEN, TStar)
            original(self, text[:-1], 0)  # a font without one: the hyphen read as nothing
            self._code.append("/Span <</ActualText ()>> BDC")
            original(self, "-", TStar)
            self._code.append("EMC")
            return None
        word_ends = text[-1] not in " -\u00ad" if text else not hyphen  # a T* alone ends the hyphen's line
        if TStar and word_ends:
            text += " "
        return original(self, text, TStar)

    return text_out


@cache
def _has_soft_hyphen(font: str) -> bool:
    """Whether the font has a glyph for U+00AD (the bundled ones draw it as their hyphen)."""
    from reportlab.pdfbase import pdfmetrics

    face = getattr(pdfmetrics.getFont(font), "face", None)
    return 0xAD in getattr(face, "charToGlyph", {})


def _soft(word: str) -> str:
    return re.sub(r"^\W+", "", word)


def frag_line(original: Any) -> Any:
    """ReportLab draws a line of fragments by showing each in turn: the inline paragraph's fragments are noted
    first, so _text_out knows which are links."""

    def put(cur_x: float, tx: Any, line: Any, *args: Any) -> Any:
        found = active(tx._canvas)
        if found is None or found.inline is None:
            return original(cur_x, tx, line, *args)
        found.words = [word for word in line.words if not hasattr(word, "cbDefn")]
        try:
            return original(cur_x, tx, line, *args)
        finally:
            found.words = None

    return put


def text_object(original: Any) -> Any:
    """A text object whose words were marked inside it interrupts the page's artifact around its BT … ET."""

    def drawText(self: Any, tx: Any) -> Any:
        found = active(self)
        if found is None or not getattr(tx, "_tagged_inline", False):
            return original(self, tx)
        found.mark_inline(tx._code, None)
        self._code.append("EMC")
        try:
            return original(self, tx)
        finally:
            self._code.append("/Artifact BMC")

    return drawText
