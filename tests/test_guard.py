"""The RML allowlist, checked against z3c.rml's own element tree and ReportLab's paragraph parser."""

from __future__ import annotations

from collections import defaultdict

import pytest
import zope.schema
from reportlab.platypus.paraparser import ParaParser
from z3c.rml import attr, document, flowable, paraparser, special

from generator.errors import UserError
from generator.typesetting import guard

FILE_TYPES = (attr.File,)
"""z3c.rml opens the file these name (attr.Image is a File)."""
COMPATIBLE = {
    "text": (attr.Text, attr.StringOrInt, attr.Combination),
    "name": (attr.Text, attr.StringOrInt),
    "number": (attr.Float, attr.Integer, attr.Measurement),
    "integer": (attr.Integer, attr.Combination, attr.StringOrInt),
    "boolean": (attr.BaseChoice,),
    "word": (attr.BaseChoice, attr.Text, attr.Combination, attr.StringOrInt, attr.Integer),
    "length": (attr.Measurement, attr.Float),
    "lengths": (attr.Sequence, attr.PageSize, attr.Padding),
    "colour": (attr.Color,),
    "link": (attr.Text,),
    "image": (attr.Image,),
    "font": (attr.File,),
}


def _z3c_tree() -> dict[str, list]:
    """Every element z3c.rml knows, with the attribute fields of each context it appears in (as its DTD is made)."""
    found: dict[str, list] = defaultdict(list)
    seen: set = set()
    pending = [("document", document.Document.signature)]
    while pending:
        name, signature = pending.pop()
        if signature is None or (name, signature) in seen:
            continue
        seen.add((name, signature))
        found[name].append(dict(zope.schema.getFieldsInOrder(signature)))
        pending += [
            (occurrence.tag, occurrence.signature) for occurrence in signature.queryTaggedValue("directives", ())
        ]
    return found


TREE = _z3c_tree()
ELEMENTS = guard.allowlist()["elements"]


@pytest.mark.parametrize("element", sorted(ELEMENTS))
def test_every_allowed_element_and_attribute_is_rml_and_of_a_kind_z3c_reads_the_same_way(element: str) -> None:
    by_name = element in special.TextFlowables.handleElements  # also read by name inside drawString, namedString
    assert element in TREE or by_name, f"<{element}> is not an element z3c.rml knows"
    for name, kind in ELEMENTS[element].items():
        if name == "#content":
            fields = [
                f
                for context in TREE[element]
                for f in context.values()
                if isinstance(f, attr.TextNode | attr.RawXMLContent)
            ]
            assert fields, f"<{element}> has no text content in z3c.rml"
            if kind == "markup":
                assert any(isinstance(f, attr.XMLContent) for f in fields), f"<{element}> is not a paragraph"
            continue
        fields = [context[name] for context in TREE.get(element, []) if name in context]
        assert fields or by_name, f"<{element} {name}> is not an attribute z3c.rml reads"
        for field in fields:
            assert not isinstance(field, attr.ObjectRef), f"<{element} {name}> names a Python object"
            if kind.startswith("="):
                continue
            assert isinstance(field, COMPATIBLE[kind]), f"<{element} {name}> is a {type(field).__name__}, not {kind}"
            if isinstance(field, FILE_TYPES):
                assert kind in ("image", "font"), f"<{element} {name}> reads a file but is allowed as {kind}"


def test_every_element_whose_content_reportlab_parses_as_a_paragraph_is_checked_as_markup() -> None:
    for element, kinds in ELEMENTS.items():
        directive = flowable.Flow.factories.get(element, object)
        paragraph = issubclass(directive, flowable.Paragraph | flowable.XPreformatted)
        assert paragraph == (kinds.get("#content") == "markup"), element


def test_markup_tags_are_tags_the_paragraph_parser_knows_in_lower_case() -> None:
    markup = guard.allowlist()["markup"]
    for tag, kinds in markup.items():
        assert tag == tag.lower() and all(name == name.lower() for name in kinds)
        assert hasattr(paraparser.Z3CParagraphParser, f"start_{tag}") or hasattr(ParaParser, f"start_{tag}"), tag


def test_nothing_that_runs_code_is_allowed() -> None:
    for tag in ("evalString", "docExec", "docIf", "docAssign", "plugInFlowable", "includePdfPages", "barChart"):
        assert tag not in ELEMENTS and tag.lower() not in guard.allowlist()["markup"]


def _check(rml: str) -> None:
    guard.check(guard.parse(rml, "t.rml.j2"), (), "t.rml.j2")


@pytest.mark.parametrize(
    ("rml", "message"),
    [
        ("<document><story><para><EvalString>1</EvalString></para></story></document>", "<EvalString> is not allowed"),
        ('<document><story><para><img SRC="/etc/hosts"/></para></story></document>', "leads outside"),
        ('<document><story><para><font COLOR="(lambda: 1)()">x</font></para></story></document>', "must be a colour"),
        ('<document><story><para style="{x}y">x</para></story></document>', "must be a name"),
        ('<document><story><para><a href="file:///etc/passwd">x</a></para></story></document>', "must be an http"),
        ('<document xmlns:x="urn:x"><story x:a="1"/></document>', "<story {urn:x}a> is not allowed"),
        ("<document><story><para><!-- hidden --></para></story></document>", "comments, processing instructions"),
        ("<document><?evil x?></document>", "comments, processing instructions"),
        ('<!DOCTYPE document [<!ENTITY x "y">]><document>&x;</document>', "<!DOCTYPE>"),
        ('<document><story><spacer length="1e999999"/></story></document>', "must be a length"),
    ],
)
def test_the_guard_refuses(rml: str, message: str) -> None:
    with pytest.raises(UserError, match=None) as raised:
        _check(rml)
    assert message in str(raised.value) and "t.rml.j2" in str(raised.value)
