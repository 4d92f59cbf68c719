"""The per-user cache (compiled templates, the templates each names, hyphenation): used, and never trusted."""

from __future__ import annotations

from pathlib import Path

import pyphen
import pytest

from generator import cache
from generator.content import hyphenation
from generator.typesetting import compiled, render


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.USER_CACHE, str(tmp_path))
    return tmp_path / cache.__version__


def test_the_folder_is_private_and_can_be_turned_off(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cache.user_folder() == folder
    assert folder.stat().st_mode & 0o077 == 0
    folder.chmod(0o777)  # others could plant compiled code in it: not used
    assert cache.user_folder() is None
    monkeypatch.setenv(cache.USER_CACHE, "")
    assert cache.user_folder() is None


def test_hyphenation_from_the_cache_breaks_words_as_pyphen_does(folder: Path, monkeypatch) -> None:
    words = ["establishment", "reassessment", "denunciation", "rehabilitation", "collectivisation"]
    expected = [pyphen.Pyphen(lang="en", left=3, right=3).inserted(word) for word in words]
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphenation.load("en", 3, 3)  # parsed and stored
    assert len(list(folder.glob("hyphenation-*.json"))) == 1
    monkeypatch.setattr(pyphen, "hdcache", {})
    monkeypatch.setattr(pyphen.HyphDict, "__init__", None)  # read back, not parsed
    restored = hyphenation.load("en", 3, 3)
    assert [restored.inserted(word) for word in words] == expected


@pytest.mark.parametrize(
    "planted",
    ['{"format": "studyguide-cache/1", "kind": "hyphenation patterns", "data": {"ab": [0, ["x"]]}}', "{trunc", ""],
)
def test_a_damaged_or_planted_hyphenation_entry_is_parsed_again(folder: Path, monkeypatch, planted: str) -> None:
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphenation.load("en", 3, 3)
    (stored,) = folder.glob("hyphenation-*.json")
    stored.write_text(planted, encoding="utf-8")
    monkeypatch.setattr(pyphen, "hdcache", {})
    assert hyphenation.load("en", 3, 3).inserted("reassessment") == "reas-sess-ment"
    assert stored.stat().st_size > 100_000  # written again whole


def _course(tmp_path: Path, text: str) -> Path:
    templates = tmp_path / "course" / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    (templates / "t.j2").write_text(text, encoding="utf-8")
    return templates


def test_compiled_templates_are_kept_and_a_changed_or_damaged_one_compiled_again(folder: Path, tmp_path) -> None:
    templates = _course(tmp_path, "{{ x }} one")
    render.environment.cache_clear()
    assert render.render("t.j2", {"x": "a"}, templates) == "a one"
    (kept,) = folder.glob("templates-*/*.jinja")
    kept.write_bytes(kept.read_bytes()[:40])  # truncated
    render.environment.cache_clear()
    assert render.render("t.j2", {"x": "b"}, templates) == "b one"
    (templates / "t.j2").write_text("{{ x }} two", encoding="utf-8")  # same name and path, new source
    render.environment.cache_clear()
    assert render.render("t.j2", {"x": "c"}, templates) == "c two"
    render.environment.cache_clear()


def test_the_names_a_template_refers_to_are_kept_as_data_and_checked(folder: Path, tmp_path) -> None:
    source = '{% include "a.j2" %}{% include name %}'
    calls = []

    def parse(text: str) -> compiled.References:
        calls.append(text)
        return ("a.j2", None)

    assert compiled.references(source, parse) == ("a.j2", None)
    assert compiled.references(source, parse) == ("a.j2", None)
    assert len(calls) == 1
    (kept,) = folder.glob("references-*.json")
    kept.write_text('{"format": "studyguide-cache/1", "kind": "template references", "data": [1]}', encoding="utf-8")
    assert compiled.references(source, parse) == ("a.j2", None)
    assert len(calls) == 2


def test_a_cache_that_cannot_be_made_only_costs_time(tmp_path: Path, monkeypatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.USER_CACHE, str(blocked))
    assert cache.user_folder() is None
    templates = _course(tmp_path, "{{ x }}!")
    render.environment.cache_clear()
    monkeypatch.setattr(pyphen, "hdcache", {})
    try:
        assert render.render("t.j2", {"x": "a"}, templates) == "a!"
        assert hyphenation.load("en", 3, 3).inserted("reassessment") == "reas-sess-ment"
    finally:
        render.environment.cache_clear()
