"""Render the README's pictures: handout pages and a sheet of flashcards, front and back, as PNG.

    python scripts/readme_images.py

Builds content/great-purge.yaml and writes docs/handout-page1.png,
docs/handout-page3.png, docs/flashcards-front.png and docs/flashcards-back.png
with pypdfium2 (pip install pypdfium2, or the project's `dev` extra). The cards
are drawn with --outline, so the picture shows where the card edges are.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import pipeline  # noqa: E402 (after the path is set)
from generator.flashcards import CardSettings  # noqa: E402
from generator.settings import Settings  # noqa: E402
from generator.stock import preset  # noqa: E402

PAGES = {"handout": [(0, "handout-page1.png"), (2, "handout-page3.png")],
         "flashcards": [(0, "flashcards-front.png"), (1, "flashcards-back.png")]}  # fmt: skip


def main() -> None:
    cards = CardSettings(preset("avery-5371"), outline=True)
    with tempfile.TemporaryDirectory() as out:
        for built in pipeline.build(ROOT / "content" / "great-purge.yaml", Path(out), Settings(), cards):
            pdf = pypdfium2.PdfDocument(built.path)
            for index, name in PAGES[built.path.stem]:
                image = pdf[index].render(scale=110 / 72).to_pil()
                image.save(ROOT / "docs" / name, optimize=True)
                print(f"wrote docs/{name}")


if __name__ == "__main__":
    main()
