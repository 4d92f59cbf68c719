"""The layout audit (tests/audit.py) on every page of every corpus topic's handout, worksheet and key.

One test per topic and paper, each building that topic's three PDFs, so the
builds spread over pytest-xdist's workers instead of all happening in one.
"""

from pathlib import Path

import pytest
from audit import audit
from test_corpus import CORPUS

from generator.building import pipeline
from generator.outputs import context
from generator.settings import Settings

PAPERS = ("letter", "a4")


@pytest.mark.slow
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_layout_audit(path: Path, paper: str, tmp_path: Path) -> None:
    settings = Settings(paper=paper)
    problems = []
    for pdf in pipeline.build(path, tmp_path, settings, outputs=("handout", "worksheet")):
        page = context.page_geometry(settings, measured=pdf.path.name == "handout.pdf")
        problems += audit(pdf.path, page.margin, page.side)
    assert not problems, "\n".join(map(str, problems))
