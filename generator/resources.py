"""Where the files that ship with studyguide live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
FONTS = PACKAGE / "fonts"
STYLES = PACKAGE / "styles"


def builtin_templates() -> Path:
    """The built-in templates: inside the wheel, or at the top of a source checkout."""
    installed = PACKAGE / "templates"
    return installed if installed.is_dir() else PACKAGE.parent / "templates"
