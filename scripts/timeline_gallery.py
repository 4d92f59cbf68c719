"""Render the test chronologies' timelines to PNG, in every layout, for looking at.

    python scripts/timeline_gallery.py [OUT_DIR] [NAME...]

Writes OUT_DIR/NAME-LAYOUT-PAGE.png (default build/timelines) from
tests/chronologies.py, built exactly as the tests build them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import chronologies  # noqa: E402
import timeline_pdf  # noqa: E402


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else ROOT / "build" / "timelines"
    names = argv[1:] or list(chronologies.ALL)
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        for layout in ("auto", "horizontal", "vertical"):
            laid, pdf = timeline_pdf.build(chronologies.ALL[name], layout)
            document = pypdfium2.PdfDocument(pdf)
            for number, page in enumerate(document, 1):
                path = out / f"{name}-{layout}-{number}.png"
                page.render(scale=1.6).to_pil().save(path)
            print(f"{name} {layout}: {laid.layout}, {len(laid.pieces)} pieces, {len(document)} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
