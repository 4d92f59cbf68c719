"""Bibliographies formatted by pandoc's citeproc in a CSL style.

Each list (further reading, sources) goes to pandoc in one call, never one call
per entry: a call costs about 0.15 s, and one call for both lists would let an
author's "———" substitution run on from one list into the other. The result is
cached by a hash of the items, the style, the language and the pandoc version, in memory and
in a cache folder, so a rebuild neither runs pandoc nor imports pypandoc. The
cache holds pandoc's document tree, not RML: it is escaped on every use, so a
planted or damaged cache entry is ignored or harmless (see `cache`).
Pandoc answers with its JSON document tree, which we turn into escaped RML.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from markupsafe import Markup

from generator import cache, pandoc
from generator.content.markup import SAFE_SCHEMES, text
from generator.content.models import CslItem
from generator.errors import Location, UserError
from generator.outputs import citation_style, compounds, genres, spacing
from generator.resources import STYLES
from generator.vocabulary import CITATION_STYLES

STYLE_NAMES = CITATION_STYLES
QUOTES = {"DoubleQuote": ("\u201c", "\u201d"), "SingleQuote": ("\u2018", "\u2019")}
WRAP = {"Emph": "i", "Strong": "b", "Underline": "u", "Strikeout": "strike", "Superscript": "super", "Subscript": "sub"}
_memory: dict[str, dict[str, Markup]] = {}


def resolve_style(style: str) -> tuple[Path, str]:
    """A style name (chicago, mla, apa) or a path to a .csl file: the style's file and its text, read once (a
    course's style checked, see `citation_style.style`)."""
    if style in STYLE_NAMES:
        path = STYLES / STYLE_NAMES[style]
        return path, path.read_text(encoding="utf-8")
    path = Path(style)
    if path.suffix == ".csl" and path.is_file():
        return citation_style.style(path)
    raise UserError(
        f"unknown citation style {style!r}: use {', '.join(STYLE_NAMES)} or the path of a .csl file",
        field="style",
    )


def _run_pandoc(items: list[dict[str, Any]], style: Path, text: str, language: str) -> dict[str, list[Any]]:
    """Pandoc's entries for `items` in the style `text` (read from `style`, named in messages): pandoc reads the
    style's checked text from the private folder, not the course's file again."""
    with tempfile.TemporaryDirectory(prefix="studyguide-") as tmp:
        refs, csl = Path(tmp) / "refs.json", Path(tmp) / "style.csl"
        refs.write_text(json.dumps(items), encoding="utf-8")
        csl.write_text(text, encoding="utf-8")
        result = pandoc.run(
            ["-f", "markdown", "-t", "json", "--citeproc", "--bibliography", str(refs), "--csl", str(csl)],
            f'---\nnocite: "[@*]"\nlang: {json.dumps(language)}\n---\n',  # the CSL locale: terms, dates, quotes
        )
    if result.returncode != 0:
        raise UserError(f"pandoc could not format the bibliography: {result.stderr.strip()}", Location(style))
    tree = json.loads(result.stdout)
    entries: dict[str, list[Any]] = {}
    for block in _find_entries(tree["blocks"]):
        (ident, _classes, _attrs), content = block["c"]
        entries[ident.removeprefix("ref-")] = content
    return entries


def _rml(entries: Any, french: Collection[str] | None = None) -> dict[str, Markup] | None:
    """Each entry's pandoc blocks as escaped RML, or None when `entries` is not what pandoc gives (a bad cache).

    `french`: for a French bibliography, the ids of the items in French, whose titles are spaced too (`spacing`).
    """
    if not isinstance(entries, dict):
        return None
    try:
        if french is not None:
            entries = {ident: spacing.blocks(blocks, ident in french) for ident, blocks in entries.items()}
        return {str(ident): Markup("".join(_blocks(blocks))) for ident, blocks in entries.items()}
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None


def _find_entries(blocks: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for block in blocks:
        if block["t"] == "Div":
            (_ident, classes, _attrs), content = block["c"]
            found.extend([block] if "csl-entry" in classes else _find_entries(content))
    return found


def _blocks(blocks: Sequence[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if block["t"] in ("Para", "Plain"):
            out.append(_inlines(block["c"]))
        elif block["t"] == "Div":
            out.extend(_blocks(block["c"][1]))
    return out


def _inlines(inlines: Sequence[dict[str, Any]]) -> str:
    return "".join(_inline(node) for node in inlines)


def _inline(node: dict[str, Any]) -> str:
    kind, content = node["t"], node.get("c", "")
    if kind == "Str":
        return text(content)
    if kind in ("Space", "SoftBreak"):
        return " "
    if kind == "LineBreak":
        return "<br/>"
    if kind in WRAP:
        return f"<{WRAP[kind]}>{_inlines(content)}</{WRAP[kind]}>"
    if kind == "Quoted":
        left, right = QUOTES[content[0]["t"]]
        return f"{left}{_inlines(content[1])}{right}"
    if kind == "Link":
        label, (url, _title) = _inlines(content[1]), content[2]
        if url.startswith(SAFE_SCHEMES):
            return f'<a href="{text(url)}">{label}</a>'
        return label
    if kind in ("Span", "SmallCaps", "Cite"):
        return _inlines(content[1] if kind in ("Span", "Cite") else content)
    if kind in ("Code", "Math", "RawInline"):
        return text(content[1])
    return ""


def _prepared(item: dict[str, Any], style: str, english: bool) -> dict[str, Any]:
    """What pandoc gets of an item: in an English bibliography a thesis's kind in the style's words, and titles'
    hyphenated compounds ready for a title-case style (see `genres` and `compounds`)."""
    item = genres.worded(item, style) if english else item
    return compounds.prepared(item, style, english)


def format_items(
    items: Sequence[CslItem], style: str, cache_dir: Path | None = None, language: str = "en"
) -> dict[str, Markup]:
    """Each item's formatted entry as RML para content, keyed by id, in the style's order.

    `language` (a BCP 47 tag) picks the CSL locale, its terms ("trad. par"), month names and quotation marks,
    unless the style is bound to a locale of its own.
    """
    if not items:
        return {}
    style_path, text = resolve_style(style)
    language = citation_style.fixed_locale(text) or language  # a style bound to a locale keeps it
    english = language.split("-")[0].lower() == "en"  # the manuals' own thesis wordings are English
    data = [_prepared(item.csl_json(), style, english) for item in items]
    key = hashlib.sha256(json.dumps([data, text, language, pandoc.version()], sort_keys=True).encode()).hexdigest()
    french = (
        {item["id"] for item in data if compounds.in_language(item, language)} if spacing.spaced(language) else None
    )
    entries = _memory.get(key)
    cached = cache_dir / f"bibliography-{key[:32]}.json" if cache_dir else None
    if entries is None and cached:
        entries = _rml(cache.load(cached, "bibliography"), french)  # None when missing, damaged or planted
    if entries is None:
        found = _run_pandoc(data, style_path, text, language)
        entries = _rml(found, french)
        assert entries is not None, "pandoc's answer is a bibliography"
        if cached:
            cache.store(cached, "bibliography", found)
    _memory[key] = entries
    return entries
