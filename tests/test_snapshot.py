"""The rendered RML of the example, kept as a readable text snapshot.

A change to a template or to how content is prepared shows up here as a diff.
Regenerate on purpose with: pytest tests/test_snapshot.py --regenerate-snapshots
"""

from pathlib import Path

from conftest import EXAMPLE

from generator import pipeline
from generator.resources import FONTS
from generator.settings import Settings

SNAPSHOT = Path(__file__).parent / "snapshots" / "great-purge.rml"


def test_rendered_rml_matches_snapshot(regenerate: bool) -> None:
    rml = pipeline.handout_rml(pipeline.check(EXAMPLE), Settings()).replace(str(FONTS), "{fonts}")
    if regenerate:
        SNAPSHOT.write_text(rml, encoding="utf-8")
    assert rml == SNAPSHOT.read_text(encoding="utf-8"), "RML changed: review, then --regenerate-snapshots"
