"""Running heads and feet: a course's header and footer text, with {placeholders}, as RML.

`{page}` and `{pages}` become RML's page number and the document's last page
number; the other placeholders are filled in before rendering. A part between
` · ` separators whose placeholders are all empty is left out, so
"{topic.title} · {topic.subtitle}" prints just the title when there is no subtitle.

A running line is drawn as one string, which nothing wraps or clips: text longer
than its place ran into the margin. `fitted` shortens it the way an editor would:
the short title for the title, then trailing parts left out, then the last part cut
at a word with an ellipsis.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import Markup

from generator.content import markup
from generator.settings import CourseInfo

PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")
PAGE_TAGS = {"page": "<pageNumber/>", "pages": '<getName id="lastPage" default="1"/>'}
COURSE_FIELDS = ("title", "code", "term", "instructor", "institution")
TOPIC_FIELDS = ("title", "short_title", "subtitle")
NAMES = (*(f"course.{f}" for f in COURSE_FIELDS), *(f"topic.{f}" for f in TOPIC_FIELDS), *PAGE_TAGS)
SEPARATOR = " · "
WIDEST_PAGE_NUMBER = "999"
"""What a page number is measured as: the text is fitted before the page count is known."""
ELLIPSIS = "…"


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


def plain(rendered: Markup) -> str:
    """A rendered running line as the words it prints, page numbers at their widest."""
    for tag in PAGE_TAGS.values():
        rendered = Markup(str(rendered).replace(tag, WIDEST_PAGE_NUMBER))
    return markup.unmarked(rendered)


def fitted(text: str, known: dict[str, str], fits: Callable[[str], bool]) -> Markup:
    """`text` rendered as `render` does, shortened until `fits` accepts the words it prints.

    In order: the short title for the title; the longest value cut at a word (down to
    three words); parts without the title or the page number left out, from the end;
    then the longest value cut further. The course's own words and page numbers are
    never cut, and a part naming the title is kept while any other can go.
    """
    values = dict(known)
    parts = text.split(SEPARATOR)

    def attempt() -> Markup | None:
        rendered = render(SEPARATOR.join(parts), values)
        return rendered if fits(plain(rendered)) else None

    found = attempt()
    values["topic.title"] = known.get("topic.short_title") or known.get("topic.title", "")
    found = found or attempt()
    while found is None and _cut(values, parts, keep=MIN_WORDS):
        found = attempt()
    while found is None and (spare := _spare(parts)) is not None:
        del parts[spare]
        found = attempt()
    while found is None and _cut(values, parts, keep=1):
        found = attempt()
    return found or render(SEPARATOR.join(parts), values)  # one word each: printed whole rather than as "…"


MIN_WORDS = 3
"""A value is cut to this many words before a part is left out: "HIST 204 · The Great Purge…" over "HIST 204"."""


def _spare(parts: list[str]) -> int | None:
    """The last part that may be left out: not the only one, and naming neither the title nor a page number."""
    keep = ("{topic.title}", "{topic.short_title}", *(f"{{{tag}}}" for tag in PAGE_TAGS))
    spare = [i for i, part in enumerate(parts) if not any(name in part for name in keep)]
    return spare[-1] if spare and len(parts) > 1 else None


def _cut(values: dict[str, str], parts: list[str], keep: int) -> bool:
    """Cut the longest value shown in `parts` by one word (keeping `keep`); False when none has words to spare."""
    shown = [name for name in PLACEHOLDER.findall(SEPARATOR.join(parts)) if name not in PAGE_TAGS]
    longer = [name for name in shown if len(values.get(name, "").removesuffix(ELLIPSIS).split(" ")) > keep]
    if not longer:
        return False
    longest = max(longer, key=lambda name: len(values[name]))
    words = values[longest].removesuffix(ELLIPSIS).split(" ")
    values[longest] = " ".join(words[:-1]).rstrip(" ·,;:–") + ELLIPSIS
    return True
