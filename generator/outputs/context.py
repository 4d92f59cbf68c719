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

from generator.content import dates, markup
from generator.content.models import Topic
from generator.outputs import bibliography, timeline
from generator.outputs import worksheet as exercises
from generator.settings import Settings
from generator.typesetting import running
from generator.vocabulary import INCH

BODY, LIST = "Body", "Bullets"
LOGO_BOX = (1.8 * INCH, 0.55 * INCH)
"""The logo is fitted into this box in the top margin of the first page, at the right."""


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    margin: float
    frame_width: float


def drawn_timeline(topic: Topic, settings: Settings) -> timeline.Timeline | None:
    """The chronology laid out as a timeline (None for fewer than two events), in the course's layout and colours."""
    # An entry whose date is wholly unknown ("../..", "XXXX") has no place on an axis; the table still lists it.
    placed = [
        timeline.event(
            entry.date, dates.display(entry.date, settings.date_style), entry.label or markup.plain(entry.event)
        )
        for entry in topic.chronology
    ]
    events = [event for event in placed if event is not None]
    if len(events) < 2:
        return None
    frame_height = settings.page_size[1] - 2 * settings.margin
    style = timeline.Style.of(settings.theme, settings.fonts.faces())
    return timeline.layout(events, settings.frame_width, style, settings.handout.timeline, frame_height - 24)


def _bibliography(items: list, settings: Settings, cache_dir: Path | None) -> list[dict[str, Any]]:
    formatted = bibliography.format_items(items, settings.citation_style, cache_dir)
    by_id = {item.id: item for item in items}
    inline = partial(markup.inline, link_color=settings.theme.palette.link)
    return [{"entry": entry, "annote": inline(by_id[ident].annote)} for ident, entry in formatted.items()]


def _logo(settings: Settings) -> dict[str, Any] | None:
    """Where the logo goes: right-aligned in the top margin; SVG is drawn as vectors by generator.typesetting.logo."""
    if not settings.theme.logo:
        return None
    width, height = settings.page_size
    box_w, box_h = LOGO_BOX
    x, y = width - settings.margin - box_w, height - settings.margin + 8
    return {"path": settings.theme.logo, "svg": settings.theme.logo.lower().endswith(".svg"),
            "x": x, "y": y, "width": box_w, "height": box_h}  # fmt: skip


def _running(topic: Topic, settings: Settings) -> dict[str, Any]:
    """Header and footer text as RML, and the course lines of the title block."""
    known = running.values(settings.course, topic.title, topic.short_title, topic.subtitle)
    course = settings.course
    return {
        "header": running.render(settings.theme.header or "", known),
        "footer": running.render(settings.theme.footer or "", known),
        "footer_right": running.render(settings.theme.footer_right, known),
        "course_line": " · ".join(part for part in (course.code, course.title, course.term) if part),
        "course_byline": " · ".join(part for part in (course.instructor, course.institution) if part),
    }


def author(settings: Settings) -> str:
    """The PDFs' Author: the course's instructor, else its institution (else none)."""
    return settings.course.instructor or settings.course.institution or ""


def page(topic: Topic, settings: Settings) -> dict[str, Any]:
    """What every page-based template (handout, worksheet) shares: page, fonts, theme, course, running text."""
    width, height = settings.page_size
    return {
        "topic": topic,
        "page": Page(width, height, settings.margin, settings.frame_width),
        "fonts": settings.fonts.faces(),
        "theme": settings.theme,
        "course": settings.course,
        "styles": settings.theme.paragraphs(),
        "style": {style["name"]: style for style in settings.theme.paragraphs()},
        "author": author(settings),
        "logo": _logo(settings),
        **_running(topic, settings),
    }


def worksheet(topic: Topic, settings: Settings, key: bool) -> dict[str, Any]:
    """The template context for a worksheet or (with `key`) its answer key."""
    return {**page(topic, settings), **exercises.context(topic, settings.worksheet, settings.date_style), "key": key}


def handout(topic: Topic, settings: Settings, cache_dir: Path | None = None) -> dict[str, Any]:
    """The template context for one handout."""
    chronology = sorted(topic.chronology, key=lambda entry: dates.sort_key(entry.date))
    when = settings.date_style
    inline = partial(markup.inline, link_color=settings.theme.palette.link)
    return {
        **page(topic, settings),
        "sections": settings.handout.sections,
        "headings": settings.handout.headings,
        "answer_lines": settings.handout.answer_lines,
        "keywords": ", ".join(term.term for term in topic.terms),
        "summary": markup.blocks(topic.summary, BODY, LIST, settings.theme.palette.link),
        "figures": [
            {
                "name": figure.name,
                "native_name": figure.native_name,
                "lived": dates.display(figure.lived, when) if figure.lived else None,
                "role": inline(figure.role),
                "significance": inline(figure.significance),
            }
            for figure in topic.key_figures
        ],
        "timeline": drawn_timeline(topic, settings),
        "chronology": [
            {"date": dates.display(e.date, when), "event": inline(e.event), "detail": inline(e.detail)}
            for e in chronology
        ],
        "terms": [
            {"term": term.term, "definition": inline(term.definition)}
            for term in sorted(topic.terms, key=lambda t: t.term.casefold())
        ],
        "questions": [inline(question) for question in topic.questions],
        "further_reading": _bibliography(topic.further_reading, settings, cache_dir),
        "see_also": [inline(item) for item in topic.see_also],
        "sources": _bibliography(topic.sources, settings, cache_dir),
    }
