"""The building blocks every model of the formats shares: strictness, text, EDTF dates.

Kept apart from the topic model so that the bibliography models and the course
model can use them without importing the topic.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from generator import messages
from generator.content import dates, limits

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.FIELD_CHARACTERS)]
Prose = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.SUMMARY_CHARACTERS)]
"""Block Markdown that may run over pages (the summary): longer than any other field."""
OneLine = Annotated[Text, StringConstraints(pattern=r"^[^\n]*$")]
EdtfDate = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    AfterValidator(dates.check),
    Field(description=f"An EDTF date: {dates.EXAMPLES}.", examples=["1934-12-01", "1937~", "1936/1938"]),
]

Language = Annotated[
    str,
    AfterValidator(messages.check),
    Field(description="A BCP 47 tag of a language studyguide speaks: en, en-GB, fr, fr-CA, de, es.", examples=["fr"]),
]
"""The class's language (course.yaml's `language`, a topic's own)."""
LanguageTag = Annotated[
    str,
    AfterValidator(messages.tag),
    Field(description="A BCP 47 language tag, of any language: ru, grc, zh-Hant, sr-Latn.", examples=["ru"]),
]
"""The language of words quoted in another (a native name): only for screen readers, so any language."""


class Strict(BaseModel):
    """Base of every model: unknown keys are refused, values are final."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
