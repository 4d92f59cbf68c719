"""Typesetting errors blamed on the template line that wrote the offending RML.

z3c.rml and ReportLab report a mistake in the RML (`Style 'Nope' could not be
found`, `The value 'x' is not a valid measurement`) at a line of the generated
RML, which no teacher has seen. The RML came from a template: the value the
message quotes, or else the RML line itself, is looked up in the course's
template files, and the error is reported at the template line that wrote it.
An exception raised inside these libraries is a mistake in what they were
given (a course template, a font, an image); one raised in studyguide's own
code is a bug and keeps its traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import TracebackType

from generator.errors import Location, UserError
from generator.resources import PACKAGE

_RML_LINE = re.compile(r"\s*\(file [^,)]*(?:, line (\d+))?\)\.?")
_QUOTED = re.compile(r"'([^'\n]{1,80})'")
_WORD = re.compile(r"[\w.#-]{3,}")


def raised_in_library(error: BaseException) -> bool:
    """Whether the innermost frame of the error's traceback is outside studyguide's own code."""
    tb: TracebackType | None = error.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return False
    return not Path(last.tb_frame.f_code.co_filename).resolve().is_relative_to(PACKAGE)


def _candidates(source: str, roots: tuple[Path, ...]) -> list[Path]:
    """The template files that may have written the RML: the named template, then the course's others."""
    files = [Path(source)] if Path(source).is_file() else []
    for root in roots:
        files += sorted(path for path in (root / "templates").rglob("*.j2") if path not in files)
    return files


def _find(files: list[Path], needles: list[str]) -> Location | None:
    for needle in needles:
        for path in files:
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                continue
            for number, line in enumerate(lines, 1):
                if needle.casefold() in line.casefold():
                    return Location(path, number)
    return None


def template_line(source: str, roots: tuple[Path, ...], needles: list[str]) -> Location | None:
    """The first line of the template `source` (or another of the course's) holding one of `needles`."""
    return _find(_candidates(source, roots), needles)


def typesetting_error(
    error: BaseException, rml: str, source: str, roots: tuple[Path, ...], rml_line: int | None = None
) -> UserError:
    """The error as a UserError at the template line that wrote the RML it is about (else at the template)."""
    text = " ".join(str(error).split()) or type(error).__name__
    found = _RML_LINE.search(text)
    rml_line = rml_line or (int(found.group(1)) if found and found.group(1) else None)
    message = _RML_LINE.sub("", text).strip()
    needles = [f'"{value}"' for value in _QUOTED.findall(message)]
    lines = rml.splitlines()
    if rml_line and 0 < rml_line <= len(lines) and lines[rml_line - 1].strip():
        needles.append(lines[rml_line - 1].strip())
    # ReportLab names some values unquoted, last ("... for bodyy"): try the message's words as attribute values.
    needles += [f'="{word}"' for word in reversed(_WORD.findall(_QUOTED.sub("", message)))]
    where = _find(_candidates(source, roots), needles)
    if where is None:
        where = Location(source)
        message += f" (in the RML it wrote, line {rml_line})" if rml_line else ""
    what = (
        "the template wrote invalid RML" if isinstance(error, SyntaxError) else "cannot typeset what the template wrote"
    )
    return UserError(f"{what}: {message}", where)
