"""Where ReportLab draws, tell the `Tagger`: paragraphs, tables, lists, figures' drawings, splits.

ReportLab has no hook for tagging, so `install` wraps the drawOn methods of the
flowables studyguide's RML makes (once per process). The wrappers do nothing
unless the canvas carries a `Tagger`, so other ReportLab users in the process
(the card fitting measurements) are unaffected.
"""

from __future__ import annotations

from functools import cache, partial
from typing import Any

from generator.typesetting.inline import frag_line, soft_breaks, targets, text_object, text_out
from generator.typesetting.tagging import ARTIFACTS, ROW_HEADERS, Node, Tagger, active, continuation, role, tagger

PARAGRAPHS = frozenset({"P", "H1", "H2", "H3", "H4", "H5", "H6"})
"""A paragraph drawn directly inside a template's <tagged> of these roles is that element (it may carry a lang)."""


def _marked(found: Tagger, canvas: Any, node: Node, draw: Any) -> Any:
    started = found.begin(canvas._code, node)
    try:
        return draw()
    finally:
        if started:
            found.end(canvas._code)


def _paragraph(original: Any) -> Any:
    def drawOn(self: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> Any:
        found = active(canvas)
        draw = partial(original, self, canvas, x, y, _sW)
        if found is None or self.style.name in ARTIFACTS:
            return draw()
        found.soft_breaks = soft_breaks(self)
        try:
            return _tagged_paragraph(self, canvas, found, draw)
        finally:
            found.soft_breaks = frozenset()

    return drawOn


def _tagged_paragraph(self: Any, canvas: Any, found: Tagger, draw: Any) -> Any:
    """A paragraph's node (its style's role, a list item's body, a Figure's, or the template's tagged paragraph
    it is drawn in) and its marked content: around it, or inside its text objects when it holds links."""
    key = continuation(self)
    node = found.inside("Figure") or found.keyed.get(key)
    if node is None and found.top.role in PARAGRAPHS:
        node = found.keyed[key] = found.top  # <tagged role="P" lang="ru"><para>…</para></tagged>
    links = targets(self) if node is None or node.role != "Figure" else []
    inline = bool(links) and self.blPara.kind == 1  # fragments: links among other words
    if node is None and self.bulletText:
        item = found.top.child("LI")
        found.bullet = (item.child("Lbl"), item.child("LBody"))
        found.keyed[key] = found.bullet[1]
        found.inline = found.bullet[1] if inline else None
        try:
            return draw()  # the bullet hook marks the label, then opens the body's marked content
        finally:
            found.bullet, found.inline, found.inline_links = None, None, {}
            if found.open is not None and found.open[0] is found.keyed[key]:
                found.end(canvas._code)
    if node is None:
        node = found.keyed[key] = found.top.child(role(self.style.name))
    if not links or found.open is not None:
        return _marked(found, canvas, node, draw)
    if not inline:  # one fragment, all of it a link: the paragraph's words are the Link's
        found.inline_links = {links[0]: node.child("Link")}
        try:
            return _marked(found, canvas, found.inline_links[links[0]], draw)
        finally:
            found.inline_links = {}
    found.inline = node
    try:
        return draw()  # _text_out marks its words and its links' words inside its text objects
    finally:
        found.inline, found.inline_links = None, {}


def _bullet(original: Any) -> Any:
    """The bullet of a bulletText paragraph is its list item's label, marked apart from its body."""

    def draw_bullet(canvas: Any, *args: Any, **kwargs: Any) -> Any:
        found = tagger(canvas)
        pending = found.bullet if found is not None else None
        if found is None or not pending:
            return original(canvas, *args, **kwargs)
        found.bullet = None
        label, body = pending
        result = _marked(found, canvas, label, partial(original, canvas, *args, **kwargs))
        if found.inline is None:  # a body with links is marked inside its text objects
            found.begin(canvas._code, body)
        return result

    return draw_bullet


def _within(role_name: str, original: Any) -> Any:
    """A container (a list) that is one node, continued by its split parts."""

    def drawOn(self: Any, canvas: Any, *args: Any, **kwargs: Any) -> Any:
        found = active(canvas)
        if found is None or found.inside("Figure"):
            return original(self, canvas, *args, **kwargs)
        found.enter(role_name, key=continuation(self))
        try:
            return original(self, canvas, *args, **kwargs)
        finally:
            found.leave()

    return drawOn


def _list_item(self: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
    """ReportLab's LIIndenter.drawOn, with the bullet as Lbl and the item's flowables as LBody."""
    found = active(canvas)
    indent = partial(
        self._flowable.drawOn, canvas, x + self._leftIndent, y, max(0, _sW - self._leftIndent - self._rightIndent)
    )
    bullet = partial(self._bullet.drawOn, self, canvas, x, y, 0) if self._bullet else None
    if found is None or found.inside("Figure"):
        if bullet:
            bullet()
        indent()
        return
    item = found.enter("LI", key=continuation(self))
    if bullet:
        _marked(found, canvas, item.child("Lbl"), bullet)
    found.enter("LBody", key=("body", continuation(self)))
    try:
        indent()
    finally:
        found.leave()
        found.leave()


def _cell(found: Tagger, table: Any, event: str, value: Any, role: str, **attributes: str) -> None:
    """Open a cell's node; text a table draws itself (a cell given as a string, not a paragraph) is its content."""
    node = found.enter(role, **attributes)
    if isinstance(value, str) and value.strip():
        found.begin(table.canv._code, node)


def _cell_end(found: Tagger, table: Any) -> None:
    if found.open is not None and found.open[0] is found.top:
        found.end(table.canv._code)
    found.leave()


def _cell_events(found: Tagger, table: Any, event: str, *args: Any) -> None:
    """Table's render callback: rows and cells as TR, TH (row header, by its paragraph style) and TD."""
    if event == "startRow":
        found.enter("TR")
    elif event == "startCell":
        value = args[2]
        first = value[0] if isinstance(value, list | tuple) and value else value
        style = getattr(getattr(first, "style", None), "name", None)
        if style in ROW_HEADERS:
            _cell(found, table, event, value, "TH", Scope="Row")
        else:
            _cell(found, table, event, value, "TD")
    elif event == "endCell":
        _cell_end(found, table)
    elif event == "endRow":
        found.leave()


def _item_events(found: Tagger, table: Any, event: str, *args: Any) -> None:
    """A numbered list set as a table (`<tagged role="L">`): each row an item, its first cell the label."""
    if event == "startRow":
        found.enter("LI")
    elif event == "startCell":
        _cell(found, table, event, args[2], "Lbl" if args[1] == 0 else "LBody")
    elif event == "endCell":
        _cell_end(found, table)
    elif event == "endRow":
        found.leave()


def _column_events(found: Tagger, table: Any, event: str, *args: Any) -> None:
    """A layout table's render callback: each column is a list, read before the next column."""
    if event == "startCell":
        found.enter("L", key=("column", id(found.top), args[1]))  # the parts of a split table share columns
        found.enter("LI")
        _cell(found, table, event, args[2], "LBody")
    elif event == "endCell":
        _cell_end(found, table)
        found.leave()
        found.leave()


EVENTS = {"Div": _column_events, "L": _item_events, "Table": _cell_events}
"""What a table inside a template's <tagged role> is: a layout of lists, a list, or part of a table."""


def _table(original: Any) -> Any:
    """A table is Table/TR/TH/TD (its rows join the Table a template opened around it, if any); inside
    `<tagged role="Div">` it lays out lists, one a column; inside `<tagged role="L">` it is that list."""

    def drawOn(self: Any, canvas: Any, *args: Any, **kwargs: Any) -> Any:
        found = active(canvas)
        if found is None or found.inside("Figure"):
            return original(self, canvas, *args, **kwargs)
        if found.top.role in EVENTS:
            found.stack.append(found.top)  # the template's node again, left when the table is drawn
        else:
            found.enter("Table", key=continuation(self))
        self._renderCB = partial(EVENTS.get(found.top.role, _cell_events), found)
        try:
            return original(self, canvas, *args, **kwargs)
        finally:
            self._renderCB = None
            found.leave()

    return drawOn


def _graphic(original: Any) -> Any:
    """A drawing (illustration, image) is a figure's content inside a Figure, an artifact anywhere else."""

    def drawOn(self: Any, canvas: Any, *args: Any, **kwargs: Any) -> Any:
        found = active(canvas)
        figure = found.inside("Figure") if found is not None else None
        draw = partial(original, self, canvas, *args, **kwargs)
        return _marked(found, canvas, figure, draw) if found is not None and figure is not None else draw()

    return drawOn


def _split(original: Any) -> Any:
    def split(self: Any, *args: Any, **kwargs: Any) -> Any:
        breaks = soft_breaks(self) if hasattr(self, "frags") else None  # a paragraph's, before it is split
        parts = original(self, *args, **kwargs)
        key = continuation(self)
        for part in parts:
            part._tag_key = key
            if breaks is not None:
                part._soft_breaks = breaks
        return parts

    return split


@cache
def install() -> None:
    """Wrap ReportLab's and z3c.rml's drawing methods (once per process)."""
    from reportlab.pdfgen import canvas as pdfcanvas
    from reportlab.pdfgen import textobject
    from reportlab.platypus import flowables, paragraph, tables
    from z3c.rml import platypus

    paragraph.Paragraph.drawOn = _paragraph(paragraph.Paragraph.drawOn)
    paragraph._drawBullet = _bullet(paragraph._drawBullet)
    paragraph._putFragLine = frag_line(paragraph._putFragLine)
    textobject.PDFTextObject._textOut = text_out(textobject.PDFTextObject._textOut)
    pdfcanvas.Canvas.drawText = text_object(pdfcanvas.Canvas.drawText)
    tables.Table.drawOn = _table(tables.Table.drawOn)
    flowables.ListFlowable.drawOn = _within("L", flowables.ListFlowable.drawOn)
    flowables.LIIndenter.drawOn = _list_item
    for cls in (platypus.Illustration, flowables.Image):
        cls.drawOn = _graphic(cls.drawOn)
    for cls in (paragraph.Paragraph, tables.Table, flowables.ListFlowable, flowables.LIIndenter):
        cls.split = _split(cls.split)
