"""Render the test chronologies' timelines to PNG, in every layout, for looking at.

    python scripts/timeline_gallery.py [OUT_DIR] [NAME_OR_TOPIC...]

Writes OUT_DIR/NAME-LAYOUT-PAGE.png (default build/timelines) from
tests/chronologies.py (by name) or from topic files (a path to a .yaml: its
chronology, with the labels it draws), built exactly as the tests build them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import chronologies  # noqa: E402
import timeline_pdf  # noqa: E402


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else ROOT / "build" / "timelines"
    names = argv[1:] or list(chronologies.ALL)
    out.mkdir(parents=True, exist_ok=True)
    for given in names:
        name, entries = _chronology(given)
        for layout in ("auto", "horizontal", "vertical"):
            laid, pdf = timeline_pdf.build(entries, layout)
            document = pypdfium2.PdfDocument(pdf)
            for number, page in enumerate(document, 1):
                path = out / f"{name}-{layout}-{number}.png"
                page.render(scale=1.6).to_pil().save(path)
            print(f"{name} {layout}: {laid.layout}, {len(laid.pieces)} pieces, {len(document)} pages")


def _chronology(given: str) -> tuple[str, list[tuple[str, str]]]:
    """A test chronology by name, or a topic file's chronology as (date, label) pairs."""
    if not given.endswith(".yaml"):
        return given, chronologies.ALL[given]
    topic = yaml.load(Path(given).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # dates as written
    return Path(given).stem, [(e["date"], e.get("label") or e["event"]) for e in topic["chronology"]]


if __name__ == "__main__":
    main(sys.argv[1:])
