"""Type families: the bundled ones by name, or a course's TrueType files, as RML face names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from generator.content.models import Strict, Text
from generator.resources import FONTS
from generator.settings.fields import File, by_kind

FONT_TYPES = (".ttf", ".otf")
BundledFamily = Literal["noto-serif", "noto-sans"]
FONT = File(FONT_TYPES, check="font")
FALLBACK = "Fallback"
"""The fallback fonts' RML face names: Fallback, Fallback2, … in the order they are tried."""
BUNDLED_FALLBACK = str(FONTS / "DroidSansFallback.ttf")
"""Droid Sans Fallback (Apache 2.0): CJK, Hangul, kana and more, tried after a course's own fallback fonts."""
BUNDLED_WESTERN = str(FONTS / "NotoSans-Regular.ttf")
"""Noto Sans (Latin, Greek, Cyrillic), tried before Droid when a course's own fonts are in use: a course set in
fonts without Greek still prints Pericles' Περικλῆς, and Droid's Greek and Cyrillic are poor."""


class FontFiles(Strict):
    """A family of TrueType files (.ttf, or .otf with TrueType outlines), relative to the course folder."""

    regular: Annotated[Text, FONT] = Field(
        description="The regular face (required).", examples=["assets/fonts/PTSerif-Regular.ttf"]
    )
    bold: Annotated[Text | None, FONT] = Field(None, description="Falls back to the regular face when absent.")
    italic: Annotated[Text | None, FONT] = Field(None, description="Falls back to the regular face when absent.")
    bold_italic: Annotated[Text | None, FONT] = Field(None, description="Falls back to the bold face when absent.")


FamilyChoice = Annotated[
    Annotated[BundledFamily, Tag("name")] | Annotated[FontFiles, Tag("mapping")], Discriminator(by_kind)
]


@dataclass(frozen=True)
class Family:
    """One type family as four TrueType files; a missing style falls back to the regular face."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    @classmethod
    def of(cls, choice: BundledFamily | FontFiles) -> Family:
        if isinstance(choice, str):
            stem = {"noto-serif": "NotoSerif", "noto-sans": "NotoSans"}[choice]
            return cls(*(str(FONTS / f"{stem}-{style}.ttf") for style in ("Regular", "Bold", "Italic", "BoldItalic")))
        bold = choice.bold or choice.regular
        return cls(choice.regular, bold, choice.italic or choice.regular, choice.bold_italic or bold)


@dataclass(frozen=True)
class Fonts:
    """The body family (running text), the heading family (titles, headings, labels, dates) and the fallback fonts
    for the characters they lack (a course's, then Noto Sans if the course uses fonts of its own, then Droid)."""

    body: Family
    heading: Family
    fallbacks: tuple[str, ...] = (BUNDLED_FALLBACK,)

    @classmethod
    def of(
        cls, body: BundledFamily | FontFiles, heading: BundledFamily | FontFiles, fallbacks: tuple[str, ...] = ()
    ) -> Fonts:
        own = not (isinstance(body, str) and isinstance(heading, str))  # a bundled family already has Noto's letters
        return cls(Family.of(body), Family.of(heading), (*fallbacks, *([BUNDLED_WESTERN] * own), BUNDLED_FALLBACK))

    def fallback_faces(self) -> dict[str, str]:
        """RML face names (`Fallback`, `Fallback2`, …) and their files, in the order they are tried."""
        return {FALLBACK + (str(number) if number > 1 else ""): path for number, path in enumerate(self.fallbacks, 1)}

    def faces(self) -> dict[str, str]:
        """RML face names (`Body`, `Body-Bold`, …, `Heading-BoldItalic`) and their files."""
        faces = {}
        for prefix, family in (("Body", self.body), ("Heading", self.heading)):
            for suffix, path in (("", family.regular), ("-Bold", family.bold), ("-Italic", family.italic),
                                 ("-BoldItalic", family.bold_italic)):  # fmt: skip
                faces[prefix + suffix] = path
        return faces
