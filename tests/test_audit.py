"""The layout audit finds what it is meant to find, on a page made to have every problem."""

from pathlib import Path

import pytest
from audit import audit
from reportlab.platypus import Table

from generator.typesetting import typeset
from generator.typesetting.tables import WholeRowTable

BAD = """<?xml version="1.0" encoding="utf-8"?>
<document filename="bad.pdf" invariant="1">
<template pagesize="(300, 300)">
  <pageTemplate id="page">
    <pageGraphics>
      <setFont name="Helvetica" size="12"/>
      <drawString x="5" y="290">Title in the margin</drawString>
      <drawString x="60" y="200">overlapping words</drawString>
      <drawString x="62" y="201">overlapping words</drawString>
      <lines>50 244 250 244</lines>
    </pageGraphics>
    <frame id="body" x1="50" y1="50" width="200" height="200"/>
  </pageTemplate>
</template>
<stylesheet>
  <paraStyle name="Heading" fontName="Helvetica-Bold" fontSize="14" leading="17"/>
  <paraStyle name="Text" fontName="Helvetica" fontSize="10" leading="12"/>
  <blockTableStyle id="Rows">
    <lineStyle kind="linebelow" colorName="#c8c8c8" thickness="0.5" start="0,0" stop="-1,-1"/>
  </blockTableStyle>
</stylesheet>
<story>
  <para style="Text">Struck through here</para>
  <spacer length="120"/>
  <para style="Heading">Stranded</para>
  <outlineAdd level="0">Stranded</outlineAdd>
  <nextPage/>
  <para style="Text">The section goes on.</para>
  <spacer length="100"/>
  <blockTable style="Rows" splitInRow="1" colWidths="100,100">
    <tr><td><para style="Text">first row</para></td><td><para style="Text">x</para></td></tr>
    <tr><td><para style="Text">A row of many lines that runs on and on and on, over the foot of the page and
        onto the next page, where it ends.</para></td><td><para style="Text">y</para></td></tr>
  </blockTable>
</story>
</document>
"""


def test_audit_finds_every_kind_of_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WholeRowTable, "split", Table.split)  # ReportLab's own: rows split at any page foot
    pdf = tmp_path / "bad.pdf"
    pdf.write_bytes(typeset.typeset(BAD))
    problems = audit(pdf, margin=50)
    found = {kind: " | ".join(str(p) for p in problems if p.kind == kind) for kind in {p.kind for p in problems}}
    assert set(found) == {"stranded", "split", "crossing", "overlap", "outside"}, found
    assert "page 1: heading 'Stranded'" in found["stranded"] and "page 1: a line crosses 'Struck'" in found["crossing"]
    assert "page 2: a table row split" in found["split"] and "'Title' is outside" in found["outside"]
    assert "'oovveerrllaappppiinngg' is printed over itself" in found["overlap"]
