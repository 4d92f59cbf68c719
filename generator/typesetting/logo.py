"""Draw an SVG logo as vector graphics.

z3c.rml's `<image>` turns an SVG into a 300 dpi bitmap through ReportLab's
renderPM, which needs the Cairo bindings (not installable from PyPI wheels
here). Instead the handout template calls this function through
`<plugInGraphic module="generator.typesetting.logo" function="draw">PATH; X; Y; WIDTH; HEIGHT</plugInGraphic>`
(the only plug-in `guard` allows): svglib reads the SVG into a ReportLab
drawing, which is drawn straight onto the page, scaled to fit the box and kept
in proportion, right-aligned and vertically centred in it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing


@lru_cache(maxsize=8)
def _drawing(path: str) -> Drawing:
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(path)
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        raise ValueError("it has no size: give the <svg> element a width and height or a viewBox")
    return drawing


def readable(path: str) -> str | None:
    """Why the logo at `path` cannot be used, or None when it can."""
    if path.lower().endswith(".svg"):
        try:
            _drawing(path)
        except Exception as error:  # svglib raises whatever its XML and CSS parsers raise
            return f"not an SVG image svglib can read ({error})"
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.verify()
    except (UnidentifiedImageError, OSError) as error:
        return f"not a PNG or JPEG image Pillow can read ({error})"
    return None


def draw(canvas: Any, params: str) -> None:
    path, *numbers = (part.strip() for part in params.split(";"))
    x, y, width, height = (float(n) for n in numbers)
    drawing = _drawing(path)
    scale = min(width / drawing.width, height / drawing.height)
    canvas.saveState()
    canvas.translate(x + width - drawing.width * scale, y + (height - drawing.height * scale) / 2)
    canvas.scale(scale, scale)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.restoreState()
