"""Draw an SVG logo as vector graphics.

z3c.rml's `<image>` turns an SVG into a 300 dpi bitmap through ReportLab's
renderPM, which needs the Cairo bindings (not installable from PyPI wheels
here). Instead the handout template calls this function through
`<plugInGraphic module="generator.typesetting.logo" function="draw">PATH; X; Y; WIDTH; HEIGHT</plugInGraphic>`
(the only plug-in `guard` allows): svglib reads the SVG into a ReportLab
drawing, which is drawn straight onto the page, scaled to fit the box and kept
in proportion, right-aligned and vertically centred in it. The SVG is read as
untrusted input (see `svg`): self-contained, nothing fetched or expanded.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

MAX_BYTES = {".svg": 256 * 1024, "raster": 4 * 1024 * 1024}
"""The largest logo file read: SVG is parsed into Python objects (an 8 MB SVG took minutes), PNG/JPEG embedded."""
MAX_PIXELS = 16_000_000
"""The most pixels a PNG or JPEG logo may have (4000 × 4000), checked from its header before it is decoded."""
MAX_SIZE = 14_400.0
"""The largest width or height an SVG may declare, in points (200 inches, PDF's own page limit)."""


@lru_cache(maxsize=8)
def _drawing(path: str) -> Drawing:
    from svglib.svglib import SvgRenderer

    from generator.typesetting import svg

    root = svg.parse(Path(path))
    drawing = SvgRenderer(path, external_reference_root=str(Path(path).resolve().parent)).render(root)
    if drawing is None:
        raise ValueError("it is not an SVG image")
    size = (drawing.width, drawing.height)
    if not all(math.isfinite(value) and 0 < value <= MAX_SIZE for value in size):
        raise ValueError(
            f"its size ({drawing.width:g} × {drawing.height:g}) is not a size: give the <svg> element a width "
            f"and height (or a viewBox) of at most {MAX_SIZE:g} points"
        )
    return drawing


def readable(path: str) -> str | None:
    """Why the logo at `path` cannot be used, or None when it can."""
    svg = path.lower().endswith(".svg")
    size = Path(path).stat().st_size
    limit = MAX_BYTES[".svg" if svg else "raster"]
    if size > limit:
        return f"the file is {size:,} bytes; a logo may have at most {limit:,}"
    if svg:
        from generator.typesetting.svg import UnsafeSvg

        try:
            _drawing(path)
        except UnsafeSvg as error:
            return f"{path}: {error}; a logo must be self-contained (docs/security.md)"
        except Exception as error:  # svglib raises whatever its XML and CSS parsers raise
            return f"not an SVG image svglib can read ({error})"
        return None
    from generator.typesetting.files import image_problem

    return image_problem(Path(path), MAX_PIXELS) or None


def draw(canvas: Any, params: str) -> None:
    path, *numbers = (part.strip() for part in params.rsplit(";", 4))  # the path may hold a ';' itself
    x, y, width, height = (float(n) for n in numbers)
    drawing = _drawing(path)
    scale = min(width / drawing.width, height / drawing.height)
    canvas.saveState()
    canvas.translate(x + width - drawing.width * scale, y + (height - drawing.height * scale) / 2)
    canvas.scale(scale, scale)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.restoreState()
