"""The value types settings are declared with, and the markers that say where else a setting appears.

A setting's pydantic field is its only declaration: name, type, range, default
and description. Two markers, put in the field's `Annotated[...]`, add what a
field alone cannot say: `Option` names the command-line option that sets it,
`File` says that its value is a file (resolved and checked by `configure`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StringConstraints, WithJsonSchema

from generator.vocabulary import INCH, MM

CARD_COMMANDS = ("build", "cards", "watch", "export")
"""The commands that print or export flashcards, and so take the card options."""
BUILD_COMMANDS = (*CARD_COMMANDS, "worksheet")
UNITS = {"in": INCH, "mm": MM, "cm": 10 * MM, "pt": 1.0}


@dataclass(frozen=True)
class Option:
    """The command-line option that sets this field, for these commands.

    `into` names sibling fields that one option sets together from a pair of
    values (`--grid 2x5` sets columns and rows). `choose` is the option's value
    that selects the nested model the sibling options fill (`--stock custom`).
    """

    flag: str
    metavar: str | None = None
    commands: tuple[str, ...] = CARD_COMMANDS
    into: tuple[str, ...] = ()
    choose: str | None = None


@dataclass(frozen=True)
class File:
    """A file, relative to the course folder (or, typed on the command line, to the current folder).

    `kinds` are the suffixes allowed; a value in `names` is a built-in name, not a file.
    `check` names what `configure` checks the file's content as ("font", "logo", "style").
    """

    kinds: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    check: str | None = None


def pair(value: Any) -> Any:
    """`2,5`, `3.5in x 2in` (one text) as two values; a YAML list passes as it is."""
    if isinstance(value, str):
        parts = re.split(r"\s*[x,×]\s*(?=[-+\d.])", value.strip(), maxsplit=1)
        if len(parts) != 2:
            raise ValueError(
                f"{value!r} needs two values, separated by a comma: width,height (3.5in,2in) or x,y (1.5,-0.5)"
            )
        return parts
    return value


def items(value: Any) -> Any:
    """`figures,terms` (one text) as a list; a YAML list passes as it is."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def length(value: Any) -> Any:
    """A length typed by a person, `3.5in`, `89mm`, `8.9cm` or `252pt`, in points."""
    if not isinstance(value, str):
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(in|mm|cm|pt)\s*", value)
    if not match:
        raise ValueError(f"{value!r} is not a length; write a number and a unit, e.g. 3.5in or 89mm")
    return float(match[1]) * UNITS[match[2]]


Colour = Annotated[
    str,
    StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$"),
    Field(examples=["#7a1f2b"], description="An RGB colour as #rrggbb."),
]
Length = Annotated[
    float,
    BeforeValidator(length),
    Field(ge=0),
    WithJsonSchema({"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*(in|mm|cm|pt)\s*$", "examples": ["3.5in"]}),
]
"""A length with a unit in course.yaml and on the command line; points once validated."""


def by_kind(value: Any) -> str:
    """For a setting that is a built-in name or a mapping: which one a value is, so errors come from that one only."""
    return "name" if isinstance(value, str) else "mapping"
