"""studyguide's reading of RML attributes (typesetting/attributes) gives what z3c.rml's own method gives."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import EXAMPLE
from z3c.rml import directive

from generator.building import pipeline
from generator.settings import Settings
from generator.typesetting import attributes, typeset

CALLS = (
    {},
    {"includeMissing": True},
    {"valuesOnly": True},
    {"ignore": ("name", "style", "fontName")},
    {"select": ("fontSize", "leading", "name", "alignment"), "attrMapping": {"fontSize": "size"}},
)
"""The ways z3c.rml's directives call the method: every keyword, alone or with another."""


def _same(ours: Any, theirs: Any) -> bool:
    if ours == theirs:
        return True
    same_length = isinstance(ours, list) and len(ours) == len(theirs)
    return same_length and all(repr(a) == repr(b) for a, b in zip(ours, theirs, strict=True))


def test_every_element_of_the_example_documents_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    attributes.install()
    original = attributes.ORIGINAL["getAttributeValues"]
    compared: list[str] = []

    def both(self: Any, *args: Any, **kwargs: Any) -> Any:
        ours = attributes.get_attribute_values(self, *args, **kwargs)
        for call in CALLS:
            try:
                theirs, mine = original(self, **call), attributes.get_attribute_values(self, **call)
            except ValueError as error:  # a required attribute missing: both must say so
                with pytest.raises(ValueError, match="No value for required attribute"):
                    attributes.get_attribute_values(self, **call)
                assert "required attribute" in str(error)
                continue
            assert _same(mine, theirs), (self.element.tag, call, mine, theirs)
        assert _same(ours, original(self, *args, **kwargs))
        compared.append(self.element.tag)
        return ours

    monkeypatch.setattr(directive.RMLDirective, "getAttributeValues", both)
    source = pipeline.read(EXAMPLE)
    settings = Settings(cards={"stock": "index-3x5"})
    for name in ("handout", "flashcards", "worksheet"):
        for rml in pipeline.rml(name, source, settings)[0]:
            typeset.typeset(rml)
    assert {"para", "paraStyle", "blockTable", "frame", "spacer", "pageTemplate"} <= set(compared)
    assert len(compared) > 1000
