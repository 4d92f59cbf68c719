"""Load a YAML file into plain data, remembering where every value was typed.

PyYAML's constructors apply YAML 1.1 typing (`no` becomes False, `1934-12-01`
a datetime, `-0062` an octal number). Content is text, so we build the data
ourselves from the composed node tree: every scalar stays the string the teacher
typed, and every value keeps its line and column for error messages.
Anchors, aliases and duplicate keys are refused: aliases make "alias bombs"
possible and duplicate keys silently lose text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.errors import Location, UserError, field_path

Path_ = tuple[str | int, ...]
MAX_BYTES = 1024 * 1024
# libyaml's parser when PyYAML was built with it (ten times faster), else PyYAML's own.
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


def _compose(text: str, path: Path) -> Node | None:
    """The node tree of `text`, refusing anchors and aliases before anything is built."""
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise UserError(
                "anchors and aliases (&name, *name) are not allowed: write the text out in full",
                Location(path, event.start_mark.line + 1, event.start_mark.column + 1),
            )
    return yaml.compose(text, Loader=_LOADER)


# Characters XML 1.0 cannot carry (C0 controls but tab and newlines, lone surrogates,
# U+FFFE and U+FFFF) and the other Unicode non-characters: PyYAML lets a quoted "\x07"
# through, and it would break the RML later with an error that blames the template.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
    + "]"
)


def _printable(value: str, where: Location, path: Path_) -> None:
    found = _UNPRINTABLE.search(value)
    if found:
        char = found.group()
        kind = "a control character" if ord(char) < 0x20 or ord(char) == 0x7F else "a non-character"
        raise UserError(
            f"contains U+{ord(char):04X} ({unicodedata.name(char, kind)}), which cannot be printed; "
            "delete it (it often comes from pasted text)",
            where,
            field_path(path),
        )


def _mark(path: Path, node: Node) -> Location:
    return Location(path, node.start_mark.line + 1, node.start_mark.column + 1)


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError("file not found", Location(path)) from None
    except OSError as error:
        raise UserError(f"cannot read file: {error.strerror}", Location(path)) from None
    if len(raw) > MAX_BYTES:
        raise UserError(
            f"file is {len(raw):,} bytes; content files are limited to {MAX_BYTES:,} bytes",
            Location(path),
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise UserError(
            f"not UTF-8 text (byte 0x{raw[error.start]:02x}): save the file as UTF-8",
            Location(path, line, column),
        ) from None


def _syntax_error(error: yaml.MarkedYAMLError, text: str, path: Path) -> UserError:
    """The YAML error at its place, with what it was in the middle of and the offending line shown.

    When the problem is found at the end of the file or on an empty line (an
    unclosed quote, say), the line that opened the unfinished thing is the one
    worth showing.
    """
    lines = text.split("\n")
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "invalid YAML"
    context = error.context_mark
    if error.context and context is not None and context is not mark:
        problem += f", {error.context} at line {context.line + 1}"
    if mark is None:
        return UserError(f"YAML syntax error: {problem}", Location(path))
    if mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
        problem += " (indent with spaces, not tabs)"
    shown = mark
    if (mark.line >= len(lines) or not lines[mark.line].strip()) and context is not None:
        shown = context
    line = lines[shown.line] if shown.line < len(lines) else ""
    caret = " " * len(line[: shown.column].expandtabs(1)) + "^"
    return UserError(
        f"YAML syntax error: {problem}\n    {line.expandtabs(1)}\n    {caret}",
        Location(path, mark.line + 1, mark.column + 1),
    )


def load(path: Path) -> Loaded:
    """Read `path` as YAML into strings, lists and dicts, with positions."""
    text = _read_text(path)
    try:
        root = _compose(text, path)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text, path) from None
    loaded = Loaded(path, None)
    if root is None:
        raise UserError("the file is empty", Location(path, 1, 1))
    loaded.data = _convert(root, (), loaded)
    return loaded


def _convert(node: Node, where: Path_, loaded: Loaded) -> Any:
    loaded.values[where] = _mark(loaded.path, node)
    if isinstance(node, ScalarNode):
        if node.style is None and node.value == "":
            return None
        _printable(node.value, loaded.values[where], where)
        return node.value
    if isinstance(node, SequenceNode):
        return [_convert(item, (*where, i), loaded) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise UserError("a key must be plain text", _mark(loaded.path, key_node))
            key = key_node.value
            if key in result:
                first = loaded.keys[(*where, key)]
                raise UserError(
                    f"duplicate key {key!r} (first given at line {first.line}); keep one",
                    _mark(loaded.path, key_node),
                    ".".join(str(p) for p in (*where, key)),
                )
            loaded.keys[(*where, key)] = _mark(loaded.path, key_node)
            result[key] = _convert(value_node, (*where, key), loaded)
        return result
    raise AssertionError(f"unknown YAML node {node!r}")  # pragma: no cover
