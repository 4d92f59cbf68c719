"""Markdown in content, turned into RML that cannot carry anything but text.

Content fields take Markdown (CommonMark via markdown-it-py). We walk its tokens
and write RML ourselves: every piece of text is XML-escaped, raw HTML is off, and
only the tags we emit (<b>, <i>, <a>, <br/>, paragraphs and lists) can appear, so
`<evalString>` or `]]>` typed in content prints as itself.

Text is also made ready for print here: markdown-it's typographer turns straight
quotes, apostrophes and `--` into typographic ones (a course can turn it off),
and, for justified body text, pyphen marks where long words may break with soft
hyphens, which ReportLab breaks at (drawing a hyphen) or drops.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol
from xml.sax.saxutils import escape, quoteattr, unescape

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

from generator.content import hyphenation, paragraphs

SAFE_SCHEMES = ("http://", "https://", "mailto:")
INLINE_TAGS = {
    "em_open": "<i>",
    "em_close": "</i>",
    "strong_open": "<b>",
    "strong_close": "</b>",
    "s_open": "<strike>",
    "s_close": "</strike>",
}


SOFT_HYPHEN = "\u00ad"
NBSP = "\u00a0"
SHORTEST_BROKEN = 6
"""Words shorter than this are never hyphenated; nor are words with capitals inside (NKVD, McPhee)."""
WORD = re.compile(rf"[^\W\d_]{{{SHORTEST_BROKEN},}}")
BULLETS = ("•", "–", "‣")
"""Bullets by nesting depth (the last repeats deeper down); each is in the bundled faces (◦ is not)."""
QUOTE, SUBHEADING = "Quote", "Subheading"
"""The paragraph styles of a block quotation (`> `) and of a heading (`## `) inside a field."""


QUOTES = {
    "en": ("“", "”", "‘", "’"),
    "fr": ("«\u00a0", "\u00a0»", "“", "”"),
    "de": ("„", "“", "‚", "‘"),
    "es": ("«", "»", "“", "”"),
}
"""The typographer's quotation marks by language: double open, double close, single open, single close.
French sets its guillemets off by a no-break space (U+00A0, not the narrow U+202F: ReportLab breaks lines at
U+202F and prints it as an ordinary space, so « could end a line); see docs/languages.md."""


SPACED = ("fr",)
"""Languages that set a space before the high punctuation marks (; : ! ?) and inside guillemets."""
_BREAKABLE = re.compile(r" +(?=[;:!?»])|(?<=«) +")


@dataclass(frozen=True)
class Prose:
    """How text is prepared: typographic quotes (in a language's marks) and dashes, and the language to hyphenate
    in (None: never)."""

    typographer: bool = True
    hyphenate: str | None = None
    quotes: tuple[str, str, str, str] = QUOTES["en"]
    spaced: bool = False
    """French: the space typed before ; : ! ? » and after « is a no-break one, so the mark never starts a line."""


PLAIN = Prose()


class Rule(Protocol):
    """How a thematic break (`---`) is drawn: the theme's `thematic_break` (settings/furniture.py)."""

    @property
    def length(self) -> float: ...  # percent of the text's width
    @property
    def weight(self) -> float: ...
    @property
    def space_before(self) -> float: ...
    @property
    def space_after(self) -> float: ...


def prose(language: str, typographer: bool = True, hyphenate: bool = False) -> Prose:
    """How text in `language` (a BCP 47 tag) is prepared: its quotation marks, and its hyphenation if asked."""
    base = language.replace("_", "-").split("-")[0].lower()
    hyphenated = language.replace("-", "_") if hyphenate else None
    return Prose(typographer, hyphenated, QUOTES.get(base, QUOTES["en"]), typographer and base in SPACED)


@lru_cache(maxsize=8)
def _parser(typographer: bool = True, quotes: tuple[str, str, str, str] = QUOTES["en"]) -> MarkdownIt:
    options = {"html": False, "typographer": typographer, "linkify": True, "quotes": quotes}
    parser = MarkdownIt("commonmark", options).enable(["strikethrough", "linkify"])
    return parser.enable(["replacements", "smartquotes"]) if typographer else parser


@lru_cache(maxsize=8)
def _hyphenator(language: str) -> Callable[[str], str]:
    """Soft hyphens at the break points of long words, by pyphen's dictionary for `language`."""
    dictionary = hyphenation.load(language, left=3, right=3)

    def word(match: re.Match[str]) -> str:
        found = match.group(0)
        ordinary = found.islower() or found[1:].islower()  # not NKVD, McPhee or evalString
        return dictionary.inserted(found, SOFT_HYPHEN) if ordinary else found

    return lambda value: WORD.sub(word, value)


TIED_WORD = 10
"""A last word of a title or heading this short is tied to the word before it (a line of its own looks lost)."""
TIED_PAIR = 22
"""…unless the two words together are longer than this, which would leave a long gap at the end of the line above."""


def tie(value: str) -> str:
    """`value` with a no-break space between its last two words when the last is short, so a title or heading
    that wraps never ends in one word on a line of its own ("The Fall of the Roman / Republic")."""
    head, space, last = value.rstrip().rpartition(" ")
    before = head.rpartition(" ")[2]
    if not space or "<" in last or len(last) > TIED_WORD or len(before) + 1 + len(last) > TIED_PAIR:
        return value
    tied = head + "\u00a0" + last
    return type(value)(tied) if isinstance(value, Markup) else tied


def text(value: str) -> str:
    """Plain text as RML character data (no Markdown)."""
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def _inline(
    tokens: Sequence[Token], link_color: str | None, depth: dict[str, int] | None = None, prose: Prose = PLAIN
) -> str:
    out: list[str] = []
    link_stack: list[bool] = []
    depth = {} if depth is None else depth  # `***…***` nests <b> in <b> thousands deep: only the outermost counts
    address = False  # inside a bare address made a link: a soft hyphen there would print in the address
    for token in _lines_joined(tokens) if prose.hyphenate else tokens:
        kind = token.type
        if kind in INLINE_TAGS:
            tag = kind.rsplit("_", 1)[0]
            opening = kind.endswith("_open")
            depth[tag] = depth.get(tag, 0) + (1 if opening else -1)
            if depth[tag] == (1 if opening else 0):
                out.append(INLINE_TAGS[kind])
        elif kind == "text" and prose.hyphenate and not address:
            # ReportLab drops the space after a soft-hyphenated word that ends a run before a change of font
            # ("Newton’s *Principia*" printed "Newton’sPrincipia"): such a last word is left whole.
            content = _BREAKABLE.sub(NBSP, token.content) if prose.spaced else token.content
            last = re.search(r"\S*\s+$", content)
            cut = last.start() if last else len(content)
            out.append(text(_hyphenator(prose.hyphenate)(content[:cut]) + content[cut:]))
        elif kind == "text" and prose.spaced:
            out.append(text(_BREAKABLE.sub(NBSP, token.content)))
        elif kind in ("text", "code_inline"):
            out.append(text(token.content))
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "hardbreak":
            out.append("<br/>")
        elif kind == "link_open":
            address = token.markup == "linkify"
            href = str(token.attrs.get("href", ""))
            safe = href.startswith(SAFE_SCHEMES)
            link_stack.append(safe)
            if safe:
                colour = f" color={quoteattr(link_color)}" if link_color else ""
                out.append(f"<a href={quoteattr(href)}{colour}>")
        elif kind == "link_close":
            address = False
            if link_stack.pop():
                out.append("</a>")
        elif kind == "image":
            out.append(text(token.content))
        elif token.children:
            out.append(_inline(token.children, link_color, depth, prose))
        else:
            out.append(text(token.content))
    return "".join(out)


def plain(source: str, prose: Prose = PLAIN) -> str:
    """Inline Markdown reduced to its words, for places that draw plain strings (the timeline)."""
    tokens = _parser(prose.typographer, prose.quotes).parseInline(source.strip())
    return "".join(
        " " if t.type == "softbreak" else t.content
        for t in tokens[0].children or []
        if t.type in ("text", "code_inline", "softbreak")
    )


def _lines_joined(tokens: Sequence[Token]) -> list[Token]:
    """Text split only by line breaks of the source, joined into one text token.

    The hyphenation guard below must see the space a line break stands for: "exhibition⏎*Japan*"
    is the text "exhibition", a softbreak, then emphasis, and a hyphenated "exhibition" there
    printed "exhibitionJapan".
    """
    joined: list[Token] = []
    for token in tokens:
        if token.type in ("text", "softbreak"):
            words = " " if token.type == "softbreak" else token.content
            if joined and joined[-1].type == "text":
                joined[-1] = Token("text", "", 0, content=joined[-1].content + words)
                continue
            token = Token("text", "", 0, content=words)
        joined.append(token)
    return joined


def inline(source: str | None, link_color: str | None = None, prose: Prose = PLAIN) -> Markup:
    """One line of inline Markdown (emphasis, strong, links) as RML para content; links in `link_color` if given."""
    if not source:
        return Markup("")
    tokens = _parser(prose.typographer, prose.quotes).parseInline(source.strip())
    return Markup(_inline(tokens[0].children or [], link_color, prose=prose))


def blocks(
    source: str | None,
    style: str,
    list_style: str,
    link_color: str | None = None,
    prose: Prose = PLAIN,
    *,
    rule: Rule,
    list_space: float,
) -> Markup:
    """Block Markdown (paragraphs, lists, quotes) as a run of RML flowables.

    `style` names the paragraph style and `list_style` the list style; both are
    defined by the template's stylesheet, so the look stays in the template. What
    is drawn between them comes from the theme too: `rule` for a thematic break and
    `list_space` points after a list (ReportLab lists have no space after of their own).
    Paragraphs inside a list take the style `<list_style>Text`, those of a block
    quotation `Quote` and a heading `Subheading`. Each numbered item
    carries its own number (ReportLab would otherwise number every item 1); a bullet
    list names its bullet, which changes with the depth of nesting.
    """
    if not source:
        return Markup("")
    tokens = _parser(prose.typographer, prose.quotes).parse(source)
    out: list[str] = []
    lists: list[list[int]] = []  # for each open list: [next number] (ordered) or [] (bullets)
    quoted = 0
    heading = False
    for token in tokens:
        kind = token.type
        if kind in ("blockquote_open", "blockquote_close"):
            quoted += 1 if kind == "blockquote_open" else -1
        elif kind in ("heading_open", "heading_close"):
            heading = kind == "heading_open"
        elif kind == "bullet_list_open":
            lists.append([])
            bullet = BULLETS[min(sum(1 for open_list in lists if not open_list), len(BULLETS)) - 1]
            out.append(f'<ul style="{list_style}" start="{bullet}">')
        elif kind == "ordered_list_open":
            lists.append([int(token.attrs.get("start", 1))])
            out.append(f'<ol style="{list_style}" bulletFormat="%s.">')
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            out.append("</ul>" if kind.startswith("bullet") else "</ol>")
            if not lists:
                out.append(f'<spacer length="{list_space:g}"/>')
        elif kind == "list_item_open":
            counter = lists[-1]
            if counter:
                out.append(f'<li value="{counter[0]}">')
                counter[0] += 1
            else:
                out.append("<li>")
        elif kind == "list_item_close":
            out.append("</li>")
        elif kind == "inline":
            said = Prose(prose.typographer) if heading else prose  # headings are not hyphenated
            parts = paragraphs.pieces(_inline(token.children or [], link_color, prose=said))
            named = SUBHEADING if heading else list_style + "Text" if lists else QUOTE if quoted else style
            for i, part in enumerate(parts):
                joined = (
                    "" if len(parts) == 1 else " " + paragraphs.JOINED[0 if i == 0 else 2 if i == len(parts) - 1 else 1]
                )
                out.append(f'<para style="{named}"{joined}>{part}</para>')
        elif kind in ("fence", "code_block"):
            for line in token.content.rstrip("\n").split("\n"):
                out.append(f'<para style="{style}">{text(line)}</para>')
        elif kind == "hr":
            out.append(
                f'<hr width="{rule.length:g}%" thickness="{rule.weight:g}" spaceBefore="{rule.space_before:g}" '
                f'spaceAfter="{rule.space_after:g}"/>'
            )
    return Markup("\n".join(out))


def unmarked(rml: str) -> str:
    """RML inline markup back to its words, for messages that quote content."""
    return unescape(re.sub(r"<[^>]*>", "", rml), {"&quot;": '"', "&apos;": "'"})
