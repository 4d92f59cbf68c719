"""The words studyguide prints itself, in the class's language: gettext catalogues read through Babel.

English is the source language (the msgids); `fr.po`, `de.po` and `es.po` beside
this file translate every message (a test checks none is missing or empty). The
catalogues are compiled in memory the first time a language is used, so nothing
is generated at install time and no .mo file is committed. A language is a BCP 47
tag (en, en-GB, fr-CA, de-AT, es-MX...): its messages are its base language's,
and Babel's CLDR data gives its month names and date patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache
from gettext import GNUTranslations, NullTranslations
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "fr", "de", "es")
"""Languages every message is translated into; English is the source."""


def base(tag: str) -> str:
    """The language of a BCP 47 tag, lower case: "fr" for "fr-CA"."""
    return tag.replace("_", "-").split("-")[0].lower()


TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-([A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*")
"""A BCP 47 language tag: language, then optional script, region and variants (grc, sr-Latn, zh-Hant-TW)."""


def tag(text: str) -> str:
    """`text` if it is a BCP 47 language tag (any language, for /Lang: ru, grc, sr-Latn); else ValueError."""
    if not TAG.fullmatch(text):
        raise ValueError(f"{text!r} is not a language tag (BCP 47) such as ru, de, zh-Hant or grc")
    return text


def check(tag: str) -> str:
    """`tag` if it is a BCP 47 tag Babel knows, in a language studyguide speaks; else ValueError saying which are."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(tag.replace("_", "-"), sep="-")  # en-GB, or en_GB as pyphen and gettext write it
    except (ValueError, UnknownLocaleError):
        raise ValueError(f"{tag!r} is not a language tag (BCP 47) such as en, en-GB, fr, de or es") from None
    if base(tag) not in LANGUAGES:
        raise ValueError(f"studyguide has no messages in {tag!r} yet; use one of {', '.join(LANGUAGES)}")
    return tag


def locale(tag: str) -> str:
    """Babel's name for `tag` ("en_GB" for "en-GB")."""
    return tag.replace("-", "_")


@lru_cache(maxsize=8)
def translations(tag: str) -> NullTranslations:
    """The catalogue of `tag`'s language, compiled from its .po file; English needs none."""
    language = base(tag)
    if language == "en":
        return NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with (HERE / f"{language}.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return GNUTranslations(compiled)


def gettext(tag: str, message: str) -> str:
    """`message` in `tag`'s language; an empty text stays empty (gettext would give the catalogue's header)."""
    return translations(tag).gettext(message) if message else message
