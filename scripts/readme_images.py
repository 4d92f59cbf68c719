"""Render the README's pictures: handout pages, a sheet of flashcards front and back, and the courses.

    python scripts/readme_images.py

Builds content/great-purge.yaml and writes docs/handout-page1.png,
docs/handout-page3.png, docs/flashcards-front.png, docs/flashcards-back.png, a
worksheet page and an answer-key page,
the first handout page of each example course (docs/course-*.png), and the
reading list cited from a Zotero library (docs/bibliography.png), with
pypdfium2 (pip install pypdfium2, or the project's `dev` extra). The cards are
drawn with --outline, so the picture shows where the card edges are.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.building import pipeline  # noqa: E402 (after the path is set)
from generator.courses import configure  # noqa: E402
from generator.settings import Settings  # noqa: E402

PAGES = {"handout": [(0, "handout-page1.png"), (2, "handout-page3.png")],
         "flashcards": [(0, "flashcards-front.png"), (1, "flashcards-back.png")],
         "worksheet": [(0, "worksheet-page1.png")], "worksheet-key": [(1, "worksheet-key-page2.png")]}  # fmt: skip


def _save(pdf_path: Path, index: int, name: str) -> None:
    image = pypdfium2.PdfDocument(pdf_path)[index].render(scale=110 / 72).to_pil()
    image.save(ROOT / "docs" / name, optimize=True)
    print(f"wrote docs/{name}")


def main() -> None:
    settings = Settings(cards={"stock": "avery-5371", "outline": True})
    with tempfile.TemporaryDirectory() as out:
        for built in pipeline.build(ROOT / "content" / "great-purge.yaml", Path(out), settings):
            for index, name in PAGES[built.path.stem]:
                _save(built.path, index, name)
        for course in ("hist-204", "y12-history"):
            topic = ROOT / "content" / course / "great-purge.yaml"
            settings = configure.configure(configure.find_course(topic))
            built = pipeline.build_handout(topic, Path(out) / course, settings)
            _save(built.path, 0, f"course-{course}.png")
        reading = ROOT / "tests" / "library" / "reading.yaml"  # cites the Zotero export tests/library/zotero.json
        settings = configure.configure(configure.find_course(reading))
        _save(pipeline.build_handout(reading, Path(out) / "library", settings).path, 0, "bibliography.png")


if __name__ == "__main__":
    main()
