"""Running heads and feet: a course's header and footer text, with {placeholders}, as RML.

`{page}` and `{pages}` become RML's page number and the document's last page
number; the other placeholders are filled in before rendering. A part between
` · ` separators whose placeholders are all empty is left out, so
"{topic.title} · {topic.subtitle}" prints just the title when there is no subtitle.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from generator.content import markup
from generator.settings import CourseInfo

PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")
PAGE_TAGS = {"page": "<pageNumber/>", "pages": '<getName id="lastPage" default="1"/>'}
COURSE_FIELDS = ("title", "code", "term", "instructor", "institution")
TOPIC_FIELDS = ("title", "short_title", "subtitle")
NAMES = (*(f"course.{f}" for f in COURSE_FIELDS), *(f"topic.{f}" for f in TOPIC_FIELDS), *PAGE_TAGS)
SEPARATOR = " · "


def unknown(text: str) -> list[str]:
    """The placeholders in `text` that are not known, for validating settings."""
    return [name for name in PLACEHOLDER.findall(text) if name not in NAMES]


def values(course: CourseInfo, title: str, short_title: str | None, subtitle: str | None) -> dict[str, str]:
    found = {f"course.{name}": getattr(course, name) or "" for name in COURSE_FIELDS}
    found.update({"topic.title": title, "topic.short_title": short_title or title, "topic.subtitle": subtitle or ""})
    return found


def render(text: str, known: dict[str, str]) -> Markup:
    """`text` as RML character data, placeholders filled in, empty parts dropped."""
    parts = []
    for part in text.split(SEPARATOR):
        names = PLACEHOLDER.findall(part)
        if names and not any(name in PAGE_TAGS or known.get(name) for name in names):
            continue
        pieces = []
        for index, piece in enumerate(PLACEHOLDER.split(part)):
            if index % 2 == 0:
                pieces.append(markup.text(piece))
            else:
                pieces.append(PAGE_TAGS.get(piece) or markup.text(known.get(piece, "")))
        parts.append("".join(pieces))
    return Markup(SEPARATOR.join(parts))
