"""Bibliography items in CSL-JSON, the form Zotero, Better BibTeX and pandoc write.

Every variable of CSL 1.0.2 is accepted (see `csl_variables`), in CSL-JSON's
own forms: names as lists of name objects, dates as an EDTF string or a
date object with `date-parts`, numbers as text or integers. A topic may also
cite an item of a library file by its key (`Cite`), with its own annotation.
The models are built from the variable tables, so the JSON Schema and the
error messages know every variable by name.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Discriminator, Field, Tag, create_model, field_validator, model_validator

from generator.content import dates
from generator.content.csl_variables import DATES, MISNAMED, NAMES, NUMBERS, SPEC, STANDARD, TYPES
from generator.content.strict import EdtfDate, Prose, Strict, Text

Flag = Annotated[bool, Field(description="true or false.")]
Number = Annotated[int | Text, Field(description="Text or a whole number.")]
DatePart = Annotated[int, Field(description="A year (negative: BCE, with a year 0), a month or a day.")]


class CslName(Strict):
    """A person or an organisation, split as CSL-JSON splits names."""

    family: Text | None = Field(None, description="Family name.", examples=["Conquest"])
    given: Text | None = Field(None, description="Given names.", examples=["Robert"])
    literal: Text | None = Field(None, description="A name that is not split, e.g. an institution.")
    dropping_particle: Text | None = Field(
        None, alias="dropping-particle", description="A particle dropped when sorting ('de' in Alexis de Tocqueville)."
    )
    non_dropping_particle: Text | None = Field(
        None, alias="non-dropping-particle", description="A particle kept when sorting (the 'van' of 'van Gogh')."
    )
    suffix: Text | None = Field(None, description="Jr., III.")
    comma_suffix: Flag | None = Field(None, alias="comma-suffix", description="A comma before the suffix.")
    static_ordering: Flag | None = Field(
        None, alias="static-ordering", description="Print family name first (as in Mao Zedong) whatever the style."
    )
    parse_names: Flag | None = Field(
        None, alias="parse-names", description="Let the processor split particles out of family and given."
    )

    @model_validator(mode="after")
    def _named(self) -> CslName:
        if not (self.family or self.literal):
            raise ValueError("a name needs `family` (and usually `given`) or `literal`")
        return self


class CslDate(Strict):
    """CSL-JSON's date object: `date-parts` (one date, or two for a range), or a `literal` or `raw` text."""

    date_parts: list[Annotated[list[DatePart], Field(min_length=1, max_length=3)]] | None = Field(
        None, alias="date-parts", min_length=1, max_length=2, description="[[year, month, day]], or two for a range."
    )
    season: Annotated[int, Field(ge=1, le=4)] | Text | None = Field(None, description="1–4 (spring–winter) or text.")
    circa: Flag | None = Field(None, description="The date is approximate.")
    literal: Text | None = Field(None, description="A date printed as written, e.g. 'Easter 1912'.")
    raw: Text | None = Field(None, description="A date for the processor to parse, e.g. '1912-04-07'.")
    edtf: Text | None = Field(None, description="The date as EDTF.")

    @field_validator("date_parts")
    @classmethod
    def _real(cls, parts: list[list[int]] | None) -> list[list[int]] | None:
        for date in parts or []:
            if len(date) > 1 and not (1 <= date[1] <= 12 or 13 <= date[1] <= 16 or 21 <= date[1] <= 24):
                raise ValueError(f"month {date[1]} is not 1–12 (or 13–16, 21–24 for seasons)")
            if len(date) > 2 and not 1 <= date[2] <= 31:
                raise ValueError(f"day {date[2]} is not 1–31")
        return parts

    @model_validator(mode="after")
    def _dated(self) -> CslDate:
        if not (self.date_parts or self.literal or self.raw or self.edtf):
            raise ValueError("a date object needs `date-parts`, `literal`, `raw` or `edtf`")
        return self


class YearMonthDay(Strict):
    """A date in the form older pandoc and Better BibTeX's CSL YAML write: `- year: 1990` (`month`, `day`)."""

    year: int = Field(description="The year (negative: BCE).")
    month: Annotated[int, Field(ge=1, le=12)] | None = Field(None, description="1–12.")
    day: Annotated[int, Field(ge=1, le=31)] | None = Field(None, description="1–31.")

    def parts(self) -> list[int]:
        return [part for part in (self.year, self.month, self.day) if part is not None]


def _date_kind(value: object) -> str:
    if isinstance(value, dict | CslDate):
        return "CslDate"
    return "YearMonthDay" if isinstance(value, list) else "EDTF"


Date = Annotated[
    Annotated[EdtfDate, Tag("EDTF")]
    | Annotated[CslDate, Tag("CslDate")]
    | Annotated[list[YearMonthDay], Field(min_length=1, max_length=2), Tag("YearMonthDay")],
    Discriminator(_date_kind),
    Field(description="An EDTF date (1990, 1936-08, 1937~), a CSL-JSON date object, or CSL YAML's `- year: 1990`."),
]


def _field(name: str, kind: Any, description: str) -> tuple[Any, Any]:
    python = name.replace("-", "_")
    return python, (kind | None, Field(None, alias=name if python != name else None, description=description))


def _fields() -> dict[str, tuple[Any, Any]]:
    fields = dict(
        [_field(n, list[CslName], f"{d} A list of names; see {SPEC}#name-variables") for n, d in NAMES.items()]
        + [_field(n, Date, f"{d} See {SPEC}#date-variables") for n, d in DATES.items()]
        + [_field(n, Number, f"{d} See {SPEC}#number-variables") for n, d in NUMBERS.items()]
        + [_field(n, Text, f"{d} See {SPEC}#standard-variables") for n, d in STANDARD.items()]
    )
    for unprinted in ("abstract", "keyword"):  # what reference managers hold at any length, never printed
        fields[unprinted] = _field(unprinted, Prose, f"{STANDARD[unprinted]} See {SPEC}#standard-variables")[1]
    fields["categories"] = _field("categories", list[Text], STANDARD["categories"])[1]
    fields["custom"] = _field("custom", dict[str, Any], STANDARD["custom"])[1]
    fields["title"] = (
        Text | None,
        Field(None, description=STANDARD["title"], examples=["The great terror: A reassessment"]),
    )
    return fields


class _Item(Strict):
    id: Text = Field(description="A unique key for the item.", examples=["conquest1990"])
    type: Literal[TYPES] = Field("book", description=f"The CSL item type ({SPEC}#appendix-iii-types).")  # type: ignore[valid-type]

    MISNAMED: ClassVar[dict[str, str]] = MISNAMED
    """Names other formats give CSL variables, suggested when one is used as a key."""

    @field_validator("id", mode="before")
    @classmethod
    def _text_id(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value  # CSL-JSON allows numeric ids

    def csl_json(self) -> dict[str, object]:
        """The item as CSL-JSON for citeproc: EDTF dates become date objects; the annotation stays ours."""
        data = self.model_dump(by_alias=True, exclude_none=True, exclude={"annote"})
        for key in DATES:
            value = getattr(self, key.replace("-", "_"))
            if isinstance(value, str):
                data[key] = dates.csl_date(value)
            elif isinstance(value, list):
                data[key] = {"date-parts": [date.parts() for date in value]}
        return data


CslItem = create_model(  # type: ignore[call-overload]
    "CslItem",
    __base__=_Item,
    __doc__="A bibliography item in CSL-JSON: every CSL 1.0.2 variable, plus `annote` for the annotation.",
    **_fields(),
)


class Cite(Strict):
    """An item of a library file (`bibliography:` in the topic or the course), cited by its key."""

    cite: Text = Field(description="The item's key (its id) in the library file.", examples=["conquest1990"])
    annote: Text | None = Field(None, description="The annotation printed beneath the entry (Markdown).")
