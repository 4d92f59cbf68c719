"""A layout audit of a built PDF: what a teacher would have to fix by hand before printing.

It reads only the PDF (pdfplumber for words, lines and fonts; pypdf for the
outline) and reports each problem it finds:

- stranded: a heading at the foot of a page with fewer than two lines of its
  section under it (text lines or ruled answer lines) while the section goes on
  over the page;
- split: a table row split across pages (text under the last row rule of a page
  and text above the first row rule of the next, with no heading between);
- crossing: a drawn line through the middle of a word;
- overlap: words printed over other words;
- outside: text outside the page's frame, except the small running header and
  footer in the margins above and below it (but not beyond its sides), or off the paper.

Headings are the outline's entries (every section and exercise heading adds one);
table rows are told by their rule, the house style's thin grey `linebelow`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pypdf import PdfReader

ROW_RULE = (0.784314, 0.784314, 0.784314)
"""The stroke colour of the rule under every table row (#c8c8c8 in partials/styles.rml.j2)."""
RUNNING_SIZE = 8.5
"""Running headers and footers are set at most this size; only they may sit in the margins."""


@dataclass(frozen=True)
class Problem:
    """One layout problem: its kind, the page, what is wrong, and the size of the text concerned."""

    kind: str
    where: str
    what: str
    size: float = 0.0

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass(frozen=True)
class Line:
    """A printed line of text."""

    text: str
    top: float
    bottom: float


@dataclass
class Page:
    """What the checks read of one page."""

    name: str
    plumbed: Any
    words: list[dict]
    lines: list[Line]
    """Lines inside the frame, top to bottom."""
    rules: list[float]
    """The tops of the table row rules, top to bottom."""
    headings: list[str]


def _lines(words: list[dict]) -> list[Line]:
    """Words grouped into printed lines by their baseline (bottoms within 2 pt)."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) < 2:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [Line(" ".join(w["text"] for w in row), min(w["top"] for w in row), row[0]["bottom"]) for row in rows]


def _headings(path: Path) -> dict[int, list[str]]:
    """Outline titles by page index."""
    reader = PdfReader(path)
    found: dict[int, list[str]] = {}

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.setdefault(reader.get_destination_page_number(item), []).append(item.title)

    walk(reader.outline)
    return found


def _is_rule(line: dict) -> bool:
    colour = line.get("stroking_color")
    return (
        abs(line["top"] - line["bottom"]) < 0.1
        and isinstance(colour, tuple)
        and len(colour) == 3
        and all(abs(c - r) < 0.01 for c, r in zip(colour, ROW_RULE, strict=True))
    )


def _stranded(page: Page, following: Page | None) -> list[Problem]:
    problems = []
    for title in page.headings:
        at = [i for i, line in enumerate(page.lines) if line.text == title]
        if not at:
            continue
        under = page.lines[at[-1]].bottom
        ruled = [rule for rule in page.plumbed.lines if rule["top"] > under and rule["x1"] - rule["x0"] > 100]
        after = len(page.lines) - at[-1] - 1 + len(ruled)  # answer lines are lines of the block too
        goes_on = following is not None and bool(following.lines) and following.lines[0].text not in following.headings
        if after < 2 and goes_on:
            problems.append(Problem("stranded", page.name, f"heading {title!r} with {after} line(s) under it"))
    return problems


def _split_row(page: Page, following: Page | None) -> list[Problem]:
    if not page.rules or following is None or not following.rules:
        return []
    below = [line for line in page.lines if line.top > page.rules[-1]]
    above = [line for line in following.lines if line.bottom < following.rules[0]]
    headed = any(line.text in page.headings for line in below) or any(line.text in following.headings for line in above)
    if below and above and not headed:
        return [Problem("split", page.name, f"a table row split over the page ({below[0].text[:40]!r} …)")]
    return []


def _crosses(line: dict, word: dict) -> bool:
    """A drawn line through the middle of a word (not under or over it)."""
    inset = 0.3 * (word["bottom"] - word["top"])
    top, bottom, x0, x1 = word["top"] + inset, word["bottom"] - inset, word["x0"] + 0.5, word["x1"] - 0.5
    if abs(line["top"] - line["bottom"]) < 0.5:  # horizontal
        return top < line["top"] < bottom and line["x0"] < x1 and line["x1"] > x0
    if abs(line["x0"] - line["x1"]) < 0.5:  # vertical
        return x0 < line["x0"] < x1 and line["top"] < bottom and line["bottom"] > top
    return False


def _edges(rect: dict) -> list[dict]:
    """A stroked rectangle's four sides as lines (a filled box is a background, not a line)."""
    if not rect.get("stroke"):
        return []
    x0, x1, top, bottom = rect["x0"], rect["x1"], rect["top"], rect["bottom"]
    return [
        {"x0": x0, "x1": x1, "top": top, "bottom": top},
        {"x0": x0, "x1": x1, "top": bottom, "bottom": bottom},
        {"x0": x0, "x1": x0, "top": top, "bottom": bottom},
        {"x0": x1, "x1": x1, "top": top, "bottom": bottom},
    ]


def _crossings(page: Page) -> list[Problem]:
    drawn = page.plumbed.lines + [edge for rect in page.plumbed.rects for edge in _edges(rect)]
    return [
        Problem("crossing", page.name, f"a line crosses {word['text']!r}", word["size"])
        for line in drawn
        for word in page.words
        if _crosses(line, word)
    ]


def _area(word: dict) -> float:
    return (word["x1"] - word["x0"]) * (word["bottom"] - word["top"])


def _overlaps(page: Page) -> list[Problem]:
    """Words over words; pdfplumber merges text printed over itself into one word, so its letters are checked too."""
    problems = [
        Problem("overlap", page.name, f"{word['text']!r} is printed over itself", word["size"])
        for word in page.words
        if any(b["x0"] < a["x1"] - 0.5 * (a["x1"] - a["x0"]) for a, b in itertools.pairwise(word["chars"]))
    ]
    for i, a in enumerate(page.words):
        for b in page.words[i + 1 :]:
            width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if width > 0.5 and height > 0.5 and width * height > 0.1 * min(_area(a), _area(b)):
                problems.append(Problem("overlap", page.name, f"{a['text']!r} and {b['text']!r} overlap", a["size"]))
    return problems


def _outside(page: Page, margin: float, side: float) -> list[Problem]:
    problems = []
    width, height = page.plumbed.width, page.plumbed.height
    for word in page.words:
        across = side - 1 <= word["x0"] and word["x1"] <= width - side + 1
        in_frame = across and margin - 1 <= word["top"] and word["bottom"] <= height - margin + 1
        on_paper = word["x0"] > 0 and word["x1"] < width and word["top"] > 0 and word["bottom"] < height
        if not in_frame and (word["size"] > RUNNING_SIZE or not across or not on_paper):
            problems.append(Problem("outside", page.name, f"{word['text']!r} is outside the frame", word["size"]))
    return problems


def audit(path: Path, margin: float, side: float | None = None) -> list[Problem]:
    """Every layout problem of the PDF at `path`, whose frame is inset `margin` points above and below
    and `side` points left and right (`margin` when not given)."""
    side = margin if side is None else side
    headings = _headings(path)
    problems: list[Problem] = []
    with pdfplumber.open(path) as pdf:
        pages = []
        for index, plumbed in enumerate(pdf.pages):
            words = plumbed.extract_words(extra_attrs=["size"], return_chars=True)
            inside = [w for w in words if margin - 1 <= w["top"] and w["bottom"] <= plumbed.height - margin + 1]
            rules = sorted(line["top"] for line in plumbed.lines if _is_rule(line))
            name = f"{path.name} page {index + 1}"
            pages.append(Page(name, plumbed, words, _lines(inside), rules, headings.get(index, [])))
        for index, page in enumerate(pages):
            following = pages[index + 1] if index + 1 < len(pages) else None
            problems += _stranded(page, following) + _split_row(page, following)
            problems += _crossings(page) + _overlaps(page) + _outside(page, margin, side)
    return problems
