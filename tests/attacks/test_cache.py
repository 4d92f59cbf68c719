"""The bibliography cache in the output folder is data: a damaged or planted entry is ignored or harmless."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sandbox import HERE

from generator import cache
from generator.building import pipeline
from generator.cli import main
from generator.outputs import bibliography

ITEMS = pipeline.read(HERE / "topic.yaml").topic.further_reading


def _format(folder: Path) -> dict:
    bibliography._memory.clear()  # as a new process would start
    return bibliography.format_items(ITEMS, "chicago", folder)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, bytes]:
    """The entries as pandoc formats them, and the cache file that stores them."""
    folder = tmp_path_factory.mktemp("cache")
    entries = _format(folder)
    (entry,) = folder.glob("bibliography-*.json")
    return entries, entry.read_bytes()


def _cache_file(folder: Path, data: bytes) -> Path:
    """The cache file `_format` will read, holding `data`."""
    _format(folder)
    (path,) = folder.glob("bibliography-*.json")
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # a zero-length file, as a full disk left it
        b'{"format": "studyguide-cache/1", "kind": "bibliography", "da',  # truncated
        b"\xff\xfe not json",
        b'["a list"]',
        b'{"format": "studyguide-cache/1", "kind": "bibliography", "data": {"menabrea1843": [{"t": "Para"}]}}',
        b'{"format": "studyguide-cache/1", "kind": "bibliography", "data": {"x": "<evalString>1</evalString>"}}',
    ],
)
def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path: Path, reference, damage: bytes) -> None:
    path = _cache_file(tmp_path, damage)
    assert _format(tmp_path) == reference[0]
    assert path.read_bytes() == reference[1]


def test_an_entry_of_rml_as_the_cache_held_before_is_not_trusted(tmp_path: Path, reference) -> None:
    path = _cache_file(tmp_path, json.dumps({"menabrea1843": "<evalString>1</evalString>"}).encode())
    assert _format(tmp_path) == reference[0] and path.read_bytes() == reference[1]


def test_planted_data_is_escaped_like_pandocs_own_answer(tmp_path: Path) -> None:
    path = _cache_file(tmp_path, b"")
    planted = [
        {
            "t": "Para",
            "c": [
                {"t": "Str", "c": "<evalString>1</evalString>"},
                {"t": "RawInline", "c": ["rml", "<img src='/etc/x'/>"]},
            ],
        }
    ]
    cache.store(path, "bibliography", {"menabrea1843": planted})
    assert _format(tmp_path) == {
        "menabrea1843": "&lt;evalString&gt;1&lt;/evalString&gt;&lt;img src=&apos;/etc/x&apos;/&gt;"
    }


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path: Path, reference) -> None:
    path = _cache_file(tmp_path, b"")
    path.unlink()
    path.mkdir()  # something in the way: the entry cannot be replaced
    assert _format(tmp_path) == reference[0]
    assert path.is_dir() and not list(tmp_path.glob(".*.tmp"))


def test_a_build_over_a_truncated_cache_succeeds(tmp_path: Path) -> None:
    folder, out = tmp_path / "course", tmp_path / "out"
    folder.mkdir()
    shutil.copyfile(HERE / "topic.yaml", folder / "topic.yaml")
    _cache_file(out / ".cache", b'{"format": "studyguide-cache/1", "kind": "bibl')
    bibliography._memory.clear()
    assert main(["build", str(folder / "topic.yaml"), "-o", str(out), "--only", "handout"]) == 0
