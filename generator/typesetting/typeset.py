"""Typeset RML into PDF bytes with z3c.rml on ReportLab.

z3c.rml is imported here, on first use, because its import alone costs about
0.4 s and `studyguide check` never typesets. Unknown RML directives abort the
build instead of vanishing, and the PDF is made in memory: nothing touches the
output file until the bytes are complete.
"""

from __future__ import annotations

import re
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from lxml import etree

from generator.errors import Location, UserError
from generator.resources import FONTS
from generator.typesetting import attributes, blame, fallback, guard, hooks, markers, structure
from generator.typesetting.fonts import register
from generator.typesetting.tagging import Tagger


@lru_cache(maxsize=1)
def _register_cached_ttfont_class() -> type:
    from z3c.rml import document

    class RegisterCachedTTFont(document.RegisterTTFont):
        """z3c.rml's registerTTFont, reusing fonts already parsed in this process.

        z3c.rml would parse every font file again for every document (about 10 ms
        a file); the template still says which fonts it uses.
        """

        def process(self) -> None:
            path = Path(self.element.get("fileName", ""))
            if not path.is_file():
                raise UserError("font file not found", Location(path), field="registerTTFont")
            register(self.element.get("faceName", ""), str(path))

    return RegisterCachedTTFont


def typeset(rml: str, source: str = "<template>", roots: tuple[Path, ...] = ()) -> bytes:
    """PDF bytes for an RML document that reads files only from the bundled fonts and `roots`."""
    from reportlab.platypus.doctemplate import LayoutError
    from z3c.rml import directive, document, flowable

    from generator.typesetting.tables import WholeRowTable

    directive.ABORT_ON_INVALID_DIRECTIVE = True
    flowable.BlockTable.klass = WholeRowTable
    try:
        root = guard.parse(rml, source)
    except etree.XMLSyntaxError as error:
        raise blame.typesetting_error(error, rml, source, roots, error.lineno) from None
    meta = structure.Metadata(root.attrib.pop("lang", "en"), root.get("title", ""), root.get("author", ""))
    taggers: list[Tagger] = []
    fallbacks = fallback.apply(root)  # characters the fonts lack, set in a fallback font (checked by the guard too)
    canvas = _canvas_class(root, taggers, fallbacks)  # takes the keywords off first: they are ours, not RML
    placed = markers.lift(root, source)  # <tagged> is ours too
    guard.check(root, (FONTS, *roots), source)
    markers.expand(placed)
    hooks.install()
    attributes.install()
    document.DocInit.factories["registerTTFont"] = _register_cached_ttfont_class()
    doc = document.Document(root, canvasClass=canvas)
    output = BytesIO()
    try:
        doc.process(output)
    except LayoutError as error:  # the last line of defence: content checks should have caught it sooner
        shown = re.sub(r"<[^>]*>|\s+", " ", str(error)).strip()
        raise UserError(f"something is too large to fit on a page; shorten it ({shown[:160]}…)", field=source) from None
    except Exception as error:  # sorted below: the libraries' errors are the input's, ours are bugs
        if not blame.raised_in_library(error):
            raise
        raise blame.typesetting_error(error, rml, source, roots) from None
    return structure.finish(output.getvalue(), taggers[-1].root, meta)


def _canvas_class(root: etree._Element, taggers: list[Tagger], fallbacks: fallback.Faces) -> type:
    """A ReportLab canvas that starts in the document's first font, carries its keywords, tags what it draws and
    draws strings with the characters their font lacks in the `fallbacks` (running heads, timeline labels).

    ReportLab's canvas opens every page in Helvetica, which would put an
    unembedded font into the PDF; we start it in the first font the template
    registers instead. RML has no attribute for PDF keywords, nor for the viewer
    preference that tells the print dialog how to print two-sided (/Duplex:
    Simplex, DuplexFlipLongEdge or DuplexFlipShortEdge), so the template puts them
    on the root element as `keywords="..."` and `duplex="..."`; we take them off
    before z3c.rml sees the tree (it would refuse them) and set them here. Each
    canvas (z3c.rml may build in several passes) records its marked content in a
    `Tagger`; the one that saves last is the document's, appended to `taggers`.
    """
    from reportlab.pdfgen.canvas import Canvas

    keywords = root.attrib.pop("keywords", "")
    duplex = root.attrib.pop("duplex", None)
    first_font = root.find("docinit/registerTTFont")
    initial = first_font.get("faceName") if first_font is not None else None

    class DocumentCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.tagger = Tagger()
            super().__init__(*args, **{**kwargs, "initialFontName": initial or kwargs.get("initialFontName")})
            if duplex:
                self.setViewerPreference("Duplex", duplex)

        def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
            self._draw(x, y, text, 0.0, Canvas.drawString, args, kwargs)

        def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
            self._draw(x, y, text, 1.0, Canvas.drawRightString, args, kwargs)

        def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
            self._draw(x, y, text, 0.5, Canvas.drawCentredString, args, kwargs)

        def _draw(self, x: float, y: float, text: str, align: float, draw: Any, args: Any, kwargs: Any) -> None:
            """One string, or its runs in their fonts side by side, `align` of its width left of `x`."""
            face, size, leading = self._fontname, self._fontsize, self._leading
            pieces = fallback.runs(text, face, fallbacks)
            if all(chosen == face for _, chosen in pieces):
                return draw(self, x, y, text, *args, **kwargs)
            x -= align * fallback.width(text, face, size, fallbacks)
            for piece, chosen in pieces:
                self.setFont(chosen, size, leading)
                Canvas.drawString(self, x, y, piece)
                x += fallback.width(piece, chosen, size, fallbacks)
            self.setFont(face, size, leading)

        def setKeywords(self, _ignored: Any) -> None:
            super().setKeywords(keywords)

        def showPage(self) -> None:
            self.tagger.close_page(self._code)
            super().showPage()

        def save(self) -> None:
            super().save()
            taggers.append(self.tagger)

        def linkURL(self, url: str, *args: Any, **kwargs: Any) -> None:
            super().linkURL(url, *args, **kwargs)
            self.tagger.link(url)

        def linkRect(self, contents: str, destination: str, *args: Any, **kwargs: Any) -> None:
            super().linkRect(contents, destination, *args, **kwargs)
            self.tagger.link("#" + destination)

    return DocumentCanvas
