"""Reference: the same handout and cards as bare_rml.py, written directly with ReportLab's platypus.

    python bench/reference/platypus.py handout OUT.pdf
    python bench/reference/platypus.py cards N OUT.pdf

No markup language in between: the floor of anything built on ReportLab.
"""

from __future__ import annotations

import sys

from common import FACES, FONTS, cards, example
from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

rl_config.invariant = 1


def _handout(out: str) -> None:
    t = example()
    title = ParagraphStyle("title", fontName="Heading-Bold", fontSize=22, leading=26, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="Heading-Bold", fontSize=13, leading=16, spaceBefore=12, spaceAfter=4,
                        keepWithNext=1)  # fmt: skip
    body = ParagraphStyle("body", fontName="Body", fontSize=10.5, leading=14, spaceAfter=6, alignment=TA_JUSTIFY)
    cell = ParagraphStyle("cell", fontName="Body", fontSize=9, leading=11.5)
    rules = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, "#999999")])

    def table(rows: list[tuple[str, ...]], first: float) -> Table:
        cells = [[Paragraph(row[0], cell), Paragraph(" ".join(row[1:]), cell)] for row in rows]
        return Table(cells, colWidths=(first, 482 - first), style=rules)

    def footer(canvas, doc) -> None:  # ReportLab's onPage callback
        canvas.setFont("Heading", 8)
        canvas.drawString(65, 30, t["title"])
        canvas.drawRightString(547, 30, f"page {doc.page}")

    story = [Paragraph(t["title"], title), Paragraph(t["subtitle"], body), Paragraph("Summary", h2)]
    story += [Paragraph(p, body) for p in t["summary"]]
    story += [Paragraph("Key figures", h2), table(t["figures"], 120), Paragraph("Chronology", h2)]
    story += [table(t["events"], 90), Paragraph("Key terms", h2), table(t["terms"], 120)]
    story += [Paragraph("Discussion questions", h2)]
    story += [Paragraph(f"{n}. {q}", body) for n, q in enumerate(t["questions"], 1)]
    story += [Paragraph("Further reading", h2)] + [Paragraph(r, body) for r in t["reading"]]
    doc = BaseDocTemplate(out, pagesize=(612, 792))
    doc.addPageTemplates([PageTemplate("main", [Frame(65, 50, 482, 677)], onPage=footer)])
    doc.build(story)


def _cards(count: int, out: str) -> None:
    front = ParagraphStyle("front", fontName="Heading-Bold", fontSize=13, leading=16, alignment=TA_CENTER)
    back = ParagraphStyle("back", fontName="Body", fontSize=10, leading=13, alignment=TA_CENTER)
    slots = [(54 + 252 * column, 36 + 144 * (4 - row)) for row in range(5) for column in range(2)]
    fronts = [Frame(x + 9, y + 9, 234, 126) for x, y in slots]
    backs = [Frame(612 - x - 252 + 9, y + 9, 234, 126) for x, y in slots]
    doc = BaseDocTemplate(out, pagesize=(612, 792))
    doc.addPageTemplates([PageTemplate("front", fronts), PageTemplate("back", backs)])
    made, story = cards(count), []
    for start in range(0, len(made), 10):
        sheet = made[start : start + 10]
        if start:
            story += [NextPageTemplate("front"), PageBreak()]
        for side, style, template in ((0, front, "back"), (1, back, None)):
            for number, card in enumerate(sheet):
                story.append(Paragraph(card[side], style))
                if number < len(sheet) - 1:
                    story.append(FrameBreak())
            if template:
                story += [NextPageTemplate(template), PageBreak()]
    doc.build(story)


def main() -> None:
    for name, file in FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    if sys.argv[1] == "handout":
        _handout(sys.argv[2])
    else:
        _cards(int(sys.argv[2]), sys.argv[3])


if __name__ == "__main__":
    main()
