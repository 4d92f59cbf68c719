"""Record a tagged PDF's structure while ReportLab draws: marked content and the tree it belongs to.

ReportLab writes no tags, so we mark content as it is drawn. Every page starts
as an /Artifact marked-content sequence; a flowable that is real content (a
paragraph, a figure's drawing) closes it, opens `/P <</MCID n>> BDC`, draws,
and reopens the artifact. So everything on a page is inside marked content
(running heads and feet, rules, table lines, crop marks and answer lines stay
artifacts) and every tagged piece is recorded as a `Mark` under a `Node`. The
nodes form the structure tree in the order the content is drawn, which is the
story's order; `structure.finish` writes it into the PDF afterwards.

A paragraph's tag comes from its RML style (`ROLES`); tables become
Table/TR/TH/TD (a cell whose first paragraph has a row-header style is a TH
scoped to its row); lists become L/LI/Lbl/LBody. Templates name other structure
with `<tagged role="..." alt="..." key="...">...</tagged>` (see `markers`): a
Figure with its alternative text, an Artifact, or a grouping whose `key` makes
content drawn later (a card's back, pages on) join the node drawn first.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

ROLES = {"Title": "H1", "Heading": "H2", "Subheading": "H3", "Quote": "BlockQuote"}
"""Paragraph styles that are not P; every other style is a paragraph."""
ARTIFACTS = frozenset({"Card-footer"})
"""Paragraph styles that are page furniture: left out of the structure, like running heads."""
ROW_HEADERS = frozenset({"FigureName", "Date", "Term"})
"""Paragraph styles that make their table cell the header of its row."""
_keys = itertools.count(1)


@dataclass(frozen=True)
class Mark:
    """One marked-content sequence: page index (from 0) and its MCID there."""

    page: int
    mcid: int


@dataclass(frozen=True)
class Annotation:
    """A link annotation made while drawing: the index-th link on its page."""

    page: int
    index: int


@dataclass
class Node:
    """A structure element: its role, attributes and kids in reading order."""

    role: str
    kids: list[Node | Mark | Annotation] = field(default_factory=list)
    alt: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    """The language of this element's content when it is not the document's ("" when unknown)."""

    def child(self, role: str, **attributes: str) -> Node:
        node = Node(role, attributes=attributes)
        self.kids.append(node)
        return node


class Tagger:
    """The marks and nodes of one canvas (one pass of a multi-pass build)."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self.stack = [self.root]
        self.keyed: dict[Any, Node] = {}
        self.page = 0
        self.mcids = 0
        self.links = 0
        self.open: tuple[Node, int, int] | None = None
        self.bullet: tuple[Node, Node] | None = None
        """The label and body of the bulletText paragraph being drawn, for its bullet."""
        self.inline: Node | None = None
        """The paragraph whose text is marked inside its text objects (it holds links: each link's words are
        its Link's own marked content), or None."""
        self.inline_links: dict[str, Node] = {}
        self.inline_open: Node | None = None
        self.words: list[Any] | None = None
        """The fragments of the line being drawn of the `inline` paragraph, in the order they are shown."""
        self.soft_breaks: frozenset[str] = frozenset()
        """The starts of the words of the paragraph being drawn that a soft hyphen may end ("Com", "Commu")."""

    @property
    def top(self) -> Node:
        return self.stack[-1]

    def inside(self, role: str) -> Node | None:
        return next((node for node in reversed(self.stack) if node.role == role), None)

    def enter(self, role: str, key: Any = None, **attributes: str) -> Node:
        """Open a node under the current one, or reopen the node drawn earlier under the same key."""
        node = self.keyed.get(key) if key is not None else None
        if node is None:
            node = self.top.child(role, **attributes)
            if key is not None:
                self.keyed[key] = node
        self.stack.append(node)
        return node

    def leave(self) -> None:
        self.stack.pop()

    def begin(self, code: list[str], node: Node) -> bool:
        """Start marking content for `node`; False when content is already being marked (then it joins that)."""
        if self.open is not None:
            return False
        code.append("EMC")
        code.append(f"/{node.role} <</MCID {self.mcids}>> BDC")
        self.open = (node, self.mcids, len(code))
        self.mcids += 1
        return True

    def end(self, code: list[str]) -> None:
        """Close the marked content; one that drew nothing is taken back out."""
        assert self.open is not None
        node, mcid, start = self.open
        self.open = None
        if len(code) == start:
            del code[start - 2 :]
            self.mcids -= 1
            return
        code.append("EMC")
        code.append("/Artifact BMC")
        node.kids.append(Mark(self.page, mcid))

    def link(self, target: str = "") -> None:
        """A link annotation to `target` was just added to this page: it belongs to the Link holding its words,
        else to the node being drawn."""
        node = self.inline_links.get(target) or (self.open[0] if self.open else self.top)
        node.kids.append(Annotation(self.page, self.links))
        self.links += 1

    def link_node(self, target: str) -> Node:
        """The Link element of the `inline` paragraph for `target` (made when its first word is drawn)."""
        assert self.inline is not None
        if target not in self.inline_links:
            self.inline_links[target] = self.inline.child("Link")
        return self.inline_links[target]

    def mark_inline(self, code: list[str], node: Node | None) -> None:
        """Inside a text object: end the sequence marked there (if any) and begin one for `node` (None: only end).

        Marked content must nest with BT/ET, so a paragraph with links is marked
        entirely inside its text objects: its own words and each link's words in
        sequences of their own, one after another.
        """
        if self.inline_open is node:
            return
        if self.inline_open is not None:
            code.append("EMC")
        self.inline_open = node
        if node is not None:
            code.append(f"/{node.role} <</MCID {self.mcids}>> BDC")
            node.kids.append(Mark(self.page, self.mcids))
            self.mcids += 1

    def close_page(self, code: list[str]) -> None:
        """Wrap the page's content in the artifact sequence that every tagged piece interrupts."""
        code.insert(0, "/Artifact BMC")
        code.append("EMC")
        self.page += 1
        self.mcids = 0
        self.links = 0


def tagger(canvas: Any) -> Tagger | None:
    return getattr(canvas, "tagger", None)


def active(canvas: Any) -> Tagger | None:
    """The canvas's Tagger, unless what is drawn now is inside an artifact (then nothing is tagged)."""
    found = tagger(canvas)
    return None if found is None or found.inside("Artifact") else found


def continuation(flowable: Any) -> int:
    """A key shared by a flowable and the parts it is split into, so the parts make one node."""
    key = getattr(flowable, "_tag_key", None)
    if key is None:
        key = flowable._tag_key = next(_keys)
    return key


def role(style_name: str) -> str:
    return ROLES.get(style_name, "P")
