"""French spacing in a formatted bibliography: a no-break space before ; : ! ? (and » after «).

French typography sets a space before the high punctuation marks, "Bruxelles :
Kistemaeckers", "(1971) : 1017-1049". Pandoc's citeproc spaces the guillemets of
the fr locale ("« La Commune »", with U+00A0) but not the marks the style writes
("Bruxelles: Kistemaeckers"). So the pandoc tree of a French bibliography gets a
no-break space (U+00A0, as the handout's French body text has it: ReportLab
breaks at the narrow U+202F) before a mark that ends a word, and a typed space
before a mark is made unbreakable, so the mark never starts a line. (The body
text's Markdown only has its typed spaces made unbreakable, in content.markup:
there the author typed the punctuation; here the style did.)

Marks inside a word ("10:1–69", a volume and its pages) and links (a URL's
"https:" and "?q=") are left alone. A title of an item in another language
(italic, or in quotation marks) keeps its own typography ("*Why Lenin? Why
Stalin?*"): only the bibliography's own punctuation around it is French.
"""

from __future__ import annotations

import re
from typing import Any

from generator.content.markup import NBSP, prose

MARKS = ";:!?»"
_BEFORE = re.compile(rf"(?<=[^\s{NBSP}])([{MARKS}]+)(?=$|[\].,)”’])")
"""A mark that ends a word (followed by nothing or by closing punctuation), with no space before it."""
TITLES = ("Emph", "Quoted")


def spaced(language: str) -> bool:
    """Whether a bibliography in `language` (a BCP 47 tag) is given French spacing: as the handout's body text is."""
    return prose(language).spaced


def inlines(nodes: list[Any], titles: bool) -> list[Any]:
    """`nodes` (pandoc inlines) with French spacing; inside titles only when `titles` (the item is French)."""
    out: list[Any] = []
    for index, node in enumerate(nodes):
        kind = node.get("t") if isinstance(node, dict) else None
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if kind == "Str" and isinstance(node.get("c"), str):
            out.append({"t": "Str", "c": _BEFORE.sub(NBSP + r"\1", node["c"])})
        elif kind == "Space" and _starts_with_mark(following):
            out.append({"t": "Str", "c": NBSP})
        elif kind == "Link" or (kind in TITLES and not titles) or (_quotation(node) and not titles):
            out.append(node)
        elif kind in ("Emph", "Strong", "Underline", "SmallCaps", "Superscript", "Subscript", "Strikeout"):
            out.append({"t": kind, "c": inlines(node["c"], titles)})
        elif kind in ("Span", "Quoted"):
            head, content = node["c"]
            out.append({"t": kind, "c": [head, inlines(content, titles)]})
        else:
            out.append(node)
    return out


def blocks(nodes: list[Any], titles: bool) -> list[Any]:
    """An entry's pandoc blocks with French spacing (see `inlines`)."""
    out: list[Any] = []
    for node in nodes:
        kind = node.get("t") if isinstance(node, dict) else None
        if kind in ("Para", "Plain"):
            out.append({"t": kind, "c": inlines(node["c"], titles)})
        elif kind == "Div":
            head, content = node["c"]
            out.append({"t": kind, "c": [head, blocks(content, titles)]})
        else:
            out.append(node)
    return out


def _starts_with_mark(node: Any) -> bool:
    return isinstance(node, dict) and node.get("t") == "Str" and str(node.get("c", ""))[:1] in MARKS


def _quotation(node: Any) -> bool:
    """A Span holding a title in the locale's quotation marks (pandoc writes French guillemets as text)."""
    if not (isinstance(node, dict) and node.get("t") == "Span"):
        return False
    content = node["c"][1]
    return bool(content) and isinstance(content[0], dict) and str(content[0].get("c", "")).startswith("«")
