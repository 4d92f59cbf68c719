"""Settings in order of precedence: the command line over the course's course.yaml over the defaults.

A topic file uses the course.yaml beside it, or the one named with --course.
Paths in course.yaml are relative to the course folder and must stay inside it
(templates may only read files from there and from the bundled fonts).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.content import loader, validate
from generator.content.loader import Loaded
from generator.courses.course import CourseFile, FontFiles
from generator.errors import UserError, UserErrors
from generator.outputs import stock
from generator.outputs.bibliography import STYLE_NAMES
from generator.outputs.flashcards import CardSettings
from generator.settings import BUNDLED_FAMILIES, Course, Family, Fonts, Settings, Theme, WorksheetSettings
from generator.typesetting import running
from generator.typesetting.fonts import parsed
from generator.typesetting.logo import readable
from generator.vocabulary import HEADINGS

COURSE_FILE = "course.yaml"
LOGO_TYPES = (".png", ".jpg", ".jpeg", ".svg")
FONT_TYPES = (".ttf", ".otf")


@dataclass(frozen=True)
class Overrides:
    """What the command line said; None (or False) where it said nothing."""

    paper: str | None = None
    style: str | None = None
    stock: stock.Stock | str | None = None
    duplex: str | None = None
    back_offset: tuple[float, float] | None = None
    decks: tuple[str, ...] | None = None
    shuffle: bool = False
    seed: int | None = None
    outline: bool = False
    ids: bool = False
    min_size: float | None = None
    worksheet_seed: int | None = None


def find_course(topic: Path) -> Path | None:
    """The course.yaml in the topic's folder, if there is one."""
    candidate = topic.parent / COURSE_FILE
    return candidate if candidate.is_file() else None


class _Paths:
    """Resolves course.yaml's paths inside the course folder, reporting problems at their line."""

    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.root = loaded.path.parent.resolve()

    def __call__(self, value: str, where: tuple[str | int, ...], kinds: tuple[str, ...] = ()) -> str:
        path = (self.root / value).resolve()
        field = ".".join(str(part) for part in where)
        if not path.is_relative_to(self.root):
            raise UserError("must be inside the course folder", self.loaded.locate(where), field)
        if not path.is_file():
            raise UserError(f"file not found: {path}", self.loaded.locate(where), field)
        if kinds and path.suffix.lower() not in kinds:
            raise UserError(f"must be a {', '.join(kinds)} file", self.loaded.locate(where), field)
        return str(path)


def _font(paths: _Paths, value: str, where: tuple[str, ...]) -> str:
    """A font file from course.yaml, checked to be one ReportLab can use (TrueType outlines)."""
    path = paths(value, where, FONT_TYPES)
    try:
        parsed(path, path)
    except UserError as error:
        raise UserError(error.message, paths.loaded.locate(where), ".".join(where)) from None
    return path


def _family(choice: str | FontFiles | None, default: Family, paths: _Paths, where: tuple[str, ...]) -> Family:
    if choice is None:
        return default
    if isinstance(choice, str):
        return BUNDLED_FAMILIES[choice]
    regular = _font(paths, choice.regular, (*where, "regular"))
    faces = {
        name: _font(paths, value, (*where, name)) if value else None
        for name, value in (("bold", choice.bold), ("italic", choice.italic), ("bold_italic", choice.bold_italic))
    }
    bold = faces["bold"] or regular
    return Family(regular, bold, faces["italic"] or regular, faces["bold_italic"] or bold)


def read_course(path: Path) -> tuple[CourseFile, Loaded]:
    """Load and validate a course.yaml, including its placeholders."""
    loaded = loader.load(path)
    course = validate.validate(loaded, CourseFile)
    errors = []
    for key in ("header", "footer", "footer_right"):
        text = getattr(course.theme, key)
        for name in running.unknown(text or ""):
            message = f"unknown placeholder {{{name}}}; use one of: {', '.join('{' + n + '}' for n in running.NAMES)}"
            errors.append(UserError(message, loaded.locate(("theme", key)), f"theme.{key}"))
    if errors:
        raise UserErrors(errors)
    return course, loaded


def _logo(paths: _Paths, value: str) -> str:
    path = paths(value, ("theme", "logo"), LOGO_TYPES)
    problem = readable(path)
    if problem:
        raise UserError(problem, paths.loaded.locate(("theme", "logo")), "theme.logo")
    return path


def _theme(course: CourseFile, paths: _Paths) -> Theme:
    theme, default = course.theme, Theme()
    return Theme(
        base_size=theme.base_size or default.base_size,
        accent=theme.accent_color or default.accent,
        heading_color=theme.heading_color or theme.accent_color or default.heading_color,
        logo=_logo(paths, theme.logo) if theme.logo else None,
        header=theme.header or ("{course.code} · {topic.title}" if course.course.code else default.header),
        footer=theme.footer or ("{course.title} · {topic.short_title}" if course.course.title else default.footer),
        footer_right=theme.footer_right or default.footer_right,
    )


def _course_settings(course: CourseFile, loaded: Loaded) -> Settings:
    paths = _Paths(loaded)
    style = course.citation_style
    if style and style.lower().endswith(".csl"):
        style = paths(style, ("citation_style",))
    elif style and style not in STYLE_NAMES:
        raise UserError(
            f"unknown citation style {style!r}: use {', '.join(STYLE_NAMES)} or a .csl file in the course folder",
            loaded.locate(("citation_style",)),
            "citation_style",
        )
    templates = paths.root / "templates"
    return Settings(
        paper=course.paper or "letter",
        style=style or "chicago",
        date_style=course.date_style or "day-month-year",
        answer_lines=4 if course.handout.answer_lines is None else course.handout.answer_lines,
        fonts=Fonts(
            _family(course.theme.body_font, Fonts().body, paths, ("theme", "body_font")),
            _family(course.theme.heading_font, Fonts().heading, paths, ("theme", "heading_font")),
        ),
        theme=_theme(course, paths),
        course=Course(**course.course.model_dump()),
        sections=tuple(course.handout.sections) if course.handout.sections else Settings().sections,
        headings={**HEADINGS, **course.handout.headings},
        worksheet=_worksheet(course),
        outputs=tuple(course.outputs) if course.outputs else Settings().outputs,
        templates=templates if templates.is_dir() else None,
        root=paths.root,
    )


def _worksheet(course: CourseFile) -> WorksheetSettings:
    sheet, default = course.worksheet, WorksheetSettings()
    return WorksheetSettings(
        sections=tuple(sheet.sections) if sheet.sections else default.sections,
        counts=dict(sheet.counts),
        headings={**default.headings, **sheet.headings},
        seed=default.seed if sheet.seed is None else sheet.seed,
        answer_lines=default.answer_lines if sheet.answer_lines is None else sheet.answer_lines,
    )


def _course_stock(course: CourseFile, loaded: Loaded) -> stock.Stock | None:
    chosen = course.cards.stock
    where = ("cards", "stock")
    try:
        if isinstance(chosen, str):
            return stock.preset(chosen)
        if chosen is None:
            return None
        size = (stock.length(chosen.width, "width"), stock.length(chosen.height, "height"))
        margins = None
        if chosen.top and chosen.left:
            margins = (stock.length(chosen.top, "top"), stock.length(chosen.left, "left"))
        gutter = stock.pair(chosen.gutter, "gutter") if chosen.gutter else (0.0, 0.0)
        return stock.custom(chosen.paper, size, (chosen.columns, chosen.rows), margins, gutter, chosen.perforated)
    except UserError as error:
        raise UserError(error.message, loaded.locate(where), "cards.stock") from None


def configure(course_path: Path | None, given: Overrides) -> tuple[Settings, CardSettings]:
    """The settings for a build: defaults, then the course's, then the command line's."""
    settings, cards, course_stock = Settings(), CardSettings(stock.preset("avery-5371")), None
    if course_path is not None:
        course, loaded = read_course(course_path)
        settings = _course_settings(course, loaded)
        course_stock = _course_stock(course, loaded)
        c = course.cards
        cards = replace(
            cards,
            duplex=c.duplex or cards.duplex,
            back_offset=c.back_offset or cards.back_offset,
            decks=tuple(c.decks) if c.decks else None,
            seed=c.seed if c.shuffle else None,
            min_size=c.min_size or cards.min_size,
            ids=c.ids,
        )
    settings = replace(settings, paper=given.paper or settings.paper, style=given.style or settings.style)
    if given.worksheet_seed is not None:
        settings = replace(settings, worksheet=replace(settings.worksheet, seed=given.worksheet_seed))
    if isinstance(given.stock, stock.Stock):
        chosen = given.stock
    elif given.stock:
        chosen = stock.preset(given.stock)
    else:
        chosen = course_stock or stock.preset(stock.DEFAULT[settings.paper])
    return settings, replace(
        cards,
        stock=chosen,
        duplex=given.duplex or cards.duplex,
        back_offset=given.back_offset or cards.back_offset,
        decks=given.decks or cards.decks,
        seed=given.seed if given.shuffle else cards.seed,
        outline=given.outline,
        ids=given.ids or cards.ids,
        min_size=given.min_size or cards.min_size,
    )
