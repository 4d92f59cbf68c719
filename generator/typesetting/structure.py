"""Write a `Tagger`'s structure into the PDF ReportLab made: the tagged-PDF parts ReportLab cannot write.

pikepdf (QPDF) adds, after typesetting: the structure tree (StructTreeRoot with
its ParentTree, StructElems in reading order, MCRs to the marked content and
OBJRs to the link annotations), /StructParents on pages and /StructParent on
annotations, /Tabs /S (tab order by structure), /MarkInfo /Marked true, /Lang,
/ViewerPreferences /DisplayDocTitle, and XMP metadata (dc:title, dc:creator,
dc:language) carried from the document information. The file is saved with a
deterministic ID, so the same input still gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from generator import messages
from generator.typesetting.tagging import Annotation, Mark, Node

LINK_WORDS = ("link to {target}", "link within the document")
"""A link annotation's /Contents (messages: said in the document's language)."""
TABLE_PARTS = frozenset({"TR", "TH", "TD"})
"""Kept even when empty: an empty cell still holds its column's place."""


@dataclass(frozen=True)
class Metadata:
    lang: str
    title: str
    creator: str


def tidy(node: Node) -> bool:
    """Drop nodes that mark nothing, group runs of list items into lists; False if `node` is empty."""
    kids: list[Node | Mark | Annotation] = []
    run: Node | None = None  # the list that consecutive list items are gathered into
    for kid in node.kids:
        if isinstance(kid, Node):
            if not tidy(kid) and kid.role not in TABLE_PARTS:
                continue
            if kid.role == "LI" and node.role != "L":
                if run is None:
                    run = Node("L")
                    kids.append(run)
                run.kids.append(kid)
                continue
        run = None
        kids.append(kid)
    node.kids = kids
    return bool(kids)


class _Writer:
    def __init__(self, pdf: pikepdf.Pdf, lang: str) -> None:
        self.pdf = pdf
        self.lang = lang
        self.parents: dict[int, dict[int, pikepdf.Object]] = {}
        self.objects: list[pikepdf.Object] = []

    def element(self, node: Node, parent: pikepdf.Object) -> pikepdf.Object:
        element = self.pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.role), P=parent))
        kids = Array()
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(self.element(kid, element))
            elif isinstance(kid, Mark):
                page = self.pdf.pages[kid.page].obj
                if "/Pg" not in element:
                    element.Pg = page
                same = element.Pg.objgen == page.objgen
                kids.append(kid.mcid if same else Dictionary(Type=Name.MCR, Pg=page, MCID=kid.mcid))
                self.parents.setdefault(kid.page, {})[kid.mcid] = element
            elif node.role == "Link":
                kids.append(self.reference(kid, element))
            else:
                link = self.pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Link, P=element))
                link.K = self.reference(kid, link)
                kids.append(link)
        element.K = kids[0] if len(kids) == 1 else kids  # a single kid stands alone, as most writers do
        if node.alt:
            element.Alt = String(node.alt)
        if node.lang is not None:
            element.Lang = String(node.lang)
        if node.role in ("TH", "TD") and node.attributes:
            element.A = Dictionary({"/O": Name.Table, **{f"/{k}": Name("/" + v) for k, v in node.attributes.items()}})
        return element

    def reference(self, kid: Annotation, link: pikepdf.Object) -> Dictionary:
        """The OBJR by which Link element `link` holds its annotation, which points back through /StructParent.

        The Link also holds the link's words when they were marked apart (see
        Tagger.mark_inline); the annotation's /Contents says where it goes, in the
        document's language.
        """
        page = self.pdf.pages[kid.page].obj
        links = [a for a in page.get("/Annots", Array()) if a.get("/Subtype") == Name.Link]
        annotation = links[kid.index]
        annotation.StructParent = len(self.pdf.pages) + len(self.objects)
        self.objects.append(link)
        if "/Contents" not in annotation:
            target = annotation.get("/A", Dictionary()).get("/URI")
            said = messages.gettext(self.lang, LINK_WORDS[0] if target is not None else LINK_WORDS[1])
            annotation.Contents = String(said.format(target=target))
        return Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page)

    def parent_tree(self) -> Dictionary:
        nums: list[Any] = []  # alternately a key (int) and its value, as a number tree's /Nums
        for index, _page in enumerate(self.pdf.pages):
            marks = self.parents.get(index, {})
            nums.extend(
                [index, self.pdf.make_indirect(Array([marks.get(m) for m in range(max(marks, default=-1) + 1)]))]
            )
        for offset, element in enumerate(self.objects):
            nums.extend([len(self.pdf.pages) + offset, element])
        return Dictionary(Nums=Array(nums))


def finish(data: bytes, root: Node, meta: Metadata) -> bytes:
    """`data` (ReportLab's PDF) with `root` as its structure tree and the catalog entries of a tagged PDF."""
    tidy(root)
    with pikepdf.open(BytesIO(data)) as pdf:
        writer = _Writer(pdf, meta.lang)
        tree = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        tree.K = writer.element(root, tree)
        tree.ParentTree = pdf.make_indirect(writer.parent_tree())
        tree.ParentTreeNextKey = len(pdf.pages) + len(writer.objects)
        for index, page in enumerate(pdf.pages):
            page.obj.StructParents = index
            page.obj.Tabs = Name.S
        catalog = pdf.Root
        catalog.StructTreeRoot = tree
        catalog.MarkInfo = Dictionary(Marked=True)
        catalog.Lang = String(meta.lang)
        preferences = catalog.get("/ViewerPreferences", Dictionary())
        preferences.DisplayDocTitle = True
        catalog.ViewerPreferences = preferences
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            xmp["dc:title"] = meta.title
            xmp["dc:language"] = [meta.lang]
            if meta.creator:
                xmp["dc:creator"] = [meta.creator]
            xmp["pdf:Producer"] = str(pdf.docinfo.get("/Producer", ""))
        output = BytesIO()
        pdf.save(output, deterministic_id=True)
    return output.getvalue()
