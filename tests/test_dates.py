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


def test_csl_date_parts_keep_the_written_precision() -> None:
    assert dates.date_parts("1990") == [[1990]]
    assert dates.date_parts("1990-05-03") == [[1990, 5, 3]]
    assert dates.date_parts("1936/1938") == [[1936], [1938]]


def test_span_is_in_fractional_years() -> None:
    start, end = dates.span("1936-07")
    assert start == pytest.approx(1936.5)
    assert end == pytest.approx(1936 + 7 / 12, abs=0.01)


@pytest.mark.parametrize(
    "text",
    ["1934", "1934-12", "1934-12-01", "-0043", "-0043-03-15", "0000", "1878/1953", "1936-08/1938-03", "1936-02-29"],
)
def test_fast_path_gives_what_the_edtf_grammar_gives(text: str) -> None:
    from edtf import parse_edtf

    assert dates.parse(text) == parse_edtf(text)
    assert type(dates.parse(text)) is type(parse_edtf(text))
