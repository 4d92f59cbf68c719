"""Everything a handout template shows, prepared as strings and numbers.

Templates stay thin: dates are already in words, Markdown is already RML (as
Markup, so Jinja does not escape it twice), the bibliography is formatted and
the timeline laid out. Plain strings are escaped by Jinja's autoescape.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import bibliography, dates, markup, timeline
from .models import Topic
from .settings import Settings

BODY, LIST = "Body", "Bullets"


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    margin: float
    frame_width: float


def _timeline(topic: Topic, settings: Settings) -> timeline.Timeline | None:
    if len(topic.chronology) < 2:
        return None
    faces = settings.fonts.faces()
    events = [
        timeline.Event(*dates.span(entry.date), dates.display(entry.date), entry.label or markup.plain(entry.event))
        for entry in topic.chronology
    ]
    style = timeline.Style(date_font=("Sans-Bold", faces["Sans-Bold"]), text_font=("Sans", faces["Sans"]))
    return timeline.layout(events, settings.frame_width, style)


def _bibliography(items: list, settings: Settings, cache_dir: Path | None) -> list[dict[str, Any]]:
    formatted = bibliography.format_items(items, settings.style, cache_dir)
    by_id = {item.id: item for item in items}
    return [{"entry": entry, "annote": markup.inline(by_id[ident].annote)} for ident, entry in formatted.items()]


def handout(topic: Topic, settings: Settings, cache_dir: Path | None = None) -> dict[str, Any]:
    """The template context for one handout."""
    width, height = settings.page_size
    chronology = sorted(topic.chronology, key=lambda entry: dates.sort_key(entry.date))
    return {
        "topic": topic,
        "page": Page(width, height, settings.margin, settings.frame_width),
        "fonts": settings.fonts.faces(),
        "answer_lines": settings.answer_lines,
        "keywords": ", ".join(term.term for term in topic.terms),
        "summary": markup.blocks(topic.summary, BODY, LIST),
        "figures": [
            {
                "name": figure.name,
                "native_name": figure.native_name,
                "lived": dates.display(figure.lived) if figure.lived else None,
                "role": markup.inline(figure.role),
                "significance": markup.inline(figure.significance),
            }
            for figure in topic.key_figures
        ],
        "timeline": _timeline(topic, settings),
        "chronology": [
            {"date": dates.display(e.date), "event": markup.inline(e.event), "detail": markup.inline(e.detail)}
            for e in chronology
        ],
        "terms": [
            {"term": term.term, "definition": markup.inline(term.definition)}
            for term in sorted(topic.terms, key=lambda t: t.term.casefold())
        ],
        "questions": [markup.inline(question) for question in topic.questions],
        "further_reading": _bibliography(topic.further_reading, settings, cache_dir),
        "see_also": [markup.inline(item) for item in topic.see_also],
        "sources": _bibliography(topic.sources, settings, cache_dir),
    }
