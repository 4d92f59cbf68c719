"""The rendered RML of the example and of both example courses, kept as readable text snapshots.

A change to a template, to how content is prepared or to how a course's settings
reach the page shows up here as a diff (a course snapshot shows its colours, fonts,
paper and headings in use). The sha256 of the example's PDFs, built by `studyguide
build` as a whole process, are kept too (pdf-digests.json, with the ReportLab and zlib
versions that shape the bytes; on others the test skips): speed work must not change
what is printed (issue 18). Regenerate on purpose with:
pytest tests/test_snapshot.py --regenerate-snapshots
"""

import hashlib
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import reportlab
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


DIGESTS = Path(__file__).parent / "snapshots" / "pdf-digests.json"
PDFS = ("handout.pdf", "flashcards.pdf", "worksheet.pdf", "worksheet-key.pdf")


def _environment() -> dict[str, str]:
    return {"reportlab": reportlab.Version, "zlib": zlib.ZLIB_RUNTIME_VERSION}


def test_example_pdfs_are_byte_identical_to_the_recorded_digests(tmp_path: Path, regenerate: bool) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "generator", "build", str(EXAMPLE), "--force", "-o", str(tmp_path)]
    subprocess.run(argv, check=True, env=env, capture_output=True)
    folder = tmp_path / EXAMPLE.stem
    built = {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in PDFS}
    if regenerate:
        DIGESTS.write_text(json.dumps({"environment": _environment(), "sha256": built}, indent=2) + "\n")
    recorded = json.loads(DIGESTS.read_text())
    if recorded["environment"] != _environment():
        pytest.skip(f"digests recorded with {recorded['environment']}, this is {_environment()}")
    assert built == recorded["sha256"], "PDF bytes changed: if intended, look at the PDFs, then --regenerate-snapshots"
