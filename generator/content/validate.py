"""Check loaded data against the models, with errors a teacher can act on.

Pydantic reports a location as a tuple of keys and indexes; the loader knows where
each of those was typed. Each error becomes `FILE:LINE:COL: field.path: message`,
with "did you mean" for misspelt keys.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, Tag, ValidationError
from pydantic_core import ErrorDetails

from generator.content.loader import Loaded
from generator.errors import UserError, UserErrors, field_path

M = TypeVar("M", bound=BaseModel)

PATTERNS = {
    r"^[^\n]*$": "must be a single line",
    r"^#[0-9a-fA-F]{6}$": "must be a colour written as # and six hex digits, e.g. #7a1f2b",
}
"""What a pattern the models use means, said for people."""
MESSAGES = {
    "missing": "this field is required",
    "string_too_short": "must not be empty",
    "too_short": "needs at least one entry",
    "string_type": "expected text here, not a list or mapping",
    "list_type": "expected a list here (lines starting with '- ')",
    "model_type": "expected a mapping here (lines of 'key: value')",
    "model_attributes_type": "expected a mapping here (lines of 'key: value')",
    "int_parsing": "expected a whole number",
    "finite_number": "must be a number (not nan or infinity)",
    "float_parsing": "expected a number",
}
BOUNDS = {
    "greater_than_equal": ("ge", "must be at least {}"),
    "less_than_equal": ("le", "must be at most {}"),
    "greater_than": ("gt", "must be more than {}"),
    "less_than": ("lt", "must be less than {}"),
}
"""Ranges said in words, with the limit (pydantic's "Input should be greater than or equal to 4")."""


def _walk(model: type[BaseModel], loc: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], Any]:
    """`loc` without the tags of discriminated unions, and the annotation at its end.

    Pydantic puts the chosen member's tag (a model's name, e.g. `Cite`) into the
    location of an error inside a discriminated union; the file has no such key.
    """
    current: Any = model
    clean: list[str | int] = []
    for part in loc:
        tagged = _tagged(current)
        if isinstance(part, str) and part in tagged:
            current = tagged[part]
            continue
        members = _models(current)
        clean.append(part)
        if isinstance(part, int):
            current = _item(current)
            continue
        holder = members[0] if len(members) == 1 else None
        fields = {f.alias or name: f for name, f in holder.model_fields.items()} if holder else {}
        current = fields[part].annotation if part in fields else None
    return tuple(clean), current


def _tagged(annotation: Any) -> dict[str, Any]:
    """The members of a discriminated union by their tags (`Annotated[Model, Tag("name")]`)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _tagged(typing.get_args(annotation)[0])
    members = typing.get_args(annotation) if origin in (typing.Union, types.UnionType) else ()
    found: dict[str, Any] = {}
    for member in members:
        tags = [extra.tag for extra in getattr(member, "__metadata__", ()) if isinstance(extra, Tag)]
        found.update(dict.fromkeys(tags, member) if tags else _tagged(member))
    return found


def _models(annotation: Any) -> list[type[BaseModel]]:
    """The models an annotation may hold directly (several for a union)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _models(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [m for arg in typing.get_args(annotation) for m in _models(arg)]
    return []


def _item(annotation: Any) -> Any:
    """The annotation of a list's items (through Optional and Annotated)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _item(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        inner = [_item(arg) for arg in typing.get_args(annotation) if arg is not type(None)]
        return inner[0] if len(inner) == 1 else None
    if origin is list:
        return typing.get_args(annotation)[0]
    return None


def suggest(key: str, names: list[str], misnamed: dict[str, str]) -> str | None:
    """The field meant by an unknown key, when it is a real near-miss.

    The same name in other capitals (doi → DOI) and names other formats use
    (BibTeX's `year` for CSL's `issued`) come first; otherwise a close spelling,
    with a cutoff high enough that `year` does not suggest `year-suffix`.
    """
    folded = {name.casefold(): name for name in names}
    for candidate in (key.casefold(), key.casefold().replace("_", "-"), key.casefold().replace("-", "_")):
        if candidate in folded:
            return folded[candidate]
    if key.casefold() in misnamed:
        return misnamed[key.casefold()]
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.75)
    return close[0] if close else None


def problem(loaded: Loaded, model: type[BaseModel], detail: ErrorDetails) -> UserError:
    """One validation error as a teacher reads it, at the line and column it was typed."""
    loc, _ = _walk(model, tuple(detail["loc"]))
    kind = detail["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        holders = _models(_walk(model, tuple(detail["loc"])[:-1])[1])
        holder = holders[0] if len(holders) == 1 else None
        names = [f.alias or n for n, f in holder.model_fields.items()] if holder else []
        close = suggest(key, names, getattr(holder, "MISNAMED", {}))
        hint = f"; did you mean {close!r}?" if close else f"; allowed keys: {', '.join(names)}"
        return UserError(f"unknown key {key!r}{hint}", loaded.locate(loc, key=True), field_path(loc))
    if kind == "literal_error":
        choices: list[str] = re.findall(r"'([^']*)'", str(detail.get("ctx", {}).get("expected", "")))
        typed = sorted(str(detail["input"]).casefold().replace("_", "-").split("-"))  # A4, journal-article
        folded = [choice for choice in choices if sorted(choice.casefold().split("-")) == typed]
        nearest = folded or difflib.get_close_matches(str(detail["input"]), choices, n=1, cutoff=0.6)
        hint = f"did you mean {nearest[0]!r}?" if nearest else f"use one of: {', '.join(choices)}"
        return UserError(f"{detail['input']!r} is not allowed; {hint}", loaded.locate(loc), field_path(loc))
    message = MESSAGES.get(kind) or detail["msg"].removeprefix("Value error, ")
    if kind in BOUNDS:
        name, said = BOUNDS[kind]
        bound = detail.get("ctx", {}).get(name)
        message = said.format(f"{bound:g}" if isinstance(bound, float) else bound)
    limit = detail.get("ctx", {}).get("max_length")
    if kind == "string_too_long":
        message = f"is {len(detail['input']):,} characters long; at most {limit:,} are allowed (see Limits)"
    elif kind == "too_long":
        message = f"has {len(detail['input']):,} entries; at most {limit:,} are allowed (see Limits)"
    if kind == "string_pattern_mismatch":
        pattern = str(detail.get("ctx", {}).get("pattern", ""))
        message = PATTERNS.get(pattern, f"does not have the form {pattern}")
    return UserError(message, loaded.locate(loc), field_path(loc))


def validate(loaded: Loaded, model: type[M], context: str = "") -> M:
    """The loaded data as `model`, or every problem in it as one UserErrors (each message after `context`)."""
    try:
        return model.model_validate(loaded.data)
    except ValidationError as exc:
        errors = [problem(loaded, model, detail) for detail in exc.errors(include_url=False)]
        if context:
            errors = [UserError(f"{context}: {error.message}", error.location, error.field) for error in errors]
        errors.sort(key=lambda e: (e.location.line or 0, e.location.column or 0) if e.location else (0, 0))
        raise UserErrors(errors) from None
