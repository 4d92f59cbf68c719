"""Typeset RML into PDF bytes with z3c.rml on ReportLab.

z3c.rml is imported here, on first use, because its import alone costs about
0.4 s and `studyguide check` never typesets. Unknown RML directives abort the
build instead of vanishing, and the PDF is made in memory: nothing touches the
output file until the bytes are complete.
"""

from __future__ import annotations

from io import BytesIO

from lxml import etree

from .errors import UserError


def typeset(rml: str, source: str = "<template>") -> bytes:
    """PDF bytes for an RML document.

    RML has no attribute for PDF keywords, so the template puts them on the root
    element as `keywords="..."`; we take them off before z3c.rml sees the tree and
    set them on the canvas.
    """
    from reportlab.pdfgen.canvas import Canvas
    from z3c.rml import directive, document

    directive.ABORT_ON_INVALID_DIRECTIVE = True
    try:
        root = etree.fromstring(rml.encode("utf-8"))
    except etree.XMLSyntaxError as error:
        raise UserError(f"the template produced invalid RML: {error}", field=source) from None
    keywords = root.attrib.pop("keywords", "")

    class KeywordCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self.setKeywords(keywords)

    doc = document.Document(root, canvasClass=KeywordCanvas)
    output = BytesIO()
    try:
        doc.process(output)
    except ValueError as error:
        if "could not be processed" in str(error):
            raise UserError(f"the template produced unknown RML: {error}", field=source) from None
        raise
    return output.getvalue()
