"""A course's CSL style is untrusted: parsed with entities off, and never a way to reach the network.

A dependent CSL style names its parent with `<link rel="independent-parent"
href="…">`, and pandoc fetches that URL. A course's style is accepted when it is
complete (no parent), or when its parent is one of the bundled styles (then the
bundled style is used); any other parent is refused. The file is read with no
DTD, entities or network, and a <!DOCTYPE> is refused, since pandoc's own XML
reader would expand entities. Pandoc itself runs without a way out (see
`generator.pandoc.OFFLINE`), in case anything else in a style asks it to fetch.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from generator.content import decoding
from generator.errors import Location, UserError
from generator.resources import STYLES

CSL = "{http://purl.org/net/xbiblio/csl}"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@lru_cache(maxsize=1)
def bundled() -> dict[str, Path]:
    """The bundled styles by their CSL id (the href a dependent style names them by)."""
    found = {}
    for path in sorted(STYLES.glob("*.csl")):
        ident = etree.parse(str(path), PARSER).getroot().findtext(f"{CSL}info/{CSL}id")
        if ident:
            found[ident.strip()] = path
    return found


def checked(path: Path) -> Path:
    """The style file pandoc should use for the course style at `path`: itself, or its bundled parent.

    Its problems are reported in the .csl file itself, at their line (pandoc's own errors about it name nothing).
    """
    return style(path)[0]


def style(path: Path) -> tuple[Path, str]:
    """The style pandoc should use for the course style at `path` (itself, or its bundled parent) and its text:
    the very text checked, read once, for pandoc to be given instead of the file's name (which could be swapped
    for another file after the check)."""
    text = decoding.read_text(path, "citation styles")  # UTF-8, of a sensible size
    try:
        tree = etree.fromstring(text.encode("utf-8"), PARSER).getroottree()
    except etree.XMLSyntaxError as error:
        line, column = error.position
        raise UserError(f"not a CSL style: {error.msg}", Location(path, line, column)) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        message = "a citation style may not have a <!DOCTYPE> (entities are refused); see docs/security.md"
        raise UserError(message, Location(path, 1, 1))
    root = tree.getroot()
    if etree.QName(root).localname != "style":
        raise UserError(f"not a CSL style: the root element is <{etree.QName(root).localname}>", Location(path, 1, 1))
    for link in root.iterfind(f"{CSL}info/{CSL}link"):
        if link.get("rel") not in ("independent-parent", "template"):
            continue
        href = (link.get("href") or "").strip()
        if href in bundled():
            parent = bundled()[href]
            return parent, parent.read_text(encoding="utf-8")
        names = ", ".join(sorted(bundled()))
        message = (f"the style's {link.get('rel')} link {href!r} is refused: a course's style must be complete, "
                   f"or name one of the bundled styles ({names}); see docs/security.md")  # fmt: skip
        raise UserError(message, Location(path, link.sourceline))
    return path, text


def fixed_locale(text: str) -> str | None:
    """The locale a style is bound to (its `default-locale`, as Zotero keeps it), or None for a style that follows
    the course's language. The style has passed `checked` (or is bundled)."""
    root = etree.fromstring(text.encode("utf-8"), PARSER)
    return (root.get("default-locale") or "").strip() or None
