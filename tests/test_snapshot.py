"""The rendered RML of the example and of both example courses, kept as readable text snapshots.

A change to a template, to how content is prepared or to how a course's settings
reach the page shows up here as a diff (a course snapshot shows its colours, fonts,
paper and headings in use). Regenerate on purpose with:
pytest tests/test_snapshot.py --regenerate-snapshots
"""

from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

from generator.building import pipeline
from generator.courses import configure
from generator.outputs.registry import REGISTRY
from generator.resources import FONTS
from generator.settings import Settings
from generator.typesetting import render

SNAPSHOTS = Path(__file__).parent / "snapshots"


def compare(rml: str, name: str, regenerate: bool) -> None:
    rml = rml.replace(str(FONTS), "{fonts}").replace(str(ROOT), "{root}")
    if regenerate:
        (SNAPSHOTS / name).write_text(rml, encoding="utf-8")
    assert rml == (SNAPSHOTS / name).read_text(encoding="utf-8"), "RML changed: review, then --regenerate-snapshots"


def test_handout_rml_matches_snapshot(regenerate: bool) -> None:
    (rml,), _ = pipeline.rml("handout", pipeline.read(EXAMPLE), Settings())
    compare(rml, "great-purge.rml", regenerate)


def test_flashcards_rml_matches_snapshot(regenerate: bool) -> None:
    """The Trials deck (four cards) on index cards, so the snapshot shows crop marks and a partial sheet."""
    settings = Settings(cards={"stock": "index-3x5", "decks": ["trials"]})
    (rml,), _ = pipeline.rml("flashcards", pipeline.read(EXAMPLE), settings)
    compare(rml, "great-purge-flashcards.rml", regenerate)


def test_worksheet_and_key_rml_match_snapshots(regenerate: bool) -> None:
    (sheet, key), _ = pipeline.rml("worksheet", pipeline.read(EXAMPLE), Settings())
    compare(sheet, "great-purge-worksheet.rml", regenerate)
    compare(key, "great-purge-worksheet-key.rml", regenerate)


def test_calibration_page_rml_matches_snapshot(regenerate: bool) -> None:
    entry = REGISTRY["calibration"]
    assert entry.page and entry.template
    settings = Settings(cards={"back_offset": [1.5, -0.5]})
    compare(render.render(entry.template, entry.page(settings)), "calibration.rml", regenerate)


@pytest.mark.parametrize("course", ["hist-204", "y12-history"])
def test_example_course_handouts_match_snapshots(course: str, regenerate: bool) -> None:
    folder = ROOT / "content" / course
    settings = configure.configure(folder / "course.yaml")
    (rml,), _ = pipeline.rml("handout", pipeline.read(folder / "great-purge.yaml"), settings)
    compare(rml, f"{course}.rml", regenerate)
