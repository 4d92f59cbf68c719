"""A course's template and citation style are read once: what is used is what was checked.

A file checked by its name and then opened by its name again could be swapped in
between (for a symlink to a file outside the course, a FIFO that blocks the
build, a style with entities or a parent URL). A template is opened once and its
type, size and place are asked of that opening (typesetting/files.read_inside); a
style's checked text is what pandoc is given, from a private folder.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from generator.content.csl import CslItem
from generator.errors import UserError
from generator.outputs import bibliography, citation_style
from generator.resources import STYLES
from generator.typesetting import files, render

SECRET = "SECRET-do-not-render"


def _course(tmp_path: Path) -> tuple[Path, Path]:
    """A course folder with templates/page.rml.j2, and a secret file beside the course."""
    templates = tmp_path / "course" / "templates"
    templates.mkdir(parents=True)
    (templates / "page.rml.j2").write_text("fine", encoding="utf-8")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    return templates.parent.resolve(), templates / "page.rml.j2"


def _swap_after_resolving(monkeypatch: pytest.MonkeyPatch, target: Path, swap) -> None:
    """Make `swap()` happen right after `target` is resolved: between the check of its place and its opening."""
    original = Path.resolve

    def resolve(self: Path, strict: bool = False) -> Path:
        resolved = original(self, strict)
        if self == target:
            swap()
        return resolved

    monkeypatch.setattr(Path, "resolve", resolve)


def test_a_template_is_read_once_as_checked(tmp_path: Path) -> None:
    course, template = _course(tmp_path)
    assert files.read_inside(template, course, 100) == (b"fine", "")
    assert files.read_inside(template, course, 3) == (None, "must be a file of at most 3 bytes")


def test_a_template_swapped_for_a_symlink_after_its_check_is_not_read(tmp_path: Path, monkeypatch) -> None:
    course, template = _course(tmp_path)

    def swap() -> None:
        template.unlink()
        template.symlink_to(tmp_path / "secret.txt")

    _swap_after_resolving(monkeypatch, template, swap)
    data, problem = files.read_inside(template, course, 100)
    assert data is None and problem == "is not a file that can be read"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the opened file's place is asked of /proc")
def test_a_template_folder_swapped_for_a_symlink_out_is_not_read(tmp_path: Path, monkeypatch) -> None:
    course, template = _course(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "page.rml.j2").write_text(SECRET, encoding="utf-8")

    def swap() -> None:
        template.unlink()
        template.parent.rmdir()
        template.parent.symlink_to(outside)

    _swap_after_resolving(monkeypatch, template, swap)
    data, problem = files.read_inside(template, course, 100)
    assert data is None and problem == "leads outside the course folder"


def test_a_fifo_template_is_refused_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    _, template = _course(tmp_path)
    template.unlink()
    os.mkfifo(template)
    outcome: list[BaseException | str] = []

    def run() -> None:
        try:
            outcome.append(render.render("page.rml.j2", {}, template.parent))
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "reading the FIFO blocked the build"
    (error,) = outcome
    assert isinstance(error, UserError)
    assert str(error).startswith(f"{template}: this template must be a file of at most 1,000,000 bytes")


def test_a_template_too_large_is_refused_at_its_file(tmp_path: Path) -> None:
    _, template = _course(tmp_path)
    template.write_text("x" * (render.MAX_TEMPLATE + 1), encoding="utf-8")
    with pytest.raises(UserError, match="this template must be a file of at most 1,000,000 bytes"):
        render.render("page.rml.j2", {}, template.parent)


def test_a_style_swapped_after_its_check_is_not_what_pandoc_reads(tmp_path: Path, monkeypatch) -> None:
    course_style = tmp_path / "course.csl"
    course_style.write_bytes((STYLES / "modern-language-association.csl").read_bytes())
    planted = '<?xml version="1.0"?><!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]><style>&x;</style>'
    checked = citation_style.style

    def swapped_after_the_check(path: Path) -> tuple[Path, str]:
        result = checked(path)
        course_style.write_text(planted, encoding="utf-8")
        return result

    monkeypatch.setattr(citation_style, "style", swapped_after_the_check)
    item = CslItem.model_validate({"id": "a", "type": "book", "title": "Zzzlong", "issued": {"date-parts": [[2001]]}})
    (entry,) = bibliography.format_items([item], str(course_style)).values()
    assert "Zzzlong" in entry and "root:" not in entry
