"""Tagged PDF: structure, reading order and text alternatives of every kind of PDF, read back.

conftest checks the rules of tagged_pdf on every PDF any test writes; here the
structure is checked against what the page shows: the reading order of the
handout (poppler's `pdfinfo -struct-text`, skipped where poppler is missing), the
timeline's alternative text, table headers, lists, each card's front then back,
logos, links, and the `pdfua` checker's verdict.
"""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from conftest import EXAMPLE, MINIMAL, ROOT, write
from pdfua import Severity, validate
from tagged_pdf import content_items, elements, problems

from generator.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tagged")
    courses = [str(ROOT / "content" / name) for name in ("hist-204", "y12-history", "histoire-seconde")]
    assert main(["build", str(EXAMPLE), *courses, "-o", str(out), "--force"]) == 0
    return out


def _pdfs(built: Path) -> list[Path]:
    found = sorted(built.rglob("*.pdf"))
    assert len(found) >= 12
    return found


def _roles(path: Path) -> list[str]:
    with pikepdf.open(path) as pdf:
        return [str(e.S)[1:] for e in elements(pdf.Root.StructTreeRoot)]


def test_every_pdf_is_tagged_and_pdfua_finds_no_error(built: Path) -> None:
    for path in _pdfs(built):
        assert problems(path.read_bytes()) == [], path
        report = validate(str(path))
        errors = [f"{f.rule_id}: {f.message}" for f in report.findings if f.severity == Severity.ERROR]
        assert errors == [], path
        skipped = [o.rule_id for o in report.outcomes if o.skipped_reason]
        assert skipped == [], f"{path}: pdfua could not evaluate {skipped}"


def test_document_metadata(built: Path) -> None:
    with pikepdf.open(built / "hist-204" / "great-purge" / "handout.pdf") as pdf:
        assert str(pdf.Root.Lang) == "en"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert pdf.Root.Pages.Kids[0].Tabs == pikepdf.Name.S
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "The Great Purge"
        assert meta["dc:creator"] == ["Dr. Maria Alvarez"]
        assert meta["dc:language"] == {"en"} or meta["dc:language"] == ["en"]


def test_handout_structure_headings_tables_lists(built: Path) -> None:
    roles = _roles(built / "great-purge" / "handout.pdf")
    headings = [r for r in roles if r.startswith("H")]
    assert headings[0] == "H1" and headings.count("H1") == 1 and set(headings[1:]) == {"H2"}
    assert roles.count("Table") == 3 and roles.count("Figure") == 1
    assert roles.count("TH") == roles.count("TR"), "each row of the figure, chronology and term tables has its header"
    assert roles.count("LI") == roles.count("Lbl") == roles.count("LBody") > 0
    with pikepdf.open(built / "great-purge" / "handout.pdf") as pdf:
        for element in elements(pdf.Root.StructTreeRoot):
            if str(element.S) == "/TH":
                assert str(element.A.Scope) == "/Row" and str(element.A.O) == "/Table"
            if str(element.S) == "/LI":
                assert [str(k.S) for k in element.K] == ["/Lbl", "/LBody"]


def test_timeline_alt_text_gives_span_count_and_events_in_order(built: Path) -> None:
    with pikepdf.open(built / "great-purge" / "handout.pdf") as pdf:
        (figure,) = [e for e in elements(pdf.Root.StructTreeRoot) if str(e.S) == "/Figure"]
        alt = str(figure.Alt)
    assert alt.startswith("Timeline, 21 January 1924 – 25 February 1956, 16 events in order: 21 January 1924: ")
    assert "21 January 1924: Lenin dies; Stalin and Trotsky begin their struggle for the succession. 1927: " in alt
    assert (
        alt.index("1 December 1934: Kirov is shot")
        < alt.index("August 1936: First Moscow Trial")
        < alt.index("25 February 1956: Khrushchev")
    )


def test_logo_is_a_figure_with_the_course_alt_text(built: Path) -> None:
    for course, alt in (("hist-204", "Lakeside Community College: a shield"), ("y12-history", "Northfield Sixth")):
        with pikepdf.open(built / course / "great-purge" / "handout.pdf") as pdf:
            first = pdf.Root.StructTreeRoot.K.K[0]
            assert str(first.S) == "/Figure" and str(first.Alt).startswith(alt)
            assert list(content_items(first)), "the logo's drawing is the figure's content"


def test_every_card_is_read_front_then_back(built: Path) -> None:
    with pikepdf.open(built / "great-purge" / "flashcards.pdf") as pdf:
        pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
        cards = [e for e in elements(pdf.Root.StructTreeRoot) if str(e.S) == "/Sect"]
        sides = [[{pages[p] for p, _ in content_items(k)} for k in e.K] for e in cards]
    assert len(cards) > 40
    for card in sides:
        front, back = card[0], card[-1]
        assert len(front) == 1 and back == {min(front) + 1}, "the back, on the next sheet, comes right after the front"


def test_links_are_link_elements_with_their_words_and_annotation(tmp_path: Path) -> None:
    text = MINIMAL.replace("One paragraph.", "See [the archive](https://example.org/archive) first.")
    topic = write(tmp_path, text)
    assert main(["build", str(topic), "-o", str(tmp_path / "out"), "--only", "handout"]) == 0
    path = tmp_path / "out" / "topic" / "handout.pdf"
    with pikepdf.open(path) as pdf:
        (link,) = [e for e in elements(pdf.Root.StructTreeRoot) if str(e.S) == "/Link"]
        words, reference = list(link.K)
        assert isinstance(words, int), "the link's words are the Link's own marked content"
        annotation = reference.Obj
        assert str(reference.Type) == "/OBJR" and str(annotation.Subtype) == "/Link"
        assert "example.org" in str(annotation.Contents)
        assert pdf.Root.StructTreeRoot.ParentTree.Nums[-1].objgen == link.objgen
        assert int(annotation.StructParent) == int(pdf.Root.StructTreeRoot.ParentTree.Nums[-2])
        assert str(link.P.S) == "/P" and len(list(link.P.K)) == 3, "the paragraph: its words, the link, its words"
    report = validate(str(path))
    assert [f.rule_id for f in report.findings if f.severity == Severity.ERROR] == []
    if shutil.which("pdfinfo"):
        read = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True)
        lines = [line.strip() for line in read.stdout.splitlines()]
        at = lines.index("Link (inline)")
        assert lines[at - 1] == '"See "' and lines[at + 1] == '"the archive"' and lines[at + 3] == '" first. "'


def test_a_french_link_says_where_it_goes_in_french(tmp_path: Path) -> None:
    text = MINIMAL.replace("One paragraph.", "Voir [les archives](https://example.org/archive).")
    topic = write(tmp_path, "language: fr\n" + text)
    assert main(["build", str(topic), "-o", str(tmp_path / "out"), "--only", "handout"]) == 0
    with pikepdf.open(tmp_path / "out" / "topic" / "handout.pdf") as pdf:
        (link,) = [e for e in elements(pdf.Root.StructTreeRoot) if str(e.S) == "/Link"]
        assert str(list(link.K)[-1].Obj.Contents) == "lien vers https://example.org/archive"


def test_a_native_name_is_read_in_its_own_language_or_marked_unknown(built: Path, tmp_path: Path) -> None:
    with pikepdf.open(built / "great-purge" / "handout.pdf") as pdf:
        langs = [str(e.Lang) for e in elements(pdf.Root.StructTreeRoot) if "/Lang" in e]
    assert langs == ["ru"] * 11, "the example's Russian names say so (native_language: ru)"
    with pikepdf.open(built / "great-purge" / "flashcards.pdf") as pdf:
        assert "ru" in {str(e.Lang) for e in elements(pdf.Root.StructTreeRoot) if "/Lang" in e}
    topic = write(
        tmp_path, MINIMAL.replace("    role: Mathematician", "    native_name: Ἀριστοτέλης\n    role: Philosopher")
    )
    assert main(["build", str(topic), "-o", str(tmp_path / "out"), "--only", "handout,flashcards"]) == 0
    for name in ("handout.pdf", "flashcards.pdf"):
        with pikepdf.open(tmp_path / "out" / "topic" / name) as pdf:
            langs = [str(e.Lang) for e in elements(pdf.Root.StructTreeRoot) if "/Lang" in e]
        assert langs == [""], f"{name}: no native_language: unknown, not read as English"


def test_a_soft_hyphen_break_reads_as_one_word(built: Path) -> None:
    """The hyphen drawn where a justified line breaks a word is the font's soft hyphen: read as a word break."""
    with pdfplumber.open(built / "great-purge" / "handout.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "Com\u00ad\nmunist" in text and "Com-" not in text
    if shutil.which("pdfinfo"):
        read = subprocess.run(
            ["pdfinfo", "-struct-text", str(built / "great-purge" / "handout.pdf")], capture_output=True, text=True
        )
        assert "against the Communist Party" in read.stdout.replace("\u00ad", "")
        assert "Com- munist" not in read.stdout and "Com-munist" not in read.stdout


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_screen_reader_order_pairs_each_figure_with_its_role(built: Path) -> None:
    text = subprocess.run(
        ["pdfinfo", "-struct-text", str(built / "great-purge" / "handout.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    order = [line.strip().strip('"').strip() for line in text.splitlines() if line.strip().startswith('"')]
    assert order[0] == "The Great Purge"
    stalin = order.index("Joseph Stalin")
    assert order[stalin + 2 : stalin + 4] == [
        "1878–1953",
        "General Secretary of the Communist Party and ruler of the Soviet Union",
    ]
    assert order.index("Summary") < order.index("Key figures") < stalin < order.index("Sergey Kirov")
    joined = " ".join(order)
    assert "turned the machinery" in joined, "a line break is a space between words"


def test_the_checks_catch_untagged_text_and_stray_marks(built: Path) -> None:
    with pikepdf.open(built / "great-purge" / "worksheet.pdf") as pdf:
        page = pdf.pages[0]
        page.contents_add(pdf.make_stream(b"BT /F1 9 Tf 10 10 Td (stray) Tj ET /P <</MCID 99>> BDC EMC"), prepend=False)
        del pdf.Root.Lang
        broken = BytesIO()
        pdf.save(broken)
    found = problems(broken.getvalue())
    assert "no /Lang" in found
    assert "page 1: 1 text operators outside marked content" in found
    assert "page 1: MCID 99 has no parent in the parent tree" in found
    assert "1 marked-content items not reachable from the structure tree" in found


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ('<tagged role="Figur" alt="x"/>', "<tagged> takes role"),
        ('<tagged role="P" title="fr"/>', "<tagged> takes role"),
        ('<tagged role="Figure"/>', "needs alt text"),
    ],
)
def test_a_wrong_tagged_element_names_the_template(tag: str, message: str) -> None:
    from generator.errors import UserError
    from generator.typesetting import typeset

    frame = '<frame id="f" x1="0" y1="0" width="100" height="100"/>'
    rml = (
        f'<document filename="x.pdf"><template><pageTemplate id="p">{frame}</pageTemplate></template>'
        f"<stylesheet/><story>{tag}<para>x</para></story></document>"
    )
    with pytest.raises(UserError, match=message) as error:
        typeset.typeset(rml, source="mine.rml.j2")
    assert str(error.value).startswith("mine.rml.j2")


def test_tagged_elements_are_lifted_in_time_linear_in_their_siblings() -> None:
    """4,000 `<tagged>` side by side (2,000 cards' sides) lift in well under a second of CPU (was 6 s, quadratic)."""
    import time

    from lxml import etree

    from generator.typesetting import markers

    root = etree.fromstring("<story>" + '<tagged role="Div">a<para>p</para>b</tagged>c' * 4000 + "</story>")
    start = time.process_time()
    markers.expand(markers.lift(root, "story"))
    assert time.process_time() - start < 1.0
    assert [child.tag for child in root[:4]] == ["plugInFlowable", "para", "plugInFlowable", "plugInFlowable"]
    assert (root[0].tail, root[1].tail, root[2].tail, len(root)) == ("a", "b", "c", 12000)
