"""No colour or size is typed outside the theme: templates and code draw with the theme's values.

The look is data (generator/settings/): a course changes any of it in course.yaml
`theme:`. A number typed into a template's font size or a line's weight, or a
#rrggbb typed anywhere but the theme's defaults, would be a look no course can
change; so would the white space of the handout's tables and title (paddings,
space above and below). Positions are layout, computed in Python, and a zero
padding is the absence of one: neither is checked here.
"""

from __future__ import annotations

import io
import re
import tokenize

from conftest import ROOT

from generator.settings.looks import Palette

TEMPLATES = ROOT / "templates"
CODE = ROOT / "generator"
THEME = CODE / "settings"
"""The theme's defaults: the one place colours and sizes are written."""
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
SIZES = ("size", "fontSize", "bulletFontSize", "leading", "thickness", "dash", "radius", "spaceBefore", "spaceAfter")
PADDING = re.compile(r'<block(?:Left|Right|Top|Bottom)Padding length="(?P<value>[^"]*)"')
COLOURS = ("color", "textColor", "bulletColor", "colorName", "RGB", "backColor", "strokeColor", "fillColor")
ATTRIBUTE = re.compile(r'\b(?P<name>[A-Za-z]+)=(?P<quote>\\?")(?P<value>.*?)(?P=quote)')
LINE_MODE = re.compile(r"<lineMode\b[^>]*>")
NUMBER = re.compile(r"(?<![\w.'\"\[])\d+(?:\.\d+)?(?![\w'\"\]])")
"""A number typed in an expression (not part of a name, a string or an index: `dash[0]` reads the theme)."""
ALLOWED = {
    ("generator/content/validate.py", "colour", "#7a1f2b"): "the example in the message about a mistyped colour",
}
"""Literals left where they are, each with why."""


def _literal(name: str, value: str) -> bool:
    """Whether an attribute's value is a typed size or colour rather than one read from the theme."""
    if name in COLOURS:
        return bool(COLOUR.search(value)) or ("{{" not in value and value not in Palette.model_fields)
    expressions = re.findall(r"\{\{(.*?)\}\}", value)
    outside = re.sub(r"\{\{.*?\}\}", "", value)
    # Inside an expression, a number is a literal unless it only repeats or halves a theme value (`2 * size`).
    return bool(NUMBER.search(outside)) or any(NUMBER.search(_strip_strings(e)) for e in expressions)


def _strip_strings(expression: str) -> str:
    return re.sub(r"'[^']*'|\"[^\"]*\"", "''", expression)


def _template_literals(name: str, text: str) -> list[str]:
    """The typed sizes and colours in template `name`'s `text` (its comments aside)."""
    text = re.sub(r"\{#.*?#\}", "", text, flags=re.S)
    found = []
    for match in ATTRIBUTE.finditer(text):
        attribute, value = match["name"], match["value"]
        drawn = attribute in SIZES or attribute in COLOURS
        if drawn and _literal(attribute, value) and (name, attribute, value) not in ALLOWED:
            found.append(f"{name}: {attribute}={value!r}")
    for padding in PADDING.finditer(text):
        if padding["value"] != "0" and _literal("length", padding["value"]):
            found.append(f"{name}: a table padding of {padding['value']!r}")
    for mode in LINE_MODE.finditer(text):
        for match in ATTRIBUTE.finditer(mode.group()):
            value = match["value"]
            if match["name"] == "width" and _literal("width", value) and (name, "width", value) not in ALLOWED:
                found.append(f"{name}: <lineMode width={value!r}>")
    found += [f"{name}: colour {colour}" for colour in COLOUR.findall(text)]
    return found


def _code_literals(name: str, text: str) -> list[str]:
    """The colours and the drawing attributes with typed sizes in module `name`'s strings (docstrings aside)."""
    found = []
    previous = None
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        docstring = previous in (None, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
        if token.type == tokenize.STRING and not docstring:
            colours = [colour for colour in COLOUR.findall(token.string) if (name, "colour", colour) not in ALLOWED]
            found += [f"{name}:{token.start[0]}: colour {colour}" for colour in colours]
            for match in ATTRIBUTE.finditer(token.string):
                value = match["value"]
                typed = value.strip() not in ("0", "") and "{" not in value
                if match["name"] in SIZES + COLOURS and typed:
                    found.append(f"{name}:{token.start[0]}: {match['name']}={value!r}")
        if token.type not in (tokenize.COMMENT, tokenize.NL):
            previous = token.type
    return found


def test_templates_draw_only_with_theme_colours_and_sizes() -> None:
    found = [
        literal
        for path in sorted(TEMPLATES.rglob("*.j2"))
        for literal in _template_literals(str(path.relative_to(TEMPLATES)), path.read_text(encoding="utf-8"))
    ]
    assert not found, "sizes or colours typed into templates (put them in the theme):\n" + "\n".join(found)


def test_code_types_no_colour_or_size_outside_the_theme() -> None:
    modules = [path for path in sorted(CODE.rglob("*.py")) if not path.is_relative_to(THEME)]
    found = [
        literal
        for path in modules
        for literal in _code_literals(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
    ]
    assert not found, "sizes or colours typed into code (put them in the theme):\n" + "\n".join(found)


def test_the_checks_find_what_they_look_for() -> None:
    """Each kind of literal is caught, and what is read from the theme is not (a check that cannot fail proves
    nothing)."""
    cases = {
        '<setFont name="Body" size="10"/>': True,
        '<setFont name="Body" size="{{ style.size|pt }}"/>': False,
        '<setFont name="Body" size="{{ (style.size * 1.2)|pt }}"/>': True,
        '<lineMode width="0.3"/>': True,
        '<lineMode width="{{ theme.rules.cut|pt }}" dash="4,3"/>': True,
        '<lineMode width="{{ theme.rules.cut|pt }}"/>': False,
        '<lineMode dash="{{ s.dash[0]|pt }},{{ s.dash[1]|pt }}"/>': False,
        '<rect x="54" y="{{ (y - 9)|pt }}" width="100"/>': False,  # geometry, not a look
        '<stroke color="#1f4e79"/>': True,
        '<stroke color="black"/>': True,
        '<stroke color="accent"/>': False,
        '<hr thickness="0.5"/>': True,
        "{# drawn in #1f4e79 #}": False,
    }
    for rml, literal in cases.items():
        assert bool(_template_literals("probe.rml.j2", rml)) is literal, rml
    module = (
        '"""#123456 in a docstring."""\n'
        "X = '<hr thickness=\"0.5\"/>'\n"
        'Y = "#abcdef"  # #fedcba\n'
        "Z = '<hr thickness=\"0\"/>'\n"
    )
    assert len(_code_literals("probe.py", module)) == 2
