"""The two kinds of failure the command line tells apart.

A `UserError` is something the teacher can fix (a typo in a YAML file, an unknown
style): it is printed as one clean line and the program exits with status 2.
Anything else is a bug in studyguide and keeps its traceback.
Stages raise; only the command-line layer decides how to exit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def field_path(loc: tuple[str | int, ...]) -> str:
    """`('key_figures', 2, 'role')` -> `key_figures[2].role`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass(frozen=True)
class Location:
    """A place in an input file; line and column count from 1, as editors do."""

    file: Path | str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        parts = [str(self.file)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


class UserError(Exception):
    """Bad input, reported as `FILE:LINE:COL: field.path: message`."""

    def __init__(self, message: str, location: Location | None = None, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.field = field

    def __reduce__(self) -> tuple:
        """Pickled whole, location and field too, so an error raised in a worker process arrives intact."""
        return type(self), (self.message, self.location, self.field)

    def __str__(self) -> str:
        head = [str(self.location)] if self.location else []
        if self.field:
            head.append(self.field)
        return ": ".join([*head, self.message])


class UserErrors(UserError):
    """Several independent input errors found in one pass, reported together."""

    def __init__(self, errors: list[UserError]) -> None:
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors

    def __reduce__(self) -> tuple:
        return type(self), (self.errors,)

    def __str__(self) -> str:
        return self.message
