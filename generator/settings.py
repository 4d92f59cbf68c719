"""Build settings: what a handout looks like, after defaults, course and command line are merged.

The defaults here are what a build uses when nothing else is said; a course's
course.yaml overrides them and the command line overrides both (see
`configure`). Geometry that needs arithmetic (the frame width the timeline is
laid out in) is computed here and handed to the templates as data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.resources import FONTS
from generator.vocabulary import (
    EXERCISE_HEADINGS,
    EXERCISES,
    HEADINGS,
    INCH,
    OUTPUTS,
    PAPER_SIZES,
    SECTIONS,
    DateStyle,
    Paper,
)


@dataclass(frozen=True)
class Family:
    """One type family as four TrueType files; a missing style falls back to the regular face."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    @classmethod
    def bundled(cls, stem: str) -> Family:
        return cls(*(str(FONTS / f"{stem}-{style}.ttf") for style in ("Regular", "Bold", "Italic", "BoldItalic")))


BUNDLED_FAMILIES = {"noto-serif": Family.bundled("NotoSerif"), "noto-sans": Family.bundled("NotoSans")}


@dataclass(frozen=True)
class Fonts:
    """The body family (running text) and the heading family (titles, headings, labels, dates)."""

    body: Family = BUNDLED_FAMILIES["noto-serif"]
    heading: Family = BUNDLED_FAMILIES["noto-sans"]

    def faces(self) -> dict[str, str]:
        """RML face names (`Body`, `Body-Bold`, …, `Heading-BoldItalic`) and their files."""
        faces = {}
        for prefix, family in (("Body", self.body), ("Heading", self.heading)):
            for suffix, path in (("", family.regular), ("-Bold", family.bold), ("-Italic", family.italic),
                                 ("-BoldItalic", family.bold_italic)):  # fmt: skip
                faces[prefix + suffix] = path
        return faces


@dataclass(frozen=True)
class Course:
    """Who the material is for; shown in the handout's title block and available to header and footer."""

    title: str | None = None
    code: str | None = None
    term: str | None = None
    instructor: str | None = None
    institution: str | None = None


@dataclass(frozen=True)
class Theme:
    """Sizes, colours, logo and running text. Header and footer take {placeholders} (see `running`)."""

    base_size: float = 10.5
    accent: str = "#1f4e79"
    heading_color: str = "#1f4e79"
    logo: str | None = None
    header: str = "{topic.title} · {topic.subtitle}"
    footer: str = "{topic.title}"
    footer_right: str = "page {page} of {pages}"


@dataclass(frozen=True)
class WorksheetSettings:
    """Which exercises, in what order, how many items each (None: all), and the version's seed."""

    sections: tuple[str, ...] = EXERCISES
    counts: dict[str, int] = field(default_factory=dict)
    headings: dict[str, str] = field(default_factory=lambda: dict(EXERCISE_HEADINGS))
    seed: int = 1
    answer_lines: int = 4


@dataclass(frozen=True)
class Settings:
    paper: Paper = "letter"
    style: str = "chicago"
    date_style: DateStyle = "day-month-year"
    margin: float = 0.9 * INCH
    answer_lines: int = 4
    fonts: Fonts = Fonts()
    theme: Theme = Theme()
    course: Course = Course()
    sections: tuple[str, ...] = SECTIONS
    headings: dict[str, str] = field(default_factory=lambda: dict(HEADINGS))
    worksheet: WorksheetSettings = field(default_factory=WorksheetSettings)
    outputs: tuple[str, ...] = OUTPUTS
    """What `studyguide build` makes of each topic; a course may leave some out."""
    templates: Path | None = None
    """A course's template folder, searched before the built-in templates."""
    root: Path | None = None
    """The course folder: the only place besides the bundled fonts that templates may read files from."""

    @property
    def page_size(self) -> tuple[float, float]:
        return PAPER_SIZES[self.paper]

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * self.margin
