"""Read a tagged PDF back with pikepdf and say what breaks the tagged-PDF rules studyguide keeps.

Used on every PDF any test writes (conftest) and by test_tagged.py: every
text-showing operator inside marked content, every MCID on a page reachable
from the structure tree and every one the tree names present on its page, the
parent tree pointing back at the element that holds each MCID, headings without
skipped levels, every Figure with alternative text, /Lang, /MarkInfo and the
title shown in the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

import pikepdf

TEXT_SHOWING = {"Tj", "TJ", "'", '"'}


def _content_marks(page: pikepdf.Page) -> tuple[set[int], int]:
    """The MCIDs marked on a page, and how many text operators are outside any marked content."""
    depth, mcids, outside = 0, set(), 0
    for operands, operator in pikepdf.parse_content_stream(page, "BDC BMC EMC Tj TJ ' \""):
        name = str(operator)
        if name in ("BDC", "BMC"):
            depth += 1
            if name == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                mcids.add(int(operands[1].MCID))
        elif name == "EMC":
            depth -= 1
        elif name in TEXT_SHOWING and depth == 0:
            outside += 1
    return mcids, outside


def elements(node: pikepdf.Object) -> Iterator[pikepdf.Dictionary]:
    """The structure elements under `node`, depth first, in reading order."""
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type", pikepdf.Name.StructElem) == pikepdf.Name.StructElem:
            yield kid
            yield from elements(kid)


def content_items(element: pikepdf.Dictionary) -> Iterator[tuple[tuple[int, int], int]]:
    """(page objgen, MCID) of each marked-content item the element itself holds."""
    kids = element.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, int):
            yield element.Pg.objgen, kid
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.MCR:
            yield kid.Pg.objgen, int(kid.MCID)


def problems(data: bytes) -> list[str]:
    found: list[str] = []
    with pikepdf.open(BytesIO(data)) as pdf:
        root = pdf.Root
        if not root.get("/MarkInfo", {}).get("/Marked"):
            found.append("no /MarkInfo /Marked true")
        if not str(root.get("/Lang", "")):
            found.append("no /Lang")
        if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle"):
            found.append("the window would show the file name, not the title")
        tree = root.get("/StructTreeRoot")
        if tree is None:
            return [*found, "no structure tree"]
        on_pages: set[tuple[tuple[int, int], int]] = set()
        parents = _parent_tree(tree)
        for number, page in enumerate(pdf.pages, 1):
            mcids, outside = _content_marks(page)
            if outside:
                found.append(f"page {number}: {outside} text operators outside marked content")
            on_pages |= {(page.obj.objgen, mcid) for mcid in mcids}
            for mcid in mcids:
                parent = parents.get((int(page.obj.StructParents), mcid))
                if parent is None:
                    found.append(f"page {number}: MCID {mcid} has no parent in the parent tree")
        in_tree: set[tuple[tuple[int, int], int]] = set()
        level = 0
        for element in elements(tree):
            items = set(content_items(element))
            in_tree |= items
            role = str(element.S)
            if role in {f"/H{n}" for n in range(1, 7)}:
                if int(role[2]) > level + 1:
                    found.append(f"heading {role} follows H{level}: a level skipped")
                level = int(role[2])
            if role == "/Figure" and not str(element.get("/Alt", "")).strip():
                found.append("a Figure without /Alt")
            for page_id, mcid in items:
                page = pdf.get_object(page_id)
                if parents.get((int(page.StructParents), mcid)) != element.objgen:
                    found.append(f"MCID {mcid}: the parent tree names another element than the tree")
        if on_pages - in_tree:
            found.append(f"{len(on_pages - in_tree)} marked-content items not reachable from the structure tree")
        if in_tree - on_pages:
            found.append(f"{len(in_tree - on_pages)} items in the structure tree not on their pages")
    return found


def _parent_tree(tree: pikepdf.Dictionary) -> dict[tuple[int, int], tuple[int, int]]:
    """(StructParents key, MCID) to the objgen of the element the parent tree names."""
    nums = tree.ParentTree.Nums
    found = {}
    for index in range(0, len(nums), 2):
        value = nums[index + 1]
        if isinstance(value, pikepdf.Array):
            for mcid, element in enumerate(value):
                if isinstance(element, pikepdf.Dictionary):
                    found[(int(nums[index]), mcid)] = element.objgen
    return found
