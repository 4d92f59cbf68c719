"""Which characters a TrueType file has, without parsing the bundled fonts in every process.

The glyph check and the fallback need only each font's character map, but
ReportLab reads a whole file to give it (about 5 ms a Noto face, 0.1 s for the
fallback font), and `studyguide check` would import ReportLab for nothing else.
The bundled fonts' maps are shipped as ranges in `fonts/coverage.json`, each with
the size of the file it was read from; `tests/test_coverage.py` reads every
bundled font again and compares (regenerate with `--regenerate-snapshots`). Any
other font, or a bundled file whose size differs, is parsed as before.
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import groupby
from pathlib import Path

from generator.resources import FONTS

TABLE = FONTS / "coverage.json"


def ranges(points: frozenset[int]) -> list[list[int]]:
    """Code points as [first, last] runs, in order."""
    ordered = sorted(points)
    runs = groupby(enumerate(ordered), key=lambda pair: pair[1] - pair[0])
    return [[group[0][1], group[-1][1]] for group in (list(run) for _, run in runs)]


def parse(path: str) -> frozenset[int]:
    """The code points ReportLab maps to a glyph in the file at `path` (the file parsed)."""
    from generator.typesetting.fonts import parsed

    return frozenset(parsed(path.rsplit("/", 1)[-1], path).face.charToGlyph)


def measured() -> dict[str, dict]:
    """The table as the bundled font files give it now (what `coverage.json` must hold)."""
    return {
        file.name: {"size": file.stat().st_size, "ranges": ranges(parse(str(file)))}
        for file in sorted(FONTS.glob("*.ttf"))
    }


def text(table: dict[str, dict]) -> str:
    """The table as coverage.json is written: one font a line."""
    return "{\n" + ",\n".join(f"{json.dumps(name)}: {json.dumps(entry)}" for name, entry in table.items()) + "\n}\n"


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    return json.loads(TABLE.read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def covered(path: str) -> frozenset[int]:
    """The code points a TrueType file has glyphs for: from the shipped table for a bundled font, else parsed."""
    file = Path(path)
    known = _table().get(file.name) if file.parent == FONTS else None
    if known is None or not file.is_file() or file.stat().st_size != known["size"]:
        return parse(path)
    return frozenset(point for first, last in known["ranges"] for point in range(first, last + 1))
