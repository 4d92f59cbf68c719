"""What a teacher probably meant by a date that is not EDTF, said as the EDTF to write.

Teachers write dates as they would in prose ("20 June 1789", "c. 1789", "44 BC",
"1736-1793"); a list of EDTF examples then leaves them to work out the
translation, which is where BCE years go wrong by one. Each rule here recognises
one such habit and gives the exact text to write instead, or says what is wrong
with a date that has EDTF's shape (a 31st of June, a 13th month).
"""

from __future__ import annotations

import re

from generator.content.datebounds import month_days
from generator.content.datewords import words
from generator.messages import LANGUAGES


def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations, without their dots, in every language studyguide speaks, to their numbers."""
    found = {"sept": 9}
    for language in LANGUAGES:
        said = words(language)
        for names in (said.months, said.short_months):
            found |= {name.casefold().rstrip("."): number for number, name in enumerate(names, start=1)}
    return found


MONTH_NUMBERS = _month_numbers()
ENGLISH_MONTHS = words("en").months
_MONTH = rf"({'|'.join(map(re.escape, sorted(MONTH_NUMBERS, key=len, reverse=True)))})\.?"
_CIRCA = re.compile(r"(?:circa|approx|about|ca|c)\.?\s*(.+)", re.IGNORECASE)
_ERA = re.compile(r"(\d{1,6})\s*(B\.?C\.?E?\.?|BCE|A\.?D\.?|C\.?E\.?)", re.IGNORECASE)
_AD_FIRST = re.compile(r"A\.?D\.?\s*(\d{1,6})", re.IGNORECASE)
_OF = r"(?:\s+de)?\s+"  # "20 de junio de 1789"
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th|er|\.)?{_OF}{_MONTH},?{_OF}(\d{{1,4}})", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{1,4}})", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"{_MONTH},?{_OF}(\d{{1,4}})", re.IGNORECASE)
_UNPADDED = re.compile(r"(-?)(\d{1,4})-(\d{1,2})(?:-(\d{1,2}))?")
_YEAR_SPAN = re.compile(r"(\d{3,4})\s*[-–—]\s*(\d{3,4})")
_NEGATIVE = re.compile(r"-(\d{1,3})")
_SHAPED = re.compile(r"(-?\d{4})-(\d{2})(?:-(\d{2}))?")


def suggest(text: str) -> str | None:
    """A hint naming the EDTF for `text`, or None when no rule recognises it."""
    text = " ".join(text.split())
    circa = _CIRCA.fullmatch(text)
    if circa:
        inner = _edtf(circa.group(1))
        return f"for an approximate date write {inner}~ (a ~ after the date)" if inner else None
    wrong = _impossible(text)
    if wrong:
        return wrong
    span = _YEAR_SPAN.fullmatch(text)
    if span and int(span.group(1)) < int(span.group(2)):
        return f"for a span of years write {span.group(1).zfill(4)}/{span.group(2).zfill(4)} (a slash, not a dash)"
    negative = _NEGATIVE.fullmatch(text)
    if negative:
        meant = int(negative.group(1))
        return (
            f"EDTF years have four digits and count a year 0: for {meant} BCE write {_bce(meant)}, "
            f"for the astronomical year -{meant} write -{negative.group(1).zfill(4)}"
        )
    found = _edtf(text)
    return f"write it as {found}" if found else None


def _edtf(text: str) -> str | None:
    """`text` as a plain EDTF date, when it is a day, month or year written in words or without padding."""
    era = _ERA.fullmatch(text) or _AD_FIRST.fullmatch(text)
    if era:
        year = int(era.group(1))
        return _bce(year) if len(era.groups()) > 1 and era.group(2).upper().startswith("B") else str(year).zfill(4)
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_MONTH_YEAR, "my")):
        found = pattern.fullmatch(text)
        if found:
            parts = dict(zip(order, found.groups(), strict=True))
            number = MONTH_NUMBERS[parts["m"].casefold().rstrip(".")]
            day = f"-{int(parts['d']):02d}" if "d" in parts else ""
            return f"{parts['y'].zfill(4)}-{number:02d}{day}"
    unpadded = _UNPADDED.fullmatch(text)
    if unpadded and 1 <= int(unpadded.group(3)) <= 12:
        sign, digits, month, day = unpadded.groups()
        return f"{sign}{digits.zfill(4)}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    if re.fullmatch(r"\d{1,4}", text):
        return text.zfill(4)
    return text if _SHAPED.fullmatch(text) and not _impossible(text) else None


def _bce(year: int) -> str:
    """The EDTF year of `year` BCE: EDTF's year 0 is 1 BCE, so 44 BCE is -0043."""
    return f"-{year - 1:04d}" if year > 1 else "0000"


def _impossible(text: str) -> str | None:
    """What is wrong with a date of EDTF's shape that is not in the calendar."""
    shaped = _SHAPED.fullmatch(text)
    if not shaped:
        return None
    year, month, day = int(shaped.group(1)), int(shaped.group(2)), shaped.group(3)
    if not 1 <= month <= 12:
        return f"there is no month {month:02d}: months are 01 to 12 (21 to 24 are the seasons)"
    if day is None:
        return None
    last = month_days(year, month)
    if not 1 <= int(day) <= last:
        return f"{ENGLISH_MONTHS[month - 1]} {year if year > 0 else f'{1 - year} BCE'} has {last} days"
    return None
