"""Which YAML files are studyguide's: for `check --skip-other-yaml`, the pre-commit hook's way in.

A repository holds other YAML (mkdocs.yml, CI workflows, docker-compose.yml),
and a hook that handed every .yaml to `check` would fail on them. A course is
its file name; a topic names the topic schema on a comment line
(`# yaml-language-server: $schema=…/topic.schema.json`, as `studyguide new`
writes it) or has, beside a top-level `title:`, one of the keys only topics
have. Reading stops at the first few kilobytes, and a topic broken enough to
lack them all (no title, no summary, no figures) is rare enough to accept.
"""

from __future__ import annotations

import re
from pathlib import Path

COURSE_FILE = "course.yaml"
SCHEMA_LINE = re.compile(r"^#.*\$schema=\S*topic\.schema\.json", re.MULTILINE)
TOPIC_KEYS = re.compile(r"^(summary|key_figures|chronology|terms|short_title|further_reading|cards):", re.MULTILINE)
TITLE = re.compile(r"^title:", re.MULTILINE)
HEAD = 16_384
"""Characters read from each file: the keys of a topic come first, a summary is rarely longer."""


def topics(folder: Path) -> list[Path]:
    """The topic files of a course folder, in name order (course.yaml is not a topic)."""
    return sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml") and p.name != COURSE_FILE)


def is_studyguide(path: Path) -> bool:
    """True for a course.yaml or a topic file; False for other YAML (or a file that cannot be read)."""
    if path.name == COURSE_FILE:
        return True
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(HEAD)
    except OSError:
        return True  # let `check` say what is wrong with it
    return bool(SCHEMA_LINE.search(head) or (TITLE.search(head) and TOPIC_KEYS.search(head)))
