"""Read an SVG logo as untrusted input: one self-contained file, nothing fetched, nothing expanded.

svglib would follow `<image xlink:href="../../elsewhere.png">` and
`<use xlink:href="other.svg#part">` to other files, and libxml2 would expand
entities and decompress a gzip bomb; a logo needs none of this. The file is
read (at most MAX_BYTES) and parsed here with no DTD, entities or network, and
refused, with a message naming the file and what it did, if it refers to
anything outside itself: only `#fragment` references and embedded PNG or JPEG
data (of a sensible size) are allowed, and no CSS `@import` or `url()` other
than `url(#id)`. svglib then draws the tree parsed here.
"""

from __future__ import annotations

import base64
import binascii
import re
from io import BytesIO
from pathlib import Path

from lxml import etree

from generator.typesetting.files import MAX_PIXELS

MAX_BYTES = 512 * 1024
"""As logo.MAX_BYTES: read no more, whatever the file's size says (it may grow while read)."""
MAX_ELEMENTS = 20_000
XLINK = "{http://www.w3.org/1999/xlink}href"
DATA_IMAGE = re.compile(r"data:image/(?:png|jpe?g);base64,(.*)", re.DOTALL)
OUTSIDE_CSS = re.compile(r"@import|url\(\s*(?!['\"]?#)", re.IGNORECASE)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)


class UnsafeSvg(ValueError):
    """The SVG refers to something outside itself, or is too large: refused, with the reason."""


def parse(path: Path) -> etree._Element:
    """The SVG's root element, checked to be self-contained (raises UnsafeSvg or ValueError)."""
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise UnsafeSvg(f"larger than {MAX_BYTES:,} bytes")
    if data.startswith(b"\x1f\x8b"):
        raise UnsafeSvg("compressed (.svgz); save it as a plain SVG")
    tree = etree.fromstring(data, PARSER).getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise UnsafeSvg("it has a <!DOCTYPE> (entities are not allowed); remove it")
    for count, element in enumerate(tree.getroot().iter()):
        if count > MAX_ELEMENTS:
            raise UnsafeSvg(f"more than {MAX_ELEMENTS:,} elements")
        _check(element)
    return tree.getroot()


def _check(element: etree._Element) -> None:
    if not isinstance(element.tag, str):
        raise UnsafeSvg("it holds an entity or processing instruction; remove it")
    name = etree.QName(element).localname
    href = element.get(XLINK) or element.get("href")
    if href is not None and not href.startswith("#"):
        embedded = DATA_IMAGE.fullmatch(href.strip())
        if embedded is None:
            raise UnsafeSvg(f"<{name}> refers to another file or address ({href[:80]!r}); embed it or remove it")
        _embedded_image(embedded.group(1))
    css = [element.get("style") or "", *(element.text or "" for _ in [0] if name == "style")]
    css += [value for key, value in element.attrib.items() if "url(" in value.lower() and key != "style"]
    for text in css:
        found = OUTSIDE_CSS.search(text)
        if found:
            raise UnsafeSvg(f"<{name}> loads CSS or an image from elsewhere ({found.group(0)!r}); remove it")


def _embedded_image(encoded: str) -> None:
    """An embedded PNG or JPEG must decode to an image of a sensible size (not an image bomb)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(BytesIO(base64.b64decode(encoded))) as image:
            width, height = image.size
    except (binascii.Error, UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise UnsafeSvg(f"an embedded image cannot be read ({error})") from None
    if width * height > MAX_PIXELS:
        raise UnsafeSvg(f"an embedded image of {width} × {height} pixels is more than a page can print")
