import pytest

from generator.content import dates


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1934-12-01", "1 December 1934"),
        ("1936-08", "August 1936"),
        ("1934", "1934"),
        ("1937~", "c. 1937"),
        ("1938?", "1938?"),
        ("1937%", "c. 1937?"),
        ("-0043", "44 BCE"),
        ("-0043-03-15", "15 March 44 BCE"),
        ("0000", "1 BCE"),
        ("1936/1938", "1936–1938"),
        ("1936-08/1938-03", "August 1936 – March 1938"),
        ("1878/..", "1878–"),
        ("193X", "1930s"),
        ("1937-21", "Spring 1937"),
    ],
)
def test_display_in_words(text: str, words: str) -> None:
    assert dates.display(text) == words


@pytest.mark.parametrize("bad", ["1930s", "December 1934", "1934-13-01", "34/12/1934", ""])
def test_invalid_dates_are_refused_with_examples(bad: str) -> None:
    with pytest.raises(ValueError, match="EDTF"):
        dates.check(bad)


def test_sorting_is_chronological_across_eras_and_precisions() -> None:
    texts = ["1937~", "1934-12-01", "-0043", "1934-12", "1936/1938", "1934"]
    ordered = sorted(texts, key=dates.sort_key)
    # Same first day: the shorter span first (the day before its month).
    assert ordered == ["-0043", "1934", "1934-12-01", "1934-12", "1936/1938", "1937~"]


def test_csl_dates_keep_the_written_precision() -> None:
    assert dates.csl_date("1990") == {"date-parts": [[1990]]}
    assert dates.csl_date("1990-05-03") == {"date-parts": [[1990, 5, 3]]}
    assert dates.csl_date("1936/1938") == {"date-parts": [[1936], [1938]]}
    assert dates.csl_date("1936-08/1938-03") == {"date-parts": [[1936, 8], [1938, 3]]}


def test_csl_dates_say_circa_season_and_bc_as_csl_does() -> None:
    assert dates.csl_date("1937~") == {"date-parts": [[1937]], "circa": True}
    assert dates.csl_date("1938?") == {"date-parts": [[1938]], "circa": True}
    assert dates.csl_date("1937-21") == {"date-parts": [[1937]], "season": 1}
    assert dates.csl_date("1937-24") == {"date-parts": [[1937]], "season": 4}
    assert dates.csl_date("-0043") == {"date-parts": [[-44]]}  # EDTF's -0043 is 44 BC, CSL's -44
    assert dates.csl_date("1878/..") == {"date-parts": [[1878]]}
    assert dates.csl_date("193X") == {"literal": "1930s"}  # beyond date-parts: printed in words


def test_span_is_in_fractional_years() -> None:
    start, end = dates.span("1936-07")
    assert start == pytest.approx(1936.5)
    assert end == pytest.approx(1936 + 7 / 12, abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "1934", "1934-12", "1934-12-01", "-0043", "-0043-03-15", "0000", "1878/1953", "1936-08/1938-03", "1936-02-29",
        "1937~", "1938?", "1938%", "1936-08~", "1934-12-01?", "-0043%", "1937~/1938", "1937/1938?",
    ],
)  # fmt: skip
def test_fast_path_gives_what_the_edtf_grammar_gives(text: str) -> None:
    from edtf import parse_edtf

    fast, grammar = dates.parse(text), parse_edtf(text)
    assert fast == grammar
    assert type(fast) is type(grammar)
    assert vars(fast) == vars(grammar)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2XXX", "2000–2999"),
        ("XXXX", "year unknown"),
        ("19XX", "1900–1999"),
        ("156X-12-25", "25 December 1560s"),
        ("../..", "date unknown"),
        ("[..1760-12-03]", "3 December 1760 or earlier"),
        ("[1760-12-03..]", "3 December 1760 or later"),
        ("{1667,1668}", "1667 and 1668"),
        ("[1667,1668,1670..1672]", "1667 or 1668 or 1670–1672"),
        ("[-0445,-0444]", "446 or 445 BCE"),  # the era once, as in a range
        ("{-0445,-0444,-0440}", "446 and 445 and 441 BCE"),
        ("[-0445-03,-0444]", "March 446 BCE or 445 BCE"),
        ("Y-170000002", "170,000,003 BCE"),
        ("2004-01-01T10:10:10Z", "1 January 2004"),
        ("2004-06~-11", "c. 11 June 2004"),
        ("2001-33", "Q1 2001"),
    ],
)
def test_every_kind_of_edtf_value_has_words_a_sort_key_and_a_span(text: str, words: str) -> None:
    assert dates.display(text) == words
    low, high = dates.sort_key(text)
    assert low <= high
    span = dates.span(text)
    assert span is None or span[0] <= span[1]


def test_wholly_unknown_dates_sort_last_and_have_no_place_on_an_axis() -> None:
    assert sorted(["XXXX", "../..", "1990", "-0043"], key=dates.sort_key)[:2] == ["-0043", "1990"]
    assert dates.span("XXXX") is None and dates.span("../..") is None


@pytest.mark.parametrize(
    ("bad", "phrase"),
    [
        ("1900-02-29", "February 1900 has 28 days"),
        ("0001-02-29", "has 28 days"),
        ("1950/1900", "ends before it starts"),
        ("-1000/-2000", "ends before it starts"),
        ("[1950..1900]", "ends before it starts"),
        ("Y1E999999999", "too far away"),
        ("Y-999999999999", "too far away"),
    ],
)
def test_dates_must_be_real_calendar_dates_in_order(bad: str, phrase: str) -> None:
    with pytest.raises(ValueError, match=phrase):
        dates.check(bad)


def test_leap_days_of_leap_years_and_of_year_zero_are_dates() -> None:
    for text in ("2000-02-29", "1904-02-29", "0000-02-29", "-0004-02-29"):
        assert dates.check(text) == text


@pytest.mark.parametrize(
    ("text", "style", "era", "words"),
    [
        ("1792-09-02/1792-09-06", "day-month-year", False, "2–6 September 1792"),
        ("1792-09-02/1792-09-06", "month-day-year", False, "September 2–6, 1792"),
        ("1793-05-31/1793-06-02", "day-month-year", False, "31 May – 2 June 1793"),
        ("1793-05-31/1793-06-02", "month-day-year", False, "May 31 – June 2, 1793"),
        ("1793-03/1793-05", "day-month-year", False, "March–May 1793"),
        ("-0087/-0086", "day-month-year", False, "88–87 BCE"),
        ("-0162/-0132", "day-month-year", False, "163–133 BCE"),
        ("-0048-01-10/-0030-09-02", "day-month-year", False, "10 January 49 – 2 September 31 BCE"),
        ("-0062/0014", "day-month-year", False, "63 BCE – 14 CE"),
        ("-0001/0001", "day-month-year", False, "2 BCE – 1 CE"),
        ("1936/1938", "day-month-year", False, "1936–1938"),
        ("1936/1938", "day-month-year", True, "1936–1938 CE"),
        ("1936-08/1938-03", "day-month-year", False, "August 1936 – March 1938"),
        ("1936/1938-03", "day-month-year", False, "1936 – March 1938"),
        ("1425~/1427~", "day-month-year", False, "c. 1425 – c. 1427"),
        ("-2685~/-2180~", "day-month-year", False, "c. 2686 – c. 2181 BCE"),
        ("0014-08-19", "day-month-year", True, "19 August 14 CE"),
        ("0001", "day-month-year", True, "1 CE"),
        ("0105", "day-month-year", False, "105"),
        ("1040~", "day-month-year", True, "c. 1040 CE"),
        ("-0043", "day-month-year", True, "44 BCE"),
    ],
)
def test_ranges_written_as_historians_write_them(text: str, style: str, era: bool, words: str) -> None:
    assert dates.display(text, style, era) == words


@pytest.mark.parametrize(
    ("lived", "words"),
    [("../1492", "d. 1492"), ("../1360~", "d. c. 1360"), ("1450/..", "b. 1450"), ("1412/1431", "1412–1431")],
)
def test_a_lifespan_known_at_one_end_says_born_or_died(lived: str, words: str) -> None:
    """Historians write "d. 1492"; "–1492" alone reads as a typo."""
    assert dates.lifespan(lived) == words
