"""The example's PDFs keep their bytes: speed work (issue 18) must not change what is printed.

The sha256 of the handout, flashcards, worksheet and key that `studyguide build`
writes for the example (as a whole process: the one-shot path, with its garbage
collection and lazy imports) are kept in tests/snapshots/pdf-digests.json with the
versions that shape the bytes (ReportLab, zlib). Regenerate on purpose, after an
intended change to the output, with:
pytest tests/test_pdf_bytes.py --regenerate-snapshots
On another ReportLab or zlib the digests cannot be compared (compression and the
producer differ), so the test says so and skips.
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
    assert built == recorded["sha256"], "PDF bytes changed: if intended, review the PDFs, then --regenerate-snapshots"
