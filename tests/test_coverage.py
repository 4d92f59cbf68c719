"""The shipped character maps of the bundled fonts are the fonts' own (generator/fonts/coverage.json)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from generator.typesetting import coverage


def test_the_shipped_table_is_what_the_bundled_fonts_map(regenerate: bool) -> None:
    measured = coverage.measured()
    if regenerate:
        coverage.TABLE.write_text(coverage.text(measured), encoding="utf-8")
    assert json.loads(coverage.TABLE.read_text(encoding="utf-8")) == measured, (
        "a bundled font changed: pytest tests/test_coverage.py --regenerate-snapshots"
    )


def test_a_bundled_font_maps_by_the_table_and_any_other_font_is_parsed(tmp_path: Path) -> None:
    bundled = str(coverage.FONTS / "NotoSerif-Regular.ttf")
    assert coverage.covered(bundled) == coverage.parse(bundled)
    assert ord("Ж") in coverage.covered(bundled) and ord("蔡") not in coverage.covered(bundled)
    copy = tmp_path / "NotoSerif-Regular.ttf"  # the same name outside the package: not the table's
    shutil.copy(coverage.FONTS / "DroidSansFallback.ttf", copy)
    assert ord("蔡") in coverage.covered(str(copy))


def test_ranges_are_runs_of_consecutive_points() -> None:
    assert coverage.ranges(frozenset({1, 2, 3, 7, 9, 10})) == [[1, 3], [7, 7], [9, 10]]
