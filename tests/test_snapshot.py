"""The rendered RML of the example, kept as readable text snapshots.

A change to a template or to how content is prepared shows up here as a diff.
Regenerate on purpose with: pytest tests/test_snapshot.py --regenerate-snapshots
"""

from pathlib import Path

from conftest import EXAMPLE

from generator.building import pipeline
from generator.resources import FONTS
from generator.settings import Settings

SNAPSHOTS = Path(__file__).parent / "snapshots"


def compare(rml: str, name: str, regenerate: bool) -> None:
    rml = rml.replace(str(FONTS), "{fonts}")
    if regenerate:
        (SNAPSHOTS / name).write_text(rml, encoding="utf-8")
    assert rml == (SNAPSHOTS / name).read_text(encoding="utf-8"), "RML changed: review, then --regenerate-snapshots"


def test_handout_rml_matches_snapshot(regenerate: bool) -> None:
    compare(pipeline.handout_rml(pipeline.check(EXAMPLE), Settings()), "great-purge.rml", regenerate)


def test_flashcards_rml_matches_snapshot(regenerate: bool) -> None:
    """The Trials deck (four cards) on index cards, so the snapshot shows crop marks and a partial sheet."""
    settings = Settings(cards={"stock": "index-3x5", "decks": ["trials"]})
    rml, _ = pipeline.flashcards_rml(pipeline.read(EXAMPLE), settings)
    compare(rml, "great-purge-flashcards.rml", regenerate)
