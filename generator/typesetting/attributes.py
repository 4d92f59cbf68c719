"""z3c.rml's attribute reading, without the work for attributes an element does not have.

z3c.rml reads a directive's attributes (`RMLDirective.getAttributeValues`) by
binding a copy of every field of the directive's signature to the directive and
asking it for its value, whether or not the element has that attribute; a
paragraph style allows some 50 attributes and declares a few. On a card sheet
that was a sixth of the whole build. `install` replaces the method with one that
does the same, except that for an attribute the element does not have, whose
field reads attributes the ordinary way (`RMLAttribute.get`: not text content,
no deprecated name given, no default factory), it takes the value that method
would return (the field's default, or its missing value) without binding, and
an absent attribute whose value would be missing is not looked at at all.
Present attributes, text content and the required-attribute check go through
z3c.rml's own code. tests/test_attributes.py compares the two methods on every
element of the example's documents; the PDFs are byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Field = tuple[str, Any, bool]
"""A signature's field: its name, the field, and whether an absent attribute can skip binding ("plain")."""


@dataclass(frozen=True)
class _Signature:
    fields: list[Field]
    """In z3c.rml's order."""
    loud: frozenset[int]
    """The fields that give a value (or an error) even when the element lacks their attribute."""
    named: dict[str, int]
    """Each plain field's attribute name (and deprecated name) to its place."""


_SIGNATURES: dict[Any, _Signature] = {}


def _signature(signature: Any) -> _Signature:
    """A directive signature's fields, read once per signature."""
    found = _SIGNATURES.get(signature)
    if found is None:
        import zope.schema
        from z3c.rml import attr, interfaces

        fields: list[Field] = []
        loud, named = set(), {}
        for index, (name, field) in enumerate(zope.schema.getFieldsInOrder(signature)):
            plain = type(field).get is attr.RMLAttribute.get and field.__dict__.get("defaultFactory") is None
            fields.append((name, field, plain))
            if not plain or field.required or _absent(field) is not field.missing_value:
                loud.add(index)
            if plain:
                named[name] = index
                if interfaces.IDeprecated.providedBy(field):
                    named[field.deprecatedName] = index
        found = _SIGNATURES[signature] = _Signature(fields, frozenset(loud), named)
    return found


def _absent(field: Any) -> Any:
    """What `RMLAttribute.get` returns when the element lacks the attribute."""
    return field.default if field.default is not None else field.missing_value


def get_attribute_values(
    self: Any,
    ignore: Any = None,
    select: Any = None,
    attrMapping: Any = None,
    includeMissing: bool = False,
    valuesOnly: bool = False,
) -> list[Any]:
    """`RMLDirective.getAttributeValues`, looking only at the fields that can give a value, binding only those
    whose attribute the element has."""
    from z3c.rml.directive import getFileInfo

    given = self.element.attrib
    signature = _signature(self.signature)
    if includeMissing:
        places: Any = range(len(signature.fields))
    else:
        places = sorted(signature.loud.union(signature.named[key] for key in given if key in signature.named))
    items = []
    for place in places:
        name, field, plain = signature.fields[place]
        if (ignore is not None and name in ignore) or (select is not None and name not in select):
            continue
        deprecated = getattr(field, "deprecatedName", None) if plain else None
        if plain and name not in given and (deprecated is None or deprecated not in given):
            value = _absent(field)
        else:
            value = field.bind(self).get()
        if field.required and value is field.missing_value:
            where = getFileInfo(self)
            raise ValueError(f'No value for required attribute "{name}" in directive "{self.element.tag}" {where}.')
        if value is not field.missing_value or includeMissing:
            items.append((name, value))
    if select is not None:
        order = list(select)
        items = sorted(items, key=lambda item: order.index(item[0]))
    if attrMapping:
        items = [(attrMapping.get(name, name), value) for name, value in items]
    return [value for _, value in items] if valuesOnly else items


ORIGINAL: dict[str, Any] = {}
"""z3c.rml's own method, kept for the test that compares the two."""


def install() -> None:
    """Replace z3c.rml's `RMLDirective.getAttributeValues` (once per process)."""
    from z3c.rml import directive

    if "getAttributeValues" not in ORIGINAL:
        ORIGINAL["getAttributeValues"] = directive.RMLDirective.getAttributeValues
        directive.RMLDirective.getAttributeValues = get_attribute_values
