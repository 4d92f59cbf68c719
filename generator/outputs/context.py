"""Everything a handout template shows, prepared as strings and numbers.

Templates stay thin: dates are already in words, Markdown is already RML (as
Markup, so Jinja does not escape it twice), the bibliography is formatted and
the timeline laid out. Plain strings are escaped by Jinja's autoescape.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from generator import messages
from generator.content import dates, markup
from generator.content.collation import alphabetical
from generator.content.models import Topic
from generator.outputs import bibliography, timeline
from generator.outputs import worksheet as exercises
from generator.settings import Settings
from generator.typesetting import fallback, running
from generator.typesetting.fonts import parsed, register
from generator.vocabulary import INCH

BODY, LIST = "Body", "Bullets"
LINE_CHARACTERS = 70
"""The handout's body text is set this many characters a line (on average); more is hard to read."""
SAMPLE = (
    "The trigger was the murder of Sergey Kirov, the party leader in Leningrad and a member of the Politburo, "
    "on 1 December 1934. Historians still argue about its causes and consequences."
)
"""Ordinary running text, whose average character width sets the line length in points."""


@dataclass(frozen=True)
class Page:
    """The page and its one frame: `margin` above and below, `side` left and right; running text is set `measure`
    wide from the frame's left edge (tables, the timeline and answer lines take the whole frame)."""

    width: float
    height: float
    margin: float
    frame_width: float
    side: float
    measure: float


def page_geometry(settings: Settings, measured: bool) -> Page:
    """The page geometry; `measured` narrows the running text's measure to LINE_CHARACTERS of body text, leaving
    a wider right margin beside it (a frame that narrow would set tables in short, tall rows: pages longer)."""
    width, height = settings.page_size
    frame = measure = settings.frame_width
    if measured:
        face = parsed("Body", settings.fonts.faces()["Body"])
        body = settings.theme.base_size * settings.theme.styles.Body.size / settings.theme.BASE_SIZE
        measure = min(frame, face.stringWidth(SAMPLE, body) / len(SAMPLE) * LINE_CHARACTERS)
    return Page(width, height, settings.margin, frame, (width - frame) / 2, measure)


def drawn_timeline(topic: Topic, settings: Settings, frame_width: float | None = None) -> timeline.Timeline | None:
    """The chronology laid out as a timeline (None for fewer than two events), in the course's layout and colours,
    `frame_width` wide (the full frame when not given)."""
    # An entry whose date is wholly unknown ("../..", "XXXX") has no place on an axis; the table still lists it.
    era = any(dates.is_bce(entry.date) for entry in topic.chronology)  # then CE dates say "CE" too
    prose = markup.prose(settings.language, settings.handout.typographer)
    placed = [
        timeline.event(
            entry.date,
            dates.display(entry.date, settings.date_style, era, settings.language),
            markup.plain(entry.label or entry.event, prose),  # a label's quotes and dashes are typographic too
        )
        for entry in topic.chronology
    ]
    events = [event for event in placed if event is not None]
    if len(events) < 2:
        return None
    frame_height = settings.page_size[1] - 2 * settings.margin
    style = timeline.Style.of(
        settings.theme, settings.fonts.faces(), settings.fonts.fallback_faces(), settings.language
    )
    width = frame_width or settings.frame_width
    return timeline.layout(events, width, style, settings.handout.timeline, frame_height - 24)


def _bibliography(items: list, settings: Settings, cache_dir: Path | None, prose: markup.Prose) -> list[dict[str, Any]]:
    formatted = bibliography.format_items(items, settings.citation_style, cache_dir, settings.language)
    by_id = {item.id: item for item in items}
    inline = partial(markup.inline, link_color=settings.theme.palette.link, prose=prose)
    return [{"entry": entry, "annote": inline(by_id[ident].annote)} for ident, entry in formatted.items()]


def _logo(settings: Settings, side: float) -> dict[str, Any] | None:
    """Where the logo goes: fitted into the theme's logo box, right-aligned in the top margin; SVG is drawn as vectors
    by generator.typesetting.logo."""
    if not settings.theme.logo:
        return None
    width, height = settings.page_size
    box_w, box_h = settings.theme.logo_box.width * INCH, settings.theme.logo_box.height * INCH
    x, y = width - side - box_w, height - settings.margin + 8
    return {"path": settings.theme.logo, "svg": settings.theme.logo.lower().endswith(".svg"),
            "alt": settings.theme.logo_alt, "x": x, "y": y, "width": box_w, "height": box_h}  # fmt: skip


def _running(
    topic: Topic, settings: Settings, geometry: Page, style: dict[str, Any], footer: str | None = None
) -> dict[str, Any]:
    """Header and footer text as RML, fitted to the width of the text block, and the course lines of the title block.

    The footer (the theme's, or `footer` when given) shares its line with `footer_right`
    ("page 3 of 9"), a gap of two ems apart.
    """
    known = running.values(settings.course, topic.title, topic.short_title, topic.subtitle)
    course = settings.course
    _ = partial(messages.gettext, settings.language)  # the defaults ("page {page} of {pages}") are messages
    face = register(style["font"], settings.fonts.faces()[style["font"]])
    measure = partial(fallback.width, face=face, size=style["size"], fallbacks=settings.fonts.fallback_faces())
    width = geometry.width - 2 * geometry.side
    right = running.render(_(settings.theme.footer_right), known)
    beside = measure(running.plain(right)) + 2 * style["size"] if right else 0
    return {
        "header": running.fitted(_(settings.theme.header or ""), known, lambda words: measure(words) <= width),
        "footer": running.fitted(
            footer or _(settings.theme.footer or ""), known, lambda words: measure(words) <= width - beside
        ),
        "footer_right": right,
        "course_line": " · ".join(part for part in (course.code, course.title, course.term) if part),
        "course_byline": " · ".join(part for part in (course.instructor, course.institution) if part),
    }


def author(settings: Settings) -> str:
    """The PDFs' Author: the course's instructor, else its institution (else none)."""
    return settings.course.instructor or settings.course.institution or ""


def page(topic: Topic, settings: Settings, measured: bool = False, footer: str | None = None) -> dict[str, Any]:
    """What every page-based template (handout, worksheet) shares: page, fonts, theme, course, running text.

    With `measured`, running text is set to a readable measure (LINE_CHARACTERS of body text); `footer` replaces
    the theme's."""
    geometry = page_geometry(settings, measured)
    styles = _styles(settings, geometry)
    return {
        "topic": topic,
        "page": geometry,
        "fonts": settings.fonts.faces(),
        "fallbacks": settings.fonts.fallback_faces(),
        "theme": settings.theme,
        "course": settings.course,
        "styles": styles,
        "style": {style["name"]: style for style in styles},
        "author": author(settings),
        "logo": _logo(settings, geometry.side),
        **_running(topic, settings, geometry, next(s for s in styles if s["name"] == "Running"), footer),
    }


RUNNING_TEXT = (BODY, LIST + "Text")
"""The styles of the summary's running text: set to the page's measure, and ragged right when not justified."""


def _styles(settings: Settings, geometry: Page) -> list[dict[str, Any]]:
    """The theme's paragraph styles; the summary and its lists set to the measure (the space beside them a right
    indent), and ragged right when the course does not justify."""
    styles = settings.theme.paragraphs()
    beside = geometry.frame_width - geometry.measure
    indent = {"right_indent": beside} if beside > 0 else {}
    align = {} if settings.handout.justify else {"alignment": "left"}
    return [{**s, **indent, **align} if s["name"] in RUNNING_TEXT else s for s in styles]


def worksheet(topic: Topic, settings: Settings, key: bool) -> dict[str, Any]:
    """The template context for a worksheet or (with `key`) its answer key."""
    bold = register("Body-Bold", settings.fonts.faces()["Body-Bold"])
    size = settings.theme.base_size * settings.theme.styles.TableText.size / settings.theme.BASE_SIZE
    extra = settings.fonts.fallback_faces()  # an answer's characters the font lacks are written in these

    def width(text: str) -> float:
        return fallback.width(text, bold, size, extra)

    sheet = exercises.context(topic, settings.worksheet, settings.date_style, width, settings.language)
    _ = partial(messages.gettext, settings.language)
    kind = _("Answer key") if key else _("Worksheet")
    footer = running.SEPARATOR.join(
        ("{topic.short_title}", kind, _("Version %(number)s") % {"number": sheet["version"]})
    )
    return {**page(topic, settings, footer=footer), **sheet, "key": key}


def handout(topic: Topic, settings: Settings, cache_dir: Path | None = None) -> dict[str, Any]:
    """The template context for one handout."""
    chronology = sorted(topic.chronology, key=lambda entry: dates.sort_key(entry.date))
    when = partial(dates.display, style=settings.date_style, language=settings.language)
    lived = partial(dates.lifespan, style=settings.date_style, language=settings.language)
    bce_events = any(dates.is_bce(entry.date) for entry in chronology)  # then CE dates say "CE" too
    bce_lives = any(dates.is_bce(figure.lived) for figure in topic.key_figures if figure.lived)
    shared = page(topic, settings, measured=True)
    typographer, language = settings.handout.typographer, settings.language
    prose = markup.prose(language, typographer, settings.handout.justify)  # body text: hyphenated when justified
    plain = markup.prose(language, typographer)  # table cells and short lines, set ragged right
    link = settings.theme.palette.link
    inline = partial(markup.inline, link_color=link, prose=plain)
    return {
        **shared,
        "sections": settings.handout.sections,
        "headings": settings.handout.headings,
        "answer_lines": settings.handout.answer_lines,
        "keywords": ", ".join(term.term for term in topic.terms),
        "summary": markup.blocks(
            topic.summary,
            BODY,
            LIST,
            link,
            prose,
            rule=settings.theme.thematic_break,
            list_space=shared["style"][LIST]["space_after"],
        ),
        "figures": [
            {
                "name": figure.name,
                "native_name": figure.native_name,
                "native_language": figure.native_language,
                "lived": lived(figure.lived, era=bce_lives) if figure.lived else None,
                "role": inline(figure.role),
                "significance": inline(figure.significance),
            }
            for figure in topic.key_figures
        ],
        "timeline": drawn_timeline(topic, settings, shared["page"].frame_width),
        "chronology": [
            {
                "date": when(e.date, era=bce_events),
                "event": inline(e.event),
                "detail": inline(e.detail),
                "plain_event": markup.plain(e.event, plain),
            }
            for e in chronology
        ],
        "terms": [
            {"term": term.term, "definition": inline(term.definition)}
            for term in sorted(topic.terms, key=lambda t: alphabetical(t.term))
        ],
        "questions": [markup.inline(question, link, prose) for question in topic.questions],
        "further_reading": _bibliography(topic.further_reading, settings, cache_dir, prose),
        "see_also": [inline(item) for item in topic.see_also],
        "sources": _bibliography(topic.sources, settings, cache_dir, prose),
    }
