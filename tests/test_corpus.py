"""The layout corpus (tests/corpus): every topic is valid content."""

from pathlib import Path

import pytest

from generator.building import pipeline

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))


def test_corpus_is_varied_enough() -> None:
    assert len(CORPUS) >= 8


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_corpus_topic_validates(path: Path) -> None:
    topic = pipeline.check(path)
    assert topic.title and topic.key_figures
