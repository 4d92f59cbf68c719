"""The variables of CSL 1.0.2 and the CSL-JSON extras reference managers write, as data.

The lists follow the specification's Appendix IV (standard, number, date and
name variables) and the item types of Appendix III; the extras are the keys of
the official csl-data.json schema (and Zotero's exports) that are not CSL
variables. The item model is built from these tables, so adding a variable is
one line here. Descriptions show in editors through the JSON Schema.
"""

from __future__ import annotations

SPEC = "https://docs.citationstyles.org/en/stable/specification.html"

TYPES = (
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
    "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent",
    "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
    "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
)  # fmt: skip
"""CSL 1.0.2 item types (Appendix III)."""

NAMES = {
    "author": "Authors, in order.",
    "chair": "Chair of a session or committee.",
    "collection-editor": "Editor of the series (collection) the item is in.",
    "compiler": "Compiler of the item.",
    "composer": "Composer of a song or score.",
    "container-author": "Author of the container: the book a chapter is in, when it differs from the chapter's.",
    "contributor": "A minor contributor.",
    "curator": "Curator of an exhibit.",
    "director": "Director of a film or broadcast.",
    "editor": "Editors, in order.",
    "editor-translator": "Someone who both edited and translated the item.",
    "editorial-director": "Managing editor.",
    "executive-producer": "Executive producer.",
    "guest": "Guest of a broadcast or podcast.",
    "host": "Host of a broadcast or podcast.",
    "illustrator": "Illustrator.",
    "interviewer": "Interviewer.",
    "narrator": "Narrator of an audiobook or film.",
    "organizer": "Organizer of an event.",
    "original-author": "Author of the original work (of a translation or reprint).",
    "performer": "Performer.",
    "producer": "Producer.",
    "recipient": "Recipient of a letter or interview.",
    "reviewed-author": "Author of the work being reviewed.",
    "script-writer": "Writer of a script or screenplay.",
    "series-creator": "Creator of a series.",
    "translator": "Translators, in order.",
}
"""Name variables: each holds a list of names."""

DATES = {
    "accessed": "When an online item was read.",
    "available-date": "When the item was first made available (online first).",
    "event-date": "When the event (conference, performance) took place.",
    "issued": "When the item was published.",
    "original-date": "When the original (of a translation or reprint) was published.",
    "submitted": "When the item was submitted (a patent, a thesis).",
    "container": "CSL-JSON extra: a date of the container.",
}
"""Date variables: an EDTF string or a CSL-JSON date object."""

NUMBERS = {
    "chapter-number": "Number of a chapter.",
    "citation-number": "Set by the citation processor; rarely given.",
    "collection-number": "Number of the item in its series, e.g. 12.",
    "edition": "Edition: a number (2 prints as 2nd ed.) or text (Rev. ed.).",
    "first-reference-note-number": "Set by the citation processor; rarely given.",
    "issue": "Issue of a journal or magazine.",
    "locator": "A cited part (usually given per citation, not per item).",
    "number": "A number: of a report, bill, patent, archival document.",
    "number-of-pages": "Total pages of the item.",
    "number-of-volumes": "Total volumes of a multi-volume work (3 prints as 3 vols.).",
    "page": "Pages the item spans in its container, e.g. 112–130.",
    "page-first": "The first page of `page`.",
    "part-number": "Number of the part of a multi-part item.",
    "printing-number": "Which printing.",
    "section": "Section of a newspaper or code.",
    "supplement-number": "Supplement of a journal issue.",
    "version": "Version of software or a dataset.",
    "volume": "Volume of a journal or of a multi-volume work.",
    "part": "CSL-JSON extra: the part's number (CSL 1.0.2 calls it part-number).",
    "printing": "CSL-JSON extra: the printing (CSL 1.0.2 calls it printing-number).",
    "supplement": "CSL-JSON extra: the supplement (CSL 1.0.2 calls it supplement-number).",
}
"""Number variables: text or whole numbers ("3", 3, "2–3", "iv")."""

STANDARD = {
    "abstract": "Abstract of the item.",
    "annote": "The annotation printed beneath the entry (Markdown).",
    "archive": "Archive the item is kept in.",
    "archive_collection": "Collection of the archive holding the item.",
    "archive_location": "Where in the archive: fond, box, folder.",
    "archive-place": "Where the archive is.",
    "authority": "Issuing or judicial authority; a registrar.",
    "call-number": "Call number in a library or archive.",
    "citation-key": "The item's key in the reference manager (Better BibTeX writes it).",
    "citation-label": "A label (Tufte2001) for label styles.",
    "collection-title": "Title of the series the item is in.",
    "container-title": "Title of the container: the journal, book, site or encyclopedia.",
    "container-title-short": "Short or abbreviated title of the container (a journal abbreviation).",
    "dimensions": "Size or duration.",
    "division": "Minor subdivision of a court or of an organisation.",
    "DOI": "Digital Object Identifier, e.g. 10.2307/152345 (without https://doi.org/).",
    "event": "The event's name (deprecated in CSL 1.0.2 for event-title; Zotero still writes it).",
    "event-place": "Where the event took place.",
    "event-title": "Title of the conference, performance or other event.",
    "genre": "Kind of item: PhD diss., Film, Memorandum.",
    "ISBN": "International Standard Book Number.",
    "ISSN": "International Standard Serial Number.",
    "jurisdiction": "Geographic scope of legal authority.",
    "keyword": "Keywords or tags.",
    "language": "The item's language, as a tag (ru, en-US) or a name.",
    "license": "License or copyright.",
    "medium": "Medium: CD, DVD, Typescript.",
    "note": "A note printed by some styles (Zotero's Extra field).",
    "original-publisher": "Publisher of the original.",
    "original-publisher-place": "Where the original was published.",
    "original-title": "Title of the original (of a translation).",
    "part-title": "Title of the part of a multi-part item.",
    "PMCID": "PubMed Central reference number.",
    "PMID": "PubMed reference number.",
    "publisher": "The publisher.",
    "publisher-place": "Where it was published.",
    "references": "Resources related to the item (a legal case's history).",
    "reviewed-genre": "Kind of the work reviewed.",
    "reviewed-title": "Title of the work reviewed.",
    "scale": "Scale of a map.",
    "source": "Where the record came from (a library catalogue, a database).",
    "status": "Publication status: forthcoming, in press.",
    "title": "The title, best in sentence case (styles that want title case convert it).",
    "title-short": "A short form of the title.",
    "URL": "Web address of an online item.",
    "volume-title": "Title of a volume of a multi-volume work.",
    "volume-title-short": "Short form of the volume's title.",
    "year-suffix": "Set by the citation processor (1990a); rarely given.",
    "categories": "CSL-JSON extra: categories, a list of text.",
    "custom": "CSL-JSON extra: key-value pairs for your own use (not printed).",
    "journalAbbreviation": "CSL-JSON extra (older Zotero): the journal's abbreviation.",
    "shortTitle": "CSL-JSON extra (older Zotero): the short title.",
    "translated-title": "CSL-JSON extra: the title translated.",
    "translated-title-short": "CSL-JSON extra: the translated title's short form.",
    "ISAN": "CSL-JSON extra: International Standard Audiovisual Number.",
    "ISCI": "CSL-JSON extra: ISCI code.",
    "ISMN": "CSL-JSON extra: International Standard Music Number.",
    "ISRC": "CSL-JSON extra: International Standard Recording Code.",
    "ISWC": "CSL-JSON extra: International Standard Musical Work Code.",
}
"""Standard (text) variables, with the CSL-JSON extras among them."""

MISNAMED = {
    "address": "publisher-place",
    "annotation": "annote",
    "booktitle": "container-title",
    "date": "issued",
    "journal": "container-title",
    "journaltitle": "container-title",
    "keywords": "keyword",
    "location": "publisher-place",
    "pages": "page",
    "place": "publisher-place",
    "series": "collection-title",
    "school": "publisher",
    "institution": "publisher",
    "urldate": "accessed",
    "year": "issued",
    "tags": "keyword",
    "translators": "translator",
    "authors": "author",
    "editors": "editor",
}
"""BibTeX, RIS and Zotero names for CSL variables: the suggestion when one is typed."""
