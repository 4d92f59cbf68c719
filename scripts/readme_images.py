"""Render the README's picture: the first page of the example handout as PNG.

    python scripts/readme_images.py

Builds content/great-purge.yaml and writes docs/handout-page1.png with pypdfium2
(pip install pypdfium2, or the project's `dev` extra).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import pipeline  # noqa: E402 (after the path is set)
from generator.settings import Settings  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        pdf_path = pipeline.build_handout(ROOT / "content" / "great-purge.yaml", Path(out), Settings()).path
        pdf = pypdfium2.PdfDocument(pdf_path)
        for index, name in [(0, "handout-page1.png"), (2, "handout-page3.png")]:
            image = pdf[index].render(scale=110 / 72).to_pil()
            image.save(ROOT / "docs" / name, optimize=True)
            print(f"wrote docs/{name}")


if __name__ == "__main__":
    main()
