# ruff: noqa: E501 (the templates are RML, kept one element a line)
"""Reference: a bare jinja2 → RML → z3c.rml script, the floor of studyguide's pipeline.

    python bench/reference/bare_rml.py handout OUT.pdf
    python bench/reference/bare_rml.py cards N OUT.pdf

`handout` sets the example topic's sections (title, summary, three tables,
questions, reading list: four pages) with the bundled Noto faces; `cards` sets N
generated cards on Avery 5371 (2 × 5, long-edge duplex: each sheet of fronts
followed by its mirrored backs). No validation, settings, timeline, bibliography
formatting or text fitting: only what any RML pipeline must do.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jinja2
from common import FACES, FONTS, cards, example
from z3c.rml import rml2pdf

HANDOUT = """<?xml version="1.0" encoding="utf-8"?>
<document filename="handout.pdf" invariant="1" compression="1">
<docinit>{% for name, file in faces.items() %}<registerTTFont faceName="{{ name }}" fileName="{{ fonts }}/{{ file }}"/>
{% endfor %}</docinit>
<template pagesize="(612, 792)">
  <pageTemplate id="main">
    <pageGraphics><setFont name="Heading" size="8"/><drawString x="65" y="30">{{ t.title }}</drawString>
    <drawRightString x="547" y="30">page <pageNumber/></drawRightString></pageGraphics>
    <frame id="body" x1="65" y1="50" width="482" height="677"/>
  </pageTemplate>
</template>
<stylesheet>
  <paraStyle name="title" fontName="Heading-Bold" fontSize="22" leading="26" spaceAfter="4"/>
  <paraStyle name="h2" fontName="Heading-Bold" fontSize="13" leading="16" spaceBefore="12" spaceAfter="4" keepWithNext="1"/>
  <paraStyle name="body" fontName="Body" fontSize="10.5" leading="14" spaceAfter="6" alignment="justify"/>
  <paraStyle name="cell" fontName="Body" fontSize="9" leading="11.5"/>
  <blockTableStyle id="table">
    <blockValign value="top"/>
    <lineStyle kind="LINEBELOW" colorName="#999999" thickness="0.5" start="0,0" stop="-1,-1"/>
  </blockTableStyle>
</stylesheet>
<story>
  <para style="title">{{ t.title }}</para>
  <para style="body">{{ t.subtitle }}</para>
  <para style="h2">Summary</para>
  {% for p in t.summary %}<para style="body">{{ p }}</para>
  {% endfor %}
  <para style="h2">Key figures</para>
  <blockTable colWidths="120,362" style="table" repeatRows="0">
  {% for name, role, more in t.figures %}<tr><td><para style="cell">{{ name }}</para></td><td><para style="cell">{{ role }}. {{ more }}</para></td></tr>
  {% endfor %}</blockTable>
  <para style="h2">Chronology</para>
  <blockTable colWidths="90,392" style="table">
  {% for date, event, detail in t.events %}<tr><td><para style="cell">{{ date }}</para></td><td><para style="cell">{{ event }} {{ detail }}</para></td></tr>
  {% endfor %}</blockTable>
  <para style="h2">Key terms</para>
  <blockTable colWidths="120,362" style="table">
  {% for term, definition in t.terms %}<tr><td><para style="cell">{{ term }}</para></td><td><para style="cell">{{ definition }}</para></td></tr>
  {% endfor %}</blockTable>
  <para style="h2">Discussion questions</para>
  {% for q in t.questions %}<para style="body">{{ loop.index }}. {{ q }}</para>
  {% endfor %}
  <para style="h2">Further reading</para>
  {% for r in t.reading %}<para style="body">{{ r }}</para>
  {% endfor %}
</story>
</document>
"""

CARDS = """<?xml version="1.0" encoding="utf-8"?>
<document filename="cards.pdf" invariant="1" compression="1">
<docinit>{% for name, file in faces.items() %}<registerTTFont faceName="{{ name }}" fileName="{{ fonts }}/{{ file }}"/>
{% endfor %}</docinit>
<template pagesize="(612, 792)">
  <pageTemplate id="front">{% for x, y in slots %}<frame id="f{{ loop.index }}" x1="{{ x + 9 }}" y1="{{ y + 9 }}" width="234" height="126"/>{% endfor %}</pageTemplate>
  <pageTemplate id="back">{% for x, y in slots %}<frame id="b{{ loop.index }}" x1="{{ 612 - x - 252 + 9 }}" y1="{{ y + 9 }}" width="234" height="126"/>{% endfor %}</pageTemplate>
</template>
<stylesheet>
  <paraStyle name="front" fontName="Heading-Bold" fontSize="13" leading="16" alignment="center"/>
  <paraStyle name="back" fontName="Body" fontSize="10" leading="13" alignment="center"/>
</stylesheet>
<story firstPageTemplate="front">
{% for sheet in sheets %}
  <setNextTemplate name="front"/>{% if not loop.first %}<nextPage/>{% endif %}
  {% for front, back in sheet %}<para style="front">{{ front }}</para>{% if not loop.last %}<nextFrame/>{% endif %}
  {% endfor %}<setNextTemplate name="back"/><nextPage/>
  {% for front, back in sheet %}<para style="back">{{ back }}</para>{% if not loop.last %}<nextFrame/>{% endif %}
  {% endfor %}
{% endfor %}
</story>
</document>
"""


def main() -> None:
    env = jinja2.Environment(autoescape=False)
    faces = {"faces": FACES, "fonts": FONTS}
    if sys.argv[1] == "handout":
        rml, out = env.from_string(HANDOUT).render(t=example(), **faces), sys.argv[2]
    else:
        made = cards(int(sys.argv[2]))
        slots = [(54 + 252 * column, 36 + 144 * (4 - row)) for row in range(5) for column in range(2)]
        sheets = [made[i : i + 10] for i in range(0, len(made), 10)]
        rml, out = env.from_string(CARDS).render(slots=slots, sheets=sheets, **faces), sys.argv[3]
    Path(out).write_bytes(rml2pdf.parseString(rml).getvalue())


if __name__ == "__main__":
    main()
