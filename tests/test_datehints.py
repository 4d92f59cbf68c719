"""A date written as prose gets the exact EDTF to write instead, and that EDTF means the date intended."""

import pytest

from generator.content import dates
from generator.content.datehints import suggest

MEANT = [
    ("20 June 1789", "1789-06-20", "20 June 1789"),
    ("June 20, 1789", "1789-06-20", "20 June 1789"),
    ("July 4th, 1776", "1776-07-04", "4 July 1776"),
    ("1789-6-20", "1789-06-20", "20 June 1789"),
    ("December 1934", "1934-12", "December 1934"),
    ("Sept 1789", "1789-09", "September 1789"),
    ("44 BC", "-0043", "44 BCE"),
    ("44 B.C.E.", "-0043", "44 BCE"),
    ("1 BC", "0000", "1 BCE"),
    ("AD 14", "0014", "14"),
    ("14 CE", "0014", "14"),
]


@pytest.mark.parametrize(("typed", "edtf", "printed"), MEANT)
def test_a_date_in_words_is_given_as_the_edtf_that_prints_it(typed: str, edtf: str, printed: str) -> None:
    with pytest.raises(ValueError, match=f"write it as {edtf}$"):
        dates.parse(typed)
    assert dates.display(edtf) == printed  # the hint is right, BCE years included


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("c. 1789", "for an approximate date write 1789~"),
        ("ca. June 1789", "for an approximate date write 1789-06~"),
        ("c. 44 BC", "write -0043~"),
        ("1736-1793", "for a span of years write 1736/1793 (a slash, not a dash)"),
        ("-44", "for 44 BCE write -0043"),
        ("1789-06-31", "June 1789 has 30 days"),
        ("1789-02-30", "February 1789 has 28 days"),
        ("1934-13", "there is no month 13"),
    ],
)
def test_habits_and_impossible_dates_are_named(typed: str, hint: str) -> None:
    with pytest.raises(ValueError, match="is not an EDTF date; ") as raised:
        dates.parse(typed)
    assert hint in str(raised.value)


@pytest.mark.parametrize("typed", ["xyz", "1789 June", "the reign of Peter", "1793-1789"])
def test_what_no_rule_recognises_gets_the_examples(typed: str) -> None:
    assert suggest(typed) is None
    with pytest.raises(ValueError, match="write dates like 1934-12-01"):
        dates.parse(typed)
