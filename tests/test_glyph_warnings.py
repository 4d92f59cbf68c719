"""Characters no font has: one warning a field, naming the script, and the truth about scripts ReportLab cannot set."""

from pathlib import Path

from conftest import MINIMAL, write

from generator.content import loader
from generator.settings import Settings
from generator.typesetting import glyphs


def _warnings(tmp_path: Path, native_name: str) -> list[str]:
    topic = write(tmp_path, MINIMAL.replace("role: ", f"native_name: {native_name}\n    role: ", 1))
    return [str(w) for w in glyphs.check(loader.load(topic), Settings().fonts, Settings().theme)]


def test_a_name_in_a_script_no_font_has_is_one_warning_naming_the_script(tmp_path: Path) -> None:
    warnings = _warnings(tmp_path, "ირაკლი წერეთელი")  # Irakli Tsereteli
    assert len(warnings) == 1, warnings
    assert "8 characters of the Georgian script (ირაკლწეთ) are not in the font" in warnings[0]
    assert "they would not print; name a font that has them in course.yaml (theme.fallback_fonts)" in warnings[0]


def test_scripts_reportlab_cannot_shape_say_so(tmp_path: Path) -> None:
    (warning,) = _warnings(tmp_path, "منسا موسى")  # Mansa Musa
    assert "6 characters of the Arabic script" in warning
    assert "ReportLab cannot set the Arabic script" in warning and "write it in Latin letters" in warning
    assert "theme.fallback_fonts" not in warning  # a font would not help: not offered


def test_one_character_is_named_by_its_code_point(tmp_path: Path) -> None:
    (warning,) = _warnings(tmp_path, "Haile ሀ")
    assert "U+1200 ETHIOPIC SYLLABLE HA (ሀ) is not in the font" in warning and "it would not print" in warning
