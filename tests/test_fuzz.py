"""Fuzzing: mutated topics, course folders and output folders never end in a traceback, nor take too long.

Each example starts from a good course folder (course.yaml with fonts, a logo, a
.csl style and a template override; a topic with a chronology and a
bibliography; an output folder built once, with its stamps and bibliography
cache), mutates the bytes of one of its files (inserting the characters and
tokens that broke builds before: control characters, NEL, brackets, `nan`,
`1e308`, EDTF oddities, Jinja and RML syntax; deleting, duplicating,
truncating), and builds the handout. The build must exit 0 or 2 (bad input,
reported), never 1 (a traceback), within `BOUND` seconds.

The default run is small and derandomized (the same examples every time, so CI
is steady). A longer run, for local use:

    STUDYGUIDE_FUZZ_EXAMPLES=500 pytest tests/test_fuzz.py

(every target then gets that many examples, the same ones each run; add
STUDYGUIDE_FUZZ_RANDOM=1 for new ones each run).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main

EXAMPLES = int(os.environ.get("STUDYGUIDE_FUZZ_EXAMPLES", "0"))
BOUND = 30.0
"""Seconds one build may take, on a loaded CI machine: the largest accepted topic takes 7 s of CPU."""
TOKENS = [
    b"\x00", b"\x0c", b"\x1b", b"\x7f", b"\x85", b"\xc2\x85", b"\xe2\x80\xa8", b"\xef\xbb\xbf", b"\xff\xfe", b"\xe9",
    b"\t", b"\n", b"\r", b"- ", b": ", b"[", b"]", b"{", b"}", b"&a ", b"*a", b"!!python/object:os.system", b"'", b'"',
    b"nan", b"inf", b"-1", b"0", b"1e308", b"99999999999999999999", b"3.5mm", b"0in",
    b"../..", b"XXXX", b"2XXX", b"[..1760-12-03]", b"{1667,1668}", b"1900-02-29", b"1950/1900", b"Y1E99",
    b"Y-170000002",
    b"{{", b"}}", b"{%", b"%}", b"{% include 'handout.rml.j2' %}", b"{{ topic.__class__ }}", b"<", b">", b"</para>",
    b'style="Nope"', b'fontName="Nope"', b'color="nocolour"', b'length="nan"', b"**", b"> ", b"1. ",
]  # fmt: skip
"""What mutations insert: the characters and tokens behind the tracebacks of issue 12, and YAML/Jinja/RML syntax."""

TOPIC = """\
title: A fuzzed topic
summary: |
  A paragraph with *emphasis*, a [link](https://example.org) and a list:

  - one
  - two
key_figures:
  - name: Ada Lovelace
    lived: 1815-12-10/1852-11-27
    role: Mathematician
    significance: Wrote the first **program**.
chronology:
  - date: 1843
    event: Notes on the Analytical Engine published.
  - date: 1833-06~
    event: Meets Babbage.
    label: Meets Babbage
  - date: 1852-11-27
    event: Dies in London.
terms:
  - term: Analytical Engine
    definition: A mechanical general-purpose computer.
questions:
  - Why does the *Note G* matter?
further_reading:
  - id: toole1992
    type: book
    author:
      - family: Toole
        given: Betty
    title: Ada, the Enchantress of Numbers
    issued: 1992
    annote: Her letters.
"""
FONTS = """\
  body_font:
    regular: assets/fonts/PTSerif-Regular.ttf
    bold: assets/fonts/PTSerif-Bold.ttf
"""
COURSE = """\
course:
  title: Fuzzing 101
  code: FZ 101
paper: a4
citation_style: assets/style.csl
theme:
  base_size: 11
  logo: assets/logo.svg
  logo_alt: The course's crest
@FONTS@  header: "{course.code} · {topic.title}"
handout:
  answer_lines: 3
cards:
  stock: avery-5371
  back_offset: [0.5, -1]
""".replace("@FONTS@", FONTS)
TEMPLATE = """\
{% extends "builtin/handout.rml.j2" %}
{% block summary %}
<para style="Body">{{ course.code }}</para>
{{ super() }}
{% endblock %}
"""


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A course folder that builds, with its output folder built once (stamps and bibliography cache in place)."""
    folder = tmp_path_factory.mktemp("fuzz") / "course"
    fonts = folder / "assets" / "fonts"
    fonts.mkdir(parents=True)
    for name in ("PTSerif-Regular.ttf", "PTSerif-Bold.ttf"):
        shutil.copyfile(ROOT / "content" / "y12-history" / "assets" / "fonts" / name, fonts / name)
    shutil.copyfile(ROOT / "content" / "hist-204" / "assets" / "logo.svg", folder / "assets" / "logo.svg")
    shutil.copyfile(ROOT / "content" / "y12-history" / "assets" / "crest.png", folder / "assets" / "crest.png")
    shutil.copyfile(ROOT / "generator" / "styles" / "modern-language-association.csl", folder / "assets" / "style.csl")
    (folder / "templates").mkdir()
    (folder / "templates" / "handout.rml.j2").write_text(TEMPLATE, encoding="utf-8")
    (folder / "course.yaml").write_text(COURSE, encoding="utf-8")
    (folder / "topic.yaml").write_text(TOPIC, encoding="utf-8")
    assert _build(folder, fresh=True) == (0, ""), "the starting point must build"
    return folder


def _build(folder: Path, fresh: bool = False) -> tuple[int, str]:
    """Build the course's handouts as `studyguide build` does; the exit status and what went to stderr.

    `fresh` builds in a new process, which has no bibliography in memory and so reads the cache folder.
    """
    import contextlib
    import io

    if fresh:
        command = [sys.executable, "-m", "generator", "build", str(folder), "-o", str(folder.parent / "out")]
        done = subprocess.run([*command, "--only", "handout"], capture_output=True, text=True, check=False)
        return done.returncode, done.stderr
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(["build", str(folder), "-o", str(folder.parent / "out"), "--only", "handout"])
    return status, err.getvalue()


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to three edits: a token inserted or written over, a stretch deleted or repeated, or the end cut off.

    Half the edits land just after a `: `, a newline or a quote, where they change a value or a line's
    structure rather than only break the first character of the file.
    """
    for _ in range(rng.randint(1, 3)):
        marks = [i + 1 for i, byte in enumerate(data) if byte in b':\n"=>'] if rng.random() < 0.5 else []
        at = rng.choice(marks) if marks else rng.randrange(len(data) + 1)
        token = rng.choice(TOKENS) if rng.random() < 0.8 else rng.randbytes(rng.randint(1, 6))
        span = rng.randint(1, 64)
        kind = rng.choice(["insert", "insert", "replace", "delete", "duplicate", "truncate"])
        if kind == "insert":
            data = data[:at] + token + data[at:]
        elif kind == "replace":
            data = data[:at] + token + data[at + len(token) :]
        elif kind == "delete":
            data = data[:at] + data[at + span :]
        elif kind == "duplicate":
            data = data[:at] + data[at : at + span] * rng.randint(2, 40) + data[at:]
        else:
            data = data[:at]
    return data


TARGETS = {
    "topic": (["topic.yaml"], 12),
    "course": (["course.yaml"], 12),
    "template": (["templates/handout.rml.j2"], 8),
    "assets": (["assets/logo.svg", "assets/style.csl", "assets/fonts/PTSerif-Bold.ttf"], 8),
    "stamps": ([".stamps"], 4),
    "cache": ([".cache"], 4),
}
"""What each test mutates (files of the course folder, or folders of the output folder) and its default examples."""


def _fuzz(good: Path, target: str, seed: int) -> None:
    files, _ = TARGETS[target]
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "course"
        shutil.copytree(good, folder)
        shutil.copytree(good.parent / "out", Path(scratch) / "out")
        chosen = rng.choice(files)
        if target in ("stamps", "cache"):
            paths = sorted(p for p in (Path(scratch) / "out" / "course" / chosen).rglob("*") if p.is_file())
            assert paths, f"the output folder has no {chosen}"
        else:
            paths = [folder / chosen]
        for path in paths:
            path.write_bytes(mutate(path.read_bytes(), rng))
        if target == "topic" and rng.random() < 0.3:  # also the topic alone, with no course
            (folder / "course.yaml").unlink()
        start = time.perf_counter()
        if target == "cache":  # a changed topic: the handout is rebuilt, and the cache is read
            (folder / "topic.yaml").write_text(TOPIC.replace("first", "first known"), encoding="utf-8")
        # Fonts a course registers as Body stay in ReportLab's process-wide caches and would change what later
        # tests in this process measure: the course's own fonts are built in a process of their own.
        fresh = target in ("cache", "assets")
        if not fresh and (folder / "course.yaml").is_file():
            course = (folder / "course.yaml").read_bytes()
            (folder / "course.yaml").write_bytes(course.replace(FONTS.encode(), b""))
        status, err = _build(folder, fresh=fresh)
        elapsed = time.perf_counter() - start
    assert status in (0, 2), err
    assert "Traceback" not in err and "internal error" not in err, err
    assert elapsed < BOUND, f"took {elapsed:.1f} s"


def _settings(target: str) -> settings:
    return settings(
        max_examples=EXAMPLES or TARGETS[target][1],
        derandomize=not os.environ.get("STUDYGUIDE_FUZZ_RANDOM"),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@pytest.mark.parametrize("target", TARGETS)
def test_fuzzed_inputs_never_crash_nor_hang(target: str, good: Path) -> None:
    @_settings(target)
    @given(seed=st.integers(0, 2**32))
    def run(seed: int) -> None:
        _fuzz(good, target, seed)

    run()
