"""Let through only the RML on the allowlist: a course template is untrusted input.

RML can run code (`<evalString>`, `<plugInFlowable>`, a chart's
`labelTextFormat="module.function"`), read any file (`<image file>`, `<img src>`
in a paragraph, `[package]/path`) and fetch URLs, so the RML a template writes
is parsed here, before z3c.rml sees it, with no DTD, no entities and no
network, and every element and attribute must be on the allowlist
(allowlist.yaml), each attribute with a value of its declared kind; a file must
resolve, symlinks followed, inside the course folder or the bundled resources.

Names are compared the way the parsers that act on them compare them: z3c.rml
matches element and attribute names exactly, so the allowlist does too; the
content of a paragraph is read again by ReportLab's paragraph parser, which
ignores case, so there every tag and attribute name is compared in lower case.
The tree checked here is the tree z3c.rml is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from generator.errors import Location, UserError
from generator.typesetting import files
from generator.typesetting.blame import template_line

ALLOWLIST = Path(__file__).with_name("allowlist.yaml")
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)"
_LENGTH = rf"{_NUMBER}\s*(?:in|cm|mm|pt|%)?"
PATTERNS = {
    "name": r"[\w .:-]{1,80}",
    "number": _NUMBER,
    "integer": r"[-+]?\d+",
    "boolean": r"(?i:0|1|true|false|yes|no)",
    "word": r"[\w-]{1,40}",
    "length": _LENGTH,
    "lengths": rf"\(?\s*{_LENGTH}(?:\s*[, ]\s*{_LENGTH})*\s*\)?",
    "colour": r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[A-Za-z][A-Za-z0-9]{0,30}",
    "link": r"(?:https?://|mailto:|#)[^\s<>\"'\\]*",
}
DESCRIBED = {
    "name": "a name", "number": "a number", "integer": "a whole number", "boolean": "0 or 1", "word": "a keyword",
    "length": "a length", "lengths": "a list of lengths", "colour": "a colour (#rrggbb or a name)",
    "link": "an http:, https: or mailto: link or an #anchor",
}  # fmt: skip


@lru_cache(maxsize=1)
def allowlist() -> dict[str, Any]:
    """The allowlist as data: `elements` and `markup` (tag -> attribute -> kind), and `refused` (name -> why)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: 3 ms instead of 23 ms, the same data
    return yaml.load(ALLOWLIST.read_text(encoding="utf-8"), Loader=loader)


class _Check:
    """One document's check: where its files may come from and which template to blame."""

    def __init__(self, roots: tuple[Path, ...], source: str) -> None:
        self.roots, self.source = roots, source

    def refuse(self, element: etree._Element, message: str, needle: str | None = None) -> UserError:
        """The refusal, at the template line that wrote `needle` (or the element's tag) when it can be found."""
        where = template_line(self.source, self.roots, [needle or f"<{element.tag}"])
        line = "" if where or not element.sourceline else f" (RML line {element.sourceline})"
        return UserError(f"{message}{line}; see docs/security.md", where or Location(self.source))

    def tree(self, root: etree._Element) -> None:
        for element in root.iter():
            if element.getparent() is not None and _in_markup(element.getparent()):
                continue  # checked with its paragraph, by the paragraph parser's rules
            if isinstance(element, etree._Comment):
                continue  # z3c.rml skips comments (inside a paragraph they are refused)
            self.element(element, allowlist()["elements"], str)
            if allowlist()["elements"][element.tag].get("#content") == "markup":
                for inner in element.iterdescendants():
                    self.element(inner, allowlist()["markup"], str.lower)

    def element(self, element: etree._Element, allowed: dict[str, dict[str, str]], fold: Callable[[str], str]) -> None:
        if not isinstance(element.tag, str):
            raise self.refuse(element, "comments, processing instructions and entities are not allowed here")
        tag = fold(element.tag)
        if tag not in allowed:
            why = allowlist()["refused"].get(element.tag) or allowlist()["refused"].get(element.tag.lower())
            because = f" (it {why})" if why else ""
            raise self.refuse(element, f"<{element.tag}> is not allowed in a template{because}")
        kinds = allowed[tag]
        for name, value in element.attrib.items():
            kind = kinds.get(fold(name)) if not name.startswith(("{", "#")) else None
            if kind is None:
                why = allowlist()["refused"].get(name)
                because = f" (it {why})" if why else ""
                raise self.refuse(element, f"<{element.tag} {name}> is not allowed in a template{because}", f"{name}=")
            self.value(element, name, value, kind)
        if kinds.get("#content") == "logo":
            self.logo(element)

    def value(self, element: etree._Element, name: str, value: str, kind: str) -> None:
        if kind.startswith("="):
            ok = value == kind[1:]
        elif kind in ("image", "font"):
            path, problem = files.resolve(value, self.roots)
            if path is not None and kind == "image":
                problem = files.image_problem(path)
            if problem:
                raise self.refuse(element, f"<{element.tag} {name}={value!r}>: {problem}", value)
            element.set(name, str(path))  # z3c.rml opens the very file checked, not the name again
            ok = True
        else:
            ok = kind == "text" or re.fullmatch(PATTERNS[kind], value.strip()) is not None
        if not ok:
            wanted = DESCRIBED.get(kind, repr(kind[1:]))
            raise self.refuse(element, f"<{element.tag} {name}={value!r}>: must be {wanted}", value)

    def logo(self, element: etree._Element) -> None:
        """Our SVG logo plug-in: an SVG file inside the course, then four numbers."""
        path, *numbers = (part.strip() for part in (element.text or "").rsplit(";", 4))  # as logo.draw reads it
        resolved, problem = files.resolve(path, self.roots)
        if resolved is not None and resolved.suffix.lower() != ".svg":
            problem = "not an .svg file"
        if not problem and (len(numbers) != 4 or not all(re.fullmatch(_NUMBER, n) for n in numbers)):
            problem = "must be followed by four numbers: x; y; width; height"
        if problem or len(element):
            raise self.refuse(element, f"<{element.tag}> logo {path!r}: {problem or 'takes text only'}")
        element.text = "; ".join([str(resolved), *numbers])


def _in_markup(element: etree._Element) -> bool:
    """True inside a paragraph's content (which ReportLab's paragraph parser reads)."""
    while element is not None:
        if isinstance(element.tag, str) and allowlist()["elements"].get(element.tag, {}).get("#content") == "markup":
            return True
        element = element.getparent()
    return False


PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
"""No DTD, no entities, no network; libxml2's own limits on depth and size stay on."""


def parse(rml: str, source: str) -> etree._Element:
    """The RML's tree, parsed safely (raises XMLSyntaxError); `check` it before z3c.rml sees it."""
    tree = etree.fromstring(rml.encode("utf-8"), PARSER).getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise UserError("the template writes a <!DOCTYPE>, which RML does not need; see docs/security.md",
                        Location(source))  # fmt: skip
    return tree.getroot()


def check(root: etree._Element, roots: tuple[Path, ...], source: str) -> None:
    """Raise a UserError naming `source` (the template) unless every element and attribute is allowed.

    Files are read only from `roots`; each file attribute is rewritten to the
    resolved path that was checked.
    """
    _Check(roots, source).tree(root)
