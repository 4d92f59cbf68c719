"""Dates in words in each language studyguide speaks: CLDR's months, patterns and eras, the catalogue's other words.

The range rules of content/dates.py (what both ends share is written once, the
era named once unless the range crosses it) hold in every language; only the words
and their order change.
"""

from __future__ import annotations

import pytest

from generator.content import dates

CASES = {
    "1934-12-01": ("1 December 1934", "1er décembre 1934", "1. Dezember 1934", "1 de diciembre de 1934"),
    "1934-12-02": ("2 December 1934", "2 décembre 1934", "2. Dezember 1934", "2 de diciembre de 1934"),
    "1936-08": ("August 1936", "août 1936", "August 1936", "agosto de 1936"),
    "1937~": ("c. 1937", "vers 1937", "um 1937", "c. 1937"),
    "1938?": ("1938?", "1938?", "1938?", "1938?"),
    "1937%": ("c. 1937?", "vers 1937?", "um 1937?", "c. 1937?"),
    "-0043": ("44 BCE", "44 av. J.-C.", "44 v. Chr.", "44 a. C."),
    "-0043-03-15": ("15 March 44 BCE", "15 mars 44 av. J.-C.", "15. März 44 v. Chr.", "15 de marzo de 44 a. C."),
    "Y-170000002": ("170,000,003 BCE", "170\u202f000\u202f003 av. J.-C.", "170.000.003 v. Chr.", "170.000.003 a. C."),
    "193X": ("1930s", "années 1930", "1930er-Jahre", "década de 1930"),
    "19XX": ("1900–1999", "1900–1999", "1900–1999", "1900–1999"),
    "XXXX": ("year unknown", "année inconnue", "Jahr unbekannt", "año desconocido"),
    "../..": ("date unknown", "date inconnue", "Datum unbekannt", "fecha desconocida"),
    "1937-21": ("Spring 1937", "printemps 1937", "Frühling 1937", "primavera de 1937"),
    "1937-24": ("Winter 1937", "hiver 1937", "Winter 1937", "invierno de 1937"),
    "1937-29": (
        "Spring (Southern Hemisphere) 1937",
        "printemps (hémisphère Sud) 1937",
        "Frühling (Südhalbkugel) 1937",
        "primavera (hemisferio sur) de 1937",
    ),
    "2001-33": ("Q1 2001", "1er trimestre 2001", "1. Quartal 2001", "primer trimestre de 2001"),
    "2001-41": ("Second half of 2001", "second semestre 2001", "zweites Halbjahr 2001", "segundo semestre de 2001"),
    "[..1760-12-03]": (
        "3 December 1760 or earlier",
        "3 décembre 1760 ou avant",
        "3. Dezember 1760 oder früher",
        "3 de diciembre de 1760 o antes",
    ),
    "[1667,1668,1670]": (
        "1667 or 1668 or 1670",
        "1667 ou 1668 ou 1670",
        "1667 oder 1668 oder 1670",
        "1667 o 1668 o 1670",
    ),
    "{1667,1668}": ("1667 and 1668", "1667 et 1668", "1667 und 1668", "1667 y 1668"),
}
RANGES = {
    "1792-09-02/1792-09-06": (
        "2–6 September 1792",
        "2–6 septembre 1792",
        "2.–6. September 1792",
        "2–6 de septiembre de 1792",
    ),
    "1901-01-01/1901-01-05": ("1–5 January 1901", "1er–5 janvier 1901", "1.–5. Januar 1901", "1–5 de enero de 1901"),
    "1793-05-31/1793-06-02": (
        "31 May – 2 June 1793",
        "31 mai – 2 juin 1793",
        "31. Mai – 2. Juni 1793",
        "31 de mayo – 2 de junio de 1793",
    ),
    "1793-03/1793-05": ("March–May 1793", "mars–mai 1793", "März–Mai 1793", "marzo–mayo de 1793"),
    "1936-08/1938-03": (
        "August 1936 – March 1938",
        "août 1936 – mars 1938",
        "August 1936 – März 1938",
        "agosto de 1936 – marzo de 1938",
    ),
    "-0087/-0086": ("88–87 BCE", "88–87 av. J.-C.", "88–87 v. Chr.", "88–87 a. C."),
    "-0062/0014": ("63 BCE – 14 CE", "63 av. J.-C. – 14 ap. J.-C.", "63 v. Chr. – 14 n. Chr.", "63 a. C. – 14 d. C."),
    "-2685~/-2180~": (
        "c. 2686 – c. 2181 BCE",
        "vers 2686 – vers 2181 av. J.-C.",
        "um 2686 – um 2181 v. Chr.",
        "c. 2686 – c. 2181 a. C.",
    ),
    "1936/1938?": ("1936–1938?", "1936–1938?", "1936–1938?", "1936–1938?"),
}
LANGUAGES = ("en", "fr", "de", "es")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("text", [*CASES, *RANGES])
def test_dates_in_the_class_language(text: str, language: str) -> None:
    expected = {**CASES, **RANGES}[text][LANGUAGES.index(language)]
    assert dates.display(text, language=language) == expected


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "19 August 14 CE"), ("fr", "19 août 14 ap. J.-C."), ("de", "19. August 14 n. Chr."),
     ("es", "19 de agosto de 14 d. C.")],
)  # fmt: skip
def test_a_ce_date_beside_bce_ones_names_its_era(language: str, words: str) -> None:
    assert dates.display("0014-08-19", era=True, language=language) == words
    assert dates.display("1936/1938", era=True, language=language).startswith("1936–1938 ")


def test_the_date_style_orders_english_only_and_regional_tags_take_their_region() -> None:
    assert dates.display("1792-09-02/1792-09-06", "month-day-year") == "September 2–6, 1792"
    assert dates.display("1793-05-31/1793-06-02", "month-day-year") == "May 31 – June 2, 1793"
    assert dates.display("1934-12-01", "month-day-year", language="fr") == "1er décembre 1934"
    assert dates.display("1934-12-01", language="fr-CA") == "1er décembre 1934"
    assert dates.display("-0043", language="de-AT") == "44 v. Chr."
