"""Shared fixtures: the example handout is built once per test session; every PDF written is checked."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
import tagged_pdf

os.environ.setdefault("STUDYGUIDE_CACHE", tempfile.mkdtemp(prefix="studyguide-test-cache-"))
"""The per-user cache (compiled templates, hyphenation) of this test session, not the developer's."""

from generator.building import pipeline  # noqa: E402
from generator.settings import Settings  # noqa: E402
from generator.settings.furniture import ThematicBreak  # noqa: E402
from generator.settings.looks import Styles  # noqa: E402
from generator.typesetting import output  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "content" / "great-purge.yaml"


BLOCKS = {"rule": ThematicBreak(), "list_space": Styles().Bullets.space_after}
"""What markup.blocks draws besides text, at the theme's defaults."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regenerate-snapshots",
        action="store_true",
        default=False,
        help="rewrite tests/snapshots from the current output instead of comparing with them",
    )


@pytest.fixture(scope="session")
def regenerate(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regenerate-snapshots"))


@pytest.fixture(scope="session", autouse=True)
def every_pdf_is_valid() -> Iterator[list[Path]]:
    """Check every PDF the tool writes in any test with pikepdf (qpdf's checks, and tagging), as it is written.

    Returns the list of PDFs checked, so a test can see the hook is live.
    """
    checked: list[Path] = []
    write = output.stage

    def checked_write(path: Path, data: bytes) -> Path:
        if path.suffix == ".pdf":
            with pikepdf.open(BytesIO(data)) as pdf:
                problems = pdf.check_pdf_syntax()
            assert not problems, f"{path}: qpdf finds {problems}"
            untagged = tagged_pdf.problems(data)
            assert not untagged, f"{path}: {untagged}"
            checked.append(path)
        return write(path, data)

    output.stage = checked_write
    yield checked
    output.stage = write


@pytest.fixture(scope="session")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example topic built as a Letter handout."""
    out = tmp_path_factory.mktemp("build")
    return pipeline.build_handout(EXAMPLE, out, Settings()).path


def pdf_text(path: Path) -> str:
    """All of a PDF's text in reading order, whitespace folded to single spaces."""
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


@pytest.fixture(scope="session")
def handout_text(handout: Path) -> str:
    return pdf_text(handout)


def write(tmp_path: Path, text: str, name: str = "topic.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = """\
title: A Minimal Topic
summary: One paragraph.
key_figures:
  - name: Ada Lovelace
    role: Mathematician
"""
