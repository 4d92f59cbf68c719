"""Load a YAML file into plain data, remembering where every value was typed.

PyYAML's constructors apply YAML 1.1 typing (`no` becomes False, `1934-12-01`
a datetime, `-0062` an octal number). Content is text, so we build the data
ourselves from the composed node tree: every scalar stays the string the teacher
typed, and every value keeps its line and column for error messages.
Anchors, aliases and duplicate keys are refused: aliases make "alias bombs"
possible and duplicate keys silently lose text. Nesting is bounded before the
tree is built, since building it recurses once per level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.content import decoding
from generator.content.decoding import Positions
from generator.errors import Location, UserError, field_path

Path_ = tuple[str | int, ...]
MAX_DEPTH = 24
"""How deeply lists and mappings may nest; a topic needs five levels, course.yaml four."""
# libyaml's parser when PyYAML was built with it (ten times faster), else PyYAML's own.
_YAML_ONLY_BREAKS = "\x85\u2028\u2029"
"""Line breaks to YAML but not to editors (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR)."""
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Loaded:
    """The data of one file plus the position of each value (and of each mapping key)."""

    path: Path
    data: Any
    values: dict[Path_, Location] = field(default_factory=dict)
    keys: dict[Path_, Location] = field(default_factory=dict)

    def locate(self, where: Path_, *, key: bool = False) -> Location:
        """The nearest known position for a path: the value itself, else its closest parent."""
        table = self.keys if key and where in self.keys else self.values
        probe = tuple(where)
        while probe and probe not in table:
            probe = probe[:-1]
            table = self.values
        return table.get(probe, Location(self.path, 1, 1))


def _compose(text: str, positions: Positions) -> Node | None:
    """The node tree of `text`, refusing anchors, aliases and deep nesting before anything is built."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise UserError(
                "anchors and aliases (&name, *name) are not allowed: write the text out in full",
                positions.at(event.start_mark.index),
            )
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise UserError(
                    f"lists and mappings nested more than {MAX_DEPTH} levels deep; no field needs that many",
                    positions.at(event.start_mark.index),
                )
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
    return yaml.compose(text, Loader=_LOADER)


def _printable(value: str, where: Location, path: Path_) -> None:
    """Refuse what a double-quoted escape ("\\x07") lets past the check of the file's text."""
    found = decoding.unprintable(value)
    if found:
        raise UserError(
            f"contains {decoding.describe(found.group())}, which cannot be printed; "
            "delete it (it often comes from pasted text)",
            where,
            field_path(path),
        )


def _syntax_error(error: yaml.MarkedYAMLError, text: str, positions: Positions) -> UserError:
    """The YAML error at its place, with what it was in the middle of and the offending line shown.

    When the problem is found at the end of the file or on an empty line (an
    unclosed quote, say), the line that opened the unfinished thing is the one
    worth showing.
    """
    lines = text.split("\n")
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "invalid YAML"
    context = positions.at(error.context_mark.index) if error.context_mark else None
    if mark is None:
        return UserError(f"YAML syntax error: {problem}", Location(positions.path))
    where = positions.at(mark.index)
    if error.context and context is not None and error.context_mark is not mark:
        problem += f", {error.context} at line {context.line}"
    line = _line(lines, where.line)
    if "\t" in line[: where.column]:
        problem += " (indent with spaces, not tabs)"
    breaks = [char for number in {where.line, context.line if context else 0} for char in _line(lines, number)]
    odd = next((char for char in breaks if char in _YAML_ONLY_BREAKS), None)
    if odd:
        problem += f" (YAML reads the {decoding.describe(odd)} there as a line break)"
    shown = context if not line.strip() and context is not None else where
    line = _line(lines, shown.line)
    caret = " " * len(line[: (shown.column or 1) - 1].expandtabs(1)) + "^"
    return UserError(
        f"YAML syntax error: {problem}\n    {line.expandtabs(1)}\n    {caret}{_quoted(error, line)}", where
    )


_KEY_AND_VALUE = re.compile(r"^(\s*(?:-\s+)?[\w-]+:\s+)(.+?)\s*$")


def _quoted(error: yaml.MarkedYAMLError, line: str) -> str:
    """For the commonest slip, a colon and space inside a plain value ("title: Seals: A History"), the line quoted."""
    found = _KEY_AND_VALUE.match(line)
    if error.problem != "mapping values are not allowed in this context" or not found or found.group(2)[0] in "\"'":
        return ""
    value = found.group(2).replace("\\", "\\\\").replace('"', '\\"')
    return f'\n  A colon and a space inside a value end it. Put the value in quotes:\n    {found.group(1)}"{value}"'


def _line(lines: list[str], number: int | None) -> str:
    return lines[number - 1] if number and 0 < number <= len(lines) else ""


def load(path: Path, what: str = "content files", limit: int = decoding.MAX_BYTES) -> Loaded:
    """Read `path` as YAML into strings, lists and dicts, with positions (`limit`: its largest size in bytes)."""
    text = decoding.read_text(path, what, limit)
    positions = Positions(path, text)
    try:
        root = _compose(text, positions)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text, positions) from None
    except yaml.YAMLError as error:  # the last line of defence: what the text checks let through, unlocated
        raise UserError(f"YAML cannot read this file: {error}", Location(path)) from None
    loaded = Loaded(path, None)
    if root is None:
        raise UserError("the file is empty", Location(path, 1, 1))
    loaded.data = _convert(root, (), loaded, positions)
    return loaded


def _convert(node: Node, where: Path_, loaded: Loaded, positions: Positions) -> Any:
    loaded.values[where] = positions.at(node.start_mark.index)
    if isinstance(node, ScalarNode):
        if node.style is None and node.value == "":
            return None
        _printable(node.value, loaded.values[where], where)
        return node.value
    if isinstance(node, SequenceNode):
        return [_convert(item, (*where, i), loaded, positions) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise UserError("a key must be plain text", positions.at(key_node.start_mark.index))
            key = key_node.value
            if key in result:
                first = loaded.keys[(*where, key)]
                raise UserError(
                    f"duplicate key {key!r} (first given at line {first.line}); keep one",
                    positions.at(key_node.start_mark.index),
                    field_path((*where, key)),
                )
            loaded.keys[(*where, key)] = positions.at(key_node.start_mark.index)
            result[key] = _convert(value_node, (*where, key), loaded, positions)
        return result
    raise AssertionError(f"unknown YAML node {node!r}")  # pragma: no cover
