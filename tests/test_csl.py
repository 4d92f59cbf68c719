"""The CSL-JSON item model: every CSL 1.0.2 variable in CSL-JSON's own forms, and real suggestions for typos."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MINIMAL, write

from generator.building import pipeline
from generator.content import csl_variables
from generator.content.csl import CslItem
from generator.content.validate import suggest
from generator.errors import UserError

LIBRARY = Path(__file__).parent / "library"
SPEC_NAMES = {"author", "translator", "container-author", "editor-translator", "recipient", "original-author"}
SPEC_NUMBERS = {"issue", "number-of-volumes", "number-of-pages", "collection-number", "part-number", "printing-number"}
SPEC_DATES = {"accessed", "available-date", "event-date", "issued", "original-date", "submitted"}
SPEC_STANDARD = {"ISSN", "ISBN", "genre", "language", "abstract", "note", "source", "title-short", "call-number",
                 "event-place", "container-title-short", "collection-title", "archive_location", "citation-key",
                 "volume-title", "event-title", "reviewed-genre", "license"}  # fmt: skip


def test_the_tables_hold_the_specifications_variables_and_types() -> None:
    assert set(csl_variables.NAMES) >= SPEC_NAMES
    assert set(csl_variables.NUMBERS) >= SPEC_NUMBERS
    assert set(csl_variables.DATES) >= SPEC_DATES
    assert set(csl_variables.STANDARD) >= SPEC_STANDARD
    assert len(csl_variables.TYPES) == 45 and "personal_communication" in csl_variables.TYPES
    aliases = {field.alias or name for name, field in CslItem.model_fields.items()}
    every = {*csl_variables.NAMES, *csl_variables.DATES, *csl_variables.NUMBERS, *csl_variables.STANDARD}
    assert every | {"id", "type"} == aliases


def test_a_zotero_csl_json_export_validates_as_it_is() -> None:
    """The issue's failing case: Zotero's date-parts (with years as text), translators, issues, ISSNs, notes."""
    items = [CslItem.model_validate(data) for data in json.loads((LIBRARY / "zotero.json").read_text("utf-8"))]
    assert len(items) == 11
    by_id = {item.id: item.csl_json() for item in items}
    assert by_id["khlevniuk2004"]["translator"] == [{"family": "Staklo", "given": "Vadim A."}]
    assert by_id["getty1993"]["issued"] == {"date-parts": [[1993, 10]]}
    assert by_id["getty1993"]["issue"] == "4" and by_id["getty1993"]["ISSN"] == "0002-8762"
    assert by_id["solzhenitsyn1974"]["issued"] == {"date-parts": [[1974], [1978]]}
    assert "annote" not in by_id["khlevniuk2004"] and by_id["khlevniuk2004"]["note"]


def test_the_forms_csl_json_allows() -> None:
    item = CslItem.model_validate(
        {
            "id": 7,
            "type": "chapter",
            "author": [
                {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van", "static-ordering": "false"}
            ],
            "editor": [
                {
                    "family": "Tocqueville",
                    "given": "Alexis",
                    "dropping-particle": "de",
                    "suffix": "Jr.",
                    "comma-suffix": True,
                    "parse-names": False,
                }
            ],
            "issued": "1937~",
            "accessed": {"date-parts": [["2024", "5", "1"]]},
            "original-date": [{"year": "1954"}],
            "event-date": {"literal": "Easter 1912"},
            "submitted": {"date-parts": [[1990]], "season": 2, "circa": "true"},
            "volume": 3,
            "page": "112–130",
            "custom": {"checked": True},
            "categories": ["terror"],
        }
    )
    data = item.csl_json()
    assert data["id"] == "7" and data["volume"] == 3
    assert data["issued"] == {"date-parts": [[1937]], "circa": True}
    assert data["accessed"] == {"date-parts": [[2024, 5, 1]]}
    assert data["original-date"] == {"date-parts": [[1954]]}
    assert data["event-date"] == {"literal": "Easter 1912"}
    assert data["submitted"] == {"date-parts": [[1990]], "season": 2, "circa": True}
    assert data["author"][0]["non-dropping-particle"] == "van" and data["author"][0]["static-ordering"] is False


NEAR_MISSES = [
    ("autor", "author"),
    ("titel", "title"),
    ("publisher_place", "publisher-place"),
    ("doi", "DOI"),
    ("Url", "URL"),
    ("isbn", "ISBN"),
    ("pages", "page"),
    ("year", "issued"),
    ("date", "issued"),
    ("journal", "container-title"),
    ("booktitle", "container-title"),
    ("address", "publisher-place"),
    ("translaters", "translator"),
    ("containertitle", "container-title"),
    ("numberofvolumes", "number-of-volumes"),
    ("acessed", "accessed"),
    ("annotation", "annote"),
]


@pytest.mark.parametrize(("typed", "meant"), NEAR_MISSES)
def test_misspelt_keys_suggest_the_field_meant(typed: str, meant: str) -> None:
    names = [field.alias or name for name, field in CslItem.model_fields.items()]
    assert suggest(typed, names, csl_variables.MISNAMED) == meant


@pytest.mark.parametrize("typed", ["colour", "priority", "rating", "summary", "shelf", "stars", "owner", "comment"])
def test_unrelated_keys_suggest_nothing(typed: str) -> None:
    names = [field.alias or name for name, field in CslItem.model_fields.items()]
    assert suggest(typed, names, csl_variables.MISNAMED) is None


@pytest.mark.parametrize(
    ("item", "field", "phrase"),
    [
        ("    issue: 4\n    isue: 5\n", "further_reading[0].isue", "did you mean 'issue'?"),
        ("    year: 1990\n", "further_reading[0].year", "did you mean 'issued'?"),
        ("    issued:\n      date-parts: [[1990, 17]]\n", "further_reading[0].issued.date-parts", "month 17"),
        ("    issued:\n      season: 2\n", "further_reading[0].issued", "needs `date-parts`"),
        ("    issued:\n      - yaer: 1990\n", "further_reading[0].issued[0].yaer", "did you mean 'year'?"),
        ("    type: letter\n", "further_reading[0].type", "is not allowed"),
        ("    author:\n      - given: Robert\n        sufix: Jr.\n", "further_reading[0].author[0].sufix", "'suffix'"),
    ],
)
def test_errors_in_items_point_at_the_key(tmp_path: Path, item: str, field: str, phrase: str) -> None:
    path = write(tmp_path, MINIMAL + "further_reading:\n  - id: a\n    title: B\n" + item)
    with pytest.raises(UserError) as error:
        pipeline.check(path)
    assert f": {field}: " in str(error.value)
    assert phrase in str(error.value)


def test_a_pasted_csl_json_export_is_a_valid_topic(tmp_path: Path) -> None:
    """JSON is YAML: Zotero's CSL JSON export pasted as it is after `further_reading:` is a topic."""
    exported = (LIBRARY / "zotero.json").read_text("utf-8")
    topic = pipeline.check(write(tmp_path, MINIMAL + "further_reading: " + exported))
    assert [item.id for item in topic.further_reading][:3] == ["khlevniuk2004", "pelling1996", "getty1993"]
