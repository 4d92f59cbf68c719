"""Markdown in content, turned into RML that cannot carry anything but text.

Content fields take Markdown (CommonMark via markdown-it-py). We walk its tokens
and write RML ourselves: every piece of text is XML-escaped, raw HTML is off, and
only the tags we emit (<b>, <i>, <a>, <br/>, paragraphs and lists) can appear, so
`<evalString>` or `]]>` typed in content prints as itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr, unescape

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

from generator.content import paragraphs

SAFE_SCHEMES = ("http://", "https://", "mailto:")
INLINE_TAGS = {
    "em_open": "<i>",
    "em_close": "</i>",
    "strong_open": "<b>",
    "strong_close": "</b>",
    "s_open": "<strike>",
    "s_close": "</strike>",
}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("strikethrough")


def text(value: str) -> str:
    """Plain text as RML character data (no Markdown)."""
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def _inline(tokens: Sequence[Token], link_color: str | None, depth: dict[str, int] | None = None) -> str:
    out: list[str] = []
    link_stack: list[bool] = []
    depth = {} if depth is None else depth  # `***…***` nests <b> in <b> thousands deep: only the outermost counts
    for token in tokens:
        kind = token.type
        if kind in INLINE_TAGS:
            tag = kind.rsplit("_", 1)[0]
            opening = kind.endswith("_open")
            depth[tag] = depth.get(tag, 0) + (1 if opening else -1)
            if depth[tag] == (1 if opening else 0):
                out.append(INLINE_TAGS[kind])
        elif kind in ("text", "code_inline"):
            out.append(text(token.content))
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "hardbreak":
            out.append("<br/>")
        elif kind == "link_open":
            href = str(token.attrs.get("href", ""))
            safe = href.startswith(SAFE_SCHEMES)
            link_stack.append(safe)
            if safe:
                colour = f" color={quoteattr(link_color)}" if link_color else ""
                out.append(f"<a href={quoteattr(href)}{colour}>")
        elif kind == "link_close":
            if link_stack.pop():
                out.append("</a>")
        elif kind == "image":
            out.append(text(token.content))
        elif token.children:
            out.append(_inline(token.children, link_color, depth))
        else:
            out.append(text(token.content))
    return "".join(out)


def plain(source: str) -> str:
    """Inline Markdown reduced to its words, for places that draw plain strings (the timeline)."""
    tokens = _parser().parseInline(source.strip())
    return "".join(
        " " if t.type == "softbreak" else t.content
        for t in tokens[0].children or []
        if t.type in ("text", "code_inline", "softbreak")
    )


def inline(source: str | None, link_color: str | None = None) -> Markup:
    """One line of inline Markdown (emphasis, strong, links) as RML para content; links in `link_color` if given."""
    if not source:
        return Markup("")
    tokens = _parser().parseInline(source.strip())
    return Markup(_inline(tokens[0].children or [], link_color))


def blocks(source: str | None, style: str, list_style: str, link_color: str | None = None) -> Markup:
    """Block Markdown (paragraphs, lists, quotes) as a run of RML flowables.

    `style` names the paragraph style and `list_style` the list style; both are
    defined by the template's stylesheet, so the look stays in the template.
    """
    if not source:
        return Markup("")
    tokens = _parser().parse(source)
    out: list[str] = []
    for token in tokens:
        kind = token.type
        if kind == "bullet_list_open":
            out.append(f'<ul style="{list_style}">')
        elif kind == "ordered_list_open":
            start = token.attrs.get("start", 1)
            out.append(f'<ol style="{list_style}" start="{int(start)}">')
        elif kind in ("bullet_list_close", "ordered_list_close"):
            out.append("</ul>" if kind.startswith("bullet") else "</ol>")
        elif kind == "list_item_open":
            out.append("<li>")
        elif kind == "list_item_close":
            out.append("</li>")
        elif kind == "inline":
            parts = paragraphs.pieces(_inline(token.children or [], link_color))
            for i, part in enumerate(parts):
                joined = (
                    "" if len(parts) == 1 else " " + paragraphs.JOINED[0 if i == 0 else 2 if i == len(parts) - 1 else 1]
                )
                out.append(f'<para style="{style}"{joined}>{part}</para>')
        elif kind in ("fence", "code_block"):
            for line in token.content.rstrip("\n").split("\n"):
                out.append(f'<para style="{style}">{text(line)}</para>')
        elif kind == "hr":
            out.append('<hr width="30%" thickness="0.5" spaceBefore="4" spaceAfter="8"/>')
    return Markup("\n".join(out))


def unmarked(rml: str) -> str:
    """RML inline markup back to its words, for messages that quote content."""
    return unescape(re.sub(r"<[^>]*>", "", rml), {"&quot;": '"', "&apos;": "'"})
