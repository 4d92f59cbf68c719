"""`<tagged>`: structure a template names, turned into markers z3c.rml can draw.

A template wraps content in `<tagged role="Figure" alt="...">...</tagged>` (or
role="Artifact", or any standard structure type, with an optional `key`, and a
`lang` for content in another language than the document's).
z3c.rml knows no such element, so before it sees the tree each `<tagged>` is
replaced by a begin marker, its children and an end marker (`lift`, then
`expand` once the guard has passed the tree): in the story the markers are
zero-size flowables, in page graphics and illustrations they are
graphics operations. Both only open and close a node of the `Tagger`; the
content between them is marked by the flowables that draw it.

The markers are `plugInFlowable`/`plugInGraphic` calls into this module, which
`guard` refuses in templates; they are written here, after the guard has
checked the template's RML, and carry nothing but the tag's attributes as JSON.
"""

from __future__ import annotations

import json
from typing import Any

from lxml import etree

from generator.errors import Location, UserError
from generator.messages import TAG
from generator.typesetting.tagging import tagger

ELEMENT = "tagged"
ROLES = frozenset(
    {"Artifact", "Figure", "Formula", "Sect", "Div", "Part", "Art", "BlockQuote", "Caption", "Note", "NonStruct"}
    | {"P", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "Span", "Quote", "Code"}
)
GRAPHICS = frozenset({"pageGraphics", "illustration"})


Placed = list[tuple[etree._Comment, etree._Element]]
"""Each place a marker goes: a comment standing in for it while the guard checks the tree, and the marker."""


def lift(root: etree._Element, source: str) -> Placed:
    """Check every `<tagged>` and replace it by two comments around its children, for the guard to pass.

    The guard checks the RML a template wrote; `<tagged>` is studyguide's, not
    z3c.rml's, and the markers it becomes are plug-ins the guard rightly refuses
    in templates. So the comments stand in for them until `expand`, which knows
    them by identity: a comment a template writes is never one of them.
    """
    placed: Placed = []
    for element in list(root.iter(ELEMENT)):
        spec = dict(element.attrib)
        role = spec.get("role", "")
        if role not in ROLES or set(spec) - {"role", "alt", "key", "lang"}:
            raise UserError(
                f"<tagged> takes role (one of {', '.join(sorted(ROLES))}) and optional alt, key and lang; got {spec}",
                Location(source),
            )
        if spec.get("lang") and not TAG.fullmatch(spec["lang"]):
            raise UserError(f'<tagged lang="{spec["lang"]}">: not a language tag (BCP 47)', Location(source))
        if role == "Figure" and not spec.get("alt", "").strip():
            raise UserError('<tagged role="Figure"> needs alt text (alt="...")', Location(source))
        graphic = any(etree.QName(a).localname in GRAPHICS for a in element.iterancestors())
        begin, end = etree.Comment("tagged"), etree.Comment("/tagged")
        placed += [(begin, _marker(graphic, json.dumps(spec))), (end, _marker(graphic, ""))]
        begin.tail, end.tail = element.text, element.tail
        for node in (begin, *element, end):  # moved one by one: a slice assignment was quadratic in siblings
            element.addprevious(node)
        element.getparent().remove(element)
    return placed


def expand(placed: Placed) -> None:
    """Put each marker where its comment stands (after the guard has checked the tree)."""
    for comment, marker in placed:
        marker.tail = comment.tail
        comment.getparent().replace(comment, marker)


def _marker(graphic: bool, text: str) -> etree._Element:
    kind, function = ("plugInGraphic", "graphic") if graphic else ("plugInFlowable", "flowable")
    marker = etree.Element(kind, module=__name__, function=function)
    marker.text = text
    return marker


def _apply(canvas: Any, text: str, mark: bool) -> None:
    """Open (text: the tag as JSON) or close (no text) a node; with `mark`, its marked content too."""
    found = tagger(canvas)
    if found is None:
        return
    if not text:
        if mark and found.open is not None and found.open[0] is found.top:
            found.end(canvas._code)
        found.leave()
        return
    spec = json.loads(text)
    node = found.enter(spec["role"], key=spec.get("key"))
    node.alt = spec.get("alt") or node.alt
    if "lang" in spec:
        node.lang = spec["lang"]  # "" says the language is unknown, rather than the document's
    if mark and node.role != "Artifact" and found.inside("Artifact") is None:
        found.begin(canvas._code, node)


def graphic(canvas: Any, text: str) -> None:
    """plugInGraphic: page graphics draw on one page, so what is drawn between the markers is the node's."""
    _apply(canvas, text, mark=True)


def flowable(text: str) -> Any:
    """plugInFlowable: a zero-size flowable that opens or closes a node where it is drawn."""
    from reportlab.platypus.flowables import Flowable

    class Marker(Flowable):
        def wrap(self, *_: Any) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            _apply(self.canv, text, mark=False)

    return Marker()
