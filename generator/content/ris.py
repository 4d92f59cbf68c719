"""RIS, as Zotero, EndNote and library catalogues export it, read into CSL-JSON items.

Pandoc's RIS reader keeps only a dozen tags: it drops the place of
publication, translators, the full date, the access date, the thesis or report
type and archive locations, splits institutions into given and family names,
and gives types CSL does not have. This reader maps the tags Zotero writes
(following the RIS specification of 2011 where Zotero follows it too). RIS has
no citation keys unless a record has an `ID`: a record's key is made from its
first author's family name (or first word) and year, e.g. `khlevniuk2004`,
with a, b, … after a key already taken.
"""

from __future__ import annotations

import re
from typing import Any

TYPES = {
    "ABST": "article", "ADVS": "motion_picture", "AGGR": "dataset", "ANCIENT": "classic", "ART": "graphic",
    "BILL": "bill", "BLOG": "post-weblog", "BOOK": "book", "CASE": "legal_case", "CHAP": "chapter",
    "CHART": "graphic", "CLSWK": "classic", "COMP": "software", "CONF": "paper-conference",
    "CPAPER": "paper-conference", "CTLG": "book", "DATA": "dataset", "DBASE": "dataset", "DICT": "book",
    "EBOOK": "book", "ECHAP": "chapter", "EDBOOK": "book", "EJOUR": "article-journal", "ELEC": "webpage",
    "ENCYC": "entry-encyclopedia", "EQUA": "figure", "FIGURE": "figure", "GEN": "document", "GOVDOC": "report",
    "GRANT": "report", "HEAR": "hearing", "ICOMM": "personal_communication", "INPR": "article-journal",
    "JFULL": "periodical", "JOUR": "article-journal", "LEGAL": "legal_case", "MANSCPT": "manuscript", "MAP": "map",
    "MGZN": "article-magazine", "MPCT": "motion_picture", "MULTI": "webpage", "MUSIC": "musical_score",
    "NEWS": "article-newspaper", "PAMP": "pamphlet", "PAT": "patent", "PCOMM": "personal_communication",
    "RPRT": "report", "SER": "book", "SLIDE": "graphic", "SOUND": "song", "STAND": "standard",
    "STAT": "legislation", "THES": "thesis", "UNBILL": "bill", "UNPB": "manuscript", "VIDEO": "motion_picture",
    "WEB": "webpage",
}  # fmt: skip
"""RIS reference types and the CSL types they are."""

TEXT = {
    "TI": "title", "T1": "title", "CT": "title", "ST": "title-short", "T2": "container-title",
    "JO": "container-title", "JF": "container-title", "BT": "container-title", "T3": "collection-title",
    "J2": "container-title-short", "JA": "container-title-short", "VL": "volume", "IS": "issue",
    "ET": "edition", "NV": "number-of-volumes", "M1": "number", "M3": "genre", "PB": "publisher",
    "CY": "publisher-place", "PP": "publisher-place", "DO": "DOI", "UR": "URL", "LA": "language",
    "AB": "abstract", "N2": "abstract", "CN": "call-number", "AN": "archive_location", "AV": "archive",
    "DP": "source", "DB": "source", "OP": "original-title", "SE": "section", "RI": "reviewed-title",
}  # fmt: skip
"""Tags holding one text variable; the first value given is kept."""

NAMES = {"AU": "author", "A1": "author", "ED": "editor", "A2": "editor", "A3": "collection-editor", "A4": "translator"}
WITHOUT_CONTAINER = {"book", "thesis", "report", "manuscript", "map", "classic", "pamphlet", "software", "dataset"}
"""Types whose T2 is the series (RIS: 'secondary title'), not a container."""
_LINE = re.compile(r"^([A-Z][A-Z0-9])  ?- ?(.*)$")


def parse(text: str) -> list[dict[str, Any]]:
    """Every record of an RIS file as a CSL-JSON item."""
    records: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in text.splitlines():
        match = _LINE.match(line.strip("\ufeff"))
        if not match:
            continue
        tag, value = match.group(1), match.group(2).strip()
        if tag == "ER":
            records.append(current)
            current = []
        elif value:
            current.append((tag, value))
    items = [_item(record) for record in records if record]
    _keys(items)
    return items


def _item(record: list[tuple[str, str]]) -> dict[str, Any]:
    tags: dict[str, list[str]] = {}
    for tag, value in record:
        tags.setdefault(tag, []).append(value)
    kind = TYPES.get(tags.get("TY", ["GEN"])[0], "document")
    item: dict[str, Any] = {"type": kind}
    if "ID" in tags:
        item["id"] = tags["ID"][0]
    for tag, variable in TEXT.items():
        if tag in tags and variable not in item:
            item[variable] = tags[tag][0]
    if kind in WITHOUT_CONTAINER and "container-title" in item and "T2" in tags:
        item.setdefault("collection-title", item.pop("container-title"))
    for tag, variable in NAMES.items():
        if variable == "editor" and tag == "A2" and kind == "personal_communication":
            variable = "recipient"
        for name in tags.get(tag, []):
            item.setdefault(variable, []).append(_name(name))
    if "KW" in tags:
        item["keyword"] = ", ".join(tags["KW"])
    _pages(item, tags)
    _identifier(item, tags.get("SN", []))
    for variable, candidates in (("issued", ("DA", "PY", "Y1")), ("accessed", ("Y2",))):
        parts = [_date(value) for tag in candidates for value in tags.get(tag, [])]
        parts = [date for date in parts if date]
        if parts:
            item[variable] = {"date-parts": [max(parts, key=len)]}
    return item


def _name(text: str) -> dict[str, str]:
    """'Family, Given' (or 'Family, Given, Suffix') as a person; a name without a comma is an institution."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 1 or not parts[1]:
        return {"literal": parts[0]}
    name = {"family": parts[0], "given": parts[1]}
    if len(parts) > 2 and parts[2]:
        name["suffix"] = parts[2]
    return name


def _pages(item: dict[str, Any], tags: dict[str, list[str]]) -> None:
    """SP–EP is a page range; SP alone on a book or thesis is its number of pages, as Zotero writes it."""
    start, end = tags.get("SP", [""])[0], tags.get("EP", [""])[0]
    if start and end:
        item["page"] = f"{start}-{end}"
    elif start and item["type"] in WITHOUT_CONTAINER:
        item["number-of-pages"] = start
    elif start:
        item["page"] = start


def _identifier(item: dict[str, Any], values: list[str]) -> None:
    """SN holds an ISBN or an ISSN (an ISSN has eight characters)."""
    for value in values:
        digits = re.sub(r"[^0-9Xx]", "", value.split()[0] if value.split() else value)
        item.setdefault("ISSN" if len(digits) == 8 else "ISBN", value)


def _date(text: str) -> list[int]:
    """'1993/10/05/', '1993/10//', '1993', '2024/05/01/09:30:00' or '1993-10-05' as date-parts."""
    fields = re.split(r"[/-]", text.strip())
    parts = []
    for field in fields[:3]:
        if not field.isdigit():
            break
        parts.append(int(field))
    return parts if parts and 1 <= len(str(parts[0])) <= 4 else []


def _keys(items: list[dict[str, Any]]) -> None:
    taken = {item["id"] for item in items if "id" in item}
    for item in items:
        if "id" in item:
            continue
        base = _stem(item) + "".join(str(part) for part in item.get("issued", {}).get("date-parts", [[""]])[0][:1])
        key, suffix = base, ord("a")
        while key in taken:
            key, suffix = base + chr(suffix), suffix + 1
        taken.add(key)
        item["id"] = key


def _stem(item: dict[str, Any]) -> str:
    names = item.get("author") or item.get("editor") or [{"literal": item.get("title", "item")}]
    text = names[0].get("family") or names[0].get("literal", "")
    words = [word for word in re.findall(r"\w+", text.casefold()) if word not in ("the", "a", "an")]
    return words[0] if words else "item"
