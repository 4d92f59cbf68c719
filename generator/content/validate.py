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

from pydantic import BaseModel, ValidationError
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
}


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model class that holds the last key of `loc`, to suggest its field names."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = {f.alias or name: f for name, f in current.model_fields.items()}
        if part not in fields:
            return None
        current = _inner_model(fields[part].annotation)
        if current is None:
            return None
    return current


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found:
                return found
    return None


def problem(loaded: Loaded, model: type[BaseModel], detail: ErrorDetails) -> UserError:
    """One validation error as a teacher reads it, at the line and column it was typed."""
    loc = tuple(detail["loc"])
    kind = detail["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        holder = _model_at(model, loc[:-1])
        names = [f.alias or n for n, f in holder.model_fields.items()] if holder else []
        close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else f"; allowed keys: {', '.join(names)}"
        return UserError(f"unknown key {key!r}{hint}", loaded.locate(loc, key=True), field_path(loc))
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", str(detail.get("ctx", {}).get("expected", "")))
        close = difflib.get_close_matches(str(detail["input"]), allowed, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}?" if close else f"use one of: {', '.join(allowed)}"
        return UserError(f"{detail['input']!r} is not allowed; {hint}", loaded.locate(loc), field_path(loc))
    message = MESSAGES.get(kind) or detail["msg"].removeprefix("Value error, ")
    if kind == "string_pattern_mismatch":
        pattern = str(detail.get("ctx", {}).get("pattern", ""))
        message = PATTERNS.get(pattern, f"does not have the form {pattern}")
    return UserError(message, loaded.locate(loc), field_path(loc))


def validate(loaded: Loaded, model: type[M]) -> M:
    """The loaded data as `model`, or every problem in it as one UserErrors."""
    try:
        return model.model_validate(loaded.data)
    except ValidationError as exc:
        errors = [problem(loaded, model, detail) for detail in exc.errors(include_url=False)]
        errors.sort(key=lambda e: (e.location.line or 0, e.location.column or 0) if e.location else (0, 0))
        raise UserErrors(errors) from None
