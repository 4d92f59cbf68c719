"""Refuse RML that would run code or read files it has no business reading.

The Jinja sandbox keeps a course template from reaching Python, but a template
writes RML, and RML itself can run code: in z3c.rml 5.2 both `<evalString>` and
`<plugInFlowable module="os" function="system">` executed shell commands. So
the RML a build produces is checked before it is typeset: no element that runs
code or includes other documents, and no file read from outside the course
folder and the bundled fonts (no `[package]/path` references, no URLs).
Content cannot produce any of this (it is escaped); only templates can.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from generator.errors import Location, UserError

RUNS_CODE = {
    "evalString": "evaluates Python",
    "plugInFlowable": "runs a Python function",
    "plugInGraphic": "runs a Python function",
    "docAssert": "evaluates Python",
    "docAssign": "evaluates Python",
    "docElse": "evaluates Python",
    "docExec": "evaluates Python",
    "docIf": "evaluates Python",
    "docPara": "evaluates Python",
    "docWhile": "evaluates Python",
    "includePdfPages": "includes another PDF",
    "mergePage": "includes another PDF",
    "logConfig": "writes a log file",
}
FILE_ATTRIBUTES = {
    "registerTTFont": ("fileName",),
    "registerType1Face": ("afmFile", "pfbFile"),
    "image": ("file",),
    "img": ("src",),
    "imageAndFlowables": ("imageName",),
}
LOGO_PLUGIN = ("generator.typesetting.logo", "draw")
"""Our own SVG logo drawing: the one plug-in allowed, and only with a logo file from an allowed folder."""
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _allowed_file(value: str, roots: tuple[Path, ...]) -> bool:
    if value.startswith("[") or SCHEME.match(value):
        return False
    path = Path(value).resolve()
    return any(path.is_relative_to(root.resolve()) for root in roots)


def check(root: etree._Element, roots: tuple[Path, ...], source: str) -> None:
    """Raise a UserError naming `source` (the template) if the RML runs code or reads other files."""
    for element in root.iter(tag=etree.Element):
        tag = etree.QName(element).localname
        if tag == "plugInGraphic" and (element.get("module"), element.get("function")) == LOGO_PLUGIN:
            logo = (element.text or "").rsplit(";", 4)[0].strip()  # as logo.draw reads it
            if _allowed_file(logo, roots):
                continue
        if tag in RUNS_CODE:
            raise UserError(f"the template writes <{tag}>, which {RUNS_CODE[tag]}; templates may not", Location(source))
        for name in FILE_ATTRIBUTES.get(tag, ()):
            value = element.get(name)
            if value is not None and not _allowed_file(value, roots):
                raise UserError(
                    f"the template's <{tag} {name}={value!r}> reads a file outside the course folder "
                    "and the bundled fonts; templates may not",
                    Location(source),
                )
